/**
 * Alibaba Cloud regions (Pulumi package `alicloud`): public regions, Local
 * Regions, finance and government clouds. Alibaba Cloud is headquartered in
 * China whatever the region; this table only says where the data sits.
 * Note: `ap-southeast-1` is Singapore here (it is Hong Kong on Huawei Cloud).
 * Zones (`cn-hangzhou-h`, `cn-shanghai-finance-1z`) resolve to their region
 * in the lookup module.
 * Plain data: no logic here.
 */
import type { RegionTable } from "../types";

const checked = "2026-11-28";

export const alicloud: RegionTable = {
  provider: "alicloud",
  sources: [
    {
      title: "Alibaba Cloud ECS: Regions and zones",
      url: "https://www.alibabacloud.com/help/en/ecs/product-overview/regions-and-zones",
      checked,
    },
    {
      title: "Alibaba Cloud OSS: Regions and endpoints",
      url: "https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints",
      checked,
    },
    {
      title: "Alibaba Cloud STS / CloudMonitor endpoint lists (per-region IDs, incl. Local Regions and new regions)",
      url: "https://www.alibabacloud.com/help/en/ram/developer-reference/api-sts-2015-04-01-endpoint",
      checked,
    },
    {
      title: "terraform-provider-alicloud connectivity/regions.go (region IDs incl. finance and gov clouds)",
      url: "https://github.com/aliyun/terraform-provider-alicloud/blob/master/alicloud/connectivity/regions.go",
      checked,
    },
  ],
  normalise: "lower",
  zonesBySuffix: true,
  regions: [
    // --- mainland China (public) ---
    { region: "cn-qingdao", jurisdictions: ["CN"], name: "China (Qingdao)" },
    { region: "cn-beijing", jurisdictions: ["CN"], name: "China (Beijing)" },
    { region: "cn-zhangjiakou", jurisdictions: ["CN"], name: "China (Zhangjiakou)" },
    { region: "cn-huhehaote", jurisdictions: ["CN"], name: "China (Hohhot)" },
    { region: "cn-wulanchabu", jurisdictions: ["CN"], name: "China (Ulanqab)" },
    { region: "cn-hangzhou", jurisdictions: ["CN"], name: "China (Hangzhou)" },
    { region: "cn-shanghai", jurisdictions: ["CN"], name: "China (Shanghai)" },
    { region: "cn-nanjing", jurisdictions: ["CN"], name: "China (Nanjing - Local Region)" },
    { region: "cn-fuzhou", jurisdictions: ["CN"], name: "China (Fuzhou - Local Region)" },
    { region: "cn-wuhan-lr", jurisdictions: ["CN"], name: "China (Wuhan - Local Region)" },
    { region: "cn-shenzhen", jurisdictions: ["CN"], name: "China (Shenzhen)" },
    { region: "cn-heyuan", jurisdictions: ["CN"], name: "China (Heyuan)" },
    { region: "cn-guangzhou", jurisdictions: ["CN"], name: "China (Guangzhou)" },
    { region: "cn-chengdu", jurisdictions: ["CN"], name: "China (Chengdu)" },
    { region: "cn-zhongwei", jurisdictions: ["CN"], name: "China (Zhongwei)" },
    {
      region: "cn-zhengzhou-jva",
      jurisdictions: ["CN"],
      name: "Zhengzhou (China Unicom Joint Venture)",
    },

    // --- mainland China finance clouds ---
    { region: "cn-hangzhou-finance", jurisdictions: ["CN"], name: "China East 1 Finance (Hangzhou)" },
    { region: "cn-shanghai-finance-1", jurisdictions: ["CN"], name: "China East 2 Finance (Shanghai)" },
    {
      region: "cn-shanghai-finance-1-pub",
      jurisdictions: ["CN"],
      name: "China East 2 Finance (Shanghai), public endpoint",
    },
    { region: "cn-shenzhen-finance-1", jurisdictions: ["CN"], name: "China South 1 Finance (Shenzhen)" },
    { region: "cn-shenzhen-finance", jurisdictions: ["CN"], name: "China South 1 Finance (Shenzhen), OSS region ID" },
    { region: "cn-beijing-finance-1", jurisdictions: ["CN"], name: "China North 2 Finance (Beijing)" },
    {
      region: "cn-beijing-finance-1-pub",
      jurisdictions: ["CN"],
      name: "China North 2 Finance (Beijing), public endpoint",
    },
    { region: "cn-hzfinance", jurisdictions: ["CN"], name: "China East 1 Finance (Hangzhou), OSS region ID" },
    { region: "cn-hzjbp", jurisdictions: ["CN"], name: "China East 1 Finance (Hangzhou), OSS region ID" },
    { region: "cn-szfinance", jurisdictions: ["CN"], name: "China South 1 Finance (Shenzhen), OSS region ID" },

    // --- mainland China government cloud ---
    { region: "cn-north-2-gov-1", jurisdictions: ["CN"], name: "China North 2 Ali Gov 1 (Beijing)" },

    // --- Hong Kong ---
    { region: "cn-hongkong", jurisdictions: ["HK"], name: "China (Hong Kong)" },

    // --- outside China ---
    { region: "ap-southeast-1", jurisdictions: ["SG"], name: "Singapore" },
    {
      region: "ap-southeast-2",
      jurisdictions: ["AU"],
      name: "Australia (Sydney)",
      note: "Closed to new customers; kept for existing stacks.",
    },
    { region: "ap-southeast-3", jurisdictions: ["MY"], name: "Malaysia (Kuala Lumpur)" },
    { region: "ap-southeast-5", jurisdictions: ["ID"], name: "Indonesia (Jakarta)" },
    { region: "ap-southeast-6", jurisdictions: ["PH"], name: "Philippines (Manila)" },
    { region: "ap-southeast-7", jurisdictions: ["TH"], name: "Thailand (Bangkok)" },
    { region: "ap-southeast-8", jurisdictions: ["MY"], name: "Malaysia (Johor)" },
    { region: "ap-northeast-1", jurisdictions: ["JP"], name: "Japan (Tokyo)" },
    { region: "ap-northeast-2", jurisdictions: ["KR"], name: "South Korea (Seoul)" },
    {
      region: "ap-south-1",
      jurisdictions: ["IN"],
      name: "India (Mumbai)",
      note: "Closed to new customers; kept for existing stacks.",
    },
    { region: "us-west-1", jurisdictions: ["US"], name: "US (Silicon Valley)" },
    { region: "us-east-1", jurisdictions: ["US"], name: "US (Virginia)" },
    { region: "us-southeast-1", jurisdictions: ["US"], name: "US (Atlanta)" },
    { region: "eu-central-1", jurisdictions: ["DE"], name: "Germany (Frankfurt)" },
    { region: "eu-west-1", jurisdictions: ["GB"], name: "UK (London)" },
    { region: "me-east-1", jurisdictions: ["AE"], name: "UAE (Dubai)" },
    { region: "me-central-1", jurisdictions: ["SA"], name: "Saudi Arabia (Riyadh)", note: "Partner-operated region." },
    {
      region: "rus-west-1",
      jurisdictions: ["RU"],
      name: "Russia (Moscow)",
      note: "Partner-operated region listed by terraform-provider-alicloud.",
    },
  ],
};
