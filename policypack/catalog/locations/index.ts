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

/** A mechanism known not to be read (yet): listed in COVERAGE.md so nobody assumes it is. */
export interface CoverageGap {
  readonly family: LocationFamily | "any";
  readonly mechanism: string;
  readonly note: string;
}

export const coverageGaps: readonly CoverageGap[] = [
  {
    family: "gcp",
    mechanism: "Spanner custom and unlisted multi-region configurations",
    note: "Reported as an uncatalogued-region advisory (never clean); add the configuration to `spannerConfigs` with its member regions.",
  },
  { family: "gcp", mechanism: "Firestore multi-regions other than nam5 and eur3", note: "Reported as an uncatalogued-region advisory." },
  {
    family: "azure",
    mechanism: "Azure SQL database (classic) whose location is its server's",
    note: "The pair is taken only when the database's own or its provider's location is known.",
  },
  {
    family: "any",
    mechanism: "Other aws-native, azapi and google-native token shapes, and Terraform-based packages",
    note: "aws-native DynamoDB global tables, Secrets Manager replica regions and ECR replication, azapi Cosmos DB accounts and google-native Spanner instances have entries; other mechanisms of these packages (and any-Terraform `azurerm`/`google` tokens) are matched only once their tokens are added.",
  },
];
