/**
 * Regions of Chinese vendors reached only through "any Terraform provider":
 * Kingsoft Cloud (`ksyun`), JD Cloud (`jdcloud`), QingCloud (`qingcloud`,
 * which names zones such as `pek3a` and regions such as `pek3`). The vendor
 * is restricted in every region by the provider rule; these tables give
 * jurisdictions for messages and `allowedRegions`. CTyun region ids are
 * opaque per-account identifiers, so it has no table.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const ksyun: RegionTable = {
  provider: "ksyun",
  sources: [
    {
      title: "Terraform Registry: kingsoftcloud/ksyun (provider `region`)",
      url: "https://registry.terraform.io/providers/kingsoftcloud/ksyun/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "cn-beijing-6", jurisdictions: ["CN"], name: "China (Beijing 6)" },
    { region: "cn-shanghai-2", jurisdictions: ["CN"], name: "China (Shanghai 2)" },
    { region: "cn-guangzhou-1", jurisdictions: ["CN"], name: "China (Guangzhou 1)" },
    { region: "cn-hongkong-2", jurisdictions: ["HK"], name: "Hong Kong 2" },
    { region: "ap-singapore-1", jurisdictions: ["SG"], name: "Singapore 1" },
    { region: "eu-east-1", jurisdictions: ["RU"], name: "Russia (Moscow)" },
  ],
};

export const jdcloud: RegionTable = {
  provider: "jdcloud",
  sources: [
    {
      title: "Terraform Registry: jdcloud-api/jdcloud (provider `region`)",
      url: "https://registry.terraform.io/providers/jdcloud-api/jdcloud/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "cn-north-1", jurisdictions: ["CN"], name: "North China (Beijing)" },
    { region: "cn-east-1", jurisdictions: ["CN"], name: "East China (Suqian)" },
    { region: "cn-east-2", jurisdictions: ["CN"], name: "East China (Shanghai)" },
    { region: "cn-south-1", jurisdictions: ["CN"], name: "South China (Guangzhou)" },
  ],
};

export const qingcloud: RegionTable = {
  provider: "qingcloud",
  sources: [
    {
      title: "Terraform Registry: yunify/qingcloud (provider `zone`)",
      url: "https://registry.terraform.io/providers/yunify/qingcloud/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "pek3", jurisdictions: ["CN"], name: "China (Beijing 3)" },
    { region: "sh1", jurisdictions: ["CN"], name: "China (Shanghai 1)" },
    { region: "gd2", jurisdictions: ["CN"], name: "China (Guangdong 2)" },
  ],
};
