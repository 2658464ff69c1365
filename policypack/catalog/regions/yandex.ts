/**
 * Yandex Cloud regions (Pulumi package `yandex`). Resources are placed by
 * zone (`yandex:zone`, e.g. `ru-central1-a`); zones resolve to their region
 * in the lookup module. Yandex Cloud is headquartered in Russia whatever the
 * region.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-12-06";

export const yandex: RegionTable = {
  provider: "yandex",
  sources: [
    { title: "Yandex Cloud documentation: Regions and availability zones", url: "https://yandex.cloud/en/docs/overview/concepts/region", checked },
    { title: "Pulumi Registry: Yandex provider — installation & configuration (zone)", url: "https://www.pulumi.com/registry/packages/yandex/installation-configuration/", checked },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    { region: "ru-central1", jurisdictions: ["RU"], name: "Russia (ru-central1: zones ru-central1-a, ru-central1-b, ru-central1-d)" },
    { region: "kz1", jurisdictions: ["KZ"], name: "Kazakhstan (kz1: zone kz1-a)" },
  ],
};
