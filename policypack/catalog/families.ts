/**
 * Provider families: region tables and location keys belong to a family, not
 * to one package name. `aws-native`, a Terraform-module child
 * `s3mod:tf:aws_s3_bucket` and `pulumi:providers:aws` all place data in AWS
 * regions and read the AWS table; `azapi`, `azure`, `azure-native` and the
 * any-Terraform-provider package `azurerm` share Azure's; `google-beta`,
 * `google-native` and `google` share GCP's. A restricted vendor's family lists
 * every package name it ships under, so a determination naming the family's
 * first package covers them all.
 *
 * Each entry: the packages of the family (first = the canonical one, also the
 * family id), the Terraform resource-type prefixes that name it in
 * Terraform-module children (`<module>:tf:<tf_type>`), the region table its
 * locations resolve against, the input and provider keys that place a
 * resource (package-specific spellings included), and a citation.
 * Plain data: the lookups live in `catalog/index.ts`.
 */
import type { Source } from "./types";

export interface FamilyEntry {
  /** Family id: the canonical package name. */
  readonly id: string;
  /** Every Pulumi package name of the family (bridged, native, any-Terraform, renamed). */
  readonly packages: readonly string[];
  /** Terraform resource-type prefixes (`aws_`, `alicloud_`) of Terraform-module children. */
  readonly terraformPrefixes: readonly string[];
  /** Key of the region table locations resolve against (`catalog/regions/`), if any. */
  readonly table?: string;
  /** Input keys that place a resource, in priority order (Pulumi and Terraform spellings). */
  readonly locationKeys: readonly string[];
  /** Provider resource keys holding its region, in priority order. */
  readonly providerRegionKeys: readonly string[];
  /** Why these packages belong together. */
  readonly note: string;
  readonly source: Source;
}

const checked = "2026-12-06";

const anyTerraform: Source = {
  title: "Pulumi: Any Terraform Provider (package name = Terraform provider type; resources in module index)",
  url: "https://www.pulumi.com/registry/packages/terraform-provider/",
  checked,
};

export const families: readonly FamilyEntry[] = [
  {
    id: "aws",
    packages: ["aws", "aws-native"],
    terraformPrefixes: ["aws_"],
    table: "aws",
    locationKeys: ["region", "availabilityZone", "availabilityZones", "availability_zone", "availability_zones"],
    providerRegionKeys: ["region"],
    note: "AWS Classic (bridged from terraform-provider-aws) and AWS Cloud Control (aws-native) use the same region codes; Terraform-module children aws_* are resources of the AWS provider.",
    source: {
      title: "Pulumi Registry: AWS Cloud Control provider — installation & configuration (region)",
      url: "https://www.pulumi.com/registry/packages/aws-native/installation-configuration/",
      checked,
    },
  },
  {
    id: "azure",
    packages: ["azure", "azure-native", "azapi", "azurerm"],
    terraformPrefixes: ["azurerm_", "azapi_"],
    table: "azure-native",
    locationKeys: ["location"],
    providerRegionKeys: ["location"],
    note: "Azure Native, Azure Classic (bridged azurerm), the azapi package and any-Terraform azurerm all take ARM location names (eastasia, chinaeast2).",
    source: {
      title: "Pulumi Registry: azapi provider (location of an ARM resource)",
      url: "https://www.pulumi.com/registry/packages/azapi/",
      checked,
    },
  },
  {
    id: "gcp",
    packages: ["gcp", "google-native", "google-beta", "google"],
    terraformPrefixes: ["google_"],
    table: "gcp",
    locationKeys: ["region", "location", "zone"],
    providerRegionKeys: ["region", "zone"],
    note: "GCP Classic (bridged from terraform-provider-google), Google Cloud Native, and any-Terraform google / google-beta share Google Cloud's region and zone names.",
    source: {
      title: "Pulumi Registry: Google Cloud (GCP) Classic provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/gcp/installation-configuration/",
      checked,
    },
  },
  {
    id: "oci",
    packages: ["oci"],
    terraformPrefixes: ["oci_"],
    table: "oci",
    locationKeys: ["region", "availabilityDomain", "availability_domain"],
    providerRegionKeys: ["region"],
    note: "Oracle Cloud Infrastructure (bridged from terraform-provider-oci).",
    source: {
      title: "Pulumi Registry: Oracle Cloud Infrastructure provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/oci/installation-configuration/",
      checked,
    },
  },
  {
    id: "alicloud",
    packages: ["alicloud", "aliyun"],
    terraformPrefixes: ["alicloud_"],
    table: "alicloud",
    locationKeys: ["regionId", "region", "zoneId", "availabilityZone", "masterZoneId", "region_id", "zone_id", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "Alibaba Cloud: bridged alicloud, any-Terraform alicloud (Terraform registry namespace aliyun/alicloud), and the vendor's own name aliyun for renamed or locally generated packages.",
    source: {
      title: "Terraform Registry: aliyun/alicloud provider",
      url: "https://registry.terraform.io/providers/aliyun/alicloud/latest/docs",
      checked,
    },
  },
  {
    id: "tencentcloud",
    packages: ["tencentcloud"],
    terraformPrefixes: ["tencentcloud_"],
    table: "tencentcloud",
    locationKeys: ["region", "availabilityZone", "zone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "Tencent Cloud (npm @tencentcloud_iac/pulumi; Terraform tencentcloudstack/tencentcloud).",
    source: { title: "Pulumi Registry: Tencent Cloud provider", url: "https://www.pulumi.com/registry/packages/tencentcloud/", checked },
  },
  {
    id: "huaweicloud",
    packages: ["huaweicloud"],
    terraformPrefixes: ["huaweicloud_"],
    table: "huaweicloud",
    locationKeys: ["region", "availabilityZone", "availability_zone", "availabilityZones"],
    providerRegionKeys: ["region"],
    note: "Huawei Cloud (Terraform huaweicloud/huaweicloud).",
    source: { title: "Pulumi Registry: Huawei Cloud provider", url: "https://www.pulumi.com/registry/packages/huaweicloud/", checked },
  },
  {
    id: "volcengine",
    packages: ["volcengine", "volcenginecc"],
    terraformPrefixes: ["volcengine_", "volcenginecc_"],
    table: "volcengine",
    locationKeys: ["regionId", "zoneId", "region", "zone_id"],
    providerRegionKeys: ["region"],
    note: "ByteDance Volcengine: the bridged volcengine package and the Cloud Control based volcenginecc (@volcengine/pulumi-volcenginecc) share the vendor's region codes.",
    source: {
      title: "npm: @volcengine/pulumi-volcenginecc",
      url: "https://www.npmjs.com/package/@volcengine/pulumi-volcenginecc",
      checked,
    },
  },
  {
    id: "bytepluscc",
    packages: ["bytepluscc", "byteplus"],
    terraformPrefixes: ["bytepluscc_", "byteplus_"],
    table: "bytepluscc",
    locationKeys: ["regionId", "zoneId", "region"],
    providerRegionKeys: ["region"],
    note: "BytePlus (ByteDance-owned, Singapore headquarters): Cloud Control based Pulumi package bytepluscc, and byteplus through any Terraform provider (Terraform byteplus-sdk/byteplus).",
    source: { title: "Pulumi Registry: BytePlus CC provider", url: "https://www.pulumi.com/registry/packages/bytepluscc/", checked },
  },
  {
    id: "ucloud",
    packages: ["ucloud"],
    terraformPrefixes: ["ucloud_"],
    table: "ucloud",
    locationKeys: ["region", "availabilityZone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "UCloud (Shanghai): Pulumi package bridged from terraform-provider-ucloud.",
    source: { title: "Pulumi Registry: UCloud provider", url: "https://www.pulumi.com/registry/packages/ucloud/", checked },
  },
  {
    id: "cloudru",
    packages: ["cloudru", "sbercloud"],
    terraformPrefixes: ["cloudru_", "sbercloud_"],
    table: "cloudru",
    locationKeys: ["region", "availabilityZone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "Cloud.ru (formerly SberCloud, Moscow): the cloudru package (capitalised modules, cloudru:Obs/bucket:Bucket) and the older sbercloud package.",
    source: { title: "Pulumi Registry: Cloud.ru provider", url: "https://www.pulumi.com/registry/packages/cloudru/", checked },
  },
  {
    id: "yandex",
    packages: ["yandex"],
    terraformPrefixes: ["yandex_"],
    table: "yandex",
    locationKeys: ["zone", "region"],
    providerRegionKeys: ["zone", "region"],
    note: "Yandex Cloud (Moscow): single module yandex:index/…, placed by zone (yandex:zone, e.g. ru-central1-a); no region key.",
    source: {
      title: "Pulumi Registry: Yandex provider — installation & configuration (zone)",
      url: "https://www.pulumi.com/registry/packages/yandex/installation-configuration/",
      checked,
    },
  },
  {
    id: "baiducloud",
    packages: ["baiducloud"],
    terraformPrefixes: ["baiducloud_"],
    table: "baiducloud",
    locationKeys: ["region", "availabilityZone", "availability_zone", "zoneName", "zone_name"],
    providerRegionKeys: ["region"],
    note: "Baidu AI Cloud: reaches Pulumi through any-Terraform-provider (baidubce/baiducloud).",
    source: anyTerraform,
  },
  {
    id: "ksyun",
    packages: ["ksyun"],
    terraformPrefixes: ["ksyun_"],
    table: "ksyun",
    locationKeys: ["region", "availabilityZone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "Kingsoft Cloud: any-Terraform-provider (kingsoftcloud/ksyun).",
    source: anyTerraform,
  },
  {
    id: "jdcloud",
    packages: ["jdcloud"],
    terraformPrefixes: ["jdcloud_"],
    table: "jdcloud",
    locationKeys: ["region", "availabilityZone", "availability_zone", "az"],
    providerRegionKeys: ["region"],
    note: "JD Cloud: any-Terraform-provider (jdcloud-api/jdcloud).",
    source: anyTerraform,
  },
  {
    id: "ctyun",
    packages: ["ctyun"],
    terraformPrefixes: ["ctyun_"],
    locationKeys: ["region", "regionId", "region_id", "azName", "az_name"],
    providerRegionKeys: ["region", "regionId"],
    note: "China Telecom Cloud (ctyun): any-Terraform-provider.",
    source: anyTerraform,
  },
  {
    id: "qingcloud",
    packages: ["qingcloud"],
    terraformPrefixes: ["qingcloud_"],
    table: "qingcloud",
    locationKeys: ["zone", "region"],
    providerRegionKeys: ["zone"],
    note: "QingCloud: any-Terraform-provider (yunify/qingcloud).",
    source: anyTerraform,
  },
  {
    id: "selectel",
    packages: ["selectel"],
    terraformPrefixes: ["selectel_"],
    table: "selectel",
    locationKeys: ["region", "availabilityZone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "Selectel (St Petersburg): any-Terraform-provider (selectel/selectel).",
    source: anyTerraform,
  },
  {
    id: "vkcs",
    packages: ["vkcs"],
    terraformPrefixes: ["vkcs_"],
    table: "vkcs",
    locationKeys: ["region", "availabilityZone", "availability_zone"],
    providerRegionKeys: ["region"],
    note: "VK Cloud Solutions (Moscow): any-Terraform-provider (vk-cs/vkcs).",
    source: anyTerraform,
  },
];
