import fc from "fast-check";
import * as path from "path";
import { compilePolicyConfig, ConfigError } from "../../policypack/determination/compile";
import { policyConfigSchema, policyNames, type PolicyName } from "../../policypack/determination/schema";
import { isCalendarDate, validate } from "../../policypack/determination/validate";
import { ajvFor, configDir, exampleConfigs, perPolicy } from "../support/configs";

const seed = process.env["FC_SEED"] ? Number(process.env["FC_SEED"]) : undefined;
const numRuns = Number(process.env["FC_RUNS"] ?? 200);

describe("bundled example configs", () => {
  const examples = exampleConfigs();
  it("exist", () => expect(examples.length).toBeGreaterThanOrEqual(4));
  for (const { file, config } of examples) {
    for (const [policy, own] of perPolicy(config)) {
      it(`${path.basename(file)} → ${policy} validates (ajv and the pack) and compiles`, () => {
        const v = ajvFor(policy);
        expect(v(own)).toBe(true);
        expect(validate(policyConfigSchema(policy), own)).toBeUndefined();
        expect(() => compilePolicyConfig(policy, own)).not.toThrow();
      });
    }
  }
  for (const { file, config } of exampleConfigs(path.join(configDir, "invalid"))) {
    it(`invalid/${path.basename(file)} is rejected by ajv and by the pack`, () => {
      const [[policy, own]] = [...perPolicy(config)].filter(([, c]) => Object.keys(c).length > 0);
      expect(ajvFor(policy!)(own)).toBe(false);
      expect(() => compilePolicyConfig(policy!, own)).toThrow(ConfigError);
    });
  }
});

const exemption = { id: "EXC-1", resources: ["urn:pulumi:prod::shop::*"], reason: "mirror", expires: "2027-03-31" };

/** Malformed configurations: [description, policy, config, key the error must name]. */
const bad: [string, PolicyName, Record<string, unknown>, string][] = [
  ["unknown preset", "restricted-region", { determination: "us-dsp-2024" }, "determination"],
  ["determination of wrong type", "restricted-provider", { determination: 42 }, "determination"],
  ["determination without id", "restricted-provider", { determination: { extends: "us-dsp-2025" } }, "determination.id"],
  ["empty determination id", "restricted-provider", { determination: { id: "" } }, "determination.id"],
  ["id with spaces", "restricted-provider", { determination: { id: "acme 2027" } }, "determination.id"],
  ["unknown determination key", "restricted-provider", { determination: { id: "acme", jurisdiction: ["CN"] } }, "determination.jurisdiction"],
  ["extends unknown preset", "restricted-provider", { determination: { id: "acme", extends: "nope" } }, "determination.extends"],
  ["extends itself", "restricted-provider", { determination: { id: "us-dsp-2025", extends: "us-dsp-2025" } }, "determination.extends"],
  ["unknown ISO code", "restricted-region", { determination: { id: "acme", jurisdictions: ["CN", "XX"] } }, "determination.jurisdictions[1]"],
  ["lower-case ISO code", "restricted-region", { determination: { id: "acme", jurisdictions: ["cn"] } }, "determination.jurisdictions[0]"],
  ["duplicate jurisdiction", "restricted-region", { determination: { id: "acme", jurisdictions: ["CN", "CN"] } }, "determination.jurisdictions[1]"],
  ["jurisdictions not a list", "restricted-region", { determination: { id: "acme", jurisdictions: "CN" } }, "determination.jurisdictions"],
  ["bad effective date", "restricted-provider", { determination: { id: "acme", effective: "2027-02-30" } }, "determination.effective"],
  ["effective not ISO", "restricted-provider", { determination: { id: "acme", effective: "01/02/2027" } }, "determination.effective"],
  ["provider with capitals", "restricted-provider", { determination: { id: "acme", providers: ["AliCloud"] } }, "determination.providers[0]"],
  ["provider object without package", "restricted-provider", { determination: { id: "acme", providers: [{ reason: "x" }] } }, "determination.providers[0].package"],
  ["provider listed twice", "restricted-provider", { determination: { id: "acme", providers: ["alicloud", { package: "alicloud" }] } }, "determination.providers[1]"],
  ["provider bad effective", "restricted-provider", { determination: { id: "acme", providers: [{ package: "alicloud", effective: "2026-13-01" }] } }, "determination.providers[0].effective"],
  ["region entry missing jurisdiction", "restricted-region", { determination: { id: "acme", regions: [{ provider: "aws", region: "x-1" }] } }, "determination.regions[0].jurisdiction"],
  ["region entry bad jurisdiction", "restricted-region", { determination: { id: "acme", regions: [{ provider: "aws", region: "x-1", jurisdiction: "ZZ" }] } }, "determination.regions[0].jurisdiction"],
  ["url not http", "restricted-provider", { determination: { id: "acme", url: "ftp://x" } }, "determination.url"],
  ["scope mode unknown", "restricted-provider", { scope: { mode: "some" } }, "scope.mode"],
  ["scope unknown key", "restricted-provider", { scope: { mode: "tagged", tagkeys: ["a"] } }, "scope.tagkeys"],
  ["scope tagKeys empty", "restricted-provider", { scope: { mode: "tagged", tagKeys: [] } }, "scope.tagKeys"],
  ["scope tagKeys wrong type", "restricted-provider", { scope: { mode: "tagged", tagKeys: "data-classification" } }, "scope.tagKeys"],
  ["scope empty tag value", "restricted-provider", { scope: { mode: "tagged", tagKeys: ["a"], tagValues: [""] } }, "scope.tagValues[0]"],
  ["exemptions not a list", "restricted-provider", { exemptions: {} }, "exemptions"],
  ["exemption without id", "restricted-provider", { exemptions: [{ ...exemption, id: undefined }] }, "exemptions[0].id"],
  ["exemption empty id", "restricted-provider", { exemptions: [{ ...exemption, id: "" }] }, "exemptions[0].id"],
  ["exemption without reason", "restricted-provider", { exemptions: [{ ...exemption, reason: undefined }] }, "exemptions[0].reason"],
  ["exemption empty reason", "restricted-provider", { exemptions: [{ ...exemption, reason: "" }] }, "exemptions[0].reason"],
  ["exemption without expiry", "restricted-provider", { exemptions: [{ ...exemption, expires: undefined }] }, "exemptions[0].expires"],
  ["exemption impossible date", "restricted-provider", { exemptions: [{ ...exemption, expires: "2027-02-30" }] }, "exemptions[0].expires"],
  ["exemption non-leap Feb 29", "restricted-provider", { exemptions: [{ ...exemption, expires: "2027-02-29" }] }, "exemptions[0].expires"],
  ["exemption date-time", "restricted-provider", { exemptions: [{ ...exemption, expires: "2027-03-31T00:00:00Z" }] }, "exemptions[0].expires"],
  ["exemption without resources", "restricted-provider", { exemptions: [{ ...exemption, resources: [] }] }, "exemptions[0].resources"],
  ["exemption pattern of only wildcards", "restricted-provider", { exemptions: [{ ...exemption, resources: ["*"] }] }, "exemptions[0].resources[0]"],
  ["exemption pattern not a URN", "restricted-provider", { exemptions: [{ ...exemption, resources: ["logs-bucket"] }] }, "exemptions[0].resources[0]"],
  ["exemption unknown key", "restricted-provider", { exemptions: [{ ...exemption, expiry: "2027-01-01" }] }, "exemptions[0].expiry"],
  ["exemption unknown policy", "restricted-provider", { exemptions: [{ ...exemption, policies: ["restricted-everything"] }] }, "exemptions[0].policies[0]"],
  ["duplicate exemption ids", "restricted-provider", { exemptions: [exemption, { ...exemption }] }, "exemptions[1].id"],
  ["allowedRegions not an object", "restricted-region", { allowedRegions: ["us-*"] }, "allowedRegions"],
  ["allowedRegions bad package key", "restricted-region", { allowedRegions: { AWS: ["us-*"] } }, "allowedRegions.AWS"],
  ["allowedRegions empty list", "restricted-region", { allowedRegions: { aws: [] } }, "allowedRegions.aws"],
  ["allowedRegions regex, not glob", "restricted-region", { allowedRegions: { aws: ["^us-.*$"] } }, "allowedRegions.aws[0]"],
  ["unknownRegion unknown value", "restricted-region", { unknownRegion: "ignore" }, "unknownRegion"],
  ["unknownRegion on a policy without it", "exemption-review", { unknownRegion: "defer" }, "unknownRegion"],
  ["unknown top-level key", "restricted-provider", { determinaton: "us-dsp-2025" }, "determinaton"],
  ["expiryWarningDays wrong value", "exemption-review", { expiryWarningDays: 31 }, "expiryWarningDays"],
];

describe("malformed configurations", () => {
  it("has a catalogue of at least 40", () => expect(bad.length).toBeGreaterThanOrEqual(40));
  it.each(bad)("%s: rejected naming %s key", (_label, policy, config, key) => {
    const clean = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
    let err: unknown;
    try {
      compilePolicyConfig(policy, clean);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const ce = err as ConfigError;
    expect(ce.policy).toBe(policy);
    expect(ce.key).toBe(key);
    expect(ce.message).toContain(`policy '${policy}'`);
    expect(ce.message.split("\n")).toHaveLength(1);
  });

  it("the schema (engine side) rejects every one a schema can express", () => {
    const semantic = new Set(["duplicate exemption ids", "provider listed twice", "extends itself"]);
    for (const [label, policy, config] of bad) {
      const clean = JSON.parse(JSON.stringify(config));
      const ok = ajvFor(policy)(clean);
      if (semantic.has(label)) expect(ok).toBe(true);
      else expect({ label, ok }).toEqual({ label, ok: false });
    }
  });
});

describe("validate agrees with ajv", () => {
  const valid = {
    determination: { id: "acme", extends: "us-dsp-2025", jurisdictions: ["CN", "RU"], providers: ["alicloud"], effective: "2027-01-01" },
    scope: { mode: "tagged", tagKeys: ["pii"], tagValues: ["yes"] },
    exemptions: [exemption],
    allowedRegions: { aws: ["us-*"] },
    unknownRegion: "defer",
  };
  const mutation = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("CN", "XX", "2027-02-30", "2028-02-29", "us-*", "alicloud", "tagged", "urn:pulumi:*", "*", "us-dsp-2025"),
    fc.array(fc.constantFrom("CN", "HK", "cn", "", "alicloud"), { maxLength: 3 }),
  );
  const paths: string[][] = [
    ["determination"], ["determination", "id"], ["determination", "jurisdictions"], ["determination", "effective"], ["determination", "providers"],
    ["scope", "mode"], ["scope", "tagKeys"], ["exemptions"], ["allowedRegions", "aws"], ["unknownRegion"], ["extra"],
  ];
  it("on mutated configurations (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), mutation, fc.constantFrom(...policyNames.filter((p) => p !== "restricted-provider" && p !== "exemption-review")), (p, value, policy) => {
        const c = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
        let target: Record<string, unknown> = c;
        for (const k of p.slice(0, -1)) target = target[k] as Record<string, unknown>;
        if (value === undefined) delete target[p[p.length - 1]!];
        else target[p[p.length - 1]!] = value;
        const ours = validate(policyConfigSchema(policy), c) === undefined;
        expect(ours).toBe(ajvFor(policy)(c) === true);
      }),
      { seed, numRuns, verbose: 1 },
    );
  });

  it("isCalendarDate knows leap years", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2027-04-31")).toBe(false);
    expect(isCalendarDate("2027-4-30")).toBe(false);
  });
});
