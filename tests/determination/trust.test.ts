import { compilePolicyConfig, compileSettings, ConfigError } from "../../policypack/determination/compile";
import { presetIds } from "../../policypack/determination/presets";

function errorOf(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("accepted");
}

const ex = (resources: string[]) => ({
  exemptions: [
    { id: "EXC-1", resources: ["urn:pulumi:prod::shop::alicloud:*::*"], reason: "r", expires: "2027-01-01" },
    { id: "EXC-2", resources, reason: "r", expires: "2027-01-01" },
  ],
});

describe("exemption patterns are rejected naming policy, key, exemption and the rule", () => {
  it.each([["urn:*"], ["*:*"], ["*u*"], ["urn:pulumi:*::*::*::*"], ["urn:pulumi:prod::shop::my:index:Site$*::*"]])("%s", (pattern) => {
    const e = errorOf(() => compilePolicyConfig("restricted-region", ex(["urn:pulumi:prod::shop::aws:*::x", pattern])));
    expect(e.message).toContain("policy 'restricted-region', key 'exemptions[1].resources[1]'");
    expect(e.message).toContain("EXC-2");
    expect(e.message).toMatch(/must (fix|name) the resource type or/);
    expect(e.message.split("\n")).toHaveLength(1);
  });

  it("accepts patterns that fix the type or the name", () => {
    expect(
      compileSettings(ex(["urn:pulumi:*::*::*::logs-*", "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::*"])).exemptions,
    ).toHaveLength(2);
  });
});

describe("a custom determination may not take a preset's id", () => {
  it.each(presetIds.map((id) => [id]))("%s, with and without extends", (id) => {
    for (const determination of [{ id }, { id, extends: presetIds[0] }, { id, jurisdictions: ["RU"] }]) {
      const e = errorOf(() => compileSettings({ determination }));
      expect(e.message).toContain("key 'determination.id'");
      expect(e.message).toContain("preset");
    }
  });

  it("any other id is fine", () => {
    expect(compileSettings({ determination: { id: "acme-2027", extends: "us-dsp-2025" } }).determination.id).toBe("acme-2027");
  });
});
