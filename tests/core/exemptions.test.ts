import fc from "fast-check";
import { daysBetween, defaultMaxExemptionDays, exemptionBeyondHorizon, matchExemption } from "../../policypack/core/exemptions";
import { compileUrnGlob } from "../../policypack/core/glob";
import type { Exemption } from "../../policypack/core/types";
import { checkExemptionHorizon, compileSettings, ConfigError } from "../../policypack/determination/compile";

const ex = (id: string, expires: string, patterns = ["urn:pulumi:prod::shop::alicloud:*::*"]): Exemption => ({
  id,
  expires,
  reason: "r",
  patterns: patterns.map(compileUrnGlob),
});
const day = (n: number) => new Date(Date.UTC(2026, 10, 28) + n * 86_400_000).toISOString().slice(0, 10);

describe("exemption horizon (maxExemptionDays)", () => {
  it("defaults to 365 days", () => {
    expect(defaultMaxExemptionDays).toBe(365);
    expect(compileSettings({}).maxExemptionDays).toBe(365);
    expect(compileSettings({ maxExemptionDays: 90 }).maxExemptionDays).toBe(90);
  });

  it("names the first exemption beyond the horizon, with its position and distance", () => {
    const list = [ex("A", day(10)), ex("B", day(365)), ex("C", day(400)), ex("D", day(500))];
    expect(exemptionBeyondHorizon(list, 365, day(0))).toEqual({ index: 2, id: "C", expires: day(400), days: 400 });
    expect(exemptionBeyondHorizon(list, 500, day(0))).toBeUndefined();
    expect(exemptionBeyondHorizon([], 1, day(0))).toBeUndefined();
  });

  it("an expiry exactly maxDays ahead is allowed, one day more is not (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3660 }), fc.integer({ min: -400, max: 4000 }), (max, offset) => {
        const far = exemptionBeyondHorizon([ex("X", day(offset))], max, day(0));
        expect(far !== undefined).toBe(offset > max);
        expect(daysBetween(day(0), day(offset))).toBe(offset);
      }),
    );
  });

  it("checkExemptionHorizon throws a one-line ConfigError naming the key, the id and the limit", () => {
    const s = compileSettings({
      exemptions: [
        { id: "EXC-1", resources: ["urn:pulumi:prod::shop::alicloud:*::*"], reason: "r", expires: "2027-01-01" },
        { id: "EXC-2", resources: ["urn:pulumi:prod::shop::*::logs"], reason: "r", expires: "2099-12-31" },
      ],
    });
    let err: unknown;
    try {
      checkExemptionHorizon("restricted-provider", s, "2026-11-28");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain("policy 'restricted-provider', key 'exemptions[1].expires'");
    expect(msg).toContain("EXC-2");
    expect(msg).toContain("maxExemptionDays (365)");
    expect(msg.split("\n")).toHaveLength(1);
    expect(() => checkExemptionHorizon("restricted-provider", s, "2099-01-01")).not.toThrow();
  });
});

describe("matchExemption with URN globs", () => {
  it("honours a pattern within its part; a wildcard does not reach into the name or a child's type", () => {
    const list = [ex("OSS", "2027-01-01", ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket*::public*"])];
    expect(
      matchExemption(list, "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::public-1", "restricted-provider", "2026-12-01")?.status,
    ).toBe("honoured");
    expect(
      matchExemption(list, "urn:pulumi:prod::shop::alicloud:rds/instance:Instance::public-1", "restricted-provider", "2026-12-01"),
    ).toBeUndefined();
    expect(
      matchExemption(
        list,
        "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket$alicloud:oss/bucketObject:BucketObject::public-1",
        "restricted-provider",
        "2026-12-01",
      ),
    ).toBeUndefined();
    expect(
      matchExemption(list, "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::public-1", "restricted-provider", "2027-01-02")?.status,
    ).toBe("expired");
  });
});
