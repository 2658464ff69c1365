/**
 * Volcengine (ByteDance Volcano Engine) regions (Pulumi package
 * `volcengine`). Volcengine is headquartered in China whatever the region.
 * `cn-north-1` is the signing region of Volcengine's global (non-regional)
 * API endpoints such as visual.volcengineapi.com, served from Beijing; it
 * is listed as an alias of `cn-beijing`. Zones (`cn-beijing-a`) resolve to
 * their region in the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const volcengine: RegionTable = {
  provider: "volcengine",
  sources: [
    {
      title: "火山引擎 密钥管理系统: 地域和访问域名 (Volcengine KMS regions and endpoints)",
      url: "https://www.volcengine.com/docs/6476/1529726",
      checked,
    },
    {
      title: "火山引擎 对象存储 TOS: 地域和访问域名 (TOS regions and endpoints)",
      url: "https://www.volcengine.com/docs/6349/107356",
      checked,
    },
    {
      title: "火山引擎 veImageX: 地域和访问域名 (cn-north-1 global endpoint region)",
      url: "https://www.volcengine.com/docs/508/1544699",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    {
      region: "cn-beijing",
      jurisdictions: ["CN"],
      name: "华北2 (北京) / China North 2 (Beijing)",
      aliases: ["cn-north-1"],
      note: "`cn-north-1` is the signing region of global API endpoints (Beijing).",
    },
    { region: "cn-shanghai", jurisdictions: ["CN"], name: "华东2 (上海) / China East 2 (Shanghai)" },
    { region: "cn-guangzhou", jurisdictions: ["CN"], name: "华南1 (广州) / China South 1 (Guangzhou)" },
    { region: "cn-hongkong", jurisdictions: ["HK"], name: "中国香港 / China (Hong Kong)" },
    { region: "ap-southeast-1", jurisdictions: ["MY"], name: "亚太东南 (柔佛) / Asia Pacific Southeast (Johor)" },
    { region: "ap-southeast-3", jurisdictions: ["ID"], name: "亚太东南 (雅加达) / Asia Pacific Southeast (Jakarta)" },
  ],
};
