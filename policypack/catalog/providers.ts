/**
 * Facts about the provider packages the catalog knows: the vendor behind
 * each, where it is headquartered, the stack config key that feeds the
 * default provider's region, the resource inputs that place a resource
 * (priority order) and the provider resource properties holding its region.
 * Input names are the Pulumi (camelCase) spellings found in each package's
 * registry API docs; `availability_zone` is kept for huaweicloud because
 * bridged raw inputs and state files may carry the Terraform spelling.
 * Plain data: no logic here.
 */
import type { ProviderFacts } from "./types";

const checked = "2026-11-28";

export const providers: readonly ProviderFacts[] = [
  {
    package: "aws",
    vendor: "Amazon Web Services",
    headquarters: "US",
    regionConfigKey: "aws:region",
    locationKeys: ["region", "availabilityZone", "availabilityZones"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: AWS provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/aws/installation-configuration/",
      checked,
    },
  },
  {
    package: "azure",
    vendor: "Microsoft Azure",
    headquarters: "US",
    regionConfigKey: "azure:location",
    locationKeys: ["location"],
    providerRegionKeys: ["location"],
    source: {
      title: "Pulumi Registry: Azure Classic provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/azure/installation-configuration/",
      checked,
    },
  },
  {
    package: "azure-native",
    vendor: "Microsoft Azure",
    headquarters: "US",
    regionConfigKey: "azure-native:location",
    locationKeys: ["location"],
    providerRegionKeys: ["location"],
    source: {
      title: "Pulumi Registry: Azure Native provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/azure-native/installation-configuration/",
      checked,
    },
  },
  {
    package: "gcp",
    vendor: "Google Cloud",
    headquarters: "US",
    regionConfigKey: "gcp:region",
    locationKeys: ["region", "location", "zone"],
    providerRegionKeys: ["region", "zone"],
    source: {
      title: "Pulumi Registry: Google Cloud (GCP) Classic provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/gcp/installation-configuration/",
      checked,
    },
  },
  {
    package: "google-native",
    vendor: "Google Cloud",
    headquarters: "US",
    regionConfigKey: "google-native:region",
    locationKeys: ["region", "location", "zone"],
    providerRegionKeys: ["region", "zone"],
    source: {
      title: "Pulumi Registry: Google Cloud Native provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/google-native/installation-configuration/",
      checked,
    },
  },
  {
    package: "alicloud",
    vendor: "Alibaba Cloud",
    headquarters: "CN",
    regionConfigKey: "alicloud:region",
    locationKeys: ["regionId", "region", "zoneId", "availabilityZone", "masterZoneId"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: Alibaba Cloud provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/alicloud/installation-configuration/",
      checked,
    },
  },
  {
    package: "tencentcloud",
    vendor: "Tencent Cloud",
    headquarters: "CN",
    regionConfigKey: "tencentcloud:region",
    locationKeys: ["region", "availabilityZone", "zone"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: Tencent Cloud provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/tencentcloud/installation-configuration/",
      checked,
    },
  },
  {
    package: "huaweicloud",
    vendor: "Huawei Cloud",
    headquarters: "CN",
    regionConfigKey: "huaweicloud:region",
    locationKeys: ["region", "availabilityZone", "availability_zone", "availabilityZones"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: Huawei Cloud provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/huaweicloud/installation-configuration/",
      checked,
    },
  },
  {
    package: "volcengine",
    vendor: "Volcengine (ByteDance)",
    headquarters: "CN",
    regionConfigKey: "volcengine:region",
    locationKeys: ["regionId", "zoneId"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: Volcengine provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/volcengine/installation-configuration/",
      checked,
    },
  },
  {
    package: "oci",
    vendor: "Oracle Cloud Infrastructure",
    headquarters: "US",
    regionConfigKey: "oci:region",
    locationKeys: ["region", "availabilityDomain"],
    providerRegionKeys: ["region"],
    source: {
      title: "Pulumi Registry: Oracle Cloud Infrastructure provider — installation & configuration",
      url: "https://www.pulumi.com/registry/packages/oci/installation-configuration/",
      checked,
    },
  },
];
