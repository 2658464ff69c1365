/**
 * Google Cloud locations (Pulumi package `gcp`; the same locations serve
 * `google-native`): Compute regions, Cloud Storage multi-regions (`us`,
 * `eu`, `asia`) and predefined dual-regions (`asia1`, `eur4`, `eur5`,
 * `eur7`, `eur8`, `nam4`). GCS spells locations in upper case (`US-EAST1`,
 * `ASIA`); "lower" normalisation handles that. Zones (`us-central1-a`)
 * resolve to their region in the lookup module.
 * Note: `asia-east1` is Taiwan, `asia-east2` is Hong Kong.
 * Multi-region jurisdictions list every country the location may hold data
 * in: `asia` conservatively lists every Asian country with a Google Cloud
 * region (incl. HK and the Middle East regions), `eu` the EU member states
 * with a Google Cloud region.
 * Plain data: no logic here.
 */
import type { RegionEntry, RegionTable, Source } from "../types";

const checked = "2026-11-28";

const sources: readonly Source[] = [
  {
    title: "Compute Engine: Regions and zones",
    url: "https://cloud.google.com/compute/docs/regions-zones",
    checked,
  },
  {
    title: "Cloud Storage: Bucket locations (regions, dual-regions, multi-regions)",
    url: "https://cloud.google.com/storage/docs/locations",
    checked,
  },
];

/** Every Google Cloud location, shared by the `gcp` and `google-native` tables. */
export const gcpRegionEntries: readonly RegionEntry[] = [
  // --- Africa ---
  { region: "africa-south1", jurisdictions: ["ZA"], name: "Johannesburg, South Africa" },

  // --- Asia Pacific ---
  { region: "asia-east1", jurisdictions: ["TW"], name: "Changhua County, Taiwan" },
  { region: "asia-east2", jurisdictions: ["HK"], name: "Hong Kong" },
  { region: "asia-northeast1", jurisdictions: ["JP"], name: "Tokyo, Japan" },
  { region: "asia-northeast2", jurisdictions: ["JP"], name: "Osaka, Japan" },
  { region: "asia-northeast3", jurisdictions: ["KR"], name: "Seoul, South Korea" },
  { region: "asia-south1", jurisdictions: ["IN"], name: "Mumbai, India" },
  { region: "asia-south2", jurisdictions: ["IN"], name: "Delhi, India" },
  { region: "asia-southeast1", jurisdictions: ["SG"], name: "Jurong West, Singapore" },
  { region: "asia-southeast2", jurisdictions: ["ID"], name: "Jakarta, Indonesia" },
  { region: "asia-southeast3", jurisdictions: ["TH"], name: "Bangkok, Thailand" },
  { region: "australia-southeast1", jurisdictions: ["AU"], name: "Sydney, Australia" },
  { region: "australia-southeast2", jurisdictions: ["AU"], name: "Melbourne, Australia" },

  // --- Europe ---
  { region: "europe-central2", jurisdictions: ["PL"], name: "Warsaw, Poland" },
  { region: "europe-north1", jurisdictions: ["FI"], name: "Hamina, Finland" },
  { region: "europe-north2", jurisdictions: ["SE"], name: "Stockholm, Sweden" },
  { region: "europe-southwest1", jurisdictions: ["ES"], name: "Madrid, Spain" },
  { region: "europe-west1", jurisdictions: ["BE"], name: "St. Ghislain, Belgium" },
  { region: "europe-west2", jurisdictions: ["GB"], name: "London, England" },
  { region: "europe-west3", jurisdictions: ["DE"], name: "Frankfurt, Germany" },
  { region: "europe-west4", jurisdictions: ["NL"], name: "Eemshaven, Netherlands" },
  { region: "europe-west6", jurisdictions: ["CH"], name: "Zurich, Switzerland" },
  { region: "europe-west8", jurisdictions: ["IT"], name: "Milan, Italy" },
  { region: "europe-west9", jurisdictions: ["FR"], name: "Paris, France" },
  { region: "europe-west10", jurisdictions: ["DE"], name: "Berlin, Germany" },
  { region: "europe-west12", jurisdictions: ["IT"], name: "Turin, Italy" },

  // --- Middle East ---
  { region: "me-central1", jurisdictions: ["QA"], name: "Doha, Qatar" },
  { region: "me-central2", jurisdictions: ["SA"], name: "Dammam, Saudi Arabia" },
  { region: "me-west1", jurisdictions: ["IL"], name: "Tel Aviv, Israel" },

  // --- North America ---
  { region: "northamerica-northeast1", jurisdictions: ["CA"], name: "Montréal, Québec, Canada" },
  { region: "northamerica-northeast2", jurisdictions: ["CA"], name: "Toronto, Ontario, Canada" },
  { region: "northamerica-south1", jurisdictions: ["MX"], name: "Querétaro, Mexico" },
  { region: "us-central1", jurisdictions: ["US"], name: "Council Bluffs, Iowa, USA" },
  {
    region: "us-central2",
    jurisdictions: ["US"],
    name: "Oklahoma, USA",
    note: "Restricted region used for Cloud TPU (e.g. zone us-central2-b).",
  },
  { region: "us-east1", jurisdictions: ["US"], name: "Moncks Corner, South Carolina, USA" },
  { region: "us-east4", jurisdictions: ["US"], name: "Ashburn, Virginia, USA" },
  { region: "us-east5", jurisdictions: ["US"], name: "Columbus, Ohio, USA" },
  { region: "us-south1", jurisdictions: ["US"], name: "Dallas, Texas, USA" },
  { region: "us-west1", jurisdictions: ["US"], name: "The Dalles, Oregon, USA" },
  { region: "us-west2", jurisdictions: ["US"], name: "Los Angeles, California, USA" },
  { region: "us-west3", jurisdictions: ["US"], name: "Salt Lake City, Utah, USA" },
  { region: "us-west4", jurisdictions: ["US"], name: "Las Vegas, Nevada, USA" },

  // --- South America ---
  { region: "southamerica-east1", jurisdictions: ["BR"], name: "Osasco, São Paulo, Brazil" },
  { region: "southamerica-west1", jurisdictions: ["CL"], name: "Santiago, Chile" },

  // --- Cloud Storage multi-regions ---
  {
    region: "us",
    jurisdictions: ["US"],
    name: "Data centers in the United States",
    kind: "multi-region",
  },
  {
    region: "eu",
    jurisdictions: ["BE", "DE", "ES", "FI", "FR", "IT", "NL", "PL", "SE"],
    name: "Data centers within member states of the European Union",
    kind: "multi-region",
    note: "Lists the EU member states that host a Google Cloud region; excludes London (GB) and Zurich (CH).",
  },
  {
    region: "asia",
    jurisdictions: ["HK", "ID", "IL", "IN", "JP", "KR", "QA", "SA", "SG", "TH", "TW"],
    name: "Data centers in Asia",
    kind: "multi-region",
    note: "Conservative: every Asian country or territory with a Google Cloud region, Hong Kong (asia-east2) included.",
  },

  // --- Cloud Storage predefined dual-regions ---
  {
    region: "asia1",
    jurisdictions: ["JP"],
    name: "Tokyo and Osaka (asia-northeast1, asia-northeast2)",
    kind: "dual-region",
  },
  {
    region: "eur4",
    jurisdictions: ["FI", "NL"],
    name: "Finland and Netherlands (europe-north1, europe-west4)",
    kind: "dual-region",
  },
  {
    region: "eur5",
    jurisdictions: ["BE", "GB"],
    name: "Belgium and London (europe-west1, europe-west2)",
    kind: "dual-region",
  },
  {
    region: "eur7",
    jurisdictions: ["DE", "GB"],
    name: "London and Frankfurt (europe-west2, europe-west3)",
    kind: "dual-region",
  },
  {
    region: "eur8",
    jurisdictions: ["CH", "DE"],
    name: "Frankfurt and Zurich (europe-west3, europe-west6)",
    kind: "dual-region",
  },
  {
    region: "nam4",
    jurisdictions: ["US"],
    name: "Iowa and South Carolina (us-central1, us-east1)",
    kind: "dual-region",
  },
];

/** Region table of the `gcp` package. */
export const gcp: RegionTable = {
  provider: "gcp",
  sources,
  normalise: "lower",
  zonesBySuffix: true,
  regions: gcpRegionEntries,
};

/** Region table of the `google-native` package (same locations as `gcp`). */
export const googleNative: RegionTable = {
  provider: "google-native",
  sources,
  normalise: "lower",
  zonesBySuffix: true,
  regions: gcpRegionEntries,
};
