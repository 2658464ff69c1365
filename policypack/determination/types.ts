/**
 * Configuration types: what users write (`*Input`) and what the pack runs on
 * after validation and compilation (`Determination`, `Settings`).
 *
 * The JSON Schema in `schema.ts` is the single source of validation; these
 * types describe the same shapes, and `tests/determination/schema.test.ts`
 * proves that every value the schema accepts compiles into these types.
 */

import type { DeterminationDescription, RegionOverride, UnknownRegionMode } from "../core/model";

export type { Determination, ProviderRule, UnknownRegionMode } from "../core/model";

/** An extra or overriding region catalog entry. */
export type RegionOverrideInput = RegionOverride;

/** A provider entry of a determination: a package name or an object. */
export type ProviderRuleInput = string | { readonly package: string; readonly reason?: string; readonly effective?: string };

/** A user-defined determination, or one that extends a preset. */
export interface DeterminationInput {
  readonly id: string;
  readonly title?: string;
  readonly authority?: string;
  readonly citation?: string;
  readonly url?: string;
  readonly extends?: string;
  readonly effective?: string;
  readonly jurisdictions?: readonly string[];
  readonly providers?: readonly ProviderRuleInput[];
  readonly regions?: readonly RegionOverrideInput[];
}

export interface ScopeInput {
  readonly mode?: "all" | "tagged";
  readonly tagKeys?: readonly string[];
  readonly tagValues?: readonly string[];
}

export interface ExemptionInput {
  readonly id: string;
  readonly resources: readonly string[];
  readonly reason: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
  readonly expires: string;
  /** Policies the exemption applies to; all determination-driven policies when absent. */
  readonly policies?: readonly string[];
}

/** The shared settings object: one policy's config, or the whole pack's for `createPack`. */
export interface SettingsInput {
  readonly determination?: string | DeterminationInput;
  readonly scope?: ScopeInput;
  readonly exemptions?: readonly ExemptionInput[];
  /** An exemption may not expire more than this many days after today (default 365). */
  readonly maxExemptionDays?: number;
  readonly allowedRegions?: Readonly<Record<string, readonly string[]>>;
  readonly unknownRegion?: UnknownRegionMode;
}

/** A preset: a determination with every descriptive field filled in. */
export interface Preset extends DeterminationDescription {
  readonly jurisdictions: readonly { readonly code: string; readonly note: string }[];
  readonly providers: readonly { readonly package: string; readonly reason: string; readonly effective?: string }[];
  readonly regions?: readonly RegionOverrideInput[];
  /** Primary sources for the entries above. */
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly notes?: string;
  /** ISO date the preset's facts were last checked against its sources. */
  readonly asOf: string;
}
