/**
 * BytePlus regions (Pulumi package `bytepluscc`). BytePlus is ByteDance's
 * international cloud, contracted from Singapore; the region codes mirror
 * Volcengine's international ones. Zones resolve by suffix.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const bytepluscc: RegionTable = {
  provider: "bytepluscc",
  sources: [
    {
      title: "BytePlus docs: regions and endpoints",
      url: "https://docs.byteplus.com/en/docs/byteplus-platform/docs-regions-and-endpoints",
      checked,
    },
    {
      title: "Terraform Registry: byteplus-sdk/byteplus (provider `region`)",
      url: "https://registry.terraform.io/providers/byteplus-sdk/byteplus/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "ap-southeast-1", jurisdictions: ["MY"], name: "Asia Pacific (Johor)" },
    { region: "ap-southeast-3", jurisdictions: ["ID"], name: "Asia Pacific (Jakarta)" },
    { region: "cn-hongkong", jurisdictions: ["HK"], name: "China (Hong Kong)" },
  ],
};
