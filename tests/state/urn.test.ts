import { nameOfUrn, parseUrn, splitProviderReference } from "../../policypack/state/urn";

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
