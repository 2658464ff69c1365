/**
 * Huawei Cloud regions (Pulumi package `huaweicloud`). Huawei Cloud is
 * headquartered in China whatever the region.
 * PITFALL: `ap-southeast-1` is HONG KONG on Huawei Cloud ("CN-Hong Kong"),
 * while it is Singapore on AWS and Alibaba Cloud; Huawei's Singapore is
 * `ap-southeast-3`. Zones (`cn-north-4a`, `ap-southeast-1a`) resolve to
 * their region in the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const huaweicloud: RegionTable = {
  provider: "huaweicloud",
  sources: [
    {
      title: "Huawei Cloud: Regions and Endpoints",
      url: "https://developer.huaweicloud.com/intl/en-us/endpoint",
      checked,
    },
    {
      title: "Huawei Cloud OBS: Regions and Endpoints",
      url: "https://developer.huaweicloud.com/intl/en-us/endpoint?OBS",
      checked,
    },
    {
      title: "huaweicloud-sdk-python-v3 per-service region lists (region IDs)",
      url: "https://github.com/huaweicloud/huaweicloud-sdk-python-v3",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    // --- mainland China ---
    { region: "cn-north-1", jurisdictions: ["CN"], name: "CN North-Beijing1" },
    { region: "cn-north-2", jurisdictions: ["CN"], name: "CN North-Beijing2" },
    { region: "cn-north-4", jurisdictions: ["CN"], name: "CN North-Beijing4" },
    { region: "cn-north-9", jurisdictions: ["CN"], name: "CN North-Ulanqab1" },
    { region: "cn-north-11", jurisdictions: ["CN"], name: "CN North (cn-north-11)" },
    { region: "cn-north-12", jurisdictions: ["CN"], name: "CN North (cn-north-12)" },
    { region: "cn-east-2", jurisdictions: ["CN"], name: "CN East-Shanghai2" },
    { region: "cn-east-3", jurisdictions: ["CN"], name: "CN East-Shanghai1" },
    { region: "cn-east-4", jurisdictions: ["CN"], name: "CN East (cn-east-4)" },
    { region: "cn-east-5", jurisdictions: ["CN"], name: "CN East-Qingdao" },
    { region: "cn-south-1", jurisdictions: ["CN"], name: "CN South-Guangzhou" },
    { region: "cn-south-2", jurisdictions: ["CN"], name: "CN South-Shenzhen" },
    { region: "cn-south-4", jurisdictions: ["CN"], name: "CN South-Guangzhou-InvitationOnly" },
    { region: "cn-southwest-2", jurisdictions: ["CN"], name: "CN Southwest-Guiyang1" },
    { region: "cn-southwest-3", jurisdictions: ["CN"], name: "CN Southwest (cn-southwest-3)" },

    // --- Hong Kong (NB: ap-southeast-1 on Huawei Cloud) ---
    { region: "ap-southeast-1", jurisdictions: ["HK"], name: "CN-Hong Kong" },

    // --- Asia Pacific ---
    { region: "ap-southeast-2", jurisdictions: ["TH"], name: "AP-Bangkok" },
    { region: "ap-southeast-3", jurisdictions: ["SG"], name: "AP-Singapore" },
    { region: "ap-southeast-4", jurisdictions: ["ID"], name: "AP-Jakarta" },
    { region: "ap-southeast-5", jurisdictions: ["PH"], name: "AP-Manila" },
    { region: "my-kualalumpur-1", jurisdictions: ["MY"], name: "MY-Kuala Lumpur1" },

    // --- Middle East, Türkiye, Africa, Europe ---
    { region: "me-east-1", jurisdictions: ["SA"], name: "ME-Riyadh" },
    { region: "ae-ad-1", jurisdictions: ["AE"], name: "AE-Abu Dhabi" },
    { region: "tr-west-1", jurisdictions: ["TR"], name: "TR-Istanbul" },
    { region: "af-south-1", jurisdictions: ["ZA"], name: "AF-Johannesburg" },
    { region: "af-north-1", jurisdictions: ["EG"], name: "AF-Cairo" },
    { region: "eu-west-0", jurisdictions: ["FR"], name: "EU-Paris" },
    { region: "eu-west-101", jurisdictions: ["IE"], name: "EU-Dublin", note: "Huawei Cloud Europe (myhuaweicloud.eu)." },
    { region: "ru-moscow-1", jurisdictions: ["RU"], name: "RU-Moscow" },
    { region: "ru-northwest-2", jurisdictions: ["RU"], name: "RU-Moscow2" },

    // --- Latin America ---
    { region: "na-mexico-1", jurisdictions: ["MX"], name: "LA-Mexico City1" },
    { region: "la-north-2", jurisdictions: ["MX"], name: "LA-Mexico City2" },
    { region: "la-south-2", jurisdictions: ["CL"], name: "LA-Santiago" },
    { region: "sa-chile-1", jurisdictions: ["CL"], name: "LA-Santiago2" },
    { region: "sa-brazil-1", jurisdictions: ["BR"], name: "LA-Sao Paulo1" },
    { region: "sa-argentina-1", jurisdictions: ["AR"], name: "LA-Buenos Aires1" },
    { region: "sa-peru-1", jurisdictions: ["PE"], name: "LA-Lima1" },
  ],
};
