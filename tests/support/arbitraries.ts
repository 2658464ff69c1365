/**
 * fast-check generators for hostile resources: types from every catalog
 * provider, property trees with unknowns, secrets, prototype-ish keys, deep
 * nesting, odd Unicode and non-string regions. Trees are built as JSON text
 * and parsed, so `__proto__` becomes an own property exactly as it does when
 * the engine's properties are deserialised.
 */
import fc from "fast-check";
import { unknownString } from "../../policypack/core/unknown";
import type { ProviderView, ResourceView } from "../../policypack/core/types";

/** A marker that must never appear in any message or report. */
export const secretMarker = "S3CR3TVALUE";

export const restrictedTypes = [
  "alicloud:oss/bucket:Bucket",
  "alicloud:ecs/instance:Instance",
  "alicloud:rds/account:Account",
  "tencentcloud:Cos/bucket:Bucket",
  "huaweicloud:Obs/bucket:Bucket",
  "volcengine:ecs/instance:Instance",
  "pulumi:providers:alicloud",
  "pulumi:providers:tencentcloud",
];
export const otherTypes = [
  "aws:s3/bucketV2:BucketV2",
  "aws:ec2/instance:Instance",
  "azure-native:storage:StorageAccount",
  "azure:storage/account:Account",
  "gcp:storage/bucket:Bucket",
  "oci:objectstorage/bucket:Bucket",
  "pulumi:providers:aws",
  "my:component:Thing",
];

const keys = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "region",
  "location",
  "zone",
  "zoneId",
  "availabilityZone",
  "availabilityZones",
  "environment",
  "endpoints",
  "tags",
  "labels",
  "definedTags",
  "freeformTags",
  "defaultTags",
  "password",
  "secret",
  "data",
  "x",
  "ключ",
  "\u{1F600}",
);
const regionish = fc.constantFrom(
  "cn-hangzhou",
  "us-west-1",
  "ap-east-1",
  "China East 2",
  "ASIA-EAST2",
  "eastus",
  "ap-southeast-1",
  "cn-hangzhou-h",
  "",
  " ",
  "x".repeat(300),
  "\uD800",
  "us-east-1\u0000",
);
const secret = fc.string({ maxLength: 8 }).map((s) => `${secretMarker}${s.replace(/[.]/g, "")}`);
const leaf = fc.oneof(
  { weight: 3, arbitrary: secret },
  { weight: 2, arbitrary: regionish },
  { weight: 2, arbitrary: fc.constant(unknownString) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

type Tree = string | number | boolean | null | Tree[] | { [k: string]: Tree };

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf as fc.Arbitrary<Tree>, tie("node")),
  node: fc.oneof(
    fc.array(tie("tree"), { maxLength: 4 }),
    fc.array(fc.tuple(keys, tie("tree")), { maxLength: 5 }).map((pairs) => {
      // Build JSON text so "__proto__" becomes an own data property when parsed.
      const body = pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",");
      return JSON.parse(`{${body}}`) as Tree;
    }),
  ),
}));

const props = fc.array(fc.tuple(keys, tree), { maxLength: 8 }).map((pairs) => {
  const body = pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",");
  return JSON.parse(`{${body}}`) as Record<string, unknown>;
});

/** A deeply nested value (beyond any walker's depth budget). */
export function deep(n: number): Record<string, unknown> {
  let v: Record<string, unknown> = { region: "cn-hangzhou" };
  for (let i = 0; i < n; i++) v = { endpoints: v };
  return v;
}

export const hostileResource: fc.Arbitrary<ResourceView> = fc
  .record({
    type: fc.constantFrom(...restrictedTypes, ...otherTypes),
    name: fc.string({ maxLength: 12 }),
    inputs: props,
    provider: fc.option(
      fc
        .record({ pkg: fc.constantFrom("alicloud", "aws", "azure-native", "gcp", "huaweicloud"), inputs: props })
        .map(({ pkg, inputs }): ProviderView => ({
          type: `pulumi:providers:${pkg}`,
          urn: `urn:pulumi:prod::p::pulumi:providers:${pkg}::default`,
          name: "default",
          inputs,
        })),
      { nil: undefined },
    ),
  })
  .map((r) => ({ type: r.type, name: r.name, urn: `urn:pulumi:prod::p::${r.type}::${r.name}`, inputs: r.inputs, provider: r.provider }));

export function fcParams(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env["FC_SEED"] ? Number(process.env["FC_SEED"]) : undefined;
  return { seed, numRuns: Number(process.env["FC_RUNS"] ?? defaultRuns), verbose: 1 };
}
