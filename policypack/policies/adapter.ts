/**
 * The thin layer between @pulumi/policy and the core: turn engine arguments
 * into `ResourceView`s (reading raw, unproxied properties so unknowns are
 * data, not exceptions), compile configuration once, and turn findings into
 * `reportViolation` calls. Policies are a few lines each on top of this.
 */
import type { PolicyResource, ReportViolation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { checkExemptionHorizon, ConfigError, SettingsCache, type Interner } from "../determination/compile";
import { utcDay } from "../core/exemptions";
import { settingsForPolicy, type PolicyName } from "../determination/schema";
import type { SettingsInput } from "../determination/types";
import { capFindings } from "../core/cap";
import { messageFor } from "../core/message";
import type { ProviderViews } from "./provider-views";
import { secretValuesOf } from "./secrets";
import type { Clock, Finding, Props, ProviderView, ResourceView, Settings } from "../core/types";

/** @pulumi/policy wraps properties in an unknown-checking proxy; this key returns the raw object. */
const proxyTarget = "__getSpecialProxyTarget";

export function raw(props: unknown): Props {
  if (typeof props !== "object" || props === null) return {};
  const target = (props as Record<string, unknown>)[proxyTarget];
  return (typeof target === "object" && target !== null ? target : props) as Props;
}

interface EngineProvider {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  readonly props: unknown;
}

/** The provider's view; with the run's `providers`, the one built before for the same configuration. */
function providerView(p: EngineProvider | undefined, providers: ProviderViews | undefined): ProviderView | undefined {
  if (!p) return undefined;
  const inputs = raw(p.props);
  const secrets = secretValuesOf(inputs);
  if (providers) return providers.viewOf(p.type, p.urn, p.name, inputs, secrets);
  return { type: p.type, urn: p.urn, name: p.name, inputs, secrets };
}

export function viewOfResourceArgs(args: ResourceValidationArgs, providers?: ProviderViews): ResourceView {
  const inputs = raw(args.props);
  return {
    type: args.type,
    urn: args.urn,
    name: args.name,
    inputs,
    secrets: secretValuesOf(inputs),
    provider: providerView(args.provider, providers),
    parent: args.opts?.parent,
  };
}

// Most resources have neither: one shared, frozen empty value instead of two new objects per resource.
const noDependencies: readonly string[] = Object.freeze([]);
const noPropertyDependencies: Readonly<Record<string, readonly string[]>> = Object.freeze({});

export function viewOfStackResource(r: PolicyResource, providers?: ProviderViews): ResourceView {
  const props = raw(r.props);
  const id = props["id"];
  let propertyDependencies = noPropertyDependencies;
  const engineDependencies = r.propertyDependencies ?? {};
  if (Object.keys(engineDependencies).length > 0) {
    const own: Record<string, readonly string[]> = {};
    for (const [k, deps] of Object.entries(engineDependencies)) own[k] = deps.map((d) => d.urn);
    propertyDependencies = own;
  }
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    inputs: props,
    state: "outputs",
    provider: providerView(r.provider, providers),
    parent: r.parent?.urn,
    id: typeof id === "string" ? id : undefined,
    dependencies: r.dependencies.length > 0 ? r.dependencies.map((d) => d.urn) : noDependencies,
    propertyDependencies,
  };
}

/**
 * The system clock. Nothing in the environment changes it: a variable that
 * moved the pack's "today" would turn mandatory findings into advisories and
 * revive expired exemptions. Tests inject a clock through `createPack`'s
 * `clock` option, or (over the protocol) by faking the process clock itself.
 */
export const systemClock: Clock = () => new Date();

/**
 * Per-policy configuration: the policy's own config over the pack-level
 * defaults (from `createPack`), compiled once per distinct configuration
 * (the cache compares values shallowly, so merging per call costs O(keys)).
 */
export class PolicySettings {
  private readonly cache: SettingsCache;
  private readonly defaults: Readonly<Record<string, unknown>> | undefined;
  constructor(
    readonly policy: PolicyName,
    defaults: SettingsInput | undefined,
    /** The run's intern table (`RunState.settings`), so policies with equal configurations share settings. */
    interner?: Interner,
  ) {
    this.cache = new SettingsCache(policy, interner);
    const own = settingsForPolicy(policy, defaults ?? {});
    this.defaults = Object.keys(own).length ? own : undefined;
  }

  private checked: { settings: Settings; day: string } | undefined;

  /**
   * Compiled settings; a configuration problem becomes one line naming policy
   * and key. `clock` is the run's clock: exemptions running further ahead than
   * `maxExemptionDays` from today are rejected (checked once per settings and day).
   */
  get(config: Record<string, unknown>, clock: Clock): Settings {
    try {
      const settings = this.cache.get(this.defaults ? { ...this.defaults, ...config } : config);
      if (settings.exemptions.length > 0) {
        const day = utcDay(clock());
        const checked = this.checked;
        if (!checked || checked.settings !== settings || checked.day !== day) {
          checkExemptionHorizon(this.policy, settings, day);
          this.checked = { settings, day };
        }
      }
      return settings;
    } catch (e) {
      if (e instanceof ConfigError) {
        // Thrown as a string on purpose: @pulumi/policy appends an Error's stack
        // trace to what the CLI prints, and a configuration mistake deserves one line.
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a string on purpose, see above
        throw e.message;
      }
      throw e;
    }
  }
}

type ViolationReporter = (v: { message: string; urn?: string; enforcementLevel?: "advisory" }) => void;

/**
 * Reports the findings that belong to `policy` and are not covered by an
 * honoured exemption, one per resource and kind of destination (`capFindings`). Deferred (non-blocking) findings are reported as
 * advisory whatever the policy's level.
 */
export function reportFindings(policy: string, findings: readonly Finding[], reportViolation: ReportViolation, withUrn: boolean): number {
  if (findings.length === 0) return 0;
  const report = reportViolation as unknown as ViolationReporter;
  let n = 0;
  for (const f of capFindings(findings)) {
    if (f.policy !== policy || f.exemption?.status === "honoured") continue;
    const violation: Parameters<ViolationReporter>[0] = { message: messageFor(f) };
    if (withUrn) violation.urn = f.urn;
    if (!f.blocking) violation.enforcementLevel = "advisory";
    report(violation);
    n++;
  }
  return n;
}

/** Reports one summary line (stack policies): the message alone, without the policy description prefixed. */
export function reportText(reportViolation: ReportViolation, message: string): void {
  (reportViolation as unknown as ViolationReporter)({ message });
}

export type { StackValidationArgs };
