/**
 * Container registry domains of restricted vendors: an image pulled from
 * one is an advisory dependency finding, not a block. A host is a registry
 * when it ends with `hostSuffix` and (when given) its first label starts
 * with `firstLabelPrefix`. Plain data.
 */
import type { Source } from "../types";

export interface RegistryDomain {
  readonly vendorPackage: string;
  readonly hostSuffix: string;
  readonly firstLabelPrefix?: string;
  readonly note: string;
  readonly source: Source;
}

const checked = "2026-12-06";

export const registryDomains: readonly RegistryDomain[] = [
  {
    vendorPackage: "alicloud",
    hostSuffix: "aliyuncs.com",
    firstLabelPrefix: "registry",
    note: "Alibaba Cloud Container Registry: registry.<region>.aliyuncs.com, registry-vpc.<region>, registry-intl.<region>.",
    source: {
      title: "aliyun/acr-login (Alibaba Cloud's GitHub Action for Container Registry): login servers registry.<region>.aliyuncs.com",
      url: "https://github.com/aliyun/acr-login",
      checked,
    },
  },
  {
    vendorPackage: "alicloud",
    hostSuffix: "cr.aliyuncs.com",
    note: "Alibaba Cloud Container Registry Enterprise Edition instances: <instance>-registry.<region>.cr.aliyuncs.com.",
    source: {
      title: "aliyun/acr-login: Enterprise Edition login server <instance>.<region>.cr.aliyuncs.com",
      url: "https://github.com/aliyun/acr-login",
      checked,
    },
  },
  {
    vendorPackage: "tencentcloud",
    hostSuffix: "tencentcloudcr.com",
    note: "Tencent Container Registry enterprise instances: <instance>.tencentcloudcr.com.",
    source: {
      title: "Tencent Container Registry documentation (instance access configuration)",
      url: "https://www.tencentcloud.com/document/product/1051",
      checked,
    },
  },
  {
    vendorPackage: "tencentcloud",
    hostSuffix: "ccs.tencentyun.com",
    note: "Tencent Container Registry personal edition: ccr.ccs.tencentyun.com and <cc>ccr.ccs.tencentyun.com.",
    source: {
      title: "Tencent Container Registry documentation (instance access configuration)",
      url: "https://www.tencentcloud.com/document/product/1051",
      checked,
    },
  },
  {
    vendorPackage: "huaweicloud",
    hostSuffix: "myhuaweicloud.com",
    firstLabelPrefix: "swr",
    note: "Huawei Cloud SoftWare Repository for Container: swr.<region>.myhuaweicloud.com.",
    source: {
      title: "huaweicloud/swr-login-workflow-samples: SWR_REGISTRY swr.<region>.myhuaweicloud.com",
      url: "https://github.com/huaweicloud/swr-login-workflow-samples",
      checked,
    },
  },
  {
    vendorPackage: "volcengine",
    hostSuffix: "cr.volces.com",
    note: "Volcengine Container Registry instances: <instance>-<region>.cr.volces.com.",
    source: {
      title: "Volcengine Container Registry: push images to the Volcano Engine Container Registry",
      url: "https://www.volcengine.com/docs/6420/1339361?lang=en",
      checked,
    },
  },
];
