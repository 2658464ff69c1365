/**
 * Yandex Cloud regions (Pulumi package `yandex`). Yandex Cloud places
 * resources by zone (`yandex:zone`, resource input `zone`), never by a region
 * key; zones (`ru-central1-a`, `-b`, `-d`) resolve to their region in the
 * lookup module. The Kazakhstan region `kz1` is run by a separate local
 * entity but the vendor is the same.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const yandex: RegionTable = {
  provider: "yandex",
  sources: [
    { title: "Yandex Cloud: Regions and availability zones", url: "https://yandex.cloud/en/docs/overview/concepts/geo-scope", checked },
    {
      title: "Terraform Registry: yandex-cloud/yandex (provider `zone` argument)",
      url: "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "ru-central1", jurisdictions: ["RU"], name: "Russia (Central: Moscow, Vladimir, Ryazan)" },
    { region: "kz1", jurisdictions: ["KZ"], name: "Kazakhstan (Almaty)" },
  ],
};
