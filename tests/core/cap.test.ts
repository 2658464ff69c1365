import fc from "fast-check";
import { capFindings } from "../../policypack/core/cap";
import { findFlows } from "../../policypack/core/flows";
import { messageFor } from "../../policypack/core/message";
import type { Finding, ResourceView } from "../../policypack/core/types";
import { compileSettings } from "../../policypack/determination/compile";

const base: Finding = {
  policy: "restricted-data-flow",
  rule: "flow",
  blocking: true,
  urn: "urn:pulumi:prod::shop::aws:iam/policy:Policy::reader",
  name: "reader",
  type: "aws:iam/policy:Policy",
  package: "aws",
  determinationId: "us-dsp-2025",
  citation: "28 CFR Part 202",
  reason: "data flows into a restricted jurisdiction",
  destination: { package: "aws", jurisdictions: ["CN"], via: "IAM policy resource" },
};

/** Findings about `urns` that differ in what grouping reads: policy, resource, blocking, destination jurisdiction. */
const findingOf = (urns: readonly string[]): fc.Arbitrary<Finding> =>
  fc
    .record({
      policy: fc.constantFrom("restricted-provider", "restricted-region", "restricted-data-flow"),
      urn: fc.constantFrom(...urns),
      blocking: fc.boolean(),
      j: fc.constantFrom("CN", "HK", "RU"),
    })
    .map(({ policy, urn, blocking, j }): Finding => ({
      ...base,
      policy,
      urn,
      blocking,
      destination: { ...base.destination!, jurisdictions: [j] },
    }));

describe("capFindings: one finding per (policy, resource, kind of destination) with a count", () => {
  it("collapses 640 alike findings into one that says (and 639 more)", () => {
    const many = Array.from({ length: 640 }, (_, i) => ({
      ...base,
      destination: { ...base.destination!, urn: `arn:aws-cn:s3:::b-${i}`, via: `input:statement[${i}]` },
    }));
    const capped = capFindings(many);
    expect(capped).toHaveLength(1);
    expect(capped[0]!.count).toBe(640);
    expect(messageFor(capped[0]!)).toContain("(and 639 more)");
    expect(messageFor(many[0]!)).not.toContain("more)");
  });

  it("keeps apart what the engine would see differently: policy, resource, rule, destination kind, blocking, exemption", () => {
    const variants: Finding[] = [
      base,
      { ...base, policy: "restricted-region", rule: "jurisdiction", destination: undefined },
      { ...base, urn: `${base.urn}-2` },
      { ...base, destination: { ...base.destination!, jurisdictions: ["HK"] } },
      { ...base, destination: { ...base.destination!, package: "alicloud" } },
      { ...base, blocking: false },
      { ...base, exemption: { id: "E", status: "expired", expires: "2026-01-01" } },
      { ...base, exemption: { id: "E", status: "honoured", expires: "2027-01-01" } },
    ];
    const capped = capFindings([...variants, ...variants]);
    expect(capped.map((f) => f.count)).toEqual(variants.map(() => 2));
    expect(capped.map((f) => ({ ...f, count: undefined }))).toEqual(variants.map((f) => ({ ...f, count: undefined })));
  });

  it("never loses a finding: counts add up, groups are distinct, order is by first appearance (property)", () => {
    fc.assert(
      fc.property(fc.array(findingOf(["urn:a", "urn:b"]), { maxLength: 40 }), (fs) => {
        const capped = capFindings(fs);
        expect(capped.reduce((n, f) => n + (f.count ?? 1), 0)).toBe(fs.length);
        const keys = capped.map((f) => JSON.stringify([f.policy, f.urn, f.blocking, f.destination?.jurisdictions]));
        expect(new Set(keys).size).toBe(keys.length);
        const firstSeen = [...new Set(fs.map((f) => JSON.stringify([f.policy, f.urn, f.blocking, f.destination?.jurisdictions])))];
        expect(keys).toEqual(firstSeen);
        expect(capFindings(capped)).toEqual(capped);
      }),
    );
  });

  it("equals grouping every finding by its whole kind, and returns a list with no repeated (policy, resource) as it is (property)", () => {
    const kind = (f: Finding): string =>
      JSON.stringify([
        f.policy,
        f.urn,
        f.rule,
        f.blocking,
        f.exemption?.status,
        f.exemption?.id,
        f.destination ? (f.destination.package ?? "") : f.package,
        [...(f.destination?.jurisdictions ?? f.jurisdictions ?? [])].sort(),
      ]);
    const reference = (fs: readonly Finding[]): Finding[] => {
      const groups = new Map<string, { first: Finding; count: number }>();
      for (const f of fs) {
        const g = groups.get(kind(f));
        if (g) g.count += f.count ?? 1;
        else groups.set(kind(f), { first: f, count: f.count ?? 1 });
      }
      return [...groups.values()].map(({ first, count }) => (count === (first.count ?? 1) ? first : { ...first, count }));
    };
    const varied = fc
      .tuple(
        findingOf(["urn:a", "urn:b", "urn:c", "urn:d", "urn:e", "urn:f", "urn:g"]),
        fc.constantFrom("provider", "jurisdiction"),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      )
      .map(([f, rule, count]): Finding => ({ ...f, rule, count }));
    fc.assert(
      fc.property(fc.array(varied, { maxLength: 12 }), (fs) => {
        const capped = capFindings(fs);
        expect(capped).toEqual(reference(fs));
        const pairs = fs.map((f) => `${f.policy} ${f.urn}`);
        if (new Set(pairs).size === pairs.length) expect(capped).toBe(fs);
      }),
    );
  });

  it("caps the flows of one resource naming 640 restricted buckets", () => {
    const aws = {
      type: "pulumi:providers:aws",
      urn: "urn:pulumi:prod::shop::pulumi:providers:aws::default",
      name: "default",
      inputs: { region: "us-east-1" },
    };
    const src: ResourceView = {
      type: "aws:s3/bucket:Bucket",
      name: "orders",
      urn: "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::orders",
      inputs: { bucket: "orders-1", arn: "arn:aws:s3:::orders-1" },
      provider: aws,
    };
    const rules = Array.from({ length: 640 }, (_, i) => ({
      id: `r${i}`,
      status: "Enabled",
      destination: { bucket: `arn:aws-cn:s3:::dest-${i}` },
    }));
    const repl: ResourceView = {
      type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      name: "fan-out",
      urn: "urn:pulumi:prod::shop::aws:s3/bucketReplicationConfig:BucketReplicationConfig::fan-out",
      inputs: { bucket: "orders-1", role: "arn:aws:iam::123456789012:role/r", rules },
      provider: aws,
    };
    const raw = findFlows([src, repl], compileSettings({}), () => new Date("2026-11-28T00:00:00Z"));
    const capped = capFindings(raw);
    const perResource = new Map<string, number>();
    for (const f of capped) perResource.set(`${f.policy} ${f.urn}`, (perResource.get(`${f.policy} ${f.urn}`) ?? 0) + 1);
    expect(Math.max(...perResource.values())).toBe(1);
    expect(capped.reduce((n, f) => n + (f.count ?? 1), 0)).toBe(raw.length);
    expect(raw.length).toBeGreaterThan(1);
    expect(messageFor(capped[0]!)).toContain(`(and ${raw.length - 1} more)`);
  });
});
