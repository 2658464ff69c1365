/**
 * UCloud regions (Pulumi package `ucloud`). UCloud is headquartered in
 * China whatever the region. Zones (`cn-bj2-02`) resolve to their region in
 * the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const ucloud: RegionTable = {
  provider: "ucloud",
  sources: [
    { title: "UCloud: regions and availability zones", url: "https://docs.ucloud.cn/api/summary/regionlist", checked },
    { title: "Pulumi Registry: UCloud provider", url: "https://www.pulumi.com/registry/packages/ucloud/", checked },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "cn-bj1", jurisdictions: ["CN"], name: "China (Beijing 1)" },
    { region: "cn-bj2", jurisdictions: ["CN"], name: "China (Beijing 2)" },
    { region: "cn-sh2", jurisdictions: ["CN"], name: "China (Shanghai 2)" },
    { region: "cn-gd", jurisdictions: ["CN"], name: "China (Guangzhou)" },
    { region: "cn-qz", jurisdictions: ["CN"], name: "China (Quanzhou)" },
    { region: "cn-wlcb", jurisdictions: ["CN"], name: "China (Ulanqab)" },
    { region: "hk", jurisdictions: ["HK"], name: "Hong Kong" },
    { region: "tw-tp", jurisdictions: ["TW"], name: "Taiwan (Taipei)" },
    { region: "jpn-tky", jurisdictions: ["JP"], name: "Japan (Tokyo)" },
    { region: "kr-seoul", jurisdictions: ["KR"], name: "South Korea (Seoul)" },
    { region: "sg", jurisdictions: ["SG"], name: "Singapore" },
    { region: "th-bkk", jurisdictions: ["TH"], name: "Thailand (Bangkok)" },
    { region: "vn-sng", jurisdictions: ["VN"], name: "Vietnam (Ho Chi Minh City)" },
    { region: "idn-jakarta", jurisdictions: ["ID"], name: "Indonesia (Jakarta)" },
    { region: "ind-mumbai", jurisdictions: ["IN"], name: "India (Mumbai)" },
    { region: "ph-mnl", jurisdictions: ["PH"], name: "Philippines (Manila)" },
    { region: "us-ca", jurisdictions: ["US"], name: "United States (Los Angeles)" },
    { region: "us-ws", jurisdictions: ["US"], name: "United States (Washington)" },
    { region: "ge-fra", jurisdictions: ["DE"], name: "Germany (Frankfurt)" },
    { region: "uk-london", jurisdictions: ["GB"], name: "United Kingdom (London)" },
    { region: "rus-mosc", jurisdictions: ["RU"], name: "Russia (Moscow)" },
    { region: "uae-dubai", jurisdictions: ["AE"], name: "United Arab Emirates (Dubai)" },
    { region: "bra-saopaulo", jurisdictions: ["BR"], name: "Brazil (São Paulo)" },
    { region: "afr-nigeria", jurisdictions: ["NG"], name: "Nigeria (Lagos)" },
  ],
};
