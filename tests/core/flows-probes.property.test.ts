/**
 * The data-flow analysis skips the reference walk of a resource whose probes
 * (noted as it is added) match no destination of the stack. Skipping must
 * never change a finding: over generated stacks whose values name each other
 * by id, ARN, URN (in any letter case), hold endpoints, restricted ARNs, Azure
 * ids, GCP network links, non-ASCII text and unknowns, the findings equal
 * those of the exhaustive analysis, which walks every resource.
 * Replay a failure with FC_SEED=<seed printed>; `npm run test:fuzz` runs more.
 */
import fc from "fast-check";
import { findFlows, flowFinder } from "../../policypack/core/flows";
import type { Finding, ProviderView, ResourceView } from "../../policypack/core/types";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import { fcParams } from "../support/arbitraries";
import { clock } from "../support/views";

const providers: readonly ProviderView[] = [
  { pkg: "aws", name: "use1", region: "us-east-1" },
  { pkg: "aws", name: "hk", region: "ap-east-1" },
  { pkg: "aws", name: "cn", region: "cn-north-1" },
  { pkg: "alicloud", name: "hz", region: "cn-hangzhou" },
  { pkg: "azure-native", name: "east", location: "eastus" },
  { pkg: "azure-native", name: "china", location: "chinaeast2" },
  { pkg: "gcp", name: "us", region: "us-central1" },
  { pkg: "gcp", name: "hk", region: "asia-east2" },
].map(({ pkg, name, ...inputs }) => ({ type: `pulumi:providers:${pkg}`, urn: `urn:pulumi:prod::p::pulumi:providers:${pkg}::${name}`, name, inputs }));

const typesByPackage: Readonly<Record<string, readonly string[]>> = {
  aws: ["aws:s3/bucketV2:BucketV2", "aws:ec2/instance:Instance", "aws:lambda/function:Function", "aws:rds/instance:Instance", "aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws:kms/replicaKey:ReplicaKey", "aws:iam/role:Role", "aws:dynamodb/table:Table"],
  alicloud: ["alicloud:oss/bucket:Bucket", "alicloud:ecs/instance:Instance"],
  "azure-native": ["azure-native:storage:StorageAccount", "azure-native:resources:ResourceGroup", "azure-native:sql:Server", "azure-native:web:WebApp"],
  gcp: ["gcp:compute/network:Network", "gcp:storage/bucket:Bucket", "gcp:compute/instance:Instance"],
};

const keys = ["bucket", "identifier", "replicateSourceDb", "primaryKeyArn", "targetId", "serverId", "network", "endpoint", "config", "sourceArn", "name", "tags", "environment", "rules"];

type Value =
  | { readonly kind: "ref"; readonly to: number; readonly form: "id" | "arn" | "urn" | "upper-id" | "upper-arn" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly Value[] }
  | { readonly kind: "object"; readonly key: string; readonly value: Value };

const texts = fc.constantFrom(
  "https://acme.oss-cn-hangzhou.aliyuncs.com/x",
  "s3.cn-north-1.amazonaws.com.cn",
  "https://api.example.com/v1",
  "arn:aws:s3:ap-east-1:123456789012:accesspoint/a",
  "arn:aws:sqs:us-east-1:123456789012:queue",
  "arn:aws-cn:s3:::acme-cn",
  "/subscriptions/0000/resourceGroups/rg-1/providers/Microsoft.Sql/servers/server-3",
  "projects/p/global/networks/net-2",
  "İstanbul-Kelvin-K-bucket",
  "\u212Acme-0",
  unknownString,
  "t3.medium",
  "short",
  "us-person",
);

const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("ref" as const), to: fc.nat(30), form: fc.constantFrom("id" as const, "arn" as const, "urn" as const, "upper-id" as const, "upper-arn" as const) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("text" as const), text: texts }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("list" as const), items: fc.array(tie("v"), { maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("object" as const), key: fc.constantFrom(...keys), value: tie("v") }) },
  ),
})).v;

const plan = fc.array(
  fc.record({
    provider: fc.nat(providers.length - 1),
    type: fc.nat(7),
    idCase: fc.boolean(),
    fields: fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }),
    deps: fc.array(fc.nat(30), { maxLength: 2 }),
    propDeps: fc.array(fc.tuple(fc.constantFrom(...keys), fc.nat(30)), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 24 },
);

function idOf(i: number, pkg: string): string {
  return pkg === "azure-native" ? `/subscriptions/0000/resourceGroups/rg-${i}/providers/Microsoft.Sql/servers/server-${i}` : pkg === "gcp" ? `net-${i}` : `acme-${i}`;
}

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function build(p: Plan): ResourceView[] {
  const n = p.length;
  const meta = p.map((r, i) => {
    const provider = providers[r.provider]!;
    const pkg = provider.type.slice("pulumi:providers:".length);
    const types = typesByPackage[pkg]!;
    const type = types[r.type % types.length]!;
    const id = idOf(i, pkg);
    return { provider, pkg, type, id, urn: `urn:pulumi:prod::p::${type}::r${i}`, arn: `arn:aws:s3:::${id}` };
  });
  const render = (v: Value): unknown => {
    switch (v.kind) {
      case "ref": {
        const m = meta[v.to % n]!;
        return v.form === "id" ? m.id : v.form === "arn" ? m.arn : v.form === "urn" ? m.urn : v.form === "upper-id" ? m.id.toUpperCase() : m.arn.toUpperCase();
      }
      case "text":
        return v.text;
      case "list":
        return v.items.map(render);
      case "object":
        return { [v.key]: render(v.value) };
    }
  };
  return p.map((r, i) => {
    const m = meta[i]!;
    const inputs: Record<string, unknown> = { arn: m.arn, bucket: r.idCase ? m.id.toUpperCase() : m.id };
    if (m.type === "gcp:compute/network:Network") inputs["name"] = m.id; // named by ".../networks/<name>"
    for (const [k, v] of r.fields) inputs[k] = render(v);
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, to] of r.propDeps) (propertyDependencies[k] ??= []).push(meta[to % n]!.urn);
    return {
      type: m.type,
      urn: m.urn,
      name: `r${i}`,
      id: m.id,
      inputs,
      provider: m.provider,
      dependencies: r.deps.map((to) => meta[to % n]!.urn),
      propertyDependencies,
    } as ResourceView;
  });
}

const settingsList = [compileSettings({}), compileSettings({ unknownRegion: "violation" }), compileSettings({ determination: "alibaba-cloud-review" })];

function exhaustive(resources: readonly ResourceView[], si: number): Finding[] {
  const f = flowFinder(settingsList[si]!, clock, { exhaustive: true });
  for (const r of resources) f.add(r);
  return f.finish();
}

describe("flow probes (property)", () => {
  it("skipping the reference walk where no probe matches never changes the findings", () => {
    let withFlows = 0;
    fc.assert(
      fc.property(plan, fc.nat(settingsList.length - 1), (p, si) => {
        const resources = build(p);
        const expected = exhaustive(resources, si);
        expect(findFlows(resources, settingsList[si]!, clock)).toEqual(expected);
        if (expected.length > 0) withFlows++;
      }),
      fcParams(300),
    );
    // The generated stacks do make flows: the comparison is not between two empty lists.
    expect(withFlows).toBeGreaterThan(10);
  });
});

describe("flow probes (cases the generator rarely makes)", () => {
  const s = settingsList[0]!;
  const hk = providers[1]!;
  const use1 = providers[0]!;
  const dest = (id: string): ResourceView => ({ type: "aws:s3/bucketV2:BucketV2", urn: "urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::dest", name: "dest", id, inputs: { bucket: id }, provider: hk });
  const from = (value: string): ResourceView => ({ type: "aws:lambda/function:Function", urn: "urn:pulumi:prod::p::aws:lambda/function:Function::fn", name: "fn", inputs: { environment: { variables: { TARGET: value } } }, provider: use1 });

  it("a value naming a GCP network destination inside a longer link is still a reference", () => {
    const net: ResourceView = { type: "gcp:compute/network:Network", urn: "urn:pulumi:prod::p::gcp:compute/network:Network::vpc", name: "vpc", inputs: { name: "shared-vpc" }, provider: providers[7]! };
    const vm: ResourceView = { type: "gcp:compute/instance:Instance", urn: "urn:pulumi:prod::p::gcp:compute/instance:Instance::vm", name: "vm", inputs: { networkInterfaces: [{ network: "projects/p/global/networks/shared-vpc" }] }, provider: providers[6]! };
    const found = findFlows([net, vm], s, clock);
    expect(found).toEqual(exhaustive([net, vm], 0));
    expect(found.map((f) => f.destination?.urn)).toEqual([net.urn]);
  });

  it.each([
    ["U+0130, whose lower case is longer", "i\u0307stanbul-bucket", "\u0130stanbul-bucket"],
    ["U+0130 inside, where no sampled character shows it", "acmei\u0307bucket-ord", "acme\u0130bucket-ord"],
    ["the Kelvin sign, whose lower case is ASCII", "kelvin-bucket", "\u212Aelvin-bucket"],
    ["upper case", "acme-orders", "ACME-ORDERS"],
  ])("a value naming a destination through %s is still a reference", (_what, id, value) => {
    const resources = [dest(id), from(value)];
    const found = findFlows(resources, s, clock);
    expect(found).toEqual(exhaustive(resources, 0));
    expect(found.map((f) => f.destination?.urn)).toEqual(["urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::dest"]);
  });
});
