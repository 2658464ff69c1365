/**
 * Issue guarantees through the real @pulumi/policy server, as the engine
 * drives it: hostile resources (secrets, unknowns, prototype keys, deep and
 * odd values) never crash the pack, never leak a secret into a message, and a
 * restricted provider is always reported; every malformed configuration of
 * the catalogue fails the run with one line naming the policy and key.
 * A smaller run than the in-process property tests (each case is an RPC).
 */
import fc from "fast-check";
import { badConfigs } from "../support/bad-configs";
import { fcParams } from "../support/arbitraries";
import {
  defaultProvider,
  ensureBuilt,
  resource,
  RpcError,
  secret,
  startPack,
  unknownString,
  type PackClient,
  type ResourceInput,
} from "./harness";

const marker = "S3CR3TVALUE";
const restrictedTypes = [
  "alicloud:oss/bucket:Bucket",
  "alicloud:rds/account:Account",
  "tencentcloud:Cos/bucket:Bucket",
  "huaweicloud:Obs/bucket:Bucket",
  "pulumi:providers:alicloud",
];
const otherTypes = ["aws:s3/bucketV2:BucketV2", "azure-native:storage:StorageAccount", "gcp:storage/bucket:Bucket", "my:component:Thing"];
const keys = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "region",
  "location",
  "zoneId",
  "tags",
  "endpoints",
  "password",
  "data",
  "ключ",
);
const leaf = fc.oneof(
  fc.string({ maxLength: 6 }).map((s) => secret(`${marker}${s}`)),
  fc.string({ maxLength: 6 }).map((s) => `${marker}${s.replace(/[.]/g, "")}`),
  fc.constantFrom("cn-hangzhou", "ap-east-1", "us-west-1", unknownString, "China East 2", "x".repeat(5000)),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: "small" }, leaf, tie("node")),
  node: fc.oneof(
    fc.array(tie("tree"), { maxLength: 3 }),
    fc
      .array(fc.tuple(keys, tie("tree")), { maxLength: 4 })
      .map((pairs): unknown => JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`)),
  ),
}));
const props = fc
  .array(fc.tuple(keys, tree), { maxLength: 6 })
  .map(
    (pairs) => JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`) as Record<string, unknown>,
  );
const hostile: fc.Arbitrary<ResourceInput> = fc
  .record({
    type: fc.constantFrom(...restrictedTypes, ...otherTypes),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    props,
    provider: fc.option(props, { nil: undefined }),
  })
  .map(({ type, name, props: p, provider }) => {
    const pkg = type.startsWith("pulumi:providers:") ? type.slice(17) : type.split(":")[0]!;
    return resource(type, name, p, provider ? defaultProvider(pkg, provider) : undefined);
  });

describe("guarantees over the analyzer protocol", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack({ now: "2026-11-28T12:00:00Z" });
    await pack.configure({});
  }, 180_000);
  afterAll(async () => pack?.close());

  it("never crashes, never leaks secrets, always reports restricted providers", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (r) => {
        const diags = await pack.analyze(r);
        for (const d of diags) expect(d.message).not.toContain(marker);
        if (restrictedTypes.includes(r.type)) expect(diags.some((d) => d.policyName === "restricted-provider")).toBe(true);
        const stack = await pack.analyzeStack([r]);
        for (const d of stack) expect(d.message).not.toContain(marker);
      }),
      fcParams(100),
    );
    expect((await pack.getPluginInfo()).version).toBeTruthy();
  }, 120_000);
});

describe("malformed configurations over the analyzer protocol", () => {
  let pack: PackClient;
  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  const probe = resource("alicloud:oss/bucket:Bucket", "probe", { bucket: "probe" }, defaultProvider("alicloud", { region: "us-west-1" }));
  it.each(badConfigs)("%s: the run fails with one line naming %s and the key", async (_label, policy, config, key) => {
    await pack.configure(
      { [policy]: { enforcementLevel: "mandatory", ...(JSON.parse(JSON.stringify(config)) as Record<string, unknown>) } },
      { reconcile: false },
    );
    let err: unknown;
    try {
      await pack.analyze(probe);
      await pack.analyzeStack([probe]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RpcError);
    const text = (err as RpcError).message;
    const line = text.split("\n").find((l) => l.includes("invalid configuration"));
    expect(line).toBeDefined();
    expect(line).toContain(`policy '${policy}'`);
    expect(line).toContain(`key '${key}'`);
    expect(text).not.toMatch(/\n\s+at /);
  });
});
