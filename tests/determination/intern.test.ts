import fc from "fast-check";
import { compilePolicyConfig, compileSettings, decidesAlike, SettingsCache } from "../../policypack/determination/compile";
import { canonicalJson, SettingsInterner } from "../../policypack/determination/intern";
import * as validation from "../../policypack/determination/validate";

const exemption = { id: "EXC-1", resources: ["urn:pulumi:prod::shop::alicloud:*::*"], reason: "r", expires: "2027-01-31" };

describe("canonicalJson", () => {
  it("gives equal text for equal JSON values whatever the key order, and differs when a value differs", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const reordered = JSON.parse(JSON.stringify(v, (_k, x: unknown) => reverseKeys(x))) as unknown;
        expect(canonicalJson(reordered)).toBe(canonicalJson(v));
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
    expect(canonicalJson({ b: [1, 2], a: "x" })).toBe('{"a":"x","b":[1,2]}');
  });

  it("reads own keys only, so '__proto__' keys are data", () => {
    const v = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown;
    expect(canonicalJson(v)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

function reverseKeys(x: unknown): unknown {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return x;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x).reverse())
    Object.defineProperty(out, k, { value: (x as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true });
  return out;
}

describe("settings compiled through one run's interner", () => {
  it("equal configurations (any key order) are one Settings object", () => {
    const run = new SettingsInterner();
    const a = compilePolicyConfig("restricted-region", { unknownRegion: "violation", exemptions: [exemption] }, run);
    const b = compilePolicyConfig("restricted-region", { exemptions: [{ ...exemption }], unknownRegion: "violation" }, run);
    expect(b).toBe(a);
  });

  it("settings that differ only in what decide does not read share their decision part, and decide alike", () => {
    const run = new SettingsInterner();
    const review = compilePolicyConfig("exemption-review", { exemptions: [exemption], expiryWarningDays: 7 }, run);
    const provider = compilePolicyConfig("restricted-provider", { exemptions: [exemption] }, run);
    expect(review).not.toBe(provider);
    expect(review.expiryWarningDays).toBe(7);
    expect(review.decision).toBe(provider.decision);
    expect(decidesAlike(review, provider)).toBe(true);
    expect(review.exemptions).toBe(provider.exemptions);
  });

  it("an absent key shares with its default", () => {
    const run = new SettingsInterner();
    const a = compileSettings({}, "settings", run);
    const b = compileSettings(
      { unknownRegion: "defer", determination: "us-dsp-2025", exemptions: [], allowedRegions: {} },
      "settings",
      run,
    );
    expect(b.decision).toBe(a.decision);
  });

  it("settings that decide differently have different decision parts", () => {
    const run = new SettingsInterner();
    const base = compileSettings({}, "settings", run);
    for (const other of [
      { unknownRegion: "violation" },
      { exemptions: [exemption] },
      { allowedRegions: { aws: ["us-*"] } },
      { scope: { mode: "tagged" } },
      { determination: "alibaba-cloud-review" },
    ]) {
      const s = compileSettings(other, "settings", run);
      expect(s.decision).not.toBe(base.decision);
      expect(decidesAlike(s, base)).toBe(false);
    }
  });

  it("the decision part holds exactly the fields decide reads, the same values as the settings", () => {
    for (const run of [new SettingsInterner(), undefined]) {
      const s = compileSettings(
        { unknownRegion: "violation", exemptions: [exemption], allowedRegions: { aws: ["us-*"] } },
        "settings",
        run,
      );
      expect(Object.keys(s.decision).sort()).toEqual(["allowedRegions", "determination", "exemptions", "scope", "unknownRegion"]);
      for (const k of Object.keys(s.decision) as (keyof typeof s.decision)[]) expect(s.decision[k]).toBe(s[k]);
    }
  });

  it("two runs share nothing", () => {
    const a = compileSettings({ exemptions: [exemption] }, "settings", new SettingsInterner());
    const b = compileSettings({ exemptions: [exemption] }, "settings", new SettingsInterner());
    expect(b.decision).not.toBe(a.decision);
    expect(b.exemptions).not.toBe(a.exemptions);
  });

  it("a failed compilation is not kept: each policy, each time, is told", () => {
    const run = new SettingsInterner();
    const dup = { exemptions: [exemption, { ...exemption }] };
    expect(() => compilePolicyConfig("restricted-provider", dup, run)).toThrow(/policy 'restricted-provider'.*duplicate exemption id/);
    expect(() => compilePolicyConfig("restricted-region", dup, run)).toThrow(/policy 'restricted-region'.*duplicate exemption id/);
    expect(() => compilePolicyConfig("restricted-provider", dup, run)).toThrow(/duplicate exemption id/);
  });

  it("stays bounded", () => {
    const run = new SettingsInterner();
    for (let i = 0; i < SettingsInterner.maxEntries + 10; i++) run.intern("k", String(i), () => i);
    expect(run.size).toBeLessThanOrEqual(SettingsInterner.maxEntries);
  });
});

describe("SettingsCache", () => {
  afterEach(() => jest.restoreAllMocks());

  it("validates a configuration once per miss, and not at all on a hit", () => {
    const spy = jest.spyOn(validation, "validate");
    const cache = new SettingsCache("restricted-region", new SettingsInterner());
    const exemptions = [exemption];
    cache.get({ exemptions });
    expect(spy).toHaveBeenCalledTimes(1);
    cache.get({ exemptions });
    expect(spy).toHaveBeenCalledTimes(1);
    cache.get({ exemptions, unknownRegion: "violation" });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("policies of one run with equal configurations get one Settings", () => {
    const run = new SettingsInterner();
    const a = new SettingsCache("restricted-provider", run).get({ exemptions: [exemption] });
    const b = new SettingsCache("upcoming-restriction", run).get({ exemptions: [{ ...exemption }] });
    expect(b).toBe(a);
  });
});
