import { PolicySettings, systemClock } from "../../policypack/policies/adapter";
import { clockAt } from "../support/views";

const exemption = (expires: string) => ({ id: "EXC-7", resources: ["urn:pulumi:prod::shop::alicloud:*::*"], reason: "r", expires });

describe("systemClock", () => {
  it("is the system clock: US_PERSON_DATA_GUARD_NOW is not read", () => {
    const before = process.env["US_PERSON_DATA_GUARD_NOW"];
    process.env["US_PERSON_DATA_GUARD_NOW"] = "2001-01-01T00:00:00Z";
    try {
      const t = systemClock().getTime();
      expect(Math.abs(t - Date.now())).toBeLessThan(5_000);
    } finally {
      if (before === undefined) delete process.env["US_PERSON_DATA_GUARD_NOW"];
      else process.env["US_PERSON_DATA_GUARD_NOW"] = before;
    }
  });
});

describe("PolicySettings: exemption horizon at the run's clock", () => {
  it("rejects at first use, naming policy, key and id, judged by the clock it is given", () => {
    const settings = new PolicySettings("restricted-provider", undefined);
    const config = { exemptions: [exemption("2027-06-30")] };
    expect(settings.get(config, clockAt("2026-11-28T00:00:00Z")).exemptions).toHaveLength(1);
    let thrown: unknown;
    try {
      settings.get(config, clockAt("2026-01-01T00:00:00Z"));
    } catch (e) {
      thrown = e;
    }
    // Thrown as a string (one line, no stack trace through @pulumi/policy).
    expect(typeof thrown).toBe("string");
    expect(thrown).toContain("policy 'restricted-provider', key 'exemptions[0].expires'");
    expect(thrown).toContain("EXC-7");
  });

  it("takes maxExemptionDays from the pack-level defaults too", () => {
    const settings = new PolicySettings("exemption-review", { maxExemptionDays: 30 });
    expect(() => settings.get({ exemptions: [exemption("2027-01-31")] }, clockAt("2026-12-01T00:00:00Z"))).toThrow(
      /maxExemptionDays \(30\)/,
    );
    expect(settings.get({ exemptions: [exemption("2026-12-31")] }, clockAt("2026-12-01T00:00:00Z")).maxExemptionDays).toBe(30);
  });
});
