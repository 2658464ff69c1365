/**
 * Region catalog types. The catalog is plain data: one module per provider
 * package under `catalog/regions/`, each entry carrying the jurisdiction it
 * lies in, and each table citing where its facts come from.
 */

/** Where a table's facts come from. */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** ISO date the list was checked against the source. */
  readonly checked: string;
}

/**
 * One region (or multi-region location) of one provider package.
 * `jurisdictions` lists ISO 3166-1 alpha-2 codes of every country or
 * territory the provider may store data in for this location: one for a
 * plain region, several for multi-regions such as GCS `ASIA` or `EU`.
 */
export interface RegionEntry {
  /** Canonical code, lower case, exactly as the provider's API spells it. */
  readonly region: string;
  readonly jurisdictions: readonly string[];
  /** Human name, e.g. "China (Hangzhou)". */
  readonly name: string;
  /**
   * Other spellings that resolve to this entry. Matched after normalisation
   * (see `RegionTable.normalise`), so list only genuinely different names,
   * e.g. Azure display names ("China East 2") or legacy codes.
   */
  readonly aliases?: readonly string[];
  /** Partition or sovereign cloud, e.g. "aws-cn", "aws-us-gov", "azure-china". */
  readonly partition?: string;
  /** Kind of location; defaults to "region". */
  readonly kind?: "region" | "multi-region" | "dual-region";
  /** Optional note, e.g. "operated by 21Vianet". */
  readonly note?: string;
}

/**
 * How raw location strings are normalised before lookup:
 * - "lower": lower-case, trim (AWS, Alibaba, Tencent, Huawei, Volcengine, OCI, GCP/GCS);
 * - "lower-nospace": lower-case and remove spaces, so Azure display names
 *   ("China East 2") match short names ("chinaeast2").
 */
export type Normalisation = "lower" | "lower-nospace";

/** The region table of one Pulumi provider package. */
export interface RegionTable {
  /** Pulumi package name, e.g. "alicloud", "azure-native". */
  readonly provider: string;
  readonly sources: readonly Source[];
  readonly normalise: Normalisation;
  /**
   * Whether zone names resolve to a region by stripping a short suffix
   * ("us-east-1a", "cn-hangzhou-h", "ap-guangzhou-3", "us-central1-a").
   */
  readonly zonesBySuffix: boolean;
  readonly regions: readonly RegionEntry[];
}

/** Facts about a provider package (the vendor behind it). */
export interface ProviderFacts {
  /** Pulumi package name; resource type tokens start with `<package>:`. */
  readonly package: string;
  readonly vendor: string;
  /** ISO code of where the vendor is organised / headquartered. */
  readonly headquarters: string;
  /** Stack config key that feeds the default provider's region, e.g. "aws:region". */
  readonly regionConfigKey?: string;
  /**
   * Input property names, in priority order, that place a resource of this
   * package in a region or zone (checked before the provider's own region).
   */
  readonly locationKeys: readonly string[];
  /** Provider resource property names holding its region, in priority order. */
  readonly providerRegionKeys: readonly string[];
  readonly source: Source;
}

/**
 * A provider-wide signal: an endpoint host suffix that places traffic in a
 * jurisdiction or with a vendor whatever the configured region says.
 */
export interface EndpointSignal {
  /** Lower-case DNS suffix, e.g. "amazonaws.com.cn". Matched on label boundaries. */
  readonly hostSuffix: string;
  /** Jurisdiction the endpoint lies in, when the suffix alone says so. */
  readonly jurisdiction?: string;
  /** Vendor package the endpoint belongs to, when the suffix says so. */
  readonly vendorPackage?: string;
  /** Region code pattern inside the host, e.g. oss-<region>.aliyuncs.com. */
  readonly note: string;
  readonly source: Source;
}
