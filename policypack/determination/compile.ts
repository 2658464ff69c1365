/**
 * Turns raw configuration into compiled `Settings`: validates it against the
 * JSON Schema of `schema.ts` (the same one the engine checks), then checks what
 * a schema cannot say (duplicate exemption ids, `extends` chains), resolves
 * presets, lower-cases tag sets and compiles globs. Memoised per policy, so a
 * configuration is compiled once per run, not once per resource.
 */
import { familyOfPackage } from "../catalog";
import { normaliseRegionKey } from "../core/model";
import { compileGlob, compileUrnGlob, urnPatternProblem, type Glob } from "../core/glob";
import { defaultMaxExemptionDays, exemptionBeyondHorizon } from "../core/exemptions";
import { hasOwn } from "../core/props";
import type { Exemption, Scope, Settings } from "../core/types";
import { defaultPresetId, presets } from "./presets";
import { policyConfigSchema, settingsSchema, type PolicyName, type Schema } from "./schema";
import type { Determination, DeterminationInput, Preset, ProviderRule, RegionOverrideInput, SettingsInput } from "./types";
import { validate } from "./validate";

/** A configuration problem: names the policy and the key. Never carries a stack to the user. */
export class ConfigError extends Error {
  constructor(
    readonly policy: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`us-person-data-guard: invalid configuration for policy '${policy}', key '${key}': ${problem}`);
    this.name = "ConfigError";
  }
}

/**
 * A rule on one package covers every package of its family (a vendor ships
 * under several names: `aliyun`, any-Terraform `alicloud`, `volcenginecc`),
 * unless the determination lists that package with a rule of its own.
 */
function withFamilies(listed: ReadonlyMap<string, ProviderRule>): Map<string, ProviderRule> {
  const out = new Map(listed);
  for (const rule of listed.values()) {
    for (const pkg of familyOfPackage(rule.package)?.packages ?? []) if (!out.has(pkg)) out.set(pkg, rule);
  }
  return out;
}

function presetToDetermination(p: Preset, lineage: readonly string[]): Determination {
  const listed = new Map<string, ProviderRule>();
  for (const r of p.providers) listed.set(r.package, { package: r.package, reason: r.reason, effective: r.effective });
  const providers = withFamilies(listed);
  return {
    id: p.id,
    title: p.title,
    authority: p.authority,
    citation: p.citation,
    url: p.url,
    effective: p.effective,
    jurisdictions: new Set(p.jurisdictions.map((j) => j.code)),
    providers,
    regions: regionMap(p.regions ?? []),
    lineage,
  };
}

function regionMap(entries: readonly RegionOverrideInput[]): Map<string, Map<string, RegionOverrideInput>> {
  const out = new Map<string, Map<string, RegionOverrideInput>>();
  for (const e of entries) {
    let m = out.get(e.provider);
    if (!m) out.set(e.provider, (m = new Map<string, RegionOverrideInput>()));
    m.set(normaliseRegionKey(e.region), e);
  }
  return out;
}

const presetDeterminations = new Map<string, Determination>();
export function presetDetermination(id: string): Determination | undefined {
  let d = presetDeterminations.get(id);
  if (!d) {
    const p = presets.get(id);
    if (!p) return undefined;
    d = presetToDetermination(p, [id]);
    presetDeterminations.set(id, d);
  }
  return d;
}

function resolveDetermination(policy: string, input: string | DeterminationInput | undefined): Determination {
  if (input === undefined) return presetDetermination(defaultPresetId)!;
  if (typeof input === "string") {
    const d = presetDetermination(input);
    if (!d) throw new ConfigError(policy, "determination", `unknown preset '${input}'`);
    return d;
  }
  if (presets.has(input.id)) {
    throw new ConfigError(
      policy,
      "determination.id",
      `'${input.id}' is a preset's id; a custom determination needs its own id (use \`extends\` to start from the preset)`,
    );
  }
  let base: Determination | undefined;
  if (input.extends !== undefined) {
    if (input.extends === input.id) throw new ConfigError(policy, "determination.extends", `determination '${input.id}' extends itself`);
    base = presetDetermination(input.extends);
    if (!base) throw new ConfigError(policy, "determination.extends", `unknown preset '${input.extends}'`);
  }
  let providers = new Map<string, ProviderRule>();
  if (input.providers) {
    input.providers.forEach((p, i) => {
      const rule: ProviderRule =
        typeof p === "string"
          ? { package: p, reason: base?.providers.get(p)?.reason ?? `provider package ${p} is restricted by determination ${input.id}` }
          : {
              package: p.package,
              reason:
                p.reason ??
                base?.providers.get(p.package)?.reason ??
                `provider package ${p.package} is restricted by determination ${input.id}`,
              effective: p.effective,
            };
      if (providers.has(rule.package))
        throw new ConfigError(policy, `determination.providers[${i}]`, `provider '${rule.package}' is listed twice`);
      providers.set(rule.package, rule);
    });
    providers = withFamilies(providers);
  } else if (base) {
    for (const [k, v] of base.providers) providers.set(k, v);
  }
  const regions = new Map<string, Map<string, RegionOverrideInput>>();
  if (base) for (const [k, v] of base.regions) regions.set(k, new Map(v));
  for (const [k, v] of regionMap(input.regions ?? [])) {
    const m = regions.get(k) ?? new Map<string, RegionOverrideInput>();
    for (const [rk, rv] of v) m.set(rk, rv);
    regions.set(k, m);
  }
  return {
    id: input.id,
    title: input.title ?? base?.title ?? input.id,
    authority: input.authority ?? base?.authority ?? "your organisation",
    citation: input.citation ?? base?.citation ?? `determination ${input.id}`,
    url: input.url ?? base?.url ?? "",
    effective: input.effective ?? base?.effective,
    jurisdictions: new Set(input.jurisdictions ?? (base ? [...base.jurisdictions] : [])),
    providers,
    regions,
    lineage: base ? [input.id, ...base.lineage] : [input.id],
  };
}

function compileScope(input: SettingsInput["scope"]): Scope {
  const mode = input?.mode ?? "all";
  const keys = input?.tagKeys ?? ["data-classification"];
  const values = input?.tagValues ?? (input?.tagKeys ? [] : ["us-person"]);
  return {
    mode,
    tagKeys: new Set(keys.map((k) => k.toLowerCase())),
    tagValues: new Set(values.map((v) => v.toLowerCase())),
    source: { tagKeys: keys, tagValues: values },
  };
}

function compileExemptions(policy: string, input: SettingsInput["exemptions"]): Exemption[] {
  const seen = new Set<string>();
  return (input ?? []).map((e, i) => {
    if (seen.has(e.id)) throw new ConfigError(policy, `exemptions[${i}].id`, `duplicate exemption id '${e.id}'`);
    seen.add(e.id);
    e.resources.forEach((pattern, j) => {
      const problem = urnPatternProblem(pattern);
      if (problem)
        throw new ConfigError(
          policy,
          `exemptions[${i}].resources[${j}]`,
          `'${pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern}' (exemption '${e.id}'): ${problem}`,
        );
    });
    return {
      id: e.id,
      patterns: e.resources.map(compileUrnGlob),
      reason: e.reason,
      approvedBy: e.approvedBy,
      ticket: e.ticket,
      expires: e.expires,
      policies: e.policies ? new Set(e.policies) : undefined,
    };
  });
}

function compileAllowedRegions(input: SettingsInput["allowedRegions"]): Map<string, Glob[]> {
  const allowed = new Map<string, Glob[]>();
  for (const [pkg, patterns] of Object.entries(input ?? {})) {
    allowed.set(
      pkg,
      patterns.map((p) => compileGlob(p.toLowerCase())),
    );
  }
  return allowed;
}

/**
 * The parts of compiled settings, shared between compilations of equal input
 * (keyed by its JSON text): policies whose configurations repeat the same
 * shared keys then hold the very same determination, scope, exemptions and
 * allowed regions, so `decidesAlike` tells with a few identity checks that one
 * decision serves them all. Only successful compilations are kept (a problem
 * is still reported for each policy). Bounded, like the settings cache.
 */
const sharedParts = new Map<string, unknown>();
function sharedPart<T>(kind: string, input: unknown, build: () => T): T {
  const key = `${kind}\u0000${JSON.stringify(input) ?? ""}`;
  if (sharedParts.has(key)) return sharedParts.get(key) as T;
  const part = build();
  if (sharedParts.size >= 256) sharedParts.clear();
  sharedParts.set(key, part);
  return part;
}

function compileFrom(policy: string, schema: Schema, config: unknown): Settings {
  const problem = validate(schema, config ?? {});
  if (problem) throw new ConfigError(policy, problem.path, explained(problem, config));
  const input = (config ?? {}) as SettingsInput & { expiryWarningDays?: number; maxExemptionDays?: number };
  return {
    determination: sharedPart("determination", input.determination, () => resolveDetermination(policy, input.determination)),
    scope: sharedPart("scope", input.scope, () => compileScope(input.scope)),
    exemptions: sharedPart("exemptions", input.exemptions, () => compileExemptions(policy, input.exemptions)),
    allowedRegions: sharedPart("allowedRegions", input.allowedRegions, () => compileAllowedRegions(input.allowedRegions)),
    unknownRegion: input.unknownRegion ?? "defer",
    expiryWarningDays: input.expiryWarningDays ?? 30,
    maxExemptionDays: input.maxExemptionDays ?? defaultMaxExemptionDays,
  };
}

/**
 * Whether two compiled settings decide every resource alike: everything
 * `decide` reads is the same (they may differ in `expiryWarningDays`, which
 * only exemption-review's summary reads). Keep in step with `Settings`.
 */
export function decidesAlike(a: Settings, b: Settings): boolean {
  return (
    a === b ||
    (a.determination === b.determination &&
      a.scope === b.scope &&
      a.exemptions === b.exemptions &&
      a.allowedRegions === b.allowedRegions &&
      a.unknownRegion === b.unknownRegion)
  );
}

const patternPath = /^exemptions\[(\d+)\]\.resources\[(\d+)\]$/;

/** The schema's message, or for an exemption pattern the rule it breaks (the schema can only say "invalid format"). */
function explained(problem: { path: string; message: string }, config: unknown): string {
  const m = patternPath.exec(problem.path);
  if (!m) return problem.message;
  const exemption = (config as SettingsInput | undefined)?.exemptions?.[Number(m[1])];
  const pattern: unknown = exemption?.resources?.[Number(m[2])];
  if (typeof pattern !== "string" || pattern.length === 0 || pattern.length > 1024) return problem.message;
  const why = urnPatternProblem(pattern);
  return why
    ? `${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)} (exemption ${JSON.stringify(String(exemption?.id ?? "?").slice(0, 64))}): ${why}`
    : problem.message;
}

/**
 * Rejects (ConfigError naming key and id) an exemption that expires more than
 * `maxExemptionDays` after `today` (YYYY-MM-DD, the run's clock). Called at
 * first use by every reader of settings (the pack's adapter, `scan`).
 */
export function checkExemptionHorizon(policy: string, settings: Settings, today: string): void {
  const far = exemptionBeyondHorizon(settings.exemptions, settings.maxExemptionDays, today);
  if (far) {
    throw new ConfigError(
      policy,
      `exemptions[${far.index}].expires`,
      `exemption '${far.id}' expires ${far.expires}, ${far.days} days after today (${today}); exemptions may run at most maxExemptionDays (${settings.maxExemptionDays}) days`,
    );
  }
}

/** Compiles one policy's configuration (as `args.getConfig()` returns it). Throws ConfigError. */
export function compilePolicyConfig(policy: PolicyName, config: unknown): Settings {
  return compileFrom(policy, policyConfigSchema(policy), config);
}

/** Compiles a shared settings object (`createPack`, `scan --config` per policy). Throws ConfigError. */
export function compileSettings(config: unknown, label = "settings"): Settings {
  return compileFrom(label, settingsSchema, config);
}

/**
 * Memoised per policy: `getConfig()` returns a fresh object on every call, but
 * its values are the same references for the whole run, so a shallow
 * comparison finds the cached compilation in O(keys).
 */
export class SettingsCache {
  private last: { config: Record<string, unknown>; settings: Settings } | undefined;
  constructor(private readonly policy: PolicyName) {}

  get(config: Record<string, unknown>): Settings {
    const last = this.last;
    if (last && shallowEqual(last.config, config)) return last.settings;
    const settings = compileShared(this.policy, config);
    this.last = { config, settings };
    return settings;
  }
}

/**
 * Policies whose configurations are equal share one compiled Settings object
 * (the bundled configs repeat the shared keys per policy), so the resource
 * policies can share one decision per resource. Each policy still validates
 * against its own schema first.
 */
const sharedCompiled = new Map<string, Settings>();
function compileShared(policy: PolicyName, config: Record<string, unknown>): Settings {
  const problem = validate(policyConfigSchema(policy), config);
  if (problem) throw new ConfigError(policy, problem.path, explained(problem, config));
  const key = JSON.stringify(config);
  let settings = sharedCompiled.get(key);
  if (!settings) {
    settings = compilePolicyConfig(policy, config);
    if (sharedCompiled.size > 64) sharedCompiled.clear();
    sharedCompiled.set(key, settings);
  }
  return settings;
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k] || !hasOwn.call(b, k)) return false;
  return true;
}
