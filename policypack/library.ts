/**
 * For organisations that keep their pack in code: build the pack from one
 * shared settings object. The settings become every policy's initial config
 * (the way awsguard is configured in code), so Pulumi Cloud shows them and a
 * `--policy-pack-config` file can still override them key by key.
 *
 *     // index.ts of your own pack
 *     import { createPack } from "us-person-data-guard/library";
 *     createPack({ determination: "alibaba-cloud-review", scope: { mode: "tagged", tagKeys: ["pii"] } });
 */
import { PolicyPack, type EnforcementLevel, type PolicyPackConfig } from "@pulumi/policy";
import type { Clock } from "./core/types";
import { compileSettings, ConfigError } from "./determination/compile";
import { policyNames, settingsForPolicy, type PolicyName } from "./determination/schema";
import type { SettingsInput } from "./determination/types";
import { systemClock } from "./policies/adapter";
import type { PolicyContext, RunContext } from "./policies/context";
import { RunState } from "./policies/run-state";
import { createPolicies } from "./policies";
import { installSecretMarking } from "./policies/secrets";
import { installWireStructs } from "./policies/wire-struct";

export const packName = "us-person-data-guard";

export interface PackOptions {
  /** Pack name; defaults to us-person-data-guard. */
  readonly name?: string;
  /** Enforcement level per policy, or "all". */
  readonly enforcementLevels?: Partial<Record<PolicyName | "all", EnforcementLevel>>;
  /** Injected clock (tests). */
  readonly clock?: Clock;
}

/** Builds the policy context (for the pack and for tests). Throws ConfigError on bad settings. */
export function createContext(settings?: SettingsInput, clock: Clock = systemClock): RunContext {
  const run = new RunState();
  const compiled = compileSettings(settings ?? {}, "settings", run.settings);
  return { defaults: settings, clock, ledger: run.ledger, framework: compiled.determination, run };
}

/** The initial config the engine receives: each policy gets the shared keys it declares. */
export function initialConfigFor(settings: SettingsInput, levels: PackOptions["enforcementLevels"] = {}): PolicyPackConfig {
  const config: PolicyPackConfig = {};
  for (const p of policyNames) {
    const own = settingsForPolicy(p, settings);
    const level = levels[p] ?? levels.all;
    if (level) own["enforcementLevel"] = level;
    if (Object.keys(own).length) config[p] = own;
  }
  return config;
}

/**
 * How this process reads requests, set once before any is served: resource
 * properties decoded from the wire in one pass (`policies/wire-struct.ts`),
 * and secrets kept from the policies (`policies/secrets.ts`). `createPack`
 * calls it; so do the benchmark's packs that wrap this pack's policies.
 * Idempotent.
 */
export function installRequestHandling(): void {
  installWireStructs();
  installSecretMarking();
}

/** Creates and serves the pack with shared settings. Call once, from your pack's main module. */
export function createPack(settings: SettingsInput = {}, options: PackOptions = {}): PolicyPack {
  installRequestHandling();
  let ctx: PolicyContext;
  try {
    ctx = createContext(settings, options.clock);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  return new PolicyPack(
    options.name ?? packName,
    {
      policies: createPolicies(ctx),
      displayName: "U.S.-person data guard",
      description:
        "Flags or blocks cloud providers and regions that your security determination restricts for U.S.-person data (Alibaba Cloud first).",
      provider: "multi-cloud",
      tags: ["us-person-data", "data-security-program", "data-residency", "alicloud"],
    },
    Object.keys(settings).length || options.enforcementLevels ? initialConfigFor(settings, options.enforcementLevels) : undefined,
  );
}

export type { SettingsInput } from "./determination/types";
export { decide } from "./core/decide";
export { messageFor } from "./core/message";
export { compileSettings } from "./determination/compile";
