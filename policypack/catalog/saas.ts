/**
 * Data-holding SaaS packages that run on a hyperscaler: where a resource
 * stores data is (cloud family, that cloud's region), spelt in the SaaS
 * vendor's own format. `saasPlaces` reads those places so they are judged
 * like the cloud's own resources (MongoDB Atlas on AWS `AP_EAST_1` is AWS
 * ap-east-1, Hong Kong). Pure: no I/O, no state; bounded walks.
 */
import type { Source } from "./types";

export type CloudFamily = "aws" | "azure" | "gcp";

/** One place a SaaS resource keeps data. `path` names the input holding the region. */
export interface SaasPlace {
  readonly family: CloudFamily;
  /** The cloud's own region code (lower case), e.g. "ap-east-1", "asia-east2", "eastasia". */
  readonly region: string;
  readonly path: string;
}

/**
 * How a region value is spelt:
 * - "cloud": the cloud's own code ("ap-east-1");
 * - "atlas": MongoDB Atlas region names ("AP_EAST_1", "EASTERN_ASIA_PACIFIC", "ASIA_EAST").
 */
type RegionFormat = "cloud" | "atlas";

/** A cloud name and a region side by side, in objects reached through `within` (arrays are walked). */
interface PairSpec {
  readonly kind: "pair";
  readonly within: readonly string[];
  /**
   * Keys naming the cloud ("AWS", "GCP", "AZURE"), first one that names a family wins; read on the
   * object holding the region and, failing that, on each object `within` passes through (innermost first).
   */
  readonly cloudKeys: readonly string[];
  readonly regionKeys: readonly string[];
  /** Family when no cloud key says (Redis Cloud defaults to AWS). */
  readonly defaultFamily?: CloudFamily;
  readonly format: RegionFormat;
}

/** One value "<cloud prefix>-<region>" ("aws-ap-east-1", "google-asia-east2"). */
interface PrefixedSpec {
  readonly kind: "prefixed";
  readonly keys: readonly string[];
  readonly prefixes: readonly { readonly prefix: string; readonly family: CloudFamily }[];
  /**
   * A value with none of the prefixes that has the shape of this family's
   * region code is that region (Elastic Cloud's older AWS regions are plain
   * codes, "us-east-1", "ap-northeast-1", next to "aws-ap-east-1").
   */
  readonly bare?: { readonly family: CloudFamily; readonly shape: RegExp };
}

export interface SaasPackage {
  readonly package: string;
  readonly vendor: string;
  readonly specs: readonly (PairSpec | PrefixedSpec)[];
  readonly sources: readonly Source[];
}

const checked = "2026-12-06";
const atlasClouds = ["providerName", "backingProviderName", "providerSettingsBackingProviderName"];
const atlasRegions = ["regionName", "providerRegionName", "providerSettingsRegionName"];

export const saasPackages: readonly SaasPackage[] = [
  {
    package: "mongodbatlas",
    vendor: "MongoDB Atlas",
    specs: [
      { kind: "pair", within: ["replicationSpecs", "regionConfigs"], cloudKeys: atlasClouds, regionKeys: ["regionName"], format: "atlas" },
      { kind: "pair", within: ["replicationSpecs", "regionsConfigs"], cloudKeys: atlasClouds, regionKeys: ["regionName"], format: "atlas" },
      { kind: "pair", within: ["providerSettings"], cloudKeys: atlasClouds, regionKeys: ["regionName"], format: "atlas" },
      { kind: "pair", within: [], cloudKeys: atlasClouds, regionKeys: atlasRegions, format: "atlas" },
    ],
    sources: [
      {
        title: "MongoDB Atlas: Amazon Web Services (AWS) regions",
        url: "https://www.mongodb.com/docs/atlas/reference/amazon-aws/",
        checked,
      },
      { title: "MongoDB Atlas: Google Cloud regions", url: "https://www.mongodb.com/docs/atlas/reference/google-gcp/", checked },
      { title: "MongoDB Atlas: Microsoft Azure regions", url: "https://www.mongodb.com/docs/atlas/reference/microsoft-azure/", checked },
      {
        title: "Pulumi Registry: mongodbatlas.AdvancedCluster",
        url: "https://www.pulumi.com/registry/packages/mongodbatlas/api-docs/advancedcluster/",
        checked,
      },
    ],
  },
  {
    package: "confluentcloud",
    vendor: "Confluent Cloud",
    specs: [{ kind: "pair", within: [], cloudKeys: ["cloud"], regionKeys: ["region"], format: "cloud" }],
    sources: [
      {
        title: "Pulumi Registry: confluentcloud.KafkaCluster (cloud, region)",
        url: "https://www.pulumi.com/registry/packages/confluentcloud/api-docs/kafkacluster/",
        checked,
      },
    ],
  },
  {
    package: "aiven",
    vendor: "Aiven",
    specs: [
      {
        kind: "prefixed",
        keys: ["cloudName"],
        prefixes: [
          { prefix: "aws-", family: "aws" },
          { prefix: "google-", family: "gcp" },
          { prefix: "azure-", family: "azure" },
        ],
      },
    ],
    sources: [
      {
        title: "Aiven: list of available cloud regions (cloud names)",
        url: "https://aiven.io/docs/platform/reference/list_of_clouds",
        checked,
      },
    ],
  },
  {
    package: "ec",
    vendor: "Elastic Cloud",
    specs: [
      {
        kind: "prefixed",
        keys: ["region"],
        prefixes: [
          { prefix: "aws-", family: "aws" },
          { prefix: "gcp-", family: "gcp" },
          { prefix: "azure-", family: "azure" },
        ],
        bare: { family: "aws", shape: /^[a-z]{2}(-gov)?-[a-z]+-\d$/ },
      },
    ],
    sources: [
      {
        title:
          "Elastic Cloud Hosted: regions (AWS ids aws-ap-east-1, and plain us-east-1, ap-northeast-1 for the older ones; gcp-…, azure-…)",
        url: "https://www.elastic.co/guide/en/cloud/current/ec-reference-regions.html",
        checked,
      },
    ],
  },
  {
    package: "rediscloud",
    vendor: "Redis Cloud",
    specs: [
      // Subscription: cloudProvider { provider, regions[] { region } } (one block, as the SDK shapes it)
      {
        kind: "pair",
        within: ["cloudProvider", "regions"],
        cloudKeys: ["provider"],
        regionKeys: ["region"],
        defaultFamily: "aws",
        format: "cloud",
      },
      {
        kind: "pair",
        within: ["cloudProviders", "regions"],
        cloudKeys: ["provider"],
        regionKeys: ["region"],
        defaultFamily: "aws",
        format: "cloud",
      },
      // ActiveActiveSubscription: cloudProvider "AWS" | "GCP", creationPlan.regions[].region
      {
        kind: "pair",
        within: ["creationPlan", "regions"],
        cloudKeys: ["cloudProvider"],
        regionKeys: ["region"],
        defaultFamily: "aws",
        format: "cloud",
      },
      // ActiveActiveSubscriptionRegions: regions[].region (the subscription's cloud; AWS unless it says)
      {
        kind: "pair",
        within: ["regions"],
        cloudKeys: ["cloudProvider", "provider"],
        regionKeys: ["region"],
        defaultFamily: "aws",
        format: "cloud",
      },
      { kind: "pair", within: [], cloudKeys: ["cloudProvider", "providerName"], regionKeys: ["region"], format: "cloud" },
    ],
    sources: [
      {
        title: "Pulumi Registry: rediscloud.Subscription (cloudProvider.provider, cloudProvider.regions[].region)",
        url: "https://www.pulumi.com/registry/packages/rediscloud/api-docs/subscription/",
        checked,
      },
      {
        title: "Pulumi Registry: rediscloud.ActiveActiveSubscription (cloudProvider, creationPlan.regions[].region)",
        url: "https://www.pulumi.com/registry/packages/rediscloud/api-docs/activeactivesubscription/",
        checked,
      },
      {
        title: "Pulumi Registry: rediscloud.ActiveActiveSubscriptionRegions (regions[].region)",
        url: "https://www.pulumi.com/registry/packages/rediscloud/api-docs/activeactivesubscriptionregions/",
        checked,
      },
    ],
  },
];

/**
 * Atlas region names that are not the cloud's code with "_" for "-": GCP's
 * older descriptive names and Azure's name order. Atlas AWS names are always
 * the AWS code ("AP_EAST_1").
 */
const atlasNames: ReadonlyMap<string, { readonly family: CloudFamily; readonly region: string }> = new Map([
  ["gcp:CENTRAL_US", { family: "gcp", region: "us-central1" }],
  ["gcp:EASTERN_US", { family: "gcp", region: "us-east1" }],
  ["gcp:WESTERN_US", { family: "gcp", region: "us-west1" }],
  ["gcp:WESTERN_EUROPE", { family: "gcp", region: "europe-west1" }],
  ["gcp:NORTHEASTERN_ASIA_PACIFIC", { family: "gcp", region: "asia-northeast1" }],
  ["gcp:SOUTHEASTERN_ASIA_PACIFIC", { family: "gcp", region: "asia-southeast1" }],
  ["gcp:EASTERN_ASIA_PACIFIC", { family: "gcp", region: "asia-east1" }],
  ["gcp:AUSTRALIA_SOUTHEAST_1", { family: "gcp", region: "australia-southeast1" }],
  ["gcp:NORTH_AMERICA_NORTHEAST_1", { family: "gcp", region: "northamerica-northeast1" }],
  ["gcp:SOUTH_AMERICA_EAST_1", { family: "gcp", region: "southamerica-east1" }],
  ["azure:ASIA_EAST", { family: "azure", region: "eastasia" }],
  ["azure:ASIA_SOUTH_EAST", { family: "azure", region: "southeastasia" }],
  ["azure:CHINA_EAST", { family: "azure", region: "chinaeast" }],
  ["azure:CHINA_EAST_2", { family: "azure", region: "chinaeast2" }],
  ["azure:CHINA_NORTH", { family: "azure", region: "chinanorth" }],
  ["azure:CHINA_NORTH_2", { family: "azure", region: "chinanorth2" }],
]);

/** GCP areas Atlas spells in two words. */
const gcpAreas: ReadonlyMap<string, string> = new Map([
  ["north_america", "northamerica"],
  ["south_america", "southamerica"],
  ["middle_east", "me"],
]);

const bySaasPackage: ReadonlyMap<string, SaasPackage> = new Map(saasPackages.map((p) => [p.package, p]));
const MAX_ITEMS = 64;
const MAX_VALUE = 128;

function familyOf(value: unknown): CloudFamily | undefined {
  if (typeof value !== "string") return undefined;
  switch (value.trim().toUpperCase()) {
    case "AWS":
      return "aws";
    case "GCP":
    case "GOOGLE":
      return "gcp";
    case "AZURE":
      return "azure";
    default:
      return undefined;
  }
}

function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** An Atlas region name as the cloud's own code ("AP_EAST_1" → "ap-east-1", GCP "ASIA_EAST_2" → "asia-east2"). */
export function atlasRegion(family: CloudFamily, name: string): string {
  const upper = name.trim().toUpperCase();
  const known = atlasNames.get(`${family}:${upper}`);
  if (known !== undefined) return known.region;
  const parts = upper
    .toLowerCase()
    .split("_")
    .filter((p) => p.length > 0);
  if (family === "aws") return parts.join("-");
  const last = parts[parts.length - 1];
  const numbered = last !== undefined && /^\d+$/.test(last);
  if (family === "gcp") {
    // GCP codes put the number straight after the last word (asia-east2), and spell multi-word areas as one
    // (NORTH_AMERICA_NORTHEAST_2 → northamerica-northeast2, MIDDLE_EAST_CENTRAL_1 → me-central1).
    const area = parts.length > 2 ? gcpAreas.get(`${parts[0]}_${parts[1]}`) : undefined;
    const words = area !== undefined ? [area, ...parts.slice(2)] : parts;
    return numbered ? `${words.slice(0, -1).join("-")}${last}` : words.join("-");
  }
  // Azure: US_EAST_2 → eastus2, EUROPE_NORTH → northeurope, UK_SOUTH → uksouth.
  const words = numbered ? parts.slice(0, -1) : parts;
  const suffix = numbered ? last : "";
  const first = words[0];
  if (first === "us" || first === "asia" || first === "europe") return `${words.slice(1).join("")}${first}${suffix}`;
  return `${words.join("")}${suffix}`;
}

function regionValue(format: RegionFormat, family: CloudFamily, raw: string): string {
  return format === "atlas" ? atlasRegion(family, raw) : raw.trim().toLowerCase();
}

function cloudOf(spec: PairSpec, holder: object): CloudFamily | undefined {
  for (const k of spec.cloudKeys) {
    const family = familyOf(own(holder, k));
    if (family !== undefined) return family;
  }
  return undefined;
}

function readPair(spec: PairSpec, holder: object, path: string, out: SaasPlace[], outer: CloudFamily | undefined): void {
  const family = cloudOf(spec, holder) ?? outer ?? spec.defaultFamily;
  if (family === undefined) return;
  for (const k of spec.regionKeys) {
    const v = own(holder, k);
    if (typeof v !== "string" || v.trim().length === 0 || v.length > MAX_VALUE) continue;
    out.push({ family, region: regionValue(spec.format, family, v), path: `${path}${k}` });
    return;
  }
}

/** Walks `within` (each step an object or an array of objects), reading a pair at every leaf. */
function walkPair(spec: PairSpec, holder: object, depth: number, path: string, out: SaasPlace[], outer?: CloudFamily): void {
  if (depth === spec.within.length) {
    readPair(spec, holder, path, out, outer);
    return;
  }
  const here = cloudOf(spec, holder) ?? outer;
  const key = spec.within[depth]!;
  const next = own(holder, key);
  if (Array.isArray(next)) {
    const n = Math.min(next.length, MAX_ITEMS);
    for (let i = 0; i < n; i++) {
      const item: unknown = next[i];
      if (item !== null && typeof item === "object") walkPair(spec, item, depth + 1, `${path}${key}[${i}].`, out, here);
    }
  } else if (next !== null && typeof next === "object") {
    walkPair(spec, next, depth + 1, `${path}${key}.`, out, here);
  }
}

function readPrefixed(spec: PrefixedSpec, inputs: object, out: SaasPlace[]): void {
  for (const k of spec.keys) {
    const v = own(inputs, k);
    if (typeof v !== "string" || v.length > MAX_VALUE) continue;
    const s = v.trim().toLowerCase();
    for (const p of spec.prefixes) {
      if (s.startsWith(p.prefix) && s.length > p.prefix.length) {
        out.push({ family: p.family, region: s.slice(p.prefix.length), path: k });
        return;
      }
    }
    if (spec.bare && spec.bare.shape.test(s)) {
      out.push({ family: spec.bare.family, region: s, path: k });
      return;
    }
  }
}

/**
 * Where a SaaS resource keeps data: (cloud family, region, input path) for
 * each place its inputs name; empty for other packages, for values that are
 * not strings (unknown during preview) and for clouds other than AWS, Azure
 * and GCP. The first spec that yields places wins.
 */
export function saasPlaces(type: string, inputs: unknown): SaasPlace[] {
  if (typeof type !== "string" || inputs === null || typeof inputs !== "object") return [];
  const colon = type.indexOf(":");
  const entry = bySaasPackage.get(colon < 0 ? type : type.slice(0, colon));
  if (entry === undefined) return [];
  for (const spec of entry.specs) {
    const out: SaasPlace[] = [];
    if (spec.kind === "pair") walkPair(spec, inputs, 0, "", out);
    else readPrefixed(spec, inputs, out);
    if (out.length > 0) return out;
  }
  return [];
}
