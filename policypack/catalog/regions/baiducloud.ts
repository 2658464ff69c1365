/**
 * Baidu AI Cloud regions (package `baiducloud`, reached through "any
 * Terraform provider" baidubce/baiducloud). Short region codes as the BCE
 * API and the provider's `region` argument spell them; the `cn-` forms used
 * in zone names are aliases. Baidu is headquartered in China whatever the region.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const baiducloud: RegionTable = {
  provider: "baiducloud",
  sources: [
    { title: "Baidu AI Cloud: regions (区域选择说明)", url: "https://cloud.baidu.com/doc/Reference/s/2jwvz23xx", checked },
    {
      title: "Terraform Registry: baidubce/baiducloud (provider `region`)",
      url: "https://registry.terraform.io/providers/baidubce/baiducloud/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: false,
  regions: [
    { region: "bj", jurisdictions: ["CN"], name: "North China (Beijing)", aliases: ["cn-bj"] },
    { region: "bd", jurisdictions: ["CN"], name: "North China (Baoding)", aliases: ["cn-bd"] },
    { region: "yq", jurisdictions: ["CN"], name: "North China (Yangquan)", aliases: ["cn-yq"] },
    { region: "gz", jurisdictions: ["CN"], name: "South China (Guangzhou)", aliases: ["cn-gz"] },
    { region: "su", jurisdictions: ["CN"], name: "East China (Suzhou)", aliases: ["cn-su"] },
    { region: "fsh", jurisdictions: ["CN"], name: "East China (Shanghai)", aliases: ["cn-fsh"] },
    { region: "fwh", jurisdictions: ["CN"], name: "Central China (Wuhan, finance)", aliases: ["cn-fwh"] },
    { region: "cd", jurisdictions: ["CN"], name: "Southwest China (Chengdu)", aliases: ["cn-cd"] },
    { region: "hkg", jurisdictions: ["HK"], name: "Hong Kong", aliases: ["cn-hkg", "hk"] },
    { region: "sin", jurisdictions: ["SG"], name: "Singapore", aliases: ["sg"] },
  ],
};
