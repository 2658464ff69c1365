/**
 * Azure regions, shared by the Pulumi packages `azure` (classic) and
 * `azure-native`: one entries array, two tables. `region` is the ARM short
 * name (`chinaeast2`), `name` the display name (`China East 2`). The tables
 * normalise "lower-nospace" (lower-case, all whitespace removed, exactly as
 * Azure.Core's AzureLocation does), so every display name already resolves
 * to its short name and needs no alias; `aliases` is kept for genuinely
 * different spellings only. Sovereign clouds carry a partition:
 * `azure-china` (operated by 21Vianet, `chinacloudapi.cn`), `azure-us-gov`,
 * `azure-germany` (retired Microsoft Cloud Deutschland).
 * Note: `eastasia` is Hong Kong, `southeastasia` is Singapore.
 * Plain data: no logic here.
 */
import type { RegionEntry, RegionTable, Source } from "../types";

const checked = "2026-11-28";

const sources: readonly Source[] = [
  {
    title: "List of Azure regions — Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/azure/reliability/regions-list",
    checked,
  },
  {
    title: "Azure China developer guide (21Vianet regions and endpoints)",
    url: "https://learn.microsoft.com/en-us/azure/china/resources-developer-guide",
    checked,
  },
  {
    title: "Compare Azure Government and global Azure",
    url: "https://learn.microsoft.com/en-us/azure/azure-government/compare-azure-government-global-azure",
    checked,
  },
  {
    title: "Azure SDK for .NET — Azure.Core AzureLocation (short and display names)",
    url: "https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/core/Azure.Core/src/AzureLocation.cs",
    checked,
  },
];

/** Every Azure location, shared by the `azure` and `azure-native` tables. */
export const azureRegionEntries: readonly RegionEntry[] = [
  // --- United States (public cloud) ---
  { region: "eastus", jurisdictions: ["US"], name: "East US", note: "Virginia" },
  { region: "eastus2", jurisdictions: ["US"], name: "East US 2", note: "Virginia" },
  { region: "southcentralus", jurisdictions: ["US"], name: "South Central US", note: "Texas" },
  { region: "westus2", jurisdictions: ["US"], name: "West US 2", note: "Washington" },
  { region: "westus3", jurisdictions: ["US"], name: "West US 3", note: "Arizona" },
  { region: "centralus", jurisdictions: ["US"], name: "Central US", note: "Iowa" },
  { region: "northcentralus", jurisdictions: ["US"], name: "North Central US", note: "Illinois" },
  { region: "westus", jurisdictions: ["US"], name: "West US", note: "California" },
  { region: "westcentralus", jurisdictions: ["US"], name: "West Central US", note: "Wyoming" },
  { region: "centraluseuap", jurisdictions: ["US"], name: "Central US EUAP", note: "Canary region (Early Updates Access Program)" },
  { region: "eastus2euap", jurisdictions: ["US"], name: "East US 2 EUAP", note: "Canary region (Early Updates Access Program)" },
  { region: "eastusstg", jurisdictions: ["US"], name: "East US STG", note: "Stage region" },
  { region: "southcentralusstg", jurisdictions: ["US"], name: "South Central US STG", note: "Stage region" },

  // --- Americas ---
  { region: "canadacentral", jurisdictions: ["CA"], name: "Canada Central", note: "Toronto" },
  { region: "canadaeast", jurisdictions: ["CA"], name: "Canada East", note: "Quebec City" },
  { region: "mexicocentral", jurisdictions: ["MX"], name: "Mexico Central", note: "Querétaro" },
  { region: "brazilsouth", jurisdictions: ["BR"], name: "Brazil South", note: "São Paulo State" },
  { region: "brazilsoutheast", jurisdictions: ["BR"], name: "Brazil Southeast", note: "Rio de Janeiro" },
  { region: "chilecentral", jurisdictions: ["CL"], name: "Chile Central", note: "Santiago" },

  // --- Europe ---
  { region: "northeurope", jurisdictions: ["IE"], name: "North Europe", note: "Ireland" },
  { region: "westeurope", jurisdictions: ["NL"], name: "West Europe", note: "Netherlands" },
  { region: "uksouth", jurisdictions: ["GB"], name: "UK South", note: "London" },
  { region: "ukwest", jurisdictions: ["GB"], name: "UK West", note: "Cardiff" },
  { region: "francecentral", jurisdictions: ["FR"], name: "France Central", note: "Paris" },
  { region: "francesouth", jurisdictions: ["FR"], name: "France South", note: "Marseille" },
  { region: "germanywestcentral", jurisdictions: ["DE"], name: "Germany West Central", note: "Frankfurt" },
  { region: "germanynorth", jurisdictions: ["DE"], name: "Germany North", note: "Berlin" },
  {
    region: "germanycentral",
    jurisdictions: ["DE"],
    name: "Germany Central",
    partition: "azure-germany",
    note: "Microsoft Cloud Deutschland (retired 2021)",
  },
  {
    region: "germanynortheast",
    jurisdictions: ["DE"],
    name: "Germany Northeast",
    partition: "azure-germany",
    note: "Microsoft Cloud Deutschland (retired 2021)",
  },
  { region: "norwayeast", jurisdictions: ["NO"], name: "Norway East", note: "Oslo" },
  { region: "norwaywest", jurisdictions: ["NO"], name: "Norway West", note: "Stavanger" },
  { region: "swedencentral", jurisdictions: ["SE"], name: "Sweden Central", note: "Gävle" },
  { region: "swedensouth", jurisdictions: ["SE"], name: "Sweden South", note: "Malmö" },
  { region: "switzerlandnorth", jurisdictions: ["CH"], name: "Switzerland North", note: "Zürich" },
  { region: "switzerlandwest", jurisdictions: ["CH"], name: "Switzerland West", note: "Geneva" },
  { region: "italynorth", jurisdictions: ["IT"], name: "Italy North", note: "Milan" },
  { region: "polandcentral", jurisdictions: ["PL"], name: "Poland Central", note: "Warsaw" },
  { region: "spaincentral", jurisdictions: ["ES"], name: "Spain Central", note: "Madrid" },
  { region: "austriaeast", jurisdictions: ["AT"], name: "Austria East", note: "Vienna" },
  { region: "belgiumcentral", jurisdictions: ["BE"], name: "Belgium Central", note: "Brussels" },
  { region: "denmarkeast", jurisdictions: ["DK"], name: "Denmark East", note: "Copenhagen" },

  // --- Asia Pacific ---
  { region: "eastasia", jurisdictions: ["HK"], name: "East Asia", note: "Hong Kong SAR" },
  { region: "southeastasia", jurisdictions: ["SG"], name: "Southeast Asia", note: "Singapore" },
  { region: "australiaeast", jurisdictions: ["AU"], name: "Australia East", note: "New South Wales" },
  { region: "australiasoutheast", jurisdictions: ["AU"], name: "Australia Southeast", note: "Victoria" },
  { region: "australiacentral", jurisdictions: ["AU"], name: "Australia Central", note: "Canberra" },
  { region: "australiacentral2", jurisdictions: ["AU"], name: "Australia Central 2", note: "Canberra" },
  { region: "japaneast", jurisdictions: ["JP"], name: "Japan East", note: "Tokyo, Saitama" },
  { region: "japanwest", jurisdictions: ["JP"], name: "Japan West", note: "Osaka" },
  { region: "koreacentral", jurisdictions: ["KR"], name: "Korea Central", note: "Seoul" },
  { region: "koreasouth", jurisdictions: ["KR"], name: "Korea South", note: "Busan" },
  { region: "centralindia", jurisdictions: ["IN"], name: "Central India", note: "Pune" },
  { region: "southindia", jurisdictions: ["IN"], name: "South India", note: "Chennai" },
  { region: "westindia", jurisdictions: ["IN"], name: "West India", note: "Mumbai" },
  { region: "jioindiawest", jurisdictions: ["IN"], name: "Jio India West", note: "Jamnagar" },
  { region: "jioindiacentral", jurisdictions: ["IN"], name: "Jio India Central", note: "Nagpur" },
  { region: "indonesiacentral", jurisdictions: ["ID"], name: "Indonesia Central", note: "Jakarta" },
  { region: "malaysiawest", jurisdictions: ["MY"], name: "Malaysia West", note: "Kuala Lumpur" },
  { region: "malaysiasouth", jurisdictions: ["MY"], name: "Malaysia South", note: "Johor Bahru" },
  { region: "newzealandnorth", jurisdictions: ["NZ"], name: "New Zealand North", note: "Auckland" },
  { region: "taiwannorth", jurisdictions: ["TW"], name: "Taiwan North", note: "Taipei" },
  { region: "taiwannorthwest", jurisdictions: ["TW"], name: "Taiwan Northwest", note: "Taoyuan" },

  // --- Middle East and Africa ---
  { region: "uaenorth", jurisdictions: ["AE"], name: "UAE North", note: "Dubai" },
  { region: "uaecentral", jurisdictions: ["AE"], name: "UAE Central", note: "Abu Dhabi" },
  { region: "qatarcentral", jurisdictions: ["QA"], name: "Qatar Central", note: "Doha" },
  { region: "israelcentral", jurisdictions: ["IL"], name: "Israel Central", note: "Israel" },
  { region: "israelnorthwest", jurisdictions: ["IL"], name: "Israel Northwest", note: "Israel" },
  { region: "southafricanorth", jurisdictions: ["ZA"], name: "South Africa North", note: "Johannesburg" },
  { region: "southafricawest", jurisdictions: ["ZA"], name: "South Africa West", note: "Cape Town" },

  // --- Azure operated by 21Vianet (mainland China, `environment: china`) ---
  { region: "chinaeast", jurisdictions: ["CN"], name: "China East", partition: "azure-china", note: "Shanghai; operated by 21Vianet" },
  { region: "chinaeast2", jurisdictions: ["CN"], name: "China East 2", partition: "azure-china", note: "Shanghai; operated by 21Vianet" },
  { region: "chinaeast3", jurisdictions: ["CN"], name: "China East 3", partition: "azure-china", note: "Shanghai; operated by 21Vianet" },
  { region: "chinanorth", jurisdictions: ["CN"], name: "China North", partition: "azure-china", note: "Beijing; operated by 21Vianet" },
  { region: "chinanorth2", jurisdictions: ["CN"], name: "China North 2", partition: "azure-china", note: "Beijing; operated by 21Vianet" },
  { region: "chinanorth3", jurisdictions: ["CN"], name: "China North 3", partition: "azure-china", note: "Hebei; operated by 21Vianet" },

  // --- Azure Government (`environment: usgovernment`) ---
  { region: "usgovvirginia", jurisdictions: ["US"], name: "US Gov Virginia", partition: "azure-us-gov" },
  { region: "usgovarizona", jurisdictions: ["US"], name: "US Gov Arizona", partition: "azure-us-gov" },
  { region: "usgovtexas", jurisdictions: ["US"], name: "US Gov Texas", partition: "azure-us-gov" },
  { region: "usgoviowa", jurisdictions: ["US"], name: "US Gov Iowa", partition: "azure-us-gov", note: "Retired" },
  { region: "usdodeast", jurisdictions: ["US"], name: "US DoD East", partition: "azure-us-gov" },
  { region: "usdodcentral", jurisdictions: ["US"], name: "US DoD Central", partition: "azure-us-gov" },
];

/** Region table of the classic `azure` package. */
export const azure: RegionTable = {
  provider: "azure",
  sources,
  normalise: "lower-nospace",
  zonesBySuffix: false,
  regions: azureRegionEntries,
};

/** Region table of the `azure-native` package (same locations as `azure`). */
export const azureNative: RegionTable = {
  provider: "azure-native",
  sources,
  normalise: "lower-nospace",
  zonesBySuffix: false,
  regions: azureRegionEntries,
};
