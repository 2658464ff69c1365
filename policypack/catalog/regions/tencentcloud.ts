/**
 * Tencent Cloud regions (Pulumi package `tencentcloud`): public regions,
 * financial (FSI) regions, special-purpose and edge (`-ec`) regions.
 * Tencent Cloud is headquartered in China whatever the region.
 * Zones (`ap-guangzhou-3`, `ap-shenzhen-fsi-3`) resolve to their region in
 * the lookup module. `ap-beijing-1` is both a COS region ID and CVM zone
 * Beijing Zone 1; either way it lies in mainland China.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const tencentcloud: RegionTable = {
  provider: "tencentcloud",
  sources: [
    {
      title: "Tencent Cloud CVM: Regions and Availability Zones",
      url: "https://www.tencentcloud.com/document/product/213/6091",
      checked,
    },
    {
      title: "腾讯云 云服务器: 地域和可用区",
      url: "https://cloud.tencent.com/document/product/213/6091",
      checked,
    },
    {
      title: "Tencent Cloud COS: Regions and Access Endpoints",
      url: "https://www.tencentcloud.com/document/product/436/6224",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    // --- mainland China ---
    { region: "ap-guangzhou", jurisdictions: ["CN"], name: "South China (Guangzhou)" },
    { region: "ap-shanghai", jurisdictions: ["CN"], name: "East China (Shanghai)" },
    { region: "ap-nanjing", jurisdictions: ["CN"], name: "East China (Nanjing)" },
    { region: "ap-beijing", jurisdictions: ["CN"], name: "North China (Beijing)" },
    { region: "ap-chengdu", jurisdictions: ["CN"], name: "Southwest China (Chengdu)" },
    { region: "ap-chongqing", jurisdictions: ["CN"], name: "Southwest China (Chongqing)" },
    {
      region: "ap-beijing-1",
      jurisdictions: ["CN"],
      name: "North China (Beijing Zone 1)",
      note: "COS region ID; also the CVM zone ID of Beijing Zone 1.",
    },
    { region: "ap-shenzhen", jurisdictions: ["CN"], name: "South China (Shenzhen)" },
    { region: "ap-qingyuan", jurisdictions: ["CN"], name: "South China (Qingyuan)" },
    { region: "ap-guangzhou-open", jurisdictions: ["CN"], name: "South China (Guangzhou Open)" },
    { region: "ap-shanghai-adc", jurisdictions: ["CN"], name: "East China (Shanghai Autonomous Driving Cloud)" },
    { region: "ap-zhongwei", jurisdictions: ["CN"], name: "Northwest China (Zhongwei)" },
    { region: "ap-tianjin", jurisdictions: ["CN"], name: "North China (Tianjin)", note: "Retired region." },
    { region: "ap-shantou", jurisdictions: ["CN"], name: "South China (Shantou)", note: "Retired region." },

    // --- mainland China financial (FSI) regions ---
    { region: "ap-shanghai-fsi", jurisdictions: ["CN"], name: "East China (Shanghai Finance)" },
    { region: "ap-shenzhen-fsi", jurisdictions: ["CN"], name: "South China (Shenzhen Finance)" },
    { region: "ap-beijing-fsi", jurisdictions: ["CN"], name: "North China (Beijing Finance)" },

    // --- mainland China edge regions ---
    { region: "ap-hangzhou-ec", jurisdictions: ["CN"], name: "East China (Hangzhou EC)" },
    { region: "ap-fuzhou-ec", jurisdictions: ["CN"], name: "East China (Fuzhou EC)" },
    { region: "ap-jinan-ec", jurisdictions: ["CN"], name: "East China (Jinan EC)" },
    { region: "ap-hefei-ec", jurisdictions: ["CN"], name: "East China (Hefei EC)" },
    { region: "ap-wuhan-ec", jurisdictions: ["CN"], name: "Central China (Wuhan EC)" },
    { region: "ap-changsha-ec", jurisdictions: ["CN"], name: "Central China (Changsha EC)" },
    { region: "ap-zhengzhou-ec", jurisdictions: ["CN"], name: "Central China (Zhengzhou EC)" },
    { region: "ap-shijiazhuang-ec", jurisdictions: ["CN"], name: "North China (Shijiazhuang EC)" },
    { region: "ap-shenyang-ec", jurisdictions: ["CN"], name: "Northeast China (Shenyang EC)" },
    { region: "ap-xian-ec", jurisdictions: ["CN"], name: "Northwest China (Xi'an EC)" },
    { region: "ap-xibei-ec", jurisdictions: ["CN"], name: "Northwest China (EC)" },

    // --- Hong Kong ---
    { region: "ap-hongkong", jurisdictions: ["HK"], name: "Hong Kong, Macau and Taiwan (Hong Kong, China)" },

    // --- outside China ---
    { region: "ap-taipei", jurisdictions: ["TW"], name: "Hong Kong, Macau and Taiwan (Taipei, China)" },
    { region: "ap-singapore", jurisdictions: ["SG"], name: "Southeast Asia (Singapore)" },
    { region: "ap-bangkok", jurisdictions: ["TH"], name: "Southeast Asia (Bangkok)" },
    { region: "ap-jakarta", jurisdictions: ["ID"], name: "Southeast Asia (Jakarta)" },
    { region: "ap-seoul", jurisdictions: ["KR"], name: "Northeast Asia (Seoul)" },
    { region: "ap-tokyo", jurisdictions: ["JP"], name: "Northeast Asia (Tokyo)" },
    { region: "ap-mumbai", jurisdictions: ["IN"], name: "South Asia (Mumbai)" },
    { region: "na-siliconvalley", jurisdictions: ["US"], name: "US West (Silicon Valley)" },
    { region: "na-ashburn", jurisdictions: ["US"], name: "US East (Virginia)" },
    { region: "na-toronto", jurisdictions: ["CA"], name: "North America (Toronto)" },
    { region: "sa-saopaulo", jurisdictions: ["BR"], name: "South America (São Paulo)" },
    { region: "eu-frankfurt", jurisdictions: ["DE"], name: "Europe (Frankfurt)" },
    { region: "eu-moscow", jurisdictions: ["RU"], name: "Europe (Moscow)", note: "Retired region." },
  ],
};
