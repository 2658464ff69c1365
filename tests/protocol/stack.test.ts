/**
 * A small mixed stack through the BUILT pack, in the order the engine drives
 * it during one `pulumi preview`/`up`: Configure, ConfigureStack, Analyze for
 * every resource (inputs), then AnalyzeStack over the same resources
 * (outputs, parents, dependencies). The stack policies summarise what the
 * resource policies found in the same process; the clock is pinned with
 * the harness `now` option (a faked process clock; the pack reads no environment for time).
 */
import {
  defaultProvider,
  explicitProvider,
  fileArchive,
  providerAsResource,
  resource,
  secret,
  sharedConfig,
  type AnalyzerInfo,
  type Diagnostic,
  type PackClient,
  type ResourceInput,
} from "./harness";
import { usePack } from "../support/pack-suite";

const NOW = "2026-11-28T12:00:00Z";
const stackUrn = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";

// ---------------------------------------------------------------------------
// The stack: inputs (Analyze) and outputs (AnalyzeStack)
// ---------------------------------------------------------------------------

const aliDefault = defaultProvider("alicloud", { region: "cn-hangzhou", secretKey: secret("hunter2-SECRET") }, "3.86.1");
const awsDefault = defaultProvider("aws", { region: "us-east-1", skipCredentialsValidation: false }, "6.66.0");
const awsHk = explicitProvider("aws", "hk", { region: "ap-east-1", version: "6.66.0" });

interface Entry {
  readonly input: ResourceInput;
  /** Extra output properties AnalyzeStack sees (ids, ARNs, endpoints). */
  readonly outputs: Record<string, unknown>;
}

const withParent = (r: ResourceInput): ResourceInput => ({ ...r, parent: stackUrn });

const role = resource(
  "aws:iam/role:Role",
  "sync-role",
  {
    name: "oss-sync",
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
  },
  awsDefault,
);
const roleArn = "arn:aws:iam::123456789012:role/oss-sync";

const lambdaInputs = {
  name: "oss-sync",
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: roleArn,
  code: fileArchive("./oss-sync"),
  timeout: 60,
  memorySize: 256,
  environment: {
    variables: {
      OSS_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
      OSS_BUCKET: "acme-customer-data",
      OSS_ACCESS_KEY_SECRET: secret("hunter2-SECRET"),
    },
  },
};

const entries: Entry[] = [
  { input: { type: "pulumi:pulumi:Stack", urn: stackUrn, name: "shop-prod", properties: {} }, outputs: {} },
  { input: withParent(providerAsResource(aliDefault)), outputs: {} },
  { input: withParent(providerAsResource(awsDefault)), outputs: {} },
  { input: withParent(providerAsResource(awsHk)), outputs: {} },
  {
    // Covered by EXC-ACTIVE.
    input: withParent(
      resource(
        "alicloud:oss/bucket:Bucket",
        "archive-2024",
        { bucket: "acme-archive-2024", acl: "private", storageClass: "Archive" },
        aliDefault,
      ),
    ),
    outputs: {
      id: "acme-archive-2024",
      extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com",
      intranetEndpoint: "oss-cn-hangzhou-internal.aliyuncs.com",
      location: "oss-cn-hangzhou",
    },
  },
  {
    // Covered by EXC-SOON (expires 2026-12-15, within 30 days of NOW).
    input: withParent(
      resource(
        "alicloud:ecs/instance:Instance",
        "batch-1",
        {
          instanceName: "batch-1",
          instanceType: "ecs.c7.xlarge",
          imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
          vswitchId: "vsw-bp1s5fnvk4gn2tws03624",
          securityGroups: ["sg-bp15ed6xe1yxeycg7o3d"],
        },
        aliDefault,
      ),
    ),
    outputs: { id: "i-bp1d2gnd8q3ib8m8zr9z", availabilityZone: "cn-hangzhou-h", status: "Running" },
  },
  {
    // Matched only by EXC-EXPIRED: reported again.
    input: withParent(
      resource(
        "alicloud:rds/instance:Instance",
        "orders-db",
        {
          engine: "MySQL",
          engineVersion: "8.0",
          instanceType: "mysql.n2.medium.1",
          instanceStorage: 20,
          vswitchId: "vsw-bp1s5fnvk4gn2tws03624",
          instanceName: "orders",
        },
        aliDefault,
      ),
    ),
    outputs: {
      id: "rm-bp1ml1x3q2v6h1l0e",
      connectionString: "rm-bp1ml1x3q2v6h1l0e.mysql.rds.aliyuncs.com",
      port: "3306",
      zoneId: "cn-hangzhou-h",
    },
  },
  {
    // No exemption.
    input: withParent(
      resource(
        "alicloud:oss/bucket:Bucket",
        "customer-data",
        { bucket: "acme-customer-data", acl: "private", storageClass: "Standard" },
        aliDefault,
      ),
    ),
    outputs: {
      id: "acme-customer-data",
      extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com",
      intranetEndpoint: "oss-cn-hangzhou-internal.aliyuncs.com",
      location: "oss-cn-hangzhou",
    },
  },
  {
    input: withParent(resource("aws:s3/bucketV2:BucketV2", "app-assets", { bucket: "acme-app-assets", forceDestroy: false }, awsDefault)),
    outputs: {
      id: "acme-app-assets",
      arn: "arn:aws:s3:::acme-app-assets",
      region: "us-east-1",
      bucketRegionalDomainName: "acme-app-assets.s3.us-east-1.amazonaws.com",
    },
  },
  {
    input: withParent(resource("aws:s3/bucketV2:BucketV2", "hk-replica", { bucket: "acme-hk-replica", forceDestroy: false }, awsHk)),
    outputs: {
      id: "acme-hk-replica",
      arn: "arn:aws:s3:::acme-hk-replica",
      region: "ap-east-1",
      bucketRegionalDomainName: "acme-hk-replica.s3.ap-east-1.amazonaws.com",
    },
  },
  { input: withParent(role), outputs: { id: "oss-sync", arn: roleArn, uniqueId: "AROA3XFRBF535PLBIFPI4" } },
  {
    input: {
      ...withParent(resource("aws:lambda/function:Function", "oss-sync", lambdaInputs, awsDefault)),
      dependencies: [role.urn],
      propertyDependencies: { role: [role.urn] },
    },
    outputs: {
      id: "oss-sync",
      arn: "arn:aws:lambda:us-east-1:123456789012:function:oss-sync",
      qualifiedArn: "arn:aws:lambda:us-east-1:123456789012:function:oss-sync:$LATEST",
      version: "$LATEST",
    },
  },
];

const urnOf = (name: string): string => entries.find((e) => e.input.name === name)!.input.urn;
const stackResources = (): ResourceInput[] => entries.map((e) => ({ ...e.input, properties: { ...e.input.properties, ...e.outputs } }));

const exemptions = [
  {
    id: "EXC-ACTIVE",
    resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::archive-*"],
    reason: "cold archive, read-only, no U.S.-person data",
    approvedBy: "security@example.com",
    ticket: "SEC-2001",
    expires: "2027-06-30",
  },
  {
    id: "EXC-SOON",
    resources: ["urn:pulumi:prod::shop::alicloud:ecs/instance:Instance::batch-*"],
    reason: "batch workers being migrated in Q4",
    approvedBy: "security@example.com",
    ticket: "SEC-2002",
    expires: "2026-12-15",
  },
  {
    id: "EXC-EXPIRED",
    resources: ["urn:pulumi:prod::shop::alicloud:rds/instance:Instance::orders*"],
    reason: "orders database migration window",
    approvedBy: "security@example.com",
    ticket: "SEC-1999",
    expires: "2026-10-31",
  },
  {
    id: "EXC-UNUSED",
    resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::never-*"],
    reason: "bucket that was never created",
    approvedBy: "security@example.com",
    expires: "2027-11-27",
  },
];

// ---------------------------------------------------------------------------
// Expectations shared by both runs
// ---------------------------------------------------------------------------

function byPolicy(ds: Diagnostic[], policy: string): Diagnostic[] {
  return ds.filter((d) => d.policyName === policy);
}

function expectStackSummaries(ds: Diagnostic[]): void {
  // Resource policies do not run in AnalyzeStack; upcoming-restriction has nothing ahead.
  expect([...new Set(ds.map((d) => d.policyName))].sort()).toEqual(["exemption-review", "migration-inventory", "restricted-data-flow"]);

  // restricted-data-flow: only the Lambda may send data into a restricted destination (the OSS_BUCKET
  // reference to the customer-data bucket). Its OSS endpoint is decided when the Lambda is analysed
  // (restricted-provider), so the stack policy does not report it a second time.
  const flows = byPolicy(ds, "restricted-data-flow");
  for (const f of flows) {
    expect(f.enforcementLevel).toBe("mandatory");
    expect(f.urn).toBe(urnOf("oss-sync"));
    expect(f.message).toContain("aws:lambda/function:Function 'oss-sync'");
    expect(f.message).toContain("alicloud");
    expect(f.message).toContain("determination us-dsp-2025");
    expect(f.message).toContain("28 CFR Part 202");
    expect(f.message).not.toContain("hunter2");
    expect(f.message).not.toContain("\n");
  }
  expect(flows.filter((f) => f.message.includes("oss-cn-hangzhou.aliyuncs.com"))).toEqual([]);

  // migration-inventory: one advisory summary with counts.
  const inv = byPolicy(ds, "migration-inventory");
  expect(inv).toHaveLength(1);
  const m = inv[0]!;
  expect(m.enforcementLevel).toBe("advisory");
  // @pulumi/policy puts the policy description on the first line of a string violation.
  expect(m.message).toMatch(
    /^Migration inventory under determination us-dsp-2025 \(28 CFR Part 202[^)]*\)\)?: 6 resource\(s\) to move, 2 kept in place by exemptions\.$/m,
  );
  // Alibaba provider, orders-db, customer-data; the Hong Kong AWS provider and its bucket; the
  // Lambda whose environment names an Alibaba endpoint (decided at the resource, placed where it runs).
  expect(m.message).toContain("By provider: alicloud: 3; aws: 3.");
  expect(m.message).toContain("By region: alicloud cn-hangzhou: 3; aws ap-east-1: 2; aws us-east-1: 1.");
  expect(m.message).toContain("By jurisdiction: CN: 3; HK: 2; US: 1.");
  for (const t of [
    "pulumi:providers:alicloud: 1",
    "alicloud:rds/instance:Instance: 1",
    "alicloud:oss/bucket:Bucket: 1",
    "pulumi:providers:aws: 1",
    "aws:s3/bucketV2:BucketV2: 1",
  ]) {
    expect(m.message).toContain(t);
  }
  // Exempted and clean resources are not counted as moves.
  expect(m.message).not.toContain("alicloud:ecs/instance:Instance: 1");
  expect(m.message).toContain("aws:lambda/function:Function: 1");
  expect(m.message).toMatch(/Suggested targets[^\n]*alicloud:oss\/bucket:Bucket → /);
  expect(m.message).toMatch(/Kept by exemptions: [^\n]*EXC-ACTIVE \(until 2027-06-30\)/);
  expect(m.message).toMatch(/Kept by exemptions: [^\n]*EXC-SOON \(until 2026-12-15\)/);
  expect(m.message).not.toContain("hunter2");

  // exemption-review: one advisory per exemption.
  const review = byPolicy(ds, "exemption-review");
  expect(review.every((d) => d.enforcementLevel === "advisory")).toBe(true);
  const about = (id: string): Diagnostic => {
    const hits = review.filter((d) => d.message.includes(`Exemption ${id} `));
    expect([id, hits.length]).toEqual([id, 1]);
    return hits[0]!;
  };
  expect(review).toHaveLength(4);

  const expired = about("EXC-EXPIRED").message;
  expect(expired).toContain("expired on 2026-10-31");
  expect(expired).toContain("not honoured");
  expect(expired).toContain("1 resource(s)");
  expect(expired).toContain(urnOf("orders-db"));

  const unused = about("EXC-UNUSED").message;
  expect(unused).toContain("matched no resource");
  expect(unused).toContain("urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::never-*");

  const active = about("EXC-ACTIVE").message;
  expect(active).toContain(`covers 1 resource(s): ${urnOf("archive-2024")}`);
  expect(active).toContain("2027-06-30");
  expect(active).not.toMatch(/expires in \d+ day/);
  expect(active).toContain("SEC-2001");

  const soon = about("EXC-SOON").message;
  expect(soon).toContain(`covers 1 resource(s): ${urnOf("batch-1")}`);
  // 2026-11-28 → 2026-12-15.
  expect(soon).toContain("expires in 17 day(s), on 2026-12-15");

  for (const d of ds) expect(d.policyPackName).toBe("us-person-data-guard");
}

// ---------------------------------------------------------------------------

describe("one preview of a mixed stack: Analyze each resource, then AnalyzeStack", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, async (p, i) => {
    pack = p;
    info = i;
    await pack.configure(sharedConfig(info, { exemptions }));
    await pack.configureStack({ "pulumi:project": "shop", "pulumi:runtime": "nodejs" }, { dryRun: true });
  });

  test("Analyze reports what the resource policies find, honouring active exemptions", async () => {
    const got: Record<string, [string, string][]> = {};
    for (const e of entries) {
      const ds = await pack.analyze(e.input);
      got[e.input.name] = ds.map((d): [string, string] => [d.policyName, d.enforcementLevel]).sort();
      for (const d of ds) expect(d.message).not.toContain("hunter2");
      if (e.input.name === "orders-db") for (const d of ds) expect(d.message).toContain("EXC-EXPIRED");
    }
    const both: [string, string][] = [
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ];
    expect(got).toEqual({
      "shop-prod": [],
      default_3_86_1: both,
      default_6_66_0: [],
      hk: [["restricted-region", "mandatory"]],
      "archive-2024": [],
      "batch-1": [],
      "orders-db": both,
      "customer-data": both,
      "app-assets": [],
      "hk-replica": [["restricted-region", "mandatory"]],
      "sync-role": [],
      // Its own inputs name a restricted vendor's endpoint: decided when it is analysed.
      "oss-sync": [["restricted-provider", "mandatory"]],
    });
  });

  test("AnalyzeStack: data flow, inventory and exemption review summarise the same run", async () => {
    expectStackSummaries(await pack.analyzeStack(stackResources()));
  });

  test("AnalyzeStack again gives the same summary (idempotent within a run)", async () => {
    const first = await pack.analyzeStack(stackResources());
    const second = await pack.analyzeStack(stackResources());
    expect(second).toEqual(first);
  });
});

describe("stack policies alone (no Analyze in this process, e.g. `pulumi policy analyze` of a state)", () => {
  let pack: PackClient;

  usePack({ now: NOW }, async (p, i) => {
    pack = p;
    await pack.configure(sharedConfig(i, { exemptions }));
  });

  test("decide from the stack's own resources and the stack policies' own keys, with the same result", async () => {
    expectStackSummaries(await pack.analyzeStack(stackResources()));
  });
});
