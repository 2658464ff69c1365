/**
 * Secondary locations: where a resource itself keeps copies of its data
 * besides its primary region (replicas, backups, failover partners,
 * multi-region configurations, paired regions). One entry per mechanism,
 * plain data with a citation; `core/locate.ts` reads them.
 */
import type { Source } from "../types";

/** Provider family whose region table resolves the values (`aws`, `azure`, `gcp`). */
export type LocationFamily = "aws" | "azure" | "gcp";

/** What the secondary place is to the resource. */
export type LocationRole = "primary" | "replica" | "backup" | "failover" | "peer";

/**
 * How a value is turned into places:
 * - `region`: a region code (or list of them) of the family's table;
 * - `zone`: a zone, placed in its region (the family table resolves zones);
 * - `spanner-config`: a Spanner instance configuration (`regional-<region>`,
 *   or a multi-region configuration such as `nam-eur-asia1`, read through
 *   `spannerConfigs`);
 * - `firestore-location`: a Firestore location id (a region, or a
 *   multi-region such as `nam5`, read through `firestoreMultiRegions`);
 * - `paired-region`: the Azure pair (`catalog/pairs.ts`) of the value, or of
 *   the resource's primary region when the path holds nothing.
 */
export type LocationReader = "region" | "zone" | "spanner-config" | "firestore-location" | "paired-region";

/**
 * A condition on another property: the entry applies only when the value at
 * `path` (compared case-insensitively) is one of `values`; `whenAbsent` says
 * whether an absent value counts as one of them (the provider's default).
 */
export interface LocationCondition {
  readonly path: string;
  readonly values: readonly string[];
  readonly whenAbsent: boolean;
  /**
   * `prefix`: the value (lower-cased) starts with one of `values` — for
   * azapi's `type`, "Microsoft.DocumentDB/databaseAccounts@2024-05-15".
   * Default `equals`.
   */
  readonly match?: "equals" | "prefix";
}

export interface LocationEntry {
  /** Stable id, `<family>.<service>.<mechanism>`. */
  readonly id: string;
  readonly family: LocationFamily;
  /** Type tokens: exact, or a prefix ending in `*`. Every package that ships the type is listed. */
  readonly types: readonly string[];
  /**
   * Where the value is, in a small path language over the resource's
   * properties: `a.b` (key), `a[]` (each item of a list), `a[].b`. An
   * object held as a JSON string (azapi's `body`, which SDKs may encode) is
   * read as the object.
   */
  readonly path: string;
  readonly role: LocationRole;
  readonly read: LocationReader;
  readonly when?: LocationCondition;
  /**
   * Set when the mechanism is reported today by the stack's data-flow
   * analysis (`core/flows.ts`, policy `restricted-data-flow`): the entry is
   * listed in COVERAGE.md but not read by `core/locate.ts`, so nothing is
   * reported twice.
   */
  readonly coveredBy?: "restricted-data-flow";
  /** Service and mechanism in words, as COVERAGE.md shows it. */
  readonly mechanism: string;
  readonly note: string;
  readonly source: Source;
}
