/**
 * `--config cfg.json`: the same JSON as `pulumi preview --policy-pack-config`.
 * Keys are policy names and `all`; a value is an enforcement level, or an
 * object with `enforcementLevel` and the policy's own keys. Each policy's
 * keys are compiled with the pack's own `compilePolicyConfig`, so the scan
 * accepts and rejects exactly what the pack does.
 */
import * as fs from "fs";
import * as path from "path";
import { isRecord, own } from "../core/props";
import { RunState } from "../policies/run-state";
import type { Settings } from "../core/types";
import { checkExemptionHorizon, compilePolicyConfig, ConfigError } from "../determination/compile";
import { policyNames, type PolicyName } from "../determination/schema";
import { FileError, InputError } from "../state/errors";
import { decodeText, parseJson } from "../state/read";
import { policyInfo, type EnforcementLevel } from "./policies";

const levels: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** A configuration problem, reported as one line naming the file (and the policy and key when known). */
export class ConfigFileError extends FileError {}

export interface PolicyRun {
  readonly name: PolicyName;
  /** Configured level; `remediate` acts as mandatory (the pack's policies do not remediate). */
  readonly level: EnforcementLevel;
  /** Compiled through the scan run's intern table: policies whose settings decide alike share `settings.decision`. */
  readonly settings: Settings;
}

export interface ScanConfig {
  readonly file?: string;
  readonly policies: ReadonlyMap<PolicyName, PolicyRun>;
  /** The scan run's state: the intern table the settings were compiled through, the core's memo. */
  readonly run: RunState;
}

function isLevel(v: unknown): v is EnforcementLevel {
  return typeof v === "string" && (levels as readonly string[]).includes(v);
}

function configError(file: string, policy: string, key: string, problem: string): ConfigFileError {
  return new ConfigFileError(file, `invalid configuration for policy '${policy}', key '${key}': ${problem}`);
}

/** Compiles a configuration object (already parsed) for a scan run (`run`, a new one by default). `file` names it in errors. */
export function compileScanConfig(raw: unknown, file: string, run: RunState = new RunState()): ScanConfig {
  if (!isRecord(raw)) throw new ConfigFileError(file, 'the configuration must be a JSON object keyed by policy name (and "all")');
  const info = policyInfo();
  let allLevel: EnforcementLevel | undefined;
  const allValue = own(raw, "all");
  if (allValue !== undefined) {
    if (isLevel(allValue)) allLevel = allValue;
    else if (isRecord(allValue)) {
      for (const k of Object.keys(allValue))
        if (k !== "enforcementLevel") throw configError(file, "all", k, "only enforcementLevel may be set for all policies");
      const l = own(allValue, "enforcementLevel");
      if (l !== undefined && !isLevel(l)) throw configError(file, "all", "enforcementLevel", `must be one of ${levels.join(", ")}`);
      allLevel = l;
    } else throw configError(file, "all", "all", `must be an enforcement level (${levels.join(", ")})`);
  }
  for (const k of Object.keys(raw)) {
    if (k !== "all" && !(policyNames as readonly string[]).includes(k)) {
      throw configError(file, k, k, `no such policy in this pack (policies: ${policyNames.join(", ")})`);
    }
  }
  const policies = new Map<PolicyName, PolicyRun>();
  for (const name of policyNames) {
    const value = own(raw, name);
    let level = allLevel ?? info.get(name)!.defaultLevel;
    const keys: Record<string, unknown> = {};
    if (value === undefined || value === null) {
      // defaults
    } else if (isLevel(value)) {
      level = value;
    } else if (isRecord(value)) {
      const l = own(value, "enforcementLevel");
      if (l !== undefined) {
        if (!isLevel(l)) throw configError(file, name, "enforcementLevel", `must be one of ${levels.join(", ")}`);
        level = l;
      }
      for (const k of Object.keys(value)) {
        if (k !== "enforcementLevel")
          Object.defineProperty(keys, k, { value: own(value, k), writable: true, enumerable: true, configurable: true });
      }
    } else {
      throw configError(file, name, name, `must be an enforcement level (${levels.join(", ")}) or an object`);
    }
    let settings: Settings;
    try {
      settings = compilePolicyConfig(name, keys, run.settings);
    } catch (e) {
      if (e instanceof ConfigError) throw configError(file, e.policy, e.key, e.problem);
      throw e;
    }
    policies.set(name, { name, level, settings });
  }
  return { file, policies, run };
}

/**
 * Rejects, as the pack does (`checkExemptionHorizon`, the same check), an
 * exemption of an enabled policy that expires more than its
 * `maxExemptionDays` after `today` (YYYY-MM-DD, the scan's clock): a
 * ConfigFileError naming the file, the policy, the key and the exemption.
 */
export function checkScanHorizon(config: ScanConfig, today: string): void {
  for (const run of config.policies.values()) {
    if (run.level === "disabled") continue;
    try {
      checkExemptionHorizon(run.name, run.settings, today);
    } catch (e) {
      if (e instanceof ConfigError) throw configError(config.file ?? "(defaults)", e.policy, e.key, e.problem);
      throw e;
    }
  }
}

/** Reads and compiles `--config`; without a file, every policy at its default level and settings. */
export function loadScanConfig(file: string | undefined, cwd: string): ScanConfig {
  if (file === undefined) {
    const { policies, run } = compileScanConfig({}, "(defaults)");
    return { policies, run };
  }
  let text: string;
  try {
    text = decodeText(fs.readFileSync(path.resolve(cwd, file)), file);
  } catch (e) {
    if (e instanceof InputError) throw new ConfigFileError(file, e.reason);
    const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
    throw new ConfigFileError(
      file,
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : "cannot read",
    );
  }
  let raw: unknown;
  try {
    raw = parseJson(text, file);
  } catch (e) {
    if (e instanceof InputError) throw new ConfigFileError(file, e.reason);
    throw e;
  }
  return { ...compileScanConfig(raw, file), file };
}
