/**
 * Regions of Russian vendors reached only through "any Terraform provider":
 * Selectel (`selectel`, pools `ru-1`…, zones `ru-1a`) and VK Cloud (`vkcs`,
 * OpenStack region `RegionOne` in Moscow, availability zones `MS1`, `GZ1`,
 * `ME1`). The vendor is restricted in every region by the provider rule.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const selectel: RegionTable = {
  provider: "selectel",
  sources: [
    {
      title: "Selectel Terraform provider reference (pools / regions)",
      url: "https://docs.selectel.ru/terraform/selectel-provider-reference/",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "ru-1", jurisdictions: ["RU"], name: "Russia (Saint Petersburg 1)" },
    { region: "ru-2", jurisdictions: ["RU"], name: "Russia (Moscow 2)" },
    { region: "ru-3", jurisdictions: ["RU"], name: "Russia (Saint Petersburg 3)" },
    { region: "ru-7", jurisdictions: ["RU"], name: "Russia (Moscow 7)" },
    { region: "ru-8", jurisdictions: ["RU"], name: "Russia (Novosibirsk)" },
    { region: "ru-9", jurisdictions: ["RU"], name: "Russia (Moscow 9)" },
    { region: "kz-1", jurisdictions: ["KZ"], name: "Kazakhstan (Almaty)" },
  ],
};

export const vkcs: RegionTable = {
  provider: "vkcs",
  sources: [
    {
      title: "Terraform Registry: vk-cs/vkcs (provider `region`, availability zones)",
      url: "https://registry.terraform.io/providers/vk-cs/vkcs/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: false,
  regions: [{ region: "regionone", jurisdictions: ["RU"], name: "Russia (Moscow)", aliases: ["ms1", "gz1", "me1"] }],
};
