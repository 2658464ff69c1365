/**
 * Turns raw configuration into compiled `Settings`: validates it against the
 * JSON Schema of `schema.ts` (the same one the engine checks), then checks what
 * a schema cannot say (duplicate exemption ids, `extends` chains), resolves
 * presets, lower-cases tag sets and compiles globs. Pure: what a run shares
 * between compilations lives in its `SettingsInterner` (`intern.ts`), passed
 * in; `SettingsCache` keeps one policy's last compilation, so a configuration
 * is compiled once per run, not once per resource.
 */
import { familyOfPackage } from "../catalog";
import { normaliseRegionKey } from "../core/model";
import { compileGlob, compileUrnGlob, urnPatternProblem, type Glob } from "../core/glob";
import { defaultMaxExemptionDays, exemptionBeyondHorizon } from "../core/exemptions";
import { hasOwn } from "../core/props";
import type { DecisionSettings, Exemption, Scope, Settings } from "../core/types";
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

/** Every preset as a determination, built once at load (derived data: each preset id has one object). */
const presetDeterminations: ReadonlyMap<string, Determination> = new Map(
  [...presets.values()].map((p) => [p.id, presetToDetermination(p, [p.id])]),
);

export function presetDetermination(id: string): Determination | undefined {
  return presetDeterminations.get(id);
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
 * Shares compiled parts between compilations: a run's `SettingsInterner`.
 * `key` is the canonical JSON of the part's input; `build` runs on a miss,
 * and only what it returns without throwing is kept (a problem is still
 * reported for each policy).
 */
export interface Interner {
  intern<T>(kind: string, key: string, build: () => T): T;
  /** Canonical JSON of a configuration value (object keys sorted). */
  key(value: unknown): string;
}

type CompileInput = SettingsInput & { expiryWarningDays?: number; maxExemptionDays?: number };

/**
 * Compiles a configuration already validated against its schema. With an
 * interner, equal parts (by canonical JSON) are the same objects, and so is
 * the part `decide` reads (`Settings.decision`), whose identity then tells
 * that two settings decide alike; the settings themselves too, so equal
 * configurations give one `Settings`.
 */
function compileValidated(policy: string, input: CompileInput, interner: Interner | undefined): Settings {
  const expiryWarningDays = input.expiryWarningDays ?? 30;
  const maxExemptionDays = input.maxExemptionDays ?? defaultMaxExemptionDays;
  const unknownRegion = input.unknownRegion ?? "defer";
  const build = {
    determination: () => resolveDetermination(policy, input.determination),
    scope: () => compileScope(input.scope),
    exemptions: () => compileExemptions(policy, input.exemptions),
    allowedRegions: () => compileAllowedRegions(input.allowedRegions),
  };
  if (!interner) {
    const decision: DecisionSettings = {
      determination: build.determination(),
      scope: build.scope(),
      exemptions: build.exemptions(),
      allowedRegions: build.allowedRegions(),
      unknownRegion,
    };
    return { ...decision, expiryWarningDays, maxExemptionDays, decision };
  }
  // Absent keys are keyed as their defaults, so `{}` and `{"unknownRegion": "defer"}` share.
  const keys = {
    determination: interner.key(input.determination ?? defaultPresetId),
    scope: interner.key(input.scope ?? {}),
    exemptions: interner.key(input.exemptions ?? []),
    allowedRegions: interner.key(input.allowedRegions ?? {}),
  };
  const decisionKey = `${keys.determination}\u0000${keys.scope}\u0000${keys.exemptions}\u0000${keys.allowedRegions}\u0000${unknownRegion}`;
  const decision = interner.intern<DecisionSettings>("decision", decisionKey, () => ({
    determination: interner.intern("determination", keys.determination, build.determination),
    scope: interner.intern("scope", keys.scope, build.scope),
    exemptions: interner.intern("exemptions", keys.exemptions, build.exemptions),
    allowedRegions: interner.intern("allowedRegions", keys.allowedRegions, build.allowedRegions),
    unknownRegion,
  }));
  return interner.intern<Settings>("settings", `${decisionKey}\u0000${expiryWarningDays}\u0000${maxExemptionDays}`, () => ({
    ...decision,
    expiryWarningDays,
    maxExemptionDays,
    decision,
  }));
}

/** Validates against `schema` (ConfigError naming policy and key), then compiles. */
function compileFrom(policy: string, schema: Schema, config: unknown, interner: Interner | undefined): Settings {
  const problem = validate(schema, config ?? {});
  if (problem) throw new ConfigError(policy, problem.path, explained(problem, config));
  return compileValidated(policy, config ?? {}, interner);
}

/** Whether two compiled settings decide every resource alike: the same `decision` part (see `compileValidated`). */
export function decidesAlike(a: Settings, b: Settings): boolean {
  return a.decision === b.decision;
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

/**
 * Compiles one policy's configuration (as `args.getConfig()` returns it).
 * Throws ConfigError. `interner`: the run's, to share parts between policies.
 */
export function compilePolicyConfig(policy: PolicyName, config: unknown, interner?: Interner): Settings {
  return compileFrom(policy, policyConfigSchema(policy), config, interner);
}

/** Compiles a shared settings object (`createPack`, `scan --config` per policy). Throws ConfigError. */
export function compileSettings(config: unknown, label = "settings", interner?: Interner): Settings {
  return compileFrom(label, settingsSchema, config, interner);
}

/**
 * One policy's last compilation: `getConfig()` returns a fresh object on
 * every call, but its values are the same references for the whole run, so
 * a shallow comparison finds it in O(keys). A miss validates once and
 * compiles through the run's interner.
 */
export class SettingsCache {
  private last: { config: Record<string, unknown>; settings: Settings } | undefined;
  constructor(
    private readonly policy: PolicyName,
    private readonly interner?: Interner,
  ) {}

  get(config: Record<string, unknown>): Settings {
    const last = this.last;
    if (last && shallowEqual(last.config, config)) return last.settings;
    const settings = compilePolicyConfig(this.policy, config, this.interner);
    this.last = { config, settings };
    return settings;
  }
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k] || !hasOwn.call(b, k)) return false;
  return true;
}
