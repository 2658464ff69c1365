/**
 * Registry of secondary-location entries, one file per provider family.
 * Lists that depend on it (the type index in `core/locate.ts`,
 * `docs/COVERAGE.md`) are derived from `locationEntries`.
 */
import { awsLocations } from "./aws";
import { azureLocations } from "./azure";
import { gcpLocations } from "./gcp";
import type { LocationFamily } from "./types";

export type { LocationCondition, LocationEntry, LocationFamily, LocationReader, LocationRole } from "./types";
export { firestoreMultiRegions, spannerConfigs } from "./gcp";

export const locationEntries = [...awsLocations, ...azureLocations, ...gcpLocations] as const;

/** Region-table key that resolves the values of each family (`catalog/regions/`). */
export const familyTableKey: Readonly<Record<LocationFamily, string>> = { aws: "aws", azure: "azure-native", gcp: "gcp" };
