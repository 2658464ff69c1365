/**
 * Provider-wide endpoint signals: DNS suffixes that place traffic in a
 * jurisdiction (AWS China, Azure operated by 21Vianet) or with a vendor
 * (Alibaba, Tencent, Huawei, Volcengine) whatever the configured region
 * says. Matched on label boundaries by the lookup module.
 * Plain data: no logic here.
 */
import type { EndpointSignal, Source } from "./types";

const checked = "2026-11-28";

const awsPartitions: Source = {
  title: "botocore data/partitions.json (aws-cn dnsSuffix and dualStackDnsSuffix)",
  url: "https://github.com/boto/botocore/blob/develop/botocore/data/partitions.json",
  checked,
};
const azureChina: Source = {
  title: "Azure China developer guide — endpoints of Azure operated by 21Vianet",
  url: "https://learn.microsoft.com/en-us/azure/china/resources-developer-guide",
  checked,
};
const alibabaEndpoints: Source = {
  title: "Alibaba Cloud OSS: Regions and endpoints",
  url: "https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints",
  checked,
};
const tencentEndpoints: Source = {
  title: "Tencent Cloud API: Request structure (endpoints) and COS regions and access endpoints",
  url: "https://www.tencentcloud.com/document/product/436/6224",
  checked,
};
const huaweiEndpoints: Source = {
  title: "Huawei Cloud: Regions and Endpoints",
  url: "https://developer.huaweicloud.com/intl/en-us/endpoint",
  checked,
};
const volcengineEndpoints: Source = {
  title: "火山引擎 对象存储 TOS: 地域和访问域名 (TOS regions and endpoints)",
  url: "https://www.volcengine.com/docs/6349/107356",
  checked,
};

const checkedDecode = "2026-12-06";
const tencentCos: Source = {
  title: "Tencent Cloud COS: Regions and Access Endpoints (cos.<region>.tencentcos.cn / myqcloud.com)",
  url: "https://www.tencentcloud.com/document/product/436/6224",
  checked: checkedDecode,
};
const alibabaApiGateway: Source = {
  title: "Alibaba Cloud API Gateway: bind a domain name to an API group (default second-level domain under alicloudapi.com)",
  url: "https://www.alibabacloud.com/help/en/api-gateway/traditional-api-gateway/user-guide/bind-a-domain-name-to-an-api-group",
  checked: checkedDecode,
};
const tencentTcr: Source = {
  title: "Tencent Container Registry: instance domains <instance>.tencentcloudcr.com and personal edition ccr.ccs.tencentyun.com",
  url: "https://www.tencentcloud.com/document/product/1051",
  checked: checkedDecode,
};

export const endpointSignals: readonly EndpointSignal[] = [
  // --- jurisdiction signals ---
  {
    hostSuffix: "amazonaws.com.cn",
    jurisdiction: "CN",
    vendorPackage: "aws",
    note: "AWS China partition (aws-cn): <service>.<region>.amazonaws.com.cn, region cn-north-1 or cn-northwest-1.",
    source: awsPartitions,
  },
  {
    hostSuffix: "amazonwebservices.com.cn",
    jurisdiction: "CN",
    vendorPackage: "aws",
    note: "AWS China partition dual-stack endpoints: <service>.<region>.api.amazonwebservices.com.cn.",
    source: awsPartitions,
  },
  {
    hostSuffix: "chinacloudapi.cn",
    jurisdiction: "CN",
    note: "Azure operated by 21Vianet: e.g. <account>.blob.core.chinacloudapi.cn, management.chinacloudapi.cn.",
    source: azureChina,
  },
  {
    hostSuffix: "azure.cn",
    jurisdiction: "CN",
    note: "Azure operated by 21Vianet portal and service domains: e.g. portal.azure.cn.",
    source: azureChina,
  },

  // --- vendor signals (jurisdiction follows the region inside the host) ---
  {
    hostSuffix: "aliyuncs.com",
    vendorPackage: "alicloud",
    note: "Alibaba Cloud API and OSS endpoints: <service>.<region>.aliyuncs.com, oss-<region>[-internal].aliyuncs.com.",
    source: alibabaEndpoints,
  },
  {
    hostSuffix: "aliyun.com",
    vendorPackage: "alicloud",
    note: "Alibaba Cloud (China site) consoles and service domains.",
    source: alibabaEndpoints,
  },
  {
    hostSuffix: "tencentcloudapi.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Cloud API endpoints: <service>[.<region>].tencentcloudapi.com.",
    source: tencentEndpoints,
  },
  {
    hostSuffix: "myqcloud.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Cloud COS endpoints: <bucket>-<appid>.cos.<region>.myqcloud.com.",
    source: tencentEndpoints,
  },
  {
    hostSuffix: "myhuaweicloud.com",
    vendorPackage: "huaweicloud",
    note: "Huawei Cloud API and OBS endpoints: <service>.<region>.myhuaweicloud.com.",
    source: huaweiEndpoints,
  },
  {
    hostSuffix: "myhuaweicloud.eu",
    vendorPackage: "huaweicloud",
    note: "Huawei Cloud Europe endpoints: <service>.eu-west-101.myhuaweicloud.eu.",
    source: huaweiEndpoints,
  },
  {
    hostSuffix: "huaweicloud.com",
    vendorPackage: "huaweicloud",
    note: "Huawei Cloud consoles and service domains.",
    source: huaweiEndpoints,
  },
  {
    hostSuffix: "volcengineapi.com",
    vendorPackage: "volcengine",
    note: "Volcengine API endpoints: <service>[.<region>].volcengineapi.com.",
    source: volcengineEndpoints,
  },
  {
    hostSuffix: "volces.com",
    vendorPackage: "volcengine",
    note: "Volcengine service endpoints: e.g. tos-<region>.volces.com.",
    source: volcengineEndpoints,
  },
  {
    hostSuffix: "ivolces.com",
    vendorPackage: "volcengine",
    note: "Volcengine private-network endpoints: e.g. tos-<region>.ivolces.com.",
    source: volcengineEndpoints,
  },

  // --- vendor domains of the vendors catalogued in 2026-12 ---
  {
    hostSuffix: "tencentcos.cn",
    vendorPackage: "tencentcloud",
    note: "Tencent Cloud COS endpoints on the newer domain: <bucket>.cos.<region>.tencentcos.cn, cos-internal.<region>.tencentcos.cn.",
    source: tencentCos,
  },
  {
    hostSuffix: "alicloudapi.com",
    vendorPackage: "alicloud",
    note: "Alibaba Cloud API Gateway default second-level domains: <group-id>-<region>.alicloudapi.com.",
    source: alibabaApiGateway,
  },
  {
    hostSuffix: "tencentcloudcr.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Container Registry (enterprise) instance domains: <instance>.tencentcloudcr.com.",
    source: tencentTcr,
  },
  {
    hostSuffix: "tencentyun.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Container Registry (personal) domains: ccr.ccs.tencentyun.com, <cc>ccr.ccs.tencentyun.com.",
    source: tencentTcr,
  },
  {
    hostSuffix: "bcebos.com",
    vendorPackage: "baiducloud",
    note: "Baidu AI Cloud Object Storage (BOS) endpoints: <bucket>.<region>.bcebos.com (bj, gz, su, bd, fwh, hkg).",
    source: {
      title: "Baidu AI Cloud BOS: service domains (地域与访问域名)",
      url: "https://cloud.baidu.com/doc/BOS/s/akrqd2wcx",
      checked: "2026-12-06",
    },
  },
  {
    hostSuffix: "baidubce.com",
    vendorPackage: "baiducloud",
    note: "Baidu AI Cloud API endpoints: <service>.<region>.baidubce.com.",
    source: {
      title: "Baidu AI Cloud: service domains (服务域名)",
      url: "https://cloud.baidu.com/doc/Reference/s/2jwvz23xx",
      checked: "2026-12-06",
    },
  },
  {
    hostSuffix: "yandexcloud.net",
    vendorPackage: "yandex",
    note: "Yandex Cloud service endpoints: storage.yandexcloud.net (Object Storage), <id>.mdb.yandexcloud.net (managed databases).",
    source: {
      title: "Yandex Cloud: Object Storage S3 API (storage.yandexcloud.net)",
      url: "https://yandex.cloud/en/docs/storage/s3/",
      checked: "2026-12-06",
    },
  },
  // --- vendor domains added by the 2026-12 audit (each vendor's endpoint documentation) ---
  {
    hostSuffix: "alibabacloud.com",
    vendorPackage: "alicloud",
    note: "Alibaba Cloud (international site) consoles and service domains: e.g. signin.alibabacloud.com, oss.console.alibabacloud.com.",
    source: alibabaEndpoints,
  },
  {
    hostSuffix: "qcloud.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Cloud legacy API and console domains: <service>.api.qcloud.com, console.qcloud.com.",
    source: tencentEndpoints,
  },
  {
    hostSuffix: "tencentcs.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Cloud public service domains: e.g. <region>.cls.tencentcs.com (Cloud Log Service).",
    source: {
      title: "Tencent Cloud CLS: available regions and domain names (<region>.cls.tencentcs.com)",
      url: "https://www.tencentcloud.com/document/product/614/18940",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "tencent-cloud.com",
    vendorPackage: "tencentcloud",
    note: "Tencent Kubernetes Engine cluster API server domains: <cluster-id>.ccs.tencent-cloud.com.",
    source: {
      title: "Terraform tencentcloud_kubernetes_cluster: domain / cluster_external_endpoint (cls-<id>.ccs.tencent-cloud.com)",
      url: "https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs/resources/kubernetes_cluster",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "volcengine.com",
    vendorPackage: "volcengine",
    note: "Volcengine consoles and service domains: console.volcengine.com.",
    source: volcengineEndpoints,
  },
  {
    hostSuffix: "byteplusapi.com",
    vendorPackage: "bytepluscc",
    note: "BytePlus API endpoints: open.byteplusapi.com, <service>.<region>.byteplusapi.com.",
    source: {
      title: "BytePlus API reference: endpoints (open.byteplusapi.com)",
      url: "https://docs.byteplus.com/en/docs/byteplus-platform/reference-endpoint",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "bytepluses.com",
    vendorPackage: "bytepluscc",
    note: "BytePlus service endpoints: tos-<region>.bytepluses.com (TOS object storage), <instance>-<region>.cr.bytepluses.com.",
    source: {
      title: "BytePlus TOS: regions and endpoints (tos-<region>.bytepluses.com)",
      url: "https://docs.byteplus.com/en/docs/tos/docs-region-and-endpoint",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "byteplus.com",
    vendorPackage: "bytepluscc",
    note: "BytePlus consoles and service domains: console.byteplus.com.",
    source: {
      title: "BytePlus console and documentation (byteplus.com)",
      url: "https://docs.byteplus.com/en/docs/byteplus-platform",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ucloud.cn",
    vendorPackage: "ucloud",
    note: "UCloud API and service domains: api.ucloud.cn, <bucket>.<region>.ufileos.com aside; uhub.service.ucloud.cn (registry).",
    source: {
      title: "UCloud API: request structure (api.ucloud.cn)",
      url: "https://docs.ucloud.cn/api/summary/overview",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ufileos.com",
    vendorPackage: "ucloud",
    note: "UCloud US3 (UFile) object storage: <bucket>.<region>.ufileos.com.",
    source: {
      title: "UCloud US3: regions and domain names (<bucket>.<region>.ufileos.com)",
      url: "https://docs.ucloud.cn/ufile/introduction/region",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ksyun.com",
    vendorPackage: "ksyun",
    note: "Kingsoft Cloud API and service domains: <service>.api.ksyun.com, ks3-cn-<region>.ksyun.com.",
    source: {
      title: "Kingsoft Cloud API: endpoints (<service>.api.ksyun.com)",
      url: "https://docs.ksyun.com/documents/40264",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ksyuncs.com",
    vendorPackage: "ksyun",
    note: "Kingsoft Cloud KS3 object storage endpoints: ks3-cn-<region>[-internal].ksyuncs.com.",
    source: {
      title: "Kingsoft Cloud KS3: regions and endpoints (ks3-cn-<region>.ksyuncs.com)",
      url: "https://docs.ksyun.com/documents/6761",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "jdcloud-api.com",
    vendorPackage: "jdcloud",
    note: "JD Cloud OpenAPI endpoints: <service>.jdcloud-api.com.",
    source: {
      title: "JD Cloud API: request structure (<service>.jdcloud-api.com)",
      url: "https://docs.jdcloud.com/cn/common-declaration/api/introduction",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "jdcloud-oss.com",
    vendorPackage: "jdcloud",
    note: "JD Cloud object storage endpoints: s3.<region>.jdcloud-oss.com, <bucket>.s3.<region>.jdcloud-oss.com.",
    source: {
      title: "JD Cloud OSS: regions and endpoints (s3.<region>.jdcloud-oss.com)",
      url: "https://docs.jdcloud.com/cn/object-storage-service/regions-and-endpoints",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "jdcloud.com",
    vendorPackage: "jdcloud",
    note: "JD Cloud consoles and service domains: console.jdcloud.com.",
    source: {
      title: "JD Cloud documentation (jdcloud.com)",
      url: "https://docs.jdcloud.com/cn/common-declaration/api/introduction",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ctyun.cn",
    vendorPackage: "ctyun",
    note: "China Telecom Cloud (CTyun) API and service domains: <service>-global.ctapi.ctyun.cn, console.ctyun.cn.",
    source: {
      title: "CTyun OpenAPI: endpoints (ctapi.ctyun.cn)",
      url: "https://www.ctyun.cn/document/10026730/10028399",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "ctyunapi.cn",
    vendorPackage: "ctyun",
    note: "China Telecom Cloud object storage (ZOS/OOS) endpoints: <region>.zos.ctyunapi.cn, oos-<region>.ctyunapi.cn.",
    source: {
      title: "CTyun object storage: endpoints (*.ctyunapi.cn)",
      url: "https://www.ctyun.cn/document/10306929/10307045",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "qingcloud.com",
    vendorPackage: "qingcloud",
    note: "QingCloud API and console domains: api.qingcloud.com, console.qingcloud.com.",
    source: {
      title: "QingCloud API: request structure (api.qingcloud.com)",
      url: "https://docsv4.qingcloud.com/user_guide/development_docs/api/",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "qingstor.com",
    vendorPackage: "qingcloud",
    note: "QingStor object storage (QingCloud): <bucket>.<zone>.qingstor.com.",
    source: {
      title: "QingStor: regions and endpoints (<zone>.qingstor.com)",
      url: "https://docsv4.qingcloud.com/user_guide/storage/object_storage/intro/object_storage/",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "cloud.ru",
    vendorPackage: "cloudru",
    note: "Cloud.ru service endpoints: s3.cloud.ru (Evolution Object Storage), console.cloud.ru, <name>.cr.cloud.ru (Artifact Registry).",
    source: {
      title: "Cloud.ru Evolution Object Storage: S3 endpoint s3.cloud.ru",
      url: "https://cloud.ru/docs/s3e/ug/topics/tools__s3cmd",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "sbercloud.ru",
    vendorPackage: "cloudru",
    note: "Cloud.ru Advanced (formerly SberCloud) endpoints: <service>.ru-moscow-1.hc.sbercloud.ru, obs.ru-moscow-1.hc.sbercloud.ru.",
    source: {
      title: "Cloud.ru Advanced: regions and endpoints (*.hc.sbercloud.ru)",
      url: "https://cloud.ru/docs/obs/ug/topics/guides__endpoints",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "cloud.yandex.net",
    vendorPackage: "yandex",
    note: "Yandex Cloud service domains: <service>.api.cloud.yandex.net, iam.api.cloud.yandex.net.",
    source: {
      title: "Yandex Cloud: API endpoints list",
      url: "https://yandex.cloud/en/docs/api-design-guide/concepts/endpoints",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "cr.yandex",
    vendorPackage: "yandex",
    note: "Yandex Container Registry: cr.yandex/<registry-id>/<image>.",
    source: {
      title: "Yandex Container Registry: pushing a Docker image (cr.yandex)",
      url: "https://yandex.cloud/en/docs/container-registry/operations/docker-image/docker-image-push",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "selectel.ru",
    vendorPackage: "selectel",
    note: "Selectel API and console domains: api.selectel.ru, my.selectel.ru.",
    source: {
      title: "Selectel API: endpoints (api.selectel.ru)",
      url: "https://developers.selectel.ru/docs/control-panel/urls/",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "selcloud.ru",
    vendorPackage: "selectel",
    note: "Selectel cloud endpoints: s3.<pool>.storage.selcloud.ru (S3), cloud.api.selcloud.ru, cr.selcloud.ru (registry).",
    source: {
      title: "Selectel S3: URLs (s3.<pool>.storage.selcloud.ru)",
      url: "https://docs.selectel.ru/en/s3/requests/urls/",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "vkcs.cloud",
    vendorPackage: "vkcs",
    note: "VK Cloud object storage endpoints: hb.ru-msk.vkcs.cloud, hb.kz-ast.vkcs.cloud.",
    source: {
      title: "VK Cloud Object Storage: connecting over the S3 API (hb.ru-msk.vkcs.cloud)",
      url: "https://cloud.vk.com/docs/en/storage/s3/connect/s3-cli",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "bizmrg.com",
    vendorPackage: "vkcs",
    note: "VK Cloud (Mail.ru Cloud Solutions) legacy object storage endpoint: hb.bizmrg.com.",
    source: {
      title: "VK Cloud Object Storage: connecting over the S3 API (legacy hb.bizmrg.com)",
      url: "https://cloud.vk.com/docs/en/storage/s3/connect/s3-cli",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "infra.mail.ru",
    vendorPackage: "vkcs",
    note: "VK Cloud OpenStack identity and API endpoints: infra.mail.ru:35357/v3/ (only this subdomain of mail.ru, not mail).",
    source: {
      title: "VK Cloud Terraform provider: auth_url https://infra.mail.ru:35357/v3/",
      url: "https://registry.terraform.io/providers/vk-cs/vkcs/latest/docs",
      checked: checkedDecode,
    },
  },
  {
    hostSuffix: "mcs.mail.ru",
    vendorPackage: "vkcs",
    note: "VK Cloud (Mail.ru Cloud Solutions) console and service domains: mcs.mail.ru.",
    source: {
      title: "VK Cloud documentation (mcs.mail.ru, now cloud.vk.com)",
      url: "https://cloud.vk.com/docs/en",
      checked: checkedDecode,
    },
  },

  // --- Azure operated by 21Vianet: service domains outside chinacloudapi.cn ---
  {
    hostSuffix: "azurecr.cn",
    jurisdiction: "CN",
    note: "Azure Container Registry in Azure operated by 21Vianet: <registry>.azurecr.cn.",
    source: azureChina,
  },
  {
    hostSuffix: "chinacloudsites.cn",
    jurisdiction: "CN",
    note: "Azure App Service in Azure operated by 21Vianet: <app>.chinacloudsites.cn.",
    source: azureChina,
  },
  {
    hostSuffix: "chinacloudapp.cn",
    jurisdiction: "CN",
    note: "Azure cloud services and VMs in Azure operated by 21Vianet: <name>.chinacloudapp.cn.",
    source: azureChina,
  },
  {
    hostSuffix: "azure-devices.cn",
    jurisdiction: "CN",
    note: "Azure IoT Hub in Azure operated by 21Vianet: <hub>.azure-devices.cn.",
    source: azureChina,
  },
  {
    hostSuffix: "azurehdinsight.cn",
    jurisdiction: "CN",
    note: "Azure HDInsight in Azure operated by 21Vianet: <cluster>.azurehdinsight.cn.",
    source: azureChina,
  },
];

/**
 * First labels of hosts directly under a signal's suffix that serve
 * documentation, support or marketing pages, never a service: a link to
 * `https://help.aliyun.com/…` or `https://www.alibabacloud.com/help/…` in a
 * description is not a transfer to the vendor. Only `<label>.<suffix>` is
 * exempt (`help.aliyun.com`, not `oss.help.aliyun.com`).
 */
export const documentationLabels: {
  readonly labels: ReadonlySet<string>;
  readonly note: string;
  readonly source: Source;
} = {
  labels: new Set(["www", "help", "docs", "doc", "support", "developer", "developers", "community", "blog"]),
  note: "Vendors' documentation and support sites: help.aliyun.com, www.alibabacloud.com/help, support.huaweicloud.com, docs.byteplus.com, docs.azure.cn, docs.ucloud.cn, docs.ksyun.com, docs.jdcloud.com.",
  source: {
    title: "Alibaba Cloud documentation center (help.aliyun.com / www.alibabacloud.com/help)",
    url: "https://www.alibabacloud.com/help/en/",
    checked: checkedDecode,
  },
};
