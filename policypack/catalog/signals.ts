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
  {
    hostSuffix: "api.cloud.yandex.net",
    vendorPackage: "yandex",
    note: "Yandex Cloud API endpoints: <service>.api.cloud.yandex.net.",
    source: {
      title: "Yandex Cloud: API endpoints list",
      url: "https://yandex.cloud/en/docs/api-design-guide/concepts/endpoints",
      checked: "2026-12-06",
    },
  },
];
