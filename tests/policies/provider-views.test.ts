import fc from "fast-check";
import { ProviderViews, sameValue } from "../../policypack/policies/provider-views";

describe("sameValue", () => {
  it("compares primitives by identity, arrays item by item, objects key by key in order", () => {
    expect(
      sameValue(
        { region: "us-east-1", tags: { a: "1" }, list: [1, "x", null] },
        { region: "us-east-1", tags: { a: "1" }, list: [1, "x", null] },
      ),
    ).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false); // key order counts: the endpoint search reports the first host
    expect(sameValue({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(sameValue({ a: {} }, { a: [] })).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(false); // a miss, never a wrong hit
    class Asset {
      constructor(readonly path: string) {}
    }
    expect(sameValue({ a: new Asset("x") }, { a: { path: "x" } })).toBe(false);
    // an asset's path is a promise: two assets are never taken for the same, whatever they hold
    const asset = (path: string) => Object.assign(Object.create({ kind: "asset" }) as object, { path: Promise.resolve(path) });
    expect(sameValue({ a: asset("a") }, { a: asset("b") })).toBe(false);
    const one = asset("a");
    expect(sameValue({ a: one }, { a: one })).toBe(true);
  });

  it("gives up (a miss) on trees deeper than it follows", () => {
    let a: unknown = "leaf";
    let b: unknown = "leaf";
    for (let i = 0; i < 100; i++) {
      a = { k: a };
      b = { k: b };
    }
    expect(sameValue(a, b)).toBe(false);
    expect(sameValue(a, a)).toBe(true);
  });

  it("says two JSON values are the same exactly when they serialise alike (property)", () => {
    const clone = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        expect(sameValue(a, clone(a))).toBe(true);
        expect(sameValue(a, clone(b))).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});

describe("ProviderViews", () => {
  const aws = "urn:pulumi:prod::shop::pulumi:providers:aws::default_6_83_0";

  it("hands out the view built before when the provider's configuration is the same", () => {
    const views = new ProviderViews();
    const first = views.viewOf("pulumi:providers:aws", aws, "default_6_83_0", { region: "us-east-1" }, undefined);
    const again = views.viewOf("pulumi:providers:aws", aws, "default_6_83_0", { region: "us-east-1" }, undefined);
    expect(again).toBe(first);
  });

  it("builds a new view when anything differs: inputs, key order, secrets, type or name", () => {
    const views = new ProviderViews();
    const base = views.viewOf("pulumi:providers:aws", aws, "p", { region: "us-east-1", profile: "x" }, undefined);
    const changed = views.viewOf("pulumi:providers:aws", aws, "p", { region: "cn-north-1", profile: "x" }, undefined);
    expect(changed).not.toBe(base);
    expect(changed.inputs).toEqual({ region: "cn-north-1", profile: "x" });
    const reordered = views.viewOf("pulumi:providers:aws", aws, "p", { profile: "x", region: "cn-north-1" }, undefined);
    expect(reordered).not.toBe(changed);
    const secret = views.viewOf("pulumi:providers:aws", aws, "p", { profile: "x", region: "cn-north-1" }, [
      { key: "endpoints", value: "a" },
    ]);
    expect(secret).not.toBe(reordered);
    expect(
      views.viewOf("pulumi:providers:aws", aws, "p", { profile: "x", region: "cn-north-1" }, [{ key: "endpoints", value: "b" }]),
    ).not.toBe(secret);
    expect(views.viewOf("pulumi:providers:aws", aws, "q", { profile: "x", region: "cn-north-1" }, undefined).name).toBe("q");
  });

  it("returns views whose content is what was asked for, whatever the sequence (property)", () => {
    const config = fc.record({
      region: fc.constantFrom("us-east-1", "cn-north-1"),
      endpoints: fc.option(fc.constantFrom("a.aliyuncs.com", "b"), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("p1", "p2"), config), { maxLength: 30 }), (calls) => {
        const views = new ProviderViews();
        for (const [name, inputs] of calls) {
          const v = views.viewOf("pulumi:providers:aws", `urn:${name}`, name, { ...inputs }, undefined);
          expect(v.inputs).toEqual(inputs);
          expect(v.urn).toBe(`urn:${name}`);
        }
      }),
    );
  });
});
