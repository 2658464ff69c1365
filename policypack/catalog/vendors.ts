/**
 * Cloud vendors organised or headquartered in a jurisdiction that a U.S.
 * regime names (FACTS.md, "Pulumi packages of vendors in restricted
 * jurisdictions"). One entry per vendor; its packages are those of its
 * family (`catalog/families.ts`), so every name it ships under is covered.
 * Presets derive their provider rules from this list: a vendor is restricted
 * by a preset whose jurisdictions include the vendor's.
 *
 * `basis` says why the vendor sits in that jurisdiction; `inferred` marks an
 * entry where the jurisdiction follows from ownership rather than the
 * vendor's own seat, which a preset's reason says.
 * Vendors that are NOT in a restricted jurisdiction are listed in
 * `unrestrictedVendors` so that nobody adds them by mistake.
 * Plain data: no logic here.
 */
import type { Source } from "./types";

export interface VendorEntry {
  /** Family id (`catalog/families.ts`): the vendor's canonical package. */
  readonly family: string;
  readonly vendor: string;
  /** ISO 3166-1 alpha-2 code of where the vendor is organised or headquartered (or, if `inferred`, its owner). */
  readonly jurisdiction: string;
  /** Why the vendor sits in that jurisdiction. */
  readonly basis: string;
  /** The jurisdiction follows from ownership, not the vendor's own seat. */
  readonly inferred?: boolean;
  readonly source: Source;
}

const checked = "2026-12-06";

export const restrictedVendors: readonly VendorEntry[] = [
  {
    family: "alicloud",
    vendor: "Alibaba Cloud",
    jurisdiction: "CN",
    basis: "Alibaba Cloud is organised and headquartered in China",
    source: { title: "Pulumi Registry: Alibaba Cloud provider", url: "https://www.pulumi.com/registry/packages/alicloud/", checked },
  },
  {
    family: "tencentcloud",
    vendor: "Tencent Cloud",
    jurisdiction: "CN",
    basis: "Tencent Cloud is organised and headquartered in China",
    source: { title: "Pulumi Registry: Tencent Cloud provider", url: "https://www.pulumi.com/registry/packages/tencentcloud/", checked },
  },
  {
    family: "huaweicloud",
    vendor: "Huawei Cloud",
    jurisdiction: "CN",
    basis: "Huawei Cloud is organised and headquartered in China",
    source: { title: "Pulumi Registry: Huawei Cloud provider", url: "https://www.pulumi.com/registry/packages/huaweicloud/", checked },
  },
  {
    family: "volcengine",
    vendor: "ByteDance Volcengine",
    jurisdiction: "CN",
    basis: "ByteDance Volcengine is organised and headquartered in China",
    source: {
      title: "npm: @volcengine/pulumi-volcenginecc",
      url: "https://www.npmjs.com/package/@volcengine/pulumi-volcenginecc",
      checked,
    },
  },
  {
    family: "bytepluscc",
    vendor: "BytePlus (ByteDance)",
    jurisdiction: "CN",
    basis:
      "BytePlus is headquartered in Singapore and owned by ByteDance (China); covered by ownership is an inference (28 CFR 202.211(a)(3))",
    inferred: true,
    source: { title: "Pulumi Registry: BytePlus CC provider", url: "https://www.pulumi.com/registry/packages/bytepluscc/", checked },
  },
  {
    family: "ucloud",
    vendor: "UCloud",
    jurisdiction: "CN",
    basis: "UCloud Technology is organised and headquartered in China (Shanghai)",
    source: { title: "Pulumi Registry: UCloud provider", url: "https://www.pulumi.com/registry/packages/ucloud/", checked },
  },
  {
    family: "baiducloud",
    vendor: "Baidu AI Cloud",
    jurisdiction: "CN",
    basis: "Baidu AI Cloud (Baidu, Inc.) is headquartered in China (Beijing)",
    source: {
      title: "Terraform Registry: baidubce/baiducloud provider",
      url: "https://registry.terraform.io/providers/baidubce/baiducloud/latest/docs",
      checked,
    },
  },
  {
    family: "ksyun",
    vendor: "Kingsoft Cloud",
    jurisdiction: "CN",
    basis: "Kingsoft Cloud is headquartered in China (Beijing)",
    source: {
      title: "Terraform Registry: kingsoftcloud/ksyun provider",
      url: "https://registry.terraform.io/providers/kingsoftcloud/ksyun/latest/docs",
      checked,
    },
  },
  {
    family: "jdcloud",
    vendor: "JD Cloud",
    jurisdiction: "CN",
    basis: "JD Cloud (JD.com) is headquartered in China (Beijing)",
    source: {
      title: "Terraform Registry: jdcloud-api/jdcloud provider",
      url: "https://registry.terraform.io/providers/jdcloud-api/jdcloud/latest/docs",
      checked,
    },
  },
  {
    family: "ctyun",
    vendor: "China Telecom Cloud (CTyun)",
    jurisdiction: "CN",
    basis: "CTyun is China Telecom's cloud, state-owned and headquartered in China (Beijing)",
    source: {
      title: "Terraform Registry: ctyun-it/ctyun provider",
      url: "https://registry.terraform.io/providers/ctyun-it/ctyun/latest/docs",
      checked,
    },
  },
  {
    family: "qingcloud",
    vendor: "QingCloud",
    jurisdiction: "CN",
    basis: "QingCloud (Yunify) is headquartered in China (Beijing)",
    source: {
      title: "Terraform Registry: yunify/qingcloud provider",
      url: "https://registry.terraform.io/providers/yunify/qingcloud/latest/docs",
      checked,
    },
  },
  {
    family: "cloudru",
    vendor: "Cloud.ru (formerly SberCloud)",
    jurisdiction: "RU",
    basis: "Cloud.ru (Sber group) is organised and headquartered in Russia (Moscow)",
    source: { title: "Pulumi Registry: Cloud.ru provider", url: "https://www.pulumi.com/registry/packages/cloudru/", checked },
  },
  {
    family: "yandex",
    vendor: "Yandex Cloud",
    jurisdiction: "RU",
    basis: "Yandex Cloud is organised and headquartered in Russia (Moscow)",
    source: { title: "Pulumi Registry: Yandex provider", url: "https://www.pulumi.com/registry/packages/yandex/", checked },
  },
  {
    family: "selectel",
    vendor: "Selectel",
    jurisdiction: "RU",
    basis: "Selectel is organised and headquartered in Russia (St Petersburg)",
    source: {
      title: "Terraform Registry: selectel/selectel provider",
      url: "https://registry.terraform.io/providers/selectel/selectel/latest/docs",
      checked,
    },
  },
  {
    family: "vkcs",
    vendor: "VK Cloud",
    jurisdiction: "RU",
    basis: "VK Cloud (VK group) is organised and headquartered in Russia (Moscow)",
    source: {
      title: "Terraform Registry: vk-cs/vkcs provider",
      url: "https://registry.terraform.io/providers/vk-cs/vkcs/latest/docs",
      checked,
    },
  },
];

/** Vendors checked and found outside every restricted jurisdiction: never restricted by a preset. */
export const unrestrictedVendors: readonly {
  readonly package: string;
  readonly vendor: string;
  readonly basis: string;
  readonly source: Source;
}[] = [
  {
    package: "nebius",
    vendor: "Nebius",
    basis: "Nebius Group N.V. is organised and headquartered in the Netherlands (Amsterdam)",
    source: { title: "Pulumi Registry: Nebius provider", url: "https://www.pulumi.com/registry/packages/nebius/", checked },
  },
];
