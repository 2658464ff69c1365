/**
 * Configuration that cannot be gamed, through the BUILT pack over the analyzer
 * protocol: the environment does not move the pack's clock; exemption globs
 * stay within one URN part and must fix the type or name; exemptions may not
 * run further ahead than maxExemptionDays (judged by the run's clock); a
 * custom determination may not take a preset's id.
 */
import type { PolicyPackConfig } from "@pulumi/policy";
import {
  defaultProvider,
  ensureBuilt,
  explicitProvider,
  resource,
  RpcError,
  secret,
  startPack,
  type Diagnostic,
  type PackClient,
  type ResourceInput,
} from "./harness";

const resourcePolicies = ["restricted-provider", "restricted-region", "upcoming-restriction"] as const;
/** The same keys for every resource policy (each policy receives only its own config). */
const everywhere = (keys: Record<string, unknown>): PolicyPackConfig =>
  Object.fromEntries(
    resourcePolicies.map((p) => [p, { enforcementLevel: p === "upcoming-restriction" ? "advisory" : "mandatory", ...keys }]),
  );
const dayOffset = (days: number, from = Date.now()) => new Date(from + days * 86_400_000).toISOString().slice(0, 10);
const reported = (ds: readonly Diagnostic[]) => ds.map((d) => [d.policyName, d.enforcementLevel]);

const hangzhou = defaultProvider("alicloud", { region: "cn-hangzhou" });
const bucket = (name: string, parentTypes?: string[]): ResourceInput =>
  resource("alicloud:oss/bucket:Bucket", name, { bucket: name }, hangzhou, { parentTypes });
const exemption = (resources: string[], expires: string, id = "EXC-T") => ({ id, resources, reason: "test", expires });

async function configError(pack: PackClient, config: PolicyPackConfig, probe: ResourceInput): Promise<string> {
  await pack.configure(config);
  try {
    await pack.analyze(probe);
  } catch (e) {
    expect(e).toBeInstanceOf(RpcError);
    const text = (e as RpcError).message;
    expect(text).not.toMatch(/\n\s+at /);
    return text.split("\n").find((l) => l.includes("invalid configuration")) ?? text;
  }
  throw new Error("the configuration was accepted");
}

describe("the pack's clock is the system clock: the environment does not move it", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack({ env: { US_PERSON_DATA_GUARD_NOW: "2020-01-01T00:00:00Z" } });
  }, 180_000);
  afterAll(async () => pack?.close());

  it("an exemption that expired yesterday is not revived by a past date in the environment", async () => {
    await pack.configure(
      everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs"], dayOffset(-1))] }),
    );
    const ds = await pack.analyze(bucket("logs"));
    expect(reported(ds)).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    expect(ds[0]!.message).toMatch(/EXC-T/);
  });

  it("a determination that takes effect next month stays upcoming (advisory) whatever the environment says", async () => {
    const p = await startPack({ env: { US_PERSON_DATA_GUARD_NOW: "2035-01-01T00:00:00Z" } });
    try {
      await p.configure(everywhere({ determination: { id: "acme-next", extends: "us-dsp-2025", effective: dayOffset(30) } }));
      expect(reported(await p.analyze(bucket("logs")))).toEqual([
        ["upcoming-restriction", "advisory"],
        ["upcoming-restriction", "advisory"],
      ]);
    } finally {
      await p.close();
    }
  }, 120_000);
});

describe("exemptions: patterns within URN parts, expiry within maxExemptionDays", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  it("a pattern for public buckets exempts those buckets only: not another type whose name embeds the text, not a bucket's children", async () => {
    const expires = dayOffset(30);
    await pack.configure(everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket*::public*"], expires)] }));
    expect(await pack.analyze(bucket("public-assets"))).toEqual([]);
    const db = resource("alicloud:rds/instance:Instance", "public-assets-db", { engine: "MySQL" }, hangzhou);
    expect(reported(await pack.analyze(db))).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
    const child = resource("alicloud:oss/bucketObject:BucketObject", "public-index", { key: "index.html" }, hangzhou, {
      parentTypes: ["alicloud:oss/bucket:Bucket"],
    });
    expect(reported(await pack.analyze(child))).toEqual([
      ["restricted-provider", "mandatory"],
      ["restricted-region", "mandatory"],
    ]);
  });

  it.each([["urn:*"], ["*:*"], ["*u*"], ["urn:pulumi:*::*::*::*"], ["urn:pulumi:prod::shop::*"]])(
    "rejects %s naming the policy, the key and why",
    async (pattern) => {
      const line = await configError(
        pack,
        everywhere({
          exemptions: [
            exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], dayOffset(10)),
            exemption([pattern], dayOffset(10), "EXC-W"),
          ],
        }),
        bucket("x"),
      );
      expect(line).toContain("policy 'restricted-provider'");
      expect(line).toContain("key 'exemptions[1].resources[0]'");
      expect(line).toMatch(/type or (the )?name/);
    },
  );

  it("an exemption expiring more than 365 days ahead is rejected naming the key and id; 365 days is accepted", async () => {
    const far = dayOffset(366);
    const line = await configError(
      pack,
      everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], far, "EXC-FOREVER")] }),
      bucket("x"),
    );
    expect(line).toContain("key 'exemptions[0].expires'");
    expect(line).toContain("EXC-FOREVER");
    expect(line).toContain("maxExemptionDays (365)");
    await pack.configure(everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], dayOffset(365))] }));
    expect(await pack.analyze(bucket("x"))).toEqual([]);
  });

  it("maxExemptionDays moves the limit both ways", async () => {
    const line = await configError(
      pack,
      everywhere({
        maxExemptionDays: 30,
        exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], dayOffset(31), "EXC-31")],
      }),
      bucket("x"),
    );
    expect(line).toContain("key 'exemptions[0].expires'");
    expect(line).toContain("maxExemptionDays (30)");
    await pack.configure(
      everywhere({
        maxExemptionDays: 800,
        exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], dayOffset(700))],
      }),
    );
    expect(await pack.analyze(bucket("x"))).toEqual([]);
  });

  it("every policy that takes exemptions declares maxExemptionDays (default 365) in its configSchema", async () => {
    const info = await pack.getAnalyzerInfo();
    for (const p of info.policies) {
      const props = (p.configSchema?.properties ?? {}) as Record<string, { default?: unknown }>;
      if (props["exemptions"]) expect([p.name, props["maxExemptionDays"]?.default]).toEqual([p.name, 365]);
    }
  });

  it("a custom determination may not take a preset's id, with or without extends", async () => {
    for (const determination of [
      { id: "us-dsp-2025", jurisdictions: ["RU"] },
      { id: "alibaba-cloud-review", extends: "us-dsp-2025" },
    ]) {
      const line = await configError(pack, everywhere({ determination }), bucket("x"));
      expect(line).toContain("key 'determination.id'");
      expect(line).toContain("preset");
    }
  });
});

describe("the harness fakes the process clock (the only way to move the pack's time)", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack({ now: "2026-11-28T12:00:00Z" });
  }, 180_000);
  afterAll(async () => pack?.close());

  it("judges the exemption horizon at the faked today", async () => {
    const line = await configError(
      pack,
      everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], "2027-11-30", "EXC-LATE")] }),
      bucket("x"),
    );
    expect(line).toContain("367 days after today (2026-11-28)");
    await pack.configure(everywhere({ exemptions: [exemption(["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::x"], "2027-11-28")] }));
    expect(await pack.analyze(bucket("x"))).toEqual([]);
  });
});

describe("findings are capped per resource and kind of destination", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  it("a resource naming 640 restricted buckets yields one restricted-data-flow finding with a count", async () => {
    await pack.configure({});
    const aws = defaultProvider("aws", { region: "us-east-1" });
    const src = resource("aws:s3/bucket:Bucket", "orders", { id: "orders-1", bucket: "orders-1", arn: "arn:aws:s3:::orders-1" }, aws);
    const rules = Array.from({ length: 640 }, (_, i) => ({
      id: `r${i}`,
      status: "Enabled",
      destination: { bucket: `arn:aws-cn:s3:::dest-${i}` },
    }));
    const repl = resource(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "fan-out",
      { id: "fan-out", bucket: "orders-1", role: "arn:aws:iam::123456789012:role/r", rules },
      aws,
    );
    const ds = (await pack.analyzeStack([src, repl])).filter((d) => d.policyName === "restricted-data-flow");
    expect(ds.length).toBeGreaterThan(0);
    const perUrn = new Map<string, number>();
    for (const d of ds) perUrn.set(d.urn, (perUrn.get(d.urn) ?? 0) + 1);
    expect([...perUrn.values()].every((n) => n === 1)).toBe(true);
    expect(ds.some((d) => /\(and \d{3} more\)/.test(d.message))).toBe(true);
  });
});

describe("a value marked secret is never printed, whatever it looks like", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  const messages = (ds: readonly Diagnostic[]) => ds.map((d) => d.message).join("\n");

  it.each([
    ["alicloud", "alicloud:oss/bucket:Bucket", "cn-hangzhou"],
    ["aws", "aws:s3/bucketV2:BucketV2", "ap-east-1"],
    ["aws", "aws:s3/bucketV2:BucketV2", "cn-north-1"],
    ["aws", "aws:s3/bucketV2:BucketV2", "us-east-1"],
  ])("a secret %s region (%s, %s) is reported as <secret>, treated like a region that cannot be read", async (pkg, type, region) => {
    await pack.configure({});
    for (const provider of [defaultProvider(pkg, { region: secret(region) }), explicitProvider(pkg, "p", { region: secret(region) })]) {
      const r = resource(type, "b", { bucket: "b" }, provider);
      const ds = await pack.analyze(r);
      const text = messages(ds);
      expect(text).not.toContain(region);
      const regional = ds.filter((d) => d.policyName === "restricted-region");
      expect(regional.map((d) => d.enforcementLevel)).toEqual(["advisory"]);
      expect(regional[0]!.message).toContain("region <secret>");
      const stack = await pack.analyzeStack([
        r,
        { ...r, name: "c", urn: r.urn.replace(/::b$/, "::c"), properties: { bucket: "c", region: secret(region) } },
      ]);
      expect(messages(stack)).not.toContain(region);
    }
  });

  it("with unknownRegion: violation a secret region fails closed (blocking), still without its value", async () => {
    await pack.configure(everywhere({ unknownRegion: "violation" }));
    const ds = await pack.analyze(
      resource("aws:s3/bucketV2:BucketV2", "b", { bucket: "b" }, explicitProvider("aws", "p", { region: secret("ap-east-1") })),
    );
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(messages(ds)).not.toContain("ap-east-1");
  });

  it("a secret endpoint URL or webhook never shows its host", async () => {
    await pack.configure({});
    const host = "hooks.oss-cn-hangzhou.aliyuncs.com";
    const rs = [
      resource(
        "aws:s3/bucketV2:BucketV2",
        "c",
        { bucket: "c" },
        explicitProvider("aws", "p", { region: "us-east-1", endpoints: [{ s3: secret(`https://${host}`) }] }),
      ),
      resource(
        "aws:sns/topicSubscription:TopicSubscription",
        "d",
        { endpoint: secret(`https://${host}/x`), protocol: "https" },
        defaultProvider("aws", { region: "us-east-1" }),
      ),
      resource(
        "alicloud:oss/bucket:Bucket",
        "e",
        { bucket: "e", website: { indexDocument: secret(`https://${host}/i`) } },
        defaultProvider("alicloud", { region: "us-west-1" }),
      ),
    ];
    for (const r of rs) expect(messages(await pack.analyze(r))).not.toContain("aliyuncs");
    const stack = await pack.analyzeStack(rs);
    expect(messages(stack)).not.toContain("aliyuncs");
    expect(messages(stack)).not.toContain("cn-hangzhou");
  });
});
