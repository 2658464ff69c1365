/**
 * Azure region pairs: where geo-redundant storage (GRS, RA-GRS, GZRS,
 * RA-GZRS) and other pair-based geo-replication put the secondary copy.
 * Plain data, cited. A pair is usually symmetric; Microsoft documents a few
 * one-way pairs (the secondary's own secondary is another region), and those
 * are marked `direction: "one-way"`. Nonpaired regions (Israel Central,
 * Italy North, Mexico Central, New Zealand North, Poland Central, Qatar
 * Central, Spain Central, Austria East, …) have no entry: GRS is not offered
 * there, so no secondary is implied.
 *
 * Region codes are the short Azure location names, exactly as in
 * `catalog/regions/azure.ts`; `secondaryRegionOf` accepts the display form
 * too ("Southeast Asia").
 */
import type { Source } from "./types";

const checked = "2026-11-28";

export const pairSources: readonly Source[] = [
  {
    title:
      "Microsoft Learn: Azure region pairs and nonpaired regions (formerly 'Cross-region replication in Azure', section 'Azure cross-region replication pairings for all geographies')",
    url: "https://learn.microsoft.com/en-us/azure/reliability/regions-paired",
    checked,
  },
  {
    title: "Azure operated by 21Vianet: Azure region pairs and nonpaired regions (China North/East pairs)",
    url: "https://docs.azure.cn/en-us/reliability/regions-paired",
    checked,
  },
  {
    title: "Microsoft Learn: Azure Storage redundancy — geo-redundant storage copies data to the secondary region of the region pair",
    url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-redundancy",
    checked,
  },
];

export interface RegionPair {
  /** Geography as Microsoft's table names it. */
  readonly geography: string;
  /** First region of the row (short name). */
  readonly a: string;
  /** Second region of the row: the secondary of `a`. */
  readonly b: string;
  /**
   * "both": each is the other's secondary. "one-way": `b` is the secondary
   * of `a`, but `b`'s own secondary is another region.
   */
  readonly direction: "both" | "one-way";
  /** Regions of the row that are access-restricted (marked * by Microsoft). */
  readonly restrictedAccess?: readonly string[];
}

export const azureRegionPairs: readonly RegionPair[] = [
  { geography: "Asia-Pacific", a: "eastasia", b: "southeastasia", direction: "both" },
  { geography: "Australia", a: "australiaeast", b: "australiasoutheast", direction: "both" },
  { geography: "Australia", a: "australiacentral", b: "australiacentral2", direction: "both", restrictedAccess: ["australiacentral2"] },
  { geography: "Brazil", a: "brazilsouth", b: "southcentralus", direction: "one-way" },
  { geography: "Brazil", a: "brazilsoutheast", b: "brazilsouth", direction: "one-way", restrictedAccess: ["brazilsoutheast"] },
  { geography: "Canada", a: "canadacentral", b: "canadaeast", direction: "both" },
  { geography: "China", a: "chinanorth", b: "chinaeast", direction: "both" },
  { geography: "China", a: "chinanorth2", b: "chinaeast2", direction: "both" },
  { geography: "China", a: "chinanorth3", b: "chinaeast3", direction: "both", restrictedAccess: ["chinaeast3"] },
  { geography: "Europe", a: "northeurope", b: "westeurope", direction: "both" },
  { geography: "France", a: "francecentral", b: "francesouth", direction: "both", restrictedAccess: ["francesouth"] },
  { geography: "Germany", a: "germanywestcentral", b: "germanynorth", direction: "both", restrictedAccess: ["germanynorth"] },
  { geography: "India", a: "centralindia", b: "southindia", direction: "both" },
  { geography: "India", a: "westindia", b: "southindia", direction: "one-way" },
  { geography: "Japan", a: "japaneast", b: "japanwest", direction: "both" },
  { geography: "Korea", a: "koreacentral", b: "koreasouth", direction: "both", restrictedAccess: ["koreasouth"] },
  { geography: "Norway", a: "norwayeast", b: "norwaywest", direction: "both", restrictedAccess: ["norwaywest"] },
  { geography: "South Africa", a: "southafricanorth", b: "southafricawest", direction: "both", restrictedAccess: ["southafricawest"] },
  { geography: "Sweden", a: "swedencentral", b: "swedensouth", direction: "both", restrictedAccess: ["swedensouth"] },
  { geography: "Switzerland", a: "switzerlandnorth", b: "switzerlandwest", direction: "both", restrictedAccess: ["switzerlandwest"] },
  { geography: "United Kingdom", a: "ukwest", b: "uksouth", direction: "both" },
  { geography: "United States", a: "eastus", b: "westus", direction: "both" },
  { geography: "United States", a: "eastus2", b: "centralus", direction: "both" },
  { geography: "United States", a: "northcentralus", b: "southcentralus", direction: "both" },
  { geography: "United States", a: "westus2", b: "westcentralus", direction: "both" },
  { geography: "United States", a: "westus3", b: "eastus", direction: "one-way" },
  { geography: "United Arab Emirates", a: "uaenorth", b: "uaecentral", direction: "both", restrictedAccess: ["uaecentral"] },
  {
    geography: "US Department of Defense",
    a: "usdodeast",
    b: "usdodcentral",
    direction: "both",
    restrictedAccess: ["usdodeast", "usdodcentral"],
  },
  {
    geography: "US Government",
    a: "usgovarizona",
    b: "usgovtexas",
    direction: "one-way",
    restrictedAccess: ["usgovarizona", "usgovtexas"],
  },
  { geography: "US Government", a: "usgovvirginia", b: "usgovtexas", direction: "both", restrictedAccess: ["usgovvirginia", "usgovtexas"] },
];

function key(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, "");
}

const secondaries: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const p of azureRegionPairs) {
    m.set(p.a, p.b);
    if (p.direction === "both" && !m.has(p.b)) m.set(p.b, p.a);
  }
  return m;
})();

/**
 * The secondary region Azure pairs with `region` (short or display name,
 * any case), or undefined for a nonpaired or unknown region.
 */
export function secondaryRegionOf(region: string): string | undefined {
  if (typeof region !== "string" || region.length === 0 || region.length > 64) return undefined;
  return secondaries.get(key(region));
}
