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
  {
    vendorPackage: "bytepluscc",
    hostSuffix: "cr.bytepluses.com",
    note: "BytePlus Container Registry instances: <instance>-<region>.cr.bytepluses.com.",
    source: {
      title: "BytePlus Container Registry: push and pull images (<instance>-<region>.cr.bytepluses.com)",
      url: "https://docs.byteplus.com/en/docs/cr",
      checked,
    },
  },
  {
    vendorPackage: "ucloud",
    hostSuffix: "uhub.service.ucloud.cn",
    note: "UCloud UHub container registry: uhub.service.ucloud.cn/<repo>/<image>.",
    source: { title: "UCloud UHub: using the image registry", url: "https://docs.ucloud.cn/uhub/guide", checked },
  },
  {
    vendorPackage: "ksyun",
    hostSuffix: "hub.kce.ksyun.com",
    note: "Kingsoft Cloud container registry: hub.kce.ksyun.com/<namespace>/<image>.",
    source: { title: "Kingsoft Cloud container registry (hub.kce.ksyun.com)", url: "https://docs.ksyun.com/documents/5525", checked },
  },
  {
    vendorPackage: "baiducloud",
    hostSuffix: "baidubce.com",
    firstLabelPrefix: "registry",
    note: "Baidu AI Cloud Container Registry: registry.baidubce.com, ccr-<id>.<region>.baidubce.com aside.",
    source: {
      title: "Baidu AI Cloud CCR: push images (registry.baidubce.com)",
      url: "https://cloud.baidu.com/doc/CCR/index.html",
      checked,
    },
  },
  {
    vendorPackage: "yandex",
    hostSuffix: "cr.yandex",
    note: "Yandex Container Registry: cr.yandex/<registry-id>/<image>.",
    source: {
      title: "Yandex Container Registry: pushing a Docker image (cr.yandex)",
      url: "https://yandex.cloud/en/docs/container-registry/operations/docker-image/docker-image-push",
      checked,
    },
  },
  {
    vendorPackage: "cloudru",
    hostSuffix: "cr.cloud.ru",
    note: "Cloud.ru Artifact Registry: <registry>.cr.cloud.ru/<image>.",
    source: {
      title: "Cloud.ru Artifact Registry: pushing an image (<registry>.cr.cloud.ru)",
      url: "https://cloud.ru/docs/artifact-registry-evolution/ug/",
      checked,
    },
  },
  {
    vendorPackage: "selectel",
    hostSuffix: "cr.selcloud.ru",
    note: "Selectel Container Registry: cr.selcloud.ru/<registry>/<image>.",
    source: { title: "Selectel Container Registry: push an image (cr.selcloud.ru)", url: "https://docs.selectel.ru/en/craas/", checked },
  },
];
