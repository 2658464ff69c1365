/**
 * Cloud.ru (formerly SberCloud) Advanced regions, shared by Pulumi packages
 * `cloudru` and `sbercloud` (the same platform under its old and new name).
 * Zones (`ru-moscow-1a`) resolve to their region in the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const cloudru: RegionTable = {
  provider: "cloudru",
  sources: [
    {
      title: "Terraform Registry: sbercloud-terraform/sbercloud (region ru-moscow-1)",
      url: "https://registry.terraform.io/providers/sbercloud-terraform/sbercloud/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "ru-moscow-1", jurisdictions: ["RU"], name: "Russia (Moscow)" },
    { region: "ru-moscow-2", jurisdictions: ["RU"], name: "Russia (Moscow 2)" },
  ],
};

/** The same table under the old package name. */
export const sbercloud: RegionTable = { ...cloudru, provider: "sbercloud" };
