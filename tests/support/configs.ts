/** Example configs and a strict ajv for checking them against the pack's schemas. */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as path from "path";
import { policyConfigProperties, policyNames, type PolicyName } from "../../policypack/determination/schema";

export const repoRoot = path.resolve(__dirname, "..", "..");
export const configDir = path.join(repoRoot, "examples", "configs");

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

export function exampleConfigs(dir = configDir): { file: string; config: Record<string, unknown> }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ file: path.join(dir, f), config: readJson(path.join(dir, f)) as Record<string, unknown> }));
}

const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv, ["date"]);

const validators = new Map<PolicyName, ReturnType<typeof ajv.compile>>();
/** ajv validator for one policy's config (the engine wraps properties in an object; we also forbid unknown keys, as the pack does at first use). */
export function ajvFor(policy: PolicyName) {
  let v = validators.get(policy);
  if (!v) {
    v = ajv.compile({ type: "object", additionalProperties: false, properties: policyConfigProperties[policy] });
    validators.set(policy, v);
  }
  return v;
}

/** Splits a --policy-pack-config JSON into per-policy configs without enforcementLevel. */
export function perPolicy(config: Record<string, unknown>): Map<PolicyName, Record<string, unknown>> {
  const out = new Map<PolicyName, Record<string, unknown>>();
  for (const p of policyNames) {
    const v = config[p];
    if (v && typeof v === "object") {
      const { enforcementLevel: _ignored, ...rest } = v as Record<string, unknown>;
      out.set(p, rest);
    } else out.set(p, {});
  }
  return out;
}
