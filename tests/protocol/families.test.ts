/**
 * Provider families and restricted vendors over the analyzer protocol, with
 * the default determination: packages that share a family's region table
 * (aws-native, azapi, any-Terraform azurerm/google, google-beta,
 * google-native, Terraform-module children) are placed like the family's own
 * resources, and a restricted vendor is recognised under every name it ships
 * as.
 */
import {
  defaultProvider,
  explicitProvider,
  providerAsResource,
  resource,
  startPreviewPack,
  type Diagnostic,
  type PackClient,
  type ProviderInput,
  type ResourceInput,
} from "./harness";

const NOW = "2026-11-28T12:00:00Z";

function reported(ds: Diagnostic[]): [string, string][] {
  return ds.map((d): [string, string] => [d.policyName, d.enforcementLevel]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

describe("provider families and vendors (default determination us-dsp-2025)", () => {
  let pack: PackClient;
  beforeAll(async () => {
    pack = await startPreviewPack({ now: NOW });
  }, 180_000);
  afterAll(async () => {
    await pack?.close();
  });

  const analyze = (r: ResourceInput): Promise<Diagnostic[]> => pack.analyze(r);

  const awsNative = (region: string): ProviderInput => explicitProvider("aws-native", "hk", { region, version: "1.20.0" });

  test.each([
    [
      "aws-native resource, provider in cn-north-1",
      resource("aws-native:s3:Bucket", "cn", { bucketName: "acme-cn" }, awsNative("cn-north-1")),
      "cn-north-1",
      "CN",
    ],
    ["aws-native provider resource in ap-east-1", providerAsResource(awsNative("ap-east-1")), "ap-east-1", "HK"],
    [
      "Terraform-module child s3mod:tf:aws_s3_bucket, aws default provider in ap-east-1",
      resource("s3mod:tf:aws_s3_bucket", "logs", { bucket: "acme-logs" }, defaultProvider("aws", { region: "ap-east-1" }, "6.66.0")),
      "ap-east-1",
      "HK",
    ],
    [
      "azapi resource in eastasia",
      resource("azapi:index/resource:Resource", "sa", {
        type: "Microsoft.Storage/storageAccounts@2023-01-01",
        name: "acme",
        location: "eastasia",
        parentId: "/subscriptions/x/resourceGroups/rg",
      }),
      "eastasia",
      "HK",
    ],
    [
      "any-Terraform azurerm storage account in chinaeast2",
      resource("azurerm:index/storageAccount:StorageAccount", "sa", { name: "acme", location: "chinaeast2", accountTier: "Standard" }),
      "chinaeast2",
      "CN",
    ],
    [
      "google-beta bucket in asia-east2",
      resource("google-beta:storage/bucket:Bucket", "b", { name: "acme", location: "asia-east2" }),
      "asia-east2",
      "HK",
    ],
    [
      "any-Terraform google bucket in ASIA-EAST2",
      resource("google:index/storageBucket:StorageBucket", "b", { name: "acme", location: "ASIA-EAST2" }),
      "asia-east2",
      "HK",
    ],
    [
      "google-native instance in asia-east2-a",
      resource("google-native:compute/v1:Instance", "vm", { name: "vm", zone: "asia-east2-a" }),
      "asia-east2",
      "HK",
    ],
  ])("%s → restricted-region, mandatory", async (_label, r, region, jurisdiction) => {
    const ds = await analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain(`region ${region} (${jurisdiction})`);
  });

  test.each([
    ["aws-native in us-east-1", resource("aws-native:s3:Bucket", "us", { bucketName: "acme" }, awsNative("us-east-1"))],
    [
      "azapi in eastus",
      resource("azapi:index/resource:Resource", "sa", {
        type: "Microsoft.Storage/storageAccounts@2023-01-01",
        name: "acme",
        location: "eastus",
      }),
    ],
    ["google-beta in us-central1", resource("google-beta:storage/bucket:Bucket", "b", { name: "acme", location: "us-central1" })],
    [
      "Nebius (Netherlands) is not a restricted vendor",
      resource("nebius:storage/v1:Bucket", "b", { name: "acme" }, defaultProvider("nebius", {}, "0.1.0")),
    ],
  ])("%s → nothing", async (_label, r) => {
    expect(await analyze(r)).toEqual([]);
  });

  test.each([
    [
      "Yandex Cloud (zone ru-central1-a)",
      resource(
        "yandex:index/storageBucket:StorageBucket",
        "b",
        { bucket: "acme" },
        defaultProvider("yandex", { zone: "ru-central1-a" }, "0.13.0"),
      ),
      "RU",
    ],
    [
      "Cloud.ru",
      resource("cloudru:Obs/bucket:Bucket", "b", { bucket: "acme" }, defaultProvider("cloudru", { region: "ru-moscow-1" }, "1.0.0")),
      undefined,
    ],
    [
      "SberCloud",
      resource("sbercloud:Obs/bucket:Bucket", "b", { bucket: "acme" }, defaultProvider("sbercloud", { region: "ru-moscow-1" }, "1.0.0")),
      undefined,
    ],
    ["Alibaba Cloud through a Terraform module", resource("ossmod:tf:alicloud_oss_bucket", "b", { bucket: "acme" }), undefined],
    [
      "Alibaba Cloud under a renamed package (aliyun)",
      resource("aliyun:oss/bucket:Bucket", "b", { bucket: "acme" }, defaultProvider("aliyun", { region: "us-west-1" }, "1.0.0")),
      undefined,
    ],
    ["Baidu AI Cloud through any-Terraform-provider", resource("baiducloud:index/bosBucket:BosBucket", "b", { bucket: "acme" }), undefined],
    ["Volcengine Cloud Control (volcenginecc)", resource("volcenginecc:tos/bucket:Bucket", "b", { name: "acme" }), undefined],
    ["Selectel through any-Terraform-provider", resource("selectel:index/vpcProjectV2:VpcProjectV2", "p", { name: "acme" }), undefined],
  ])("%s → restricted-provider, mandatory", async (_label, r, jurisdiction) => {
    const ds = await analyze(r);
    const provider = ds.filter((d) => d.policyName === "restricted-provider");
    expect(provider).toHaveLength(1);
    expect(provider[0]!.enforcementLevel).toBe("mandatory");
    if (jurisdiction) expect(reported(ds)).toContainEqual(["restricted-region", "mandatory"]);
  });

  test.each([
    [
      "MongoDB Atlas on AWS AP_EAST_1",
      resource("mongodbatlas:index/advancedCluster:AdvancedCluster", "orders", {
        projectId: "p",
        name: "orders",
        clusterType: "REPLICASET",
        replicationSpecs: [
          {
            regionConfigs: [
              { providerName: "AWS", regionName: "AP_EAST_1", priority: 7, electableSpecs: { instanceSize: "M10", nodeCount: 3 } },
            ],
          },
        ],
      }),
    ],
    [
      "Confluent Cloud Kafka in AWS ap-east-1",
      resource("confluentcloud:index/kafkaCluster:KafkaCluster", "events", {
        displayName: "events",
        availability: "SINGLE_ZONE",
        cloud: "AWS",
        region: "ap-east-1",
        environment: { id: "env-1" },
      }),
    ],
  ])("%s → restricted-region, mandatory (judged like the cloud's own resources)", async (_label, r) => {
    const ds = await analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("(HK)");
  });

  test("the provider resource of a renamed vendor package is restricted too", async () => {
    const ds = await analyze(providerAsResource(explicitProvider("yandex", "ru", { zone: "ru-central1-b", version: "0.13.0" })));
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
  });
});

describe("no region is not clean; global resources are quiet (over the protocol)", () => {
  let pack: PackClient;
  beforeAll(async () => {
    pack = await startPreviewPack({ now: NOW });
  }, 180_000);
  afterAll(async () => {
    await pack?.close();
  });

  const regionless = defaultProvider("aws", { skipRegionValidation: true }, "6.66.0");

  test("an aws resource whose provider sets no region gets an advisory that says how to set it", async () => {
    const ds = await pack.analyze(resource("aws:s3/bucketV2:BucketV2", "logs", { bucket: "acme-logs" }, regionless));
    expect(reported(ds)).toEqual([["restricted-region", "advisory"]]);
    expect(ds[0]!.message).toContain("region not set");
    expect(ds[0]!.message).toContain("aws:region");
  });

  test("IAM, Route 53 and an Azure 'global' location produce nothing", async () => {
    expect(await pack.analyze(resource("aws:iam/role:Role", "r", { assumeRolePolicy: "{}" }, regionless))).toEqual([]);
    expect(await pack.analyze(resource("aws:route53/zone:Zone", "z", { name: "example.com" }, regionless))).toEqual([]);
    expect(
      await pack.analyze(resource("azure-native:network:PrivateDnsZone", "z", { location: "global", resourceGroupName: "rg" })),
    ).toEqual([]);
    expect(await pack.analyze(resource("cloudflare:index/zone:Zone", "z", { zone: "example.com" }))).toEqual([]);
  });

  test("with unknownRegion violation the gap is mandatory", async () => {
    const info = await pack.getAnalyzerInfo();
    const { sharedConfig } = await import("./harness");
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    const ds = await pack.analyze(resource("aws:s3/bucketV2:BucketV2", "logs", { bucket: "acme-logs" }, regionless));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    await pack.configure({});
  });
});
