/**
 * The built pack over the analyzer protocol: restricted vendors by every
 * name (Pulumi packages, renamed packages, any-Terraform packages), Nebius
 * not flagged, SaaS data stores judged in their cloud's region, and the
 * dod-1260h preset's upcoming restriction.
 */
import {
  defaultProvider,
  ensureBuilt,
  resource,
  sharedConfig,
  startPreviewPack,
  startPack,
  type Diagnostic,
  type PackClient,
  type ResourceInput,
} from "./harness";

const NOW = "2026-11-28T12:00:00Z";
const reported = (ds: readonly Diagnostic[]) =>
  ds.map((d) => [d.policyName, d.enforcementLevel] as const).sort((a, b) => a[0].localeCompare(b[0]));

describe("vendors and SaaS data stores over the protocol (us-dsp-2025)", () => {
  let pack: PackClient;

  beforeAll(async () => {
    pack = await startPreviewPack({ now: NOW });
  }, 180_000);

  afterAll(async () => {
    await pack?.close();
  });

  const analyze = (r: ResourceInput) => pack.analyze(r);

  it("yandex: a bucket with stack config yandex:zone ru-central1-a is restricted-provider and restricted-region, naming RU", async () => {
    const r = resource(
      "yandex:index/storageBucket:StorageBucket",
      "logs",
      { bucket: "acme-logs" },
      defaultProvider("yandex", { zone: "ru-central1-a" }, "0.13.0"),
    );
    const ds = await analyze(r);
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    const p = ds.find((d) => d.policyName === "restricted-provider")!;
    expect(p.message).toContain("yandex");
    expect(p.message).toContain("RU");
  });

  it.each([
    ["cloudru", "cloudru:Obs/bucket:Bucket", { region: "ru-moscow-1" }],
    ["sbercloud", "sbercloud:Obs/bucket:Bucket", { region: "ru-moscow-1" }],
    ["aliyun (renamed package)", "aliyun:index/ossBucket:OssBucket", { region: "us-west-1" }],
    ["baiducloud (any Terraform provider)", "baiducloud:index/bosBucket:BosBucket", { region: "bj" }],
  ])("%s is a mandatory restricted-provider finding", async (_label, type, config) => {
    const pkg = type.slice(0, type.indexOf(":"));
    const ds = await analyze(resource(type, "data", {}, defaultProvider(pkg, config, "1.0.0")));
    expect(ds.find((d) => d.policyName === "restricted-provider")?.enforcementLevel).toBe("mandatory");
  });

  it("Nebius is not flagged", async () => {
    const ds = await analyze(resource("nebius:storage/v1:Bucket", "b", { name: "b" }, defaultProvider("nebius", {}, "0.1.0")));
    expect(ds.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
    expect(ds.filter((d) => d.policyName === "restricted-provider")).toEqual([]);
  });

  it("MongoDB Atlas on AWS AP_EAST_1 is a mandatory restricted-region finding naming HK", async () => {
    const r = resource("mongodbatlas:index/advancedCluster:AdvancedCluster", "orders", {
      projectId: "64b0c0ffee",
      name: "orders",
      clusterType: "REPLICASET",
      replicationSpecs: [
        {
          regionConfigs: [
            { providerName: "AWS", regionName: "AP_EAST_1", priority: 7, electableSpecs: { instanceSize: "M10", nodeCount: 3 } },
          ],
        },
      ],
    });
    const ds = await analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("ap-east-1");
    expect(ds[0]!.message).toContain("HK");
  });

  it("Confluent Kafka in AWS ap-east-1 is mandatory, not advisory", async () => {
    const ds = await analyze(
      resource("confluentcloud:index/kafkaCluster:KafkaCluster", "events", {
        displayName: "events",
        availability: "SINGLE_ZONE",
        cloud: "AWS",
        region: "ap-east-1",
        basic: {},
      }),
    );
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
  });

  it("Confluent Kafka in AWS us-east-1 passes", async () => {
    expect(
      await analyze(resource("confluentcloud:index/kafkaCluster:KafkaCluster", "events", { cloud: "AWS", region: "us-east-1", basic: {} })),
    ).toEqual([]);
  });
});

describe("dod-1260h over the protocol", () => {
  const cos = () =>
    resource(
      "tencentcloud:index/cosBucket:CosBucket",
      "b",
      { bucket: "b-1250000000" },
      defaultProvider("tencentcloud", { region: "na-ashburn" }, "1.81.0"),
    );

  it.each([
    ["2027-06-29T12:00:00Z", [["upcoming-restriction", "advisory"]]],
    ["2027-06-30T12:00:00Z", [["restricted-provider", "mandatory"]]],
  ])(
    "at %s Tencent Cloud is reported as %j",
    async (now, expected) => {
      await ensureBuilt();
      const pack = await startPack({ now });
      try {
        const info = await pack.getAnalyzerInfo();
        await pack.configure(sharedConfig(info, { determination: "dod-1260h" }));
        await pack.configureStack({}, { dryRun: true });
        const ds = await pack.analyze(cos());
        expect(reported(ds)).toEqual(expected);
        expect(ds[0]!.message).toContain("dod-1260h");
      } finally {
        await pack.close();
      }
    },
    180_000,
  );
});
