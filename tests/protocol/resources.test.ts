/**
 * Configure + Analyze against the BUILT pack over the analyzer gRPC protocol,
 * with the inputs the real provider SDKs send (property names from the Pulumi
 * registry API docs), default providers as the engine makes them (props =
 * stack config + version), explicit providers, provider resources, secrets
 * (signature objects) and unknowns (sentinel strings) as the engine marshals
 * them, and configuration reconciled as the engine does (schema defaults,
 * `all`, per-policy keys).
 */
import * as fs from "fs";
import * as path from "path";
import {
  defaultProvider,
  explicitProvider,
  providerAsResource,
  repoRoot,
  resource,
  RpcError,
  secret,
  sharedConfig,
  unknownString,
  type AnalyzerInfo,
  type Diagnostic,
  type PackClient,
  type ProviderInput,
  type ResourceInput,
} from "./harness";
import { usePack } from "../support/pack-suite";

const NOW = "2026-11-28T12:00:00Z";
const packVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const DSP = { id: "us-dsp-2025", citation: "28 CFR Part 202" };

// ---------------------------------------------------------------------------
// Realistic resources
// ---------------------------------------------------------------------------

const alicloudDefault = (region: string, extra: Record<string, unknown> = {}) =>
  defaultProvider("alicloud", { region, ...extra }, "3.86.1");

const ossBucket = (name: string, provider: ProviderInput, extra: Record<string, unknown> = {}) =>
  resource(
    "alicloud:oss/bucket:Bucket",
    name,
    { bucket: `acme-${name}`, acl: "private", storageClass: "Standard", forceDestroy: false, ...extra },
    provider,
  );

const ecsInstance = (name: string, provider: ProviderInput, extra: Record<string, unknown> = {}) =>
  resource(
    "alicloud:ecs/instance:Instance",
    name,
    {
      instanceName: name,
      instanceType: "ecs.g7.large",
      imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
      vswitchId: "vsw-bp1s5fnvk4gn2tws03624",
      securityGroups: ["sg-bp15ed6xe1yxeycg7o3d"],
      internetMaxBandwidthOut: 10,
      systemDiskCategory: "cloud_essd",
      systemDiskSize: 40,
      instanceChargeType: "PostPaid",
      ...extra,
    },
    provider,
  );

const rdsInstance = (name: string, provider: ProviderInput) =>
  resource(
    "alicloud:rds/instance:Instance",
    name,
    {
      engine: "MySQL",
      engineVersion: "8.0",
      instanceType: "mysql.n2.medium.1",
      instanceStorage: 20,
      dbInstanceStorageType: "cloud_essd",
      instanceChargeType: "Postpaid",
      vswitchId: "vsw-bp1s5fnvk4gn2tws03624",
      instanceName: name,
      securityIps: ["10.0.0.0/8"],
    },
    provider,
  );

const awsDefault = (region: string) =>
  defaultProvider("aws", { region, skipCredentialsValidation: false, skipRegionValidation: true }, "6.66.0");
const awsExplicit = (name: string, region: string, extra: Record<string, unknown> = {}) =>
  explicitProvider("aws", name, { region, skipCredentialsValidation: false, skipRegionValidation: true, version: "6.66.0", ...extra });

const s3Bucket = (name: string, provider: ProviderInput, extra: Record<string, unknown> = {}) =>
  resource("aws:s3/bucketV2:BucketV2", name, { bucket: `acme-${name}`, forceDestroy: false, objectLockEnabled: false, ...extra }, provider);

const azureDefault = defaultProvider("azure-native", { location: "eastus" }, "2.80.0");
const storageAccount = (name: string, location: string) =>
  resource(
    "azure-native:storage:StorageAccount",
    name,
    {
      resourceGroupName: "rg-data",
      accountName: name,
      location,
      kind: "StorageV2",
      sku: { name: "Standard_LRS" },
      enableHttpsTrafficOnly: true,
      minimumTlsVersion: "TLS1_2",
    },
    azureDefault,
  );

const gcpDefault = defaultProvider("gcp", { project: "acme-prod", region: "us-central1" }, "8.10.0");
const gcsBucket = (name: string, location: string, extra: Record<string, unknown> = {}) =>
  resource(
    "gcp:storage/bucket:Bucket",
    name,
    { name: `acme-${name}`, location, forceDestroy: false, storageClass: "STANDARD", uniformBucketLevelAccess: true, ...extra },
    gcpDefault,
  );

const tencentDefault = (region: string) => defaultProvider("tencentcloud", { region }, "1.81.120");
const cosBucket = (name: string, provider: ProviderInput) =>
  resource("tencentcloud:Cos/bucket:Bucket", name, { bucket: `acme-${name}-1250000000`, acl: "private", forceClean: false }, provider);

const huaweiHk = explicitProvider("huaweicloud", "hk", { region: "ap-southeast-1", version: "1.72.1" });
const obsBucket = (name: string, provider: ProviderInput) =>
  resource(
    "huaweicloud:Obs/bucket:Bucket",
    name,
    { bucket: `acme-${name}`, storageClass: "STANDARD", acl: "private", forceDestroy: false },
    provider,
  );

// ---------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------

type Level = Diagnostic["enforcementLevel"];

/** The (policy, level) pairs reported, sorted: what a reader of `pulumi preview` would see. */
function reported(ds: Diagnostic[]): [string, Level][] {
  return ds.map((d): [string, Level] => [d.policyName, d.enforcementLevel]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function only(ds: Diagnostic[], policyName: string): Diagnostic {
  const hits = ds.filter((d) => d.policyName === policyName);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}

interface Names {
  type: string;
  pkg: string;
  region?: string;
  jurisdiction?: string;
  determination?: string;
  citation?: string;
}

/** SPEC "Messages": type, package, region and its jurisdiction, determination id and its citation. */
function expectMessageNames(d: Diagnostic, n: Names): void {
  expect(d.message).toContain(n.type);
  expect(d.message).toContain(`provider package ${n.pkg}`);
  if (n.region) expect(d.message).toContain(`region ${n.region}${n.jurisdiction ? ` (${n.jurisdiction})` : ""}`);
  expect(d.message).toContain(`determination ${n.determination ?? DSP.id}`);
  expect(d.message).toContain(n.citation ?? DSP.citation);
  expect(d.message).not.toContain("\n");
}

describe("Analyze with the default determination (us-dsp-2025), as `pulumi preview --policy-pack .` runs it", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, async (p, i) => {
    pack = p;
    info = i;
    await pack.configure({});
    await pack.configureStack({}, { dryRun: true });
  });

  /** Every diagnostic carries the pack's identity and the policy's own metadata. */
  async function analyze(r: ResourceInput): Promise<Diagnostic[]> {
    const ds = await pack.analyze(r);
    for (const d of ds) {
      const p = info.policies.find((x) => x.name === d.policyName);
      expect(p).toBeDefined();
      expect(d.policyPackName).toBe("us-person-data-guard");
      expect(d.policyPackVersion).toBe(packVersion);
      expect(d.description).toBe(p!.description);
      expect(d.severity).toBe(p!.severity);
      expect(d.message).toContain(r.type);
    }
    return ds;
  }

  describe("alicloud with the default provider in cn-hangzhou (stack config alicloud:region)", () => {
    const p = alicloudDefault("cn-hangzhou");
    test.each([
      ["OSS bucket", ossBucket("customer-logs", p)],
      ["ECS instance", ecsInstance("api-1", p)],
      ["RDS instance", rdsInstance("orders", p)],
    ])("%s: restricted-provider and restricted-region, both mandatory", async (_label, r) => {
      const ds = await analyze(r);
      expect(reported(ds)).toEqual([
        ["restricted-provider", "mandatory"],
        ["restricted-region", "mandatory"],
      ]);
      for (const d of ds) expectMessageNames(d, { type: r.type, pkg: "alicloud", region: "cn-hangzhou", jurisdiction: "CN" });
      expect(only(ds, "restricted-provider").severity).toBe("critical");
      expect(only(ds, "restricted-provider").message).toMatch(/Alibaba Cloud/);
      // No exemption applies: the message says how to add one, for this URN.
      expect(only(ds, "restricted-region").message).toContain(`whose resources match ${r.urn}`);
    });
  });

  describe("alicloud with the default provider in us-west-1 (Silicon Valley)", () => {
    const p = alicloudDefault("us-west-1");
    test.each([
      ["OSS bucket", ossBucket("customer-logs", p)],
      ["ECS instance", ecsInstance("api-1", p)],
      ["RDS instance", rdsInstance("orders", p)],
    ])("%s: restricted-provider only (the vendor is restricted in every region)", async (_label, r) => {
      const ds = await analyze(r);
      expect(reported(ds)).toEqual([["restricted-provider", "mandatory"]]);
      expectMessageNames(ds[0]!, { type: r.type, pkg: "alicloud", region: "us-west-1", jurisdiction: "US" });
    });

    test("a zone input wins over the provider's region (ECS in cn-hangzhou-h under a us-west-1 provider)", async () => {
      const ds = await analyze(ecsInstance("api-2", p, { availabilityZone: "cn-hangzhou-h" }));
      expect(reported(ds)).toEqual([
        ["restricted-provider", "mandatory"],
        ["restricted-region", "mandatory"],
      ]);
      expectMessageNames(only(ds, "restricted-region"), {
        type: "alicloud:ecs/instance:Instance",
        pkg: "alicloud",
        region: "cn-hangzhou",
        jurisdiction: "CN",
      });
    });
  });

  test("the provider resource pulumi:providers:alicloud itself is reported (cn-hangzhou: provider + region)", async () => {
    const p = alicloudDefault("cn-hangzhou");
    const ds = await analyze(providerAsResource(p));
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    for (const d of ds)
      expectMessageNames(d, { type: "pulumi:providers:alicloud", pkg: "alicloud", region: "cn-hangzhou", jurisdiction: "CN" });
  });

  test("the provider resource pulumi:providers:alicloud in us-west-1 is still a restricted provider", async () => {
    const ds = await analyze(providerAsResource(explicitProvider("alicloud", "sv", { region: "us-west-1", version: "3.86.1" })));
    expect(reported(ds)).toEqual([["restricted-provider", "mandatory"]]);
    expectMessageNames(ds[0]!, { type: "pulumi:providers:alicloud", pkg: "alicloud", region: "us-west-1", jurisdiction: "US" });
  });

  test("aws S3 BucketV2 with an explicit provider in ap-east-1 (Hong Kong): restricted-region only", async () => {
    const ds = await analyze(s3Bucket("hk-logs", awsExplicit("hk", "ap-east-1")));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expectMessageNames(ds[0]!, { type: "aws:s3/bucketV2:BucketV2", pkg: "aws", region: "ap-east-1", jurisdiction: "HK" });
    expect(ds[0]!.severity).toBe("high");
  });

  test("aws S3 BucketV2 with the default provider in us-east-1 is clean", async () => {
    expect(await analyze(s3Bucket("logs", awsDefault("us-east-1")))).toEqual([]);
    expect(await analyze(providerAsResource(awsDefault("us-east-1")))).toEqual([]);
  });

  test("the aws provider resource in cn-north-1 (Beijing, aws-cn) is reported", async () => {
    const ds = await analyze(providerAsResource(awsExplicit("beijing", "cn-north-1")));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expectMessageNames(ds[0]!, { type: "pulumi:providers:aws", pkg: "aws", region: "cn-north-1", jurisdiction: "CN" });
  });

  test.each([["chinaeast2"], ["China East 2"]])(
    "azure-native StorageAccount in %s is in CN (short and display names)",
    async (location) => {
      const ds = await analyze(storageAccount("acmedata", location));
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expectMessageNames(ds[0]!, {
        type: "azure-native:storage:StorageAccount",
        pkg: "azure-native",
        region: "chinaeast2",
        jurisdiction: "CN",
      });
    },
  );

  test("azure-native StorageAccount in eastus is clean", async () => {
    expect(await analyze(storageAccount("acmedata", "eastus"))).toEqual([]);
  });

  test("gcp storage Bucket in ASIA-EAST2 (Hong Kong; GCS spells locations in upper case)", async () => {
    const ds = await analyze(gcsBucket("hk", "ASIA-EAST2"));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expectMessageNames(ds[0]!, { type: "gcp:storage/bucket:Bucket", pkg: "gcp", region: "asia-east2", jurisdiction: "HK" });
  });

  test("gcp storage Bucket in the US multi-region is clean (no advisory either)", async () => {
    expect(await analyze(gcsBucket("us", "US"))).toEqual([]);
  });

  test("tencentcloud Cos bucket (capitalised module) in ap-guangzhou: provider + region", async () => {
    const r = cosBucket("logs", tencentDefault("ap-guangzhou"));
    const ds = await analyze(r);
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    for (const d of ds)
      expectMessageNames(d, { type: "tencentcloud:Cos/bucket:Bucket", pkg: "tencentcloud", region: "ap-guangzhou", jurisdiction: "CN" });
    expect(only(ds, "restricted-provider").message).toMatch(/Tencent Cloud/);
  });

  test("huaweicloud Obs bucket with provider region ap-southeast-1 is in Hong Kong (not Singapore as on AWS)", async () => {
    const ds = await analyze(obsBucket("hk", huaweiHk));
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    for (const d of ds)
      expectMessageNames(d, { type: "huaweicloud:Obs/bucket:Bucket", pkg: "huaweicloud", region: "ap-southeast-1", jurisdiction: "HK" });
    // Same region code on AWS is Singapore: clean.
    expect(await analyze(s3Bucket("sg", awsExplicit("sg", "ap-southeast-1")))).toEqual([]);
  });

  test("the stack resource itself is never reported", async () => {
    expect(
      await analyze({
        type: "pulumi:pulumi:Stack",
        name: "shop-prod",
        urn: "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod",
        properties: {},
      }),
    ).toEqual([]);
  });

  test("a restricted provider with unknown and secret inputs is still reported mandatory at preview", async () => {
    const p = defaultProvider(
      "alicloud",
      { region: unknownString, accessKey: secret("LTAI5tAKIDSECRET"), secretKey: secret("hunter2-SECRET") },
      "3.86.1",
    );
    const ds = await analyze(ossBucket("pending", p, { bucket: unknownString, tags: unknownString, acl: unknownString }));
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      // The region itself cannot be known yet: deferred (unknownRegion: defer, the default).
      ["restricted-region", "advisory"],
    ]);
    expectMessageNames(only(ds, "restricted-provider"), { type: "alicloud:oss/bucket:Bucket", pkg: "alicloud" });
    for (const d of ds) {
      expect(d.message).not.toContain(unknownString);
      expect(d.message).not.toMatch(/hunter2|LTAI5t/);
      expect(d.message).not.toMatch(/can't run policy/);
    }
  });

  test("a provider whose region is a secret: never printed, read as a region that cannot be known (unknownRegion: defer → advisory)", async () => {
    const ds = await analyze(s3Bucket("hk-secret-region", awsExplicit("hk2", "ap-east-1", { region: secret("ap-east-1") })));
    expect(reported(ds)).toEqual([["restricted-region", "advisory"]]);
    expect(ds[0]!.message).toContain("region <secret>");
    expect(ds[0]!.message).not.toContain("ap-east-1");
  });

  test("secret property values never appear in any message", async () => {
    const p = alicloudDefault("cn-hangzhou", { accessKey: secret("LTAI5tAKIDSECRET"), secretKey: secret("hunter2-SECRET") });
    const resources = [
      resource(
        "alicloud:rds/rdsAccount:RdsAccount",
        "app",
        { dbInstanceId: "rm-bp1ml1x3q2v6h1l0e", accountName: "app", accountPassword: secret("hunter2-SECRET"), accountType: "Normal" },
        p,
      ),
      resource(
        "aws:rds/instance:Instance",
        "orders",
        {
          engine: "postgres",
          engineVersion: "16.3",
          instanceClass: "db.t3.micro",
          allocatedStorage: 20,
          dbName: "orders",
          username: "app",
          password: secret("hunter2-SECRET"),
          skipFinalSnapshot: true,
        },
        awsExplicit("beijing", "cn-north-1", { secretKey: secret("hunter2-SECRET") }),
      ),
      ossBucket("tagged", p, { tags: { owner: secret("hunter2-SECRET"), "data-classification": "us-person" } }),
      providerAsResource(p),
    ];
    let total = 0;
    for (const r of resources) {
      const ds = await analyze(r);
      expect(ds.length).toBeGreaterThan(0);
      total += ds.length;
      for (const d of ds) {
        expect(d.message).not.toContain("hunter2");
        expect(d.message).not.toContain("LTAI5tAKIDSECRET");
        expect(d.description).not.toContain("hunter2");
      }
    }
    expect(total).toBe(7);
    expect(pack.stderr()).not.toContain("hunter2");
  });

  test("an endpoint override on the provider places traffic whatever its region says (aws-cn endpoint under us-east-1)", async () => {
    const p = awsExplicit("cn-endpoints", "us-east-1", { endpoints: [{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }] });
    const ds = await analyze(s3Bucket("routed", p));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("amazonaws.com.cn");
    expect(ds[0]!.message).toContain("(CN)");
    expectMessageNames(ds[0]!, { type: "aws:s3/bucketV2:BucketV2", pkg: "aws" });
  });

  test("upcoming-restriction stays quiet: every us-dsp-2025 rule is already effective", async () => {
    const ds = await analyze(ossBucket("x", alicloudDefault("cn-shanghai")));
    expect(ds.map((d) => d.policyName)).not.toContain("upcoming-restriction");
  });
});

describe("Analyze under configuration (--policy-pack-config), reconciled as the engine does", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, (p, i) => {
    pack = p;
    info = i;
  });

  const hkBucket = () => s3Bucket("hk-logs", awsExplicit("hk", "ap-east-1"));

  test('"all": "advisory" makes every finding advisory (migration planning: nothing blocks)', async () => {
    await pack.configure({ all: "advisory" });
    expect(reported(await pack.analyze(ossBucket("customer-logs", alicloudDefault("cn-hangzhou"))))).toEqual([
      ["restricted-provider", "advisory"],
      ["restricted-region", "advisory"],
    ]);
    expect(reported(await pack.analyze(hkBucket()))).toEqual([["restricted-region", "advisory"]]);
    expect(reported(await pack.analyze(providerAsResource(alicloudDefault("cn-hangzhou"))))).toEqual([
      ["restricted-provider", "advisory"],
      ["restricted-region", "advisory"],
    ]);
    expect(await pack.analyze(s3Bucket("logs", awsDefault("us-east-1")))).toEqual([]);
  });

  test("a per-policy level overrides all: restricted-provider stays mandatory", async () => {
    await pack.configure({ all: "advisory", "restricted-provider": "mandatory" });
    expect(reported(await pack.analyze(ossBucket("customer-logs", alicloudDefault("cn-hangzhou"))))).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "advisory"],
    ]);
  });

  test("preset alibaba-cloud-review: alicloud in every region is flagged; AWS in Hong Kong is not", async () => {
    await pack.configure(sharedConfig(info, { determination: "alibaba-cloud-review" }));
    for (const region of ["us-west-1", "cn-hangzhou"]) {
      const ds = await pack.analyze(ossBucket("customer-logs", alicloudDefault(region)));
      // The preset restricts the vendor, not jurisdictions: no region finding even in cn-hangzhou.
      expect([region, reported(ds)]).toEqual([region, [["restricted-provider", "mandatory"]]]);
      expectMessageNames(ds[0]!, {
        type: "alicloud:oss/bucket:Bucket",
        pkg: "alicloud",
        region,
        determination: "alibaba-cloud-review",
        citation: "15 CFR Part 791",
      });
    }
    expect(await pack.analyze(hkBucket())).toEqual([]);
    expect(await pack.analyze(cosBucket("logs", tencentDefault("ap-guangzhou")))).toEqual([]);
  });

  test("custom determination {id: acme-2027, extends: us-dsp-2025, jurisdictions: [RU]}", async () => {
    await pack.configure(sharedConfig(info, { determination: { id: "acme-2027", extends: "us-dsp-2025", jurisdictions: ["RU"] } }));
    // Providers are inherited from the preset; its jurisdiction list is replaced, so CN/HK regions no longer count.
    const ds = await pack.analyze(ossBucket("customer-logs", alicloudDefault("cn-hangzhou")));
    expect(reported(ds)).toEqual([["restricted-provider", "mandatory"]]);
    expectMessageNames(ds[0]!, {
      type: "alicloud:oss/bucket:Bucket",
      pkg: "alicloud",
      region: "cn-hangzhou",
      jurisdiction: "CN",
      determination: "acme-2027",
      citation: DSP.citation,
    });
    expect(ds[0]!.message).not.toContain("us-dsp-2025");
    expect(await pack.analyze(hkBucket())).toEqual([]);
    expect(await pack.analyze(providerAsResource(awsExplicit("beijing", "cn-north-1")))).toEqual([]);
  });

  test("a determination whose effective date is ahead reports to upcoming-restriction (advisory), not the blocking policies", async () => {
    await pack.configure(sharedConfig(info, { determination: { id: "acme-2027", extends: "us-dsp-2025", effective: "2027-01-01" } }));
    const ds = await pack.analyze(ossBucket("customer-logs", alicloudDefault("cn-hangzhou")));
    // One for the provider rule, one for the region rule: both wait for 2027-01-01.
    expect(reported(ds)).toEqual([
      ["upcoming-restriction", "advisory"],
      ["upcoming-restriction", "advisory"],
    ]);
    for (const d of ds) {
      expectMessageNames(d, {
        type: "alicloud:oss/bucket:Bucket",
        pkg: "alicloud",
        region: "cn-hangzhou",
        jurisdiction: "CN",
        determination: "acme-2027",
      });
      expect(d.message).toContain("2027-01-01");
      expect(d.severity).toBe(info.policies.find((p) => p.name === "upcoming-restriction")!.severity);
    }
  });

  describe("scope: tagged (data-classification = us-person, case-insensitive)", () => {
    beforeAll(async () => {
      await pack.configure(sharedConfig(info, { scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] } }));
    });

    test.each([
      ["exact tag", { "data-classification": "us-person" }],
      ["value in another case", { "data-classification": "US-Person" }],
      ["key in another case", { "Data-Classification": "US-PERSON" }],
    ])("%s: in scope, reported", async (_label, tags) => {
      expect(reported(await pack.analyze(ossBucket("customer-logs", alicloudDefault("cn-hangzhou"), { tags })))).toEqual([
        ["restricted-provider", "mandatory"],
        ["restricted-region", "mandatory"],
      ]);
      expect(reported(await pack.analyze(s3Bucket("hk-logs", awsExplicit("hk", "ap-east-1"), { tags })))).toEqual([
        ["restricted-region", "mandatory"],
      ]);
    });

    test.each([
      ["no tags", undefined],
      ["another value", { "data-classification": "public" }],
      ["the value under another key", { team: "us-person" }],
    ])("%s: out of scope, not reported", async (_label, tags) => {
      const extra = tags ? { tags } : {};
      expect(await pack.analyze(ossBucket("assets", alicloudDefault("cn-hangzhou"), extra))).toEqual([]);
      expect(await pack.analyze(s3Bucket("hk-assets", awsExplicit("hk", "ap-east-1"), extra))).toEqual([]);
    });

    test("tags unknown at preview: every finding of the resource is deferred alike (unknownRegion: defer)", async () => {
      const ds = await pack.analyze(ossBucket("pending-tags", alicloudDefault("cn-hangzhou"), { tags: unknownString }));
      // In scope until the tags are known, so both rules apply; neither may block on a value the engine does not know yet.
      expect(reported(ds)).toEqual([
        ["restricted-provider", "advisory"],
        ["restricted-region", "advisory"],
      ]);
    });

    test("tags unknown at preview with unknownRegion: violation: every finding fails closed", async () => {
      await pack.configure(
        sharedConfig(info, {
          scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] },
          unknownRegion: "violation",
        }),
      );
      try {
        const ds = await pack.analyze(ossBucket("pending-tags", alicloudDefault("cn-hangzhou"), { tags: unknownString }));
        expect(reported(ds)).toEqual([
          ["restricted-provider", "mandatory"],
          ["restricted-region", "mandatory"],
        ]);
      } finally {
        await pack.configure(sharedConfig(info, { scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] } }));
      }
    });

    test("GCP labels and AWS provider default tags count as tags", async () => {
      expect(reported(await pack.analyze(gcsBucket("hk", "ASIA-EAST2", { labels: { "data-classification": "us-person" } })))).toEqual([
        ["restricted-region", "mandatory"],
      ]);
      const tagged = awsExplicit("hk-tagged", "ap-east-1", { defaultTags: { tags: { "data-classification": "US-Person" } } });
      expect(reported(await pack.analyze(s3Bucket("hk-untagged", tagged)))).toEqual([["restricted-region", "mandatory"]]);
    });
  });

  describe("exemptions", () => {
    beforeAll(async () => {
      await pack.configure(
        sharedConfig(info, {
          exemptions: [
            {
              id: "EXC-42",
              resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs*"],
              reason: "read-only mirror, no U.S.-person data",
              approvedBy: "security@example.com",
              ticket: "SEC-1234",
              expires: "2027-03-31",
            },
            {
              id: "EXC-7",
              resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::legacy-?????"],
              reason: "legacy media archive",
              approvedBy: "security@example.com",
              expires: "2026-10-31",
            },
          ],
        }),
      );
    });

    test.each([["logs"], ["logs-2026"], ["logs-archive-eu"]])(
      "a URN matched by an active exemption's glob is not reported (%s)",
      async (name) => {
        expect(await pack.analyze(ossBucket(name, alicloudDefault("cn-hangzhou")))).toEqual([]);
      },
    );

    test("globs match the whole URN: other names, stacks and types are still reported", async () => {
      const stagingLogs: ResourceInput = {
        ...ossBucket("logs-1", alicloudDefault("cn-hangzhou")),
        urn: "urn:pulumi:staging::shop::alicloud:oss/bucket:Bucket::logs-1",
      };
      for (const r of [
        ossBucket("xlogs", alicloudDefault("cn-hangzhou")),
        stagingLogs,
        ecsInstance("logs", alicloudDefault("cn-hangzhou")),
      ]) {
        const ds = await pack.analyze(r);
        expect([r.urn, reported(ds)]).toEqual([
          r.urn,
          [
            ["restricted-provider", "mandatory"],
            ["restricted-region", "mandatory"],
          ],
        ]);
        for (const d of ds) expect(d.message).toContain(`whose resources match ${r.urn}`);
      }
    });

    test("an expired exemption is not honoured, and the message names it", async () => {
      const ds = await pack.analyze(ossBucket("legacy-media", alicloudDefault("cn-hangzhou")));
      expect(reported(ds)).toEqual([
        ["restricted-provider", "mandatory"],
        ["restricted-region", "mandatory"],
      ]);
      for (const d of ds) {
        expectMessageNames(d, { type: "alicloud:oss/bucket:Bucket", pkg: "alicloud", region: "cn-hangzhou", jurisdiction: "CN" });
        expect(d.message).toContain("EXC-7");
        expect(d.message).toMatch(/expired on 2026-10-31/);
      }
      // `?` is exactly one character: legacy-media2 is not covered by EXC-7 (and gets the generic hint).
      const other = await pack.analyze(ossBucket("legacy-media2", alicloudDefault("cn-hangzhou")));
      expect(other).toHaveLength(2);
      for (const d of other) expect(d.message).not.toContain("EXC-7");
    });
  });

  test('allowedRegions {aws: ["us-*"]}: eu-west-1 is a residency violation; us-west-2 is fine', async () => {
    await pack.configure(sharedConfig(info, { allowedRegions: { aws: ["us-*"] } }));
    const ds = await pack.analyze(s3Bucket("eu-logs", awsExplicit("ireland", "eu-west-1")));
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expectMessageNames(ds[0]!, { type: "aws:s3/bucketV2:BucketV2", pkg: "aws", region: "eu-west-1" });
    expect(ds[0]!.message).toContain("allowedRegions");
    expect(ds[0]!.message).toContain("us-*");
    expect(await pack.analyze(s3Bucket("us-logs", awsExplicit("oregon", "us-west-2")))).toEqual([]);
    expect(await pack.analyze(providerAsResource(awsExplicit("ireland", "eu-west-1")))).toHaveLength(1);
    // Other packages are not constrained by the aws list.
    expect(await pack.analyze(gcsBucket("eu", "EUROPE-WEST1"))).toEqual([]);
  });

  describe("a region unknown at preview (provider region is an unknown output)", () => {
    const pending = () => s3Bucket("pending", awsExplicit("computed", unknownString));

    test("unknownRegion: defer (default) reports it as advisory", async () => {
      await pack.configure({});
      const ds = await pack.analyze(pending());
      expect(reported(ds)).toEqual([["restricted-region", "advisory"]]);
      expectMessageNames(ds[0]!, { type: "aws:s3/bucketV2:BucketV2", pkg: "aws" });
      expect(ds[0]!.message).toMatch(/unknown during preview|cannot be known during preview/);
      expect(ds[0]!.message).toContain("defer");
      expect(ds[0]!.message).not.toContain(unknownString);
    });

    test("unknownRegion: violation fails closed (mandatory)", async () => {
      await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
      const ds = await pack.analyze(pending());
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("violation");
      // A resource-level unknown location behaves the same.
      expect(reported(await pack.analyze(gcsBucket("pending", unknownString)))).toEqual([["restricted-region", "mandatory"]]);
    });
  });
});

describe("an invalid configuration makes Analyze fail with one line naming the policy and the key", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, (p, i) => {
    pack = p;
    info = i;
  });

  const goodExemption = { id: "EXC-1", resources: ["urn:pulumi:prod::shop::*"], reason: "test", expires: "2027-01-31" };

  test.each([
    ["an unknown preset", "restricted-region", { determination: "nope" }, "determination", "nope"],
    [
      "an impossible expiry date",
      "restricted-provider",
      { exemptions: [{ ...goodExemption, expires: "2027-02-30" }] },
      "exemptions[0].expires",
      "2027-02-30",
    ],
    ["an unknown key", "upcoming-restriction", { determinaton: "us-dsp-2025" }, "determinaton", "unknown key"],
    [
      "an unknown jurisdiction code",
      "restricted-provider",
      { determination: { id: "acme", jurisdictions: ["XX"] } },
      "determination.jurisdictions[0]",
      "XX",
    ],
  ])("%s (%s)", async (_label, policy, cfg, key, mention) => {
    await pack.configure({ [policy]: cfg });
    // A clean resource: the configuration is checked at first use, before any finding.
    for (const r of [s3Bucket("logs", awsDefault("us-east-1")), ossBucket("customer-logs", alicloudDefault("cn-hangzhou"))]) {
      const err = await pack.analyze(r).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(RpcError);
      const text = (err as RpcError).details;
      // @pulumi/policy prefixes the pack's error with one line of its own; the pack adds exactly one more.
      const lines = text.split("\n");
      expect(lines[0]).toBe(`Error validating resource with policy '${policy}' from policy pack 'us-person-data-guard@v${packVersion}':`);
      expect(lines).toHaveLength(2);
      const line = lines[1]!;
      expect(line).toContain(`'${policy}'`);
      expect(line).toContain(`'${key}'`);
      expect(line).toContain(mention);
      expect(text).not.toMatch(/^\s+at /m);
      expect(text).not.toMatch(/\.js:\d+/);
    }
  });

  test("the same configuration fixed works again in the same process", async () => {
    await pack.configure({ "restricted-region": { determination: "nope" } });
    await expect(pack.analyze(s3Bucket("logs", awsDefault("us-east-1")))).rejects.toBeInstanceOf(RpcError);
    await pack.configure(sharedConfig(info, { determination: "us-dsp-2025" }));
    expect(reported(await pack.analyze(s3Bucket("hk", awsExplicit("hk", "ap-east-1"))))).toEqual([["restricted-region", "mandatory"]]);
  });
});
