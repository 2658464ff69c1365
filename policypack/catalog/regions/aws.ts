/**
 * AWS regions (Pulumi package `aws`), every partition: commercial `aws`,
 * China `aws-cn` (operated by Sinnet / NWCD, DNS `amazonaws.com.cn`),
 * GovCloud `aws-us-gov`, European Sovereign Cloud `aws-eusc` and the
 * isolated ISO partitions. Region codes and names as in botocore's
 * `partitions.json`. Zones ("us-east-1a") and Local / Wavelength Zones
 * ("us-east-1-bos-1a") resolve to their parent region in the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const aws: RegionTable = {
  provider: "aws",
  sources: [
    {
      title: "AWS Regions — AWS Global Infrastructure documentation",
      url: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html",
      checked,
    },
    {
      title: "botocore data/partitions.json (partitions, region codes, descriptions)",
      url: "https://github.com/boto/botocore/blob/develop/botocore/data/partitions.json",
      checked,
    },
    {
      title: "AWS Local Zones locations",
      url: "https://aws.amazon.com/about-aws/global-infrastructure/localzones/locations/",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    // --- partition aws (commercial) ---
    { region: "af-south-1", jurisdictions: ["ZA"], name: "Africa (Cape Town)", partition: "aws" },
    { region: "ap-east-1", jurisdictions: ["HK"], name: "Asia Pacific (Hong Kong)", partition: "aws" },
    { region: "ap-east-2", jurisdictions: ["TW"], name: "Asia Pacific (Taipei)", partition: "aws" },
    { region: "ap-northeast-1", jurisdictions: ["JP"], name: "Asia Pacific (Tokyo)", partition: "aws" },
    { region: "ap-northeast-2", jurisdictions: ["KR"], name: "Asia Pacific (Seoul)", partition: "aws" },
    { region: "ap-northeast-3", jurisdictions: ["JP"], name: "Asia Pacific (Osaka)", partition: "aws" },
    { region: "ap-south-1", jurisdictions: ["IN"], name: "Asia Pacific (Mumbai)", partition: "aws" },
    { region: "ap-south-2", jurisdictions: ["IN"], name: "Asia Pacific (Hyderabad)", partition: "aws" },
    { region: "ap-southeast-1", jurisdictions: ["SG"], name: "Asia Pacific (Singapore)", partition: "aws" },
    { region: "ap-southeast-2", jurisdictions: ["AU"], name: "Asia Pacific (Sydney)", partition: "aws" },
    { region: "ap-southeast-3", jurisdictions: ["ID"], name: "Asia Pacific (Jakarta)", partition: "aws" },
    { region: "ap-southeast-4", jurisdictions: ["AU"], name: "Asia Pacific (Melbourne)", partition: "aws" },
    { region: "ap-southeast-5", jurisdictions: ["MY"], name: "Asia Pacific (Malaysia)", partition: "aws" },
    { region: "ap-southeast-6", jurisdictions: ["NZ"], name: "Asia Pacific (New Zealand)", partition: "aws" },
    { region: "ap-southeast-7", jurisdictions: ["TH"], name: "Asia Pacific (Thailand)", partition: "aws" },
    { region: "ca-central-1", jurisdictions: ["CA"], name: "Canada (Central)", partition: "aws" },
    { region: "ca-west-1", jurisdictions: ["CA"], name: "Canada West (Calgary)", partition: "aws" },
    { region: "eu-central-1", jurisdictions: ["DE"], name: "Europe (Frankfurt)", partition: "aws" },
    { region: "eu-central-2", jurisdictions: ["CH"], name: "Europe (Zurich)", partition: "aws" },
    { region: "eu-north-1", jurisdictions: ["SE"], name: "Europe (Stockholm)", partition: "aws" },
    { region: "eu-south-1", jurisdictions: ["IT"], name: "Europe (Milan)", partition: "aws" },
    { region: "eu-south-2", jurisdictions: ["ES"], name: "Europe (Spain)", partition: "aws" },
    { region: "eu-west-1", jurisdictions: ["IE"], name: "Europe (Ireland)", partition: "aws" },
    { region: "eu-west-2", jurisdictions: ["GB"], name: "Europe (London)", partition: "aws" },
    { region: "eu-west-3", jurisdictions: ["FR"], name: "Europe (Paris)", partition: "aws" },
    { region: "il-central-1", jurisdictions: ["IL"], name: "Israel (Tel Aviv)", partition: "aws" },
    { region: "me-central-1", jurisdictions: ["AE"], name: "Middle East (UAE)", partition: "aws" },
    { region: "me-south-1", jurisdictions: ["BH"], name: "Middle East (Bahrain)", partition: "aws" },
    { region: "mx-central-1", jurisdictions: ["MX"], name: "Mexico (Central)", partition: "aws" },
    { region: "sa-east-1", jurisdictions: ["BR"], name: "South America (Sao Paulo)", partition: "aws" },
    {
      region: "us-east-1",
      jurisdictions: ["US"],
      name: "US East (N. Virginia)",
      partition: "aws",
      aliases: ["aws-global"],
      note: "`aws-global` is the commercial partition's global signing pseudo-region; its implicit region is us-east-1.",
    },
    { region: "us-east-2", jurisdictions: ["US"], name: "US East (Ohio)", partition: "aws" },
    { region: "us-west-1", jurisdictions: ["US"], name: "US West (N. California)", partition: "aws" },
    { region: "us-west-2", jurisdictions: ["US"], name: "US West (Oregon)", partition: "aws" },

    // --- partition aws-cn (mainland China, operated by Sinnet / NWCD) ---
    {
      region: "cn-north-1",
      jurisdictions: ["CN"],
      name: "China (Beijing)",
      partition: "aws-cn",
      note: "Operated by Beijing Sinnet Technology; DNS suffix amazonaws.com.cn.",
    },
    {
      region: "cn-northwest-1",
      jurisdictions: ["CN"],
      name: "China (Ningxia)",
      partition: "aws-cn",
      aliases: ["aws-cn-global"],
      note: "Operated by Ningxia Western Cloud Data (NWCD); DNS suffix amazonaws.com.cn. `aws-cn-global` is the China partition's global signing pseudo-region.",
    },

    // --- partition aws-us-gov ---
    {
      region: "us-gov-east-1",
      jurisdictions: ["US"],
      name: "AWS GovCloud (US-East)",
      partition: "aws-us-gov",
    },
    {
      region: "us-gov-west-1",
      jurisdictions: ["US"],
      name: "AWS GovCloud (US-West)",
      partition: "aws-us-gov",
      aliases: ["aws-us-gov-global"],
      note: "`aws-us-gov-global` is the GovCloud partition's global signing pseudo-region.",
    },

    // --- partition aws-eusc (AWS European Sovereign Cloud) ---
    {
      region: "eusc-de-east-1",
      jurisdictions: ["DE"],
      name: "EU (Germany) — AWS European Sovereign Cloud",
      partition: "aws-eusc",
      note: "DNS suffix amazonaws.eu (Brandenburg, Germany).",
    },

    // --- isolated partitions ---
    { region: "us-iso-east-1", jurisdictions: ["US"], name: "US ISO East", partition: "aws-iso" },
    { region: "us-iso-west-1", jurisdictions: ["US"], name: "US ISO West", partition: "aws-iso" },
    { region: "us-isob-east-1", jurisdictions: ["US"], name: "US ISOB East (Ohio)", partition: "aws-iso-b" },
    { region: "us-isob-west-1", jurisdictions: ["US"], name: "US ISOB West", partition: "aws-iso-b" },
    {
      region: "eu-isoe-west-1",
      jurisdictions: ["GB"],
      name: "EU ISOE West",
      partition: "aws-iso-e",
      note: "DNS suffix cloud.adc-e.uk (United Kingdom).",
    },
    { region: "us-isof-east-1", jurisdictions: ["US"], name: "US ISOF East", partition: "aws-iso-f" },
    { region: "us-isof-south-1", jurisdictions: ["US"], name: "US ISOF South", partition: "aws-iso-f" },
  ],
};
