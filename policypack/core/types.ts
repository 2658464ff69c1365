/**
 * The core's vocabulary. A `ResourceView` is a resource however it arrived
 * (engine Analyze, engine AnalyzeStack, a state export, preview JSON); a
 * `Finding` is one decision about it. Nothing here depends on @pulumi/policy.
 */
import type { Glob, UrnGlob } from "./glob";
import type { Props } from "./props";
import type { Determination, UnknownRegionMode } from "./model";
import type { FindingPolicy } from "./policy-table";

export type { Props };

/**
 * A secret value taken out of a resource's properties (which hold the
 * placeholder in its place), with the top-level key it sat under. Only the
 * endpoint search reads it, and what it finds there is printed as `<secret>`.
 */
export interface SecretValue {
  readonly key: string;
  readonly value: unknown;
}

/** A provider resource as a resource sees it (explicit or default provider). */
export interface ProviderView {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  readonly inputs: Props;
  /** Secret values of `inputs` (engine requests only). */
  readonly secrets?: readonly SecretValue[];
}

export interface ResourceView {
  /** Type token, e.g. `alicloud:oss/bucket:Bucket` or `pulumi:providers:aws`. */
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  /** Raw (unproxied) inputs; unknowns are sentinel strings, secrets plain values. */
  readonly inputs: Props;
  /** Secret values of `inputs` (engine requests only), read by the endpoint search alone. */
  readonly secrets?: readonly SecretValue[];
  readonly provider?: ProviderView;
  readonly parent?: string;
  /**
   * What `inputs` holds: the program's inputs (Analyze, the default) or the
   * resource's outputs (AnalyzeStack). An output such as pulumi-aws's computed
   * `region` is unknown at every create preview and defaults to the provider's.
   */
  readonly state?: "inputs" | "outputs";
  /** Cloud id, when known (stack exports, stack policies). */
  readonly id?: string;
  /** URNs this resource depends on (stack policies, stack exports). */
  readonly dependencies?: readonly string[];
  /** Per input property, the URNs its value came from. */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** The clock is injected: the core never reads the system time. */
export type Clock = () => Date;

/** Compiled scope. */
export interface Scope {
  readonly mode: "all" | "tagged";
  /** Lower-cased tag keys. */
  readonly tagKeys: ReadonlySet<string>;
  /** Lower-cased tag values; empty means any value. */
  readonly tagValues: ReadonlySet<string>;
  readonly source: { readonly tagKeys: readonly string[]; readonly tagValues: readonly string[] };
}

/** Compiled exemption. */
export interface Exemption {
  readonly id: string;
  readonly patterns: readonly UrnGlob[];
  readonly reason: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
  /** Last day honoured, YYYY-MM-DD (UTC). */
  readonly expires: string;
  /** Policies covered; undefined = all determination-driven policies. */
  readonly policies?: ReadonlySet<string>;
}

/** What `decide` reads of the configuration. */
export interface DecisionSettings {
  readonly determination: Determination;
  readonly scope: Scope;
  readonly exemptions: readonly Exemption[];
  /** provider package → allowed region globs. */
  readonly allowedRegions: ReadonlyMap<string, readonly Glob[]>;
  readonly unknownRegion: UnknownRegionMode;
}

/** Everything a policy needs from configuration, compiled once per configuration. */
export interface Settings extends DecisionSettings {
  /** Only exemption-review's summary reads it. */
  readonly expiryWarningDays: number;
  /** How many days ahead an exemption may expire (checked against the run's clock at first use). */
  readonly maxExemptionDays: number;
  /**
   * The fields above that `decide` reads, as one object: settings compiled in
   * one run that decide alike hold the same one (compare by identity).
   */
  readonly decision: DecisionSettings;
}

/** The four finding policies (names in `policy-table.ts`). */
export type { FindingPolicy };

export type Rule =
  /** The resource's provider package is restricted. */
  | "provider"
  /** An endpoint the resource or its provider talks to belongs to a restricted vendor. */
  | "vendor-endpoint"
  /** The region lies in a restricted jurisdiction. */
  | "jurisdiction"
  /** The region is outside `allowedRegions`. */
  | "residency"
  /** The region cannot be known yet (preview). */
  | "unknown-region"
  /** The region is not in the catalog, so its jurisdiction is unknown. */
  | "uncatalogued-region"
  /** Data flows into a restricted provider or jurisdiction. */
  | "flow";

/** Where the region came from, for the message and for audits. */
export type RegionSource = string;

export interface ExemptionMatch {
  readonly id: string;
  readonly status: "honoured" | "expired";
  readonly expires: string;
}

/** Where a flow finding's data goes: the destination resource (when known) and the property it flows through. */
export interface FlowDestination {
  readonly urn?: string;
  readonly type?: string;
  readonly package?: string;
  readonly region?: string;
  readonly jurisdictions?: readonly string[];
  readonly via: string;
}

export interface Finding {
  readonly policy: FindingPolicy;
  readonly rule: Rule;
  /** False for findings that are advisory whatever the policy's level (deferred unknowns). */
  readonly blocking: boolean;
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly package: string;
  readonly region?: string;
  readonly jurisdictions?: readonly string[];
  readonly regionSource?: RegionSource;
  readonly determinationId: string;
  readonly citation: string;
  /** Static text from the determination or catalog: never a property value. */
  readonly reason: string;
  /** For upcoming-restriction: the date the rule starts to block. */
  readonly effective?: string;
  readonly exemption?: ExemptionMatch;
  /** For flows: where the data goes. */
  readonly destination?: FlowDestination;
  /** Set when an internal step failed and the finding was kept by failing closed. */
  readonly error?: string;
  /**
   * How many findings of the same kind on this resource this one stands for
   * (`capFindings`): the same policy, rule, destination package and
   * jurisdictions, blocking and exemption state. Absent = 1.
   */
  readonly count?: number;
}

/** A finding in the making: mutable while `decide` (and the readers it calls) build it, frozen into a Finding at the end. */
export interface FindingDraft {
  target: Exclude<FindingPolicy, "upcoming-restriction">;
  rule: Rule;
  blocking: boolean;
  reason: string;
  region?: string;
  jurisdictions?: readonly string[];
  regionSource?: string;
  effective?: string;
}
