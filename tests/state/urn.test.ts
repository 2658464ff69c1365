import fc from "fast-check";
import { nameOfUrn, parseUrn, splitProviderReference, stackPrefixOf, urnNameStart } from "../../policypack/state/urn";

describe("URNs", () => {
  it("parses stack, project, type and name", () => {
    expect(parseUrn("urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs")).toEqual({
      stack: "prod",
      project: "shop",
      qualifiedType: "alicloud:oss/bucket:Bucket",
      type: "alicloud:oss/bucket:Bucket",
      name: "logs",
    });
  });

  it("keeps '::' inside names and takes the last element of a parent$child type", () => {
    const p = parseUrn("urn:pulumi:dev::app::my:index:Component$aws:s3/bucketV2:BucketV2::a::b");
    expect(p?.type).toBe("aws:s3/bucketV2:BucketV2");
    expect(p?.qualifiedType).toBe("my:index:Component$aws:s3/bucketV2:BucketV2");
    expect(p?.name).toBe("a::b");
    expect(nameOfUrn("urn:pulumi:dev::app::t::n::x")).toBe("n::x");
  });

  it("rejects non-URNs", () => {
    for (const s of ["", "urn:pulumi:", "urn:pulumi:a::b", "urn:pulumi:a::b::c", "urn:other:a::b::c::d"])
      expect(parseUrn(s)).toBeUndefined();
  });

  it("splits provider references at the last '::'", () => {
    expect(splitProviderReference("urn:pulumi:prod::shop::pulumi:providers:aws::default_6_66_0::4c1a7e3b-9f2d")).toEqual({
      urn: "urn:pulumi:prod::shop::pulumi:providers:aws::default_6_66_0",
      id: "4c1a7e3b-9f2d",
    });
    expect(splitProviderReference("not a reference")).toBeUndefined();
    expect(splitProviderReference("urn:pulumi:prod::shop::pulumi:providers:aws")).toBeUndefined();
  });
});

describe("urnNameStart and stackPrefixOf", () => {
  const part = fc.string({ maxLength: 12 }).filter((s) => !s.includes("::"));
  // Stack and project names hold no ':' (a trailing one would make ':::' ambiguous).
  const name = fc.string({ maxLength: 12 }).filter((s) => !s.includes(":"));

  it("urnNameStart is where parseUrn's name starts, -1 exactly when parseUrn refuses", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(part, part, part, fc.string()).map((p) => `urn:pulumi:${p.join("::")}`),
        ),
        (urn) => {
          const at = urnNameStart(urn);
          const p = parseUrn(urn);
          if (!p) expect(at).toBe(-1);
          else expect(urn.slice(at)).toBe(p.name);
        },
      ),
    );
  });

  it("stackPrefixOf is what every URN of the stack and project starts with", () => {
    fc.assert(
      fc.property(name, name, part, fc.string(), (stack, project, type, rest) => {
        const urn = `urn:pulumi:${stack}::${project}::${type}::${rest}`;
        const p = parseUrn(urn)!;
        expect(urn.startsWith(stackPrefixOf(p))).toBe(true);
        expect(stackPrefixOf(p)).toBe(`urn:pulumi:${stack}::${project}::`);
      }),
    );
  });
});
