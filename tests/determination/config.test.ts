import fc from "fast-check";
import * as path from "path";
import { compilePolicyConfig, ConfigError } from "../../policypack/determination/compile";
import { policyConfigSchema, policyNames } from "../../policypack/determination/schema";
import { isCalendarDate, validate } from "../../policypack/determination/validate";
import { badConfigs as bad, exemption, semanticBadConfigs } from "../support/bad-configs";
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
    // semantic-*.json break rules no JSON Schema can express: the schema accepts them, the pack does not.
    const semantic = path.basename(file).startsWith("semantic-");
    it(`invalid/${path.basename(file)} is rejected by ${semantic ? "the pack (not expressible in the schema)" : "ajv and by the pack"}`, () => {
      const [policy, own] = [...perPolicy(config)].filter(([, c]) => Object.keys(c).length > 0)[0]!;
      expect(ajvFor(policy)(own)).toBe(semantic);
      expect(() => compilePolicyConfig(policy, own)).toThrow(ConfigError);
    });
  }
});

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
    const semantic = semanticBadConfigs;
    for (const [label, policy, config] of bad) {
      const clean: unknown = JSON.parse(JSON.stringify(config));
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
    ["determination"],
    ["determination", "id"],
    ["determination", "jurisdictions"],
    ["determination", "effective"],
    ["determination", "providers"],
    ["scope", "mode"],
    ["scope", "tagKeys"],
    ["exemptions"],
    ["allowedRegions", "aws"],
    ["unknownRegion"],
    ["extra"],
  ];
  it("on mutated configurations (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        mutation,
        fc.constantFrom(...policyNames.filter((p) => p !== "restricted-provider" && p !== "exemption-review")),
        (p, value, policy) => {
          const c = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
          let target: Record<string, unknown> = c;
          for (const k of p.slice(0, -1)) target = target[k] as Record<string, unknown>;
          if (value === undefined) delete target[p[p.length - 1]!];
          else target[p[p.length - 1]!] = value;
          const ours = validate(policyConfigSchema(policy), c) === undefined;
          expect(ours).toBe(ajvFor(policy)(c) === true);
        },
      ),
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
