/**
 * The core's model of a compiled determination: what `decide` reads. The
 * configuration layer (`determination/`) builds these from user input and
 * re-exports them; the core depends on nothing above it.
 */

/** An extra or overriding region catalog entry. */
export interface RegionOverride {
  readonly provider: string;
  readonly region: string;
  readonly jurisdiction: string;
  readonly name?: string;
}

export type UnknownRegionMode = "defer" | "violation";

/** A provider rule after compilation. */
export interface ProviderRule {
  readonly package: string;
  readonly reason: string;
  /** ISO date (UTC) from which the rule blocks; absent = in force. */
  readonly effective?: string;
}

/** What a determination says of itself: shared by presets, compiled determinations and reports. */
export interface DeterminationDescription {
  readonly id: string;
  readonly title: string;
  readonly authority: string;
  readonly citation: string;
  readonly url: string;
  readonly effective?: string;
}

/** A determination after `extends` is resolved. Immutable. */
export interface Determination extends DeterminationDescription {
  readonly jurisdictions: ReadonlySet<string>;
  readonly providers: ReadonlyMap<string, ProviderRule>;
  /** provider package → normalised region code → override entry. */
  readonly regions: ReadonlyMap<string, ReadonlyMap<string, RegionOverride>>;
  /** The preset chain, most specific first, e.g. ["acme-2027", "us-dsp-2025"]. */
  readonly lineage: readonly string[];
}

/** Key under which override regions are stored and looked up. */
export function normaliseRegionKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, "");
}
