/**
 * GetAnalyzerInfo / GetPluginInfo of the BUILT pack, started the way the
 * engine starts it: the metadata the Pulumi CLI and Pulumi Cloud read
 * (policy names, levels, severities, docs, framework) and the config schemas
 * the engine validates configuration with.
 */
import Ajv, { type AnySchema } from "ajv";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt, reconcileConfig, repoRoot, startPack, type AnalyzerInfo, type PackClient, type PolicyInfo } from "./harness";

const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
// @pulumi/policy's package.json spells its version "v1.21.0"; PluginInfo carries the bare semver.
const policySdkVersion = (
  JSON.parse(fs.readFileSync(require.resolve("@pulumi/policy/package.json", { paths: [repoRoot] }), "utf8")) as { version: string }
).version.replace(/^v/, "");

/** SPEC "Pack and policies": fixed names, kinds and default levels, in the pack's order. */
const expectedPolicies = [
  { name: "restricted-provider", policyType: "resource", enforcementLevel: "mandatory" },
  { name: "restricted-region", policyType: "resource", enforcementLevel: "mandatory" },
  { name: "restricted-data-flow", policyType: "stack", enforcementLevel: "mandatory" },
  { name: "upcoming-restriction", policyType: "resource", enforcementLevel: "advisory" },
  { name: "exemption-review", policyType: "stack", enforcementLevel: "advisory" },
  { name: "migration-inventory", policyType: "stack", enforcementLevel: "advisory" },
] as const;

/** Configuration keys each policy must declare (SPEC "Configuration"). */
const requiredKeys: Record<string, string[]> = {
  "restricted-provider": ["determination", "scope", "exemptions"],
  "restricted-region": ["determination", "scope", "exemptions", "allowedRegions", "unknownRegion"],
  "restricted-data-flow": ["determination", "scope", "exemptions"],
  "upcoming-restriction": ["determination", "scope", "exemptions"],
  "exemption-review": ["determination", "scope", "exemptions"],
  "migration-inventory": ["determination", "scope", "exemptions"],
};

function strictAjv(): Ajv {
  // Draft-07 is ajv 8's default dialect; strict mode rejects unknown keywords,
  // formats and ambiguous type use, so a schema that compiles here is plain draft-07.
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

function fullSchema(p: PolicyInfo): Record<string, unknown> {
  return { type: "object", properties: p.configSchema!.properties, additionalProperties: false };
}

describe("GetAnalyzerInfo of the built pack (us-person-data-guard)", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack();
    info = await pack.getAnalyzerInfo();
  }, 180_000);

  afterAll(async () => {
    await pack?.close();
  });

  test("names the pack, its version and supports config", () => {
    expect(info.name).toBe("us-person-data-guard");
    expect(info.version).toBe(packageJson.version);
    expect(info.supportsConfig).toBe(true);
    expect(info.displayName.length).toBeGreaterThan(0);
    expect(info.description.length).toBeGreaterThan(0);
    // index.ts serves the pack without in-code settings: nothing overrides --policy-pack-config.
    expect(info.initialConfig).toEqual({});
  });

  test("GetPluginInfo reports the @pulumi/policy SDK version", async () => {
    await expect(pack.getPluginInfo()).resolves.toEqual({ version: policySdkVersion });
  });

  test("serves exactly the six fixed policies, with their kinds and default levels", () => {
    expect(info.policies.map((p) => ({ name: p.name, policyType: p.policyType, enforcementLevel: p.enforcementLevel }))).toEqual(
      expectedPolicies,
    );
  });

  test.each(expectedPolicies.map((p) => p.name))(
    "%s carries description, severity, remediation steps, README url, framework and tags",
    (name) => {
      const p = info.policies.find((x) => x.name === name)!;
      expect(p.displayName.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(20);
      expect(["low", "medium", "high", "critical"]).toContain(p.severity);
      expect(p.remediationSteps.length).toBeGreaterThan(20);
      // The url is a README anchor named after the policy.
      expect(p.url).toMatch(new RegExp(`^https://\\S+#${name}$`));
      expect(p.tags.length).toBeGreaterThan(0);
      expect(new Set(p.tags).size).toBe(p.tags.length);
      // Determination-driven: the framework names the default determination and its citation.
      expect(p.framework).toBeDefined();
      expect(p.framework!.version).toBe("us-dsp-2025");
      expect(p.framework!.reference).toContain("28 CFR Part 202");
      expect(p.framework!.name.length).toBeGreaterThan(0);
      expect(p.framework!.specification).toMatch(/^https:\/\//);
    },
  );

  test("severities follow what each policy reports", () => {
    const sev = Object.fromEntries(info.policies.map((p) => [p.name, p.severity]));
    // Blocking policies are at least high; the advisory summaries are not critical.
    for (const n of ["restricted-provider", "restricted-region", "restricted-data-flow"]) expect(["high", "critical"]).toContain(sev[n]);
    for (const n of ["exemption-review", "migration-inventory"]) expect(sev[n]).not.toBe("critical");
  });

  test.each(expectedPolicies.map((p) => p.name))("%s declares its config keys, each a valid draft-07 schema", (name) => {
    const p = info.policies.find((x) => x.name === name)!;
    expect(p.configSchema).toBeDefined();
    const props = p.configSchema!.properties;
    for (const k of requiredKeys[name]!) expect(Object.keys(props)).toContain(k);
    // @pulumi/policy refuses to serve a schema that declares enforcementLevel.
    expect(Object.keys(props)).not.toContain("enforcementLevel");
    expect(p.configSchema!.required).not.toContain("enforcementLevel");
    const ajv = strictAjv();
    for (const [k, s] of Object.entries(props)) {
      expect([k, ajv.validateSchema(s as AnySchema)]).toEqual([k, true]);
    }
    expect(() => ajv.compile(fullSchema(p))).not.toThrow();
  });

  test("the schema defaults the engine fills in are themselves valid configuration", () => {
    // The engine's ReconcilePolicyPackConfig puts every `default` into the config it sends.
    const sent = reconcileConfig(info, {});
    const ajv = strictAjv();
    for (const p of info.policies) {
      const validate = ajv.compile(fullSchema(p));
      const props = sent[p.name]!.properties ?? {};
      expect([p.name, validate(props), validate.errors ?? null]).toEqual([p.name, true, null]);
    }
    expect(sent["restricted-provider"]!.properties).toMatchObject({ determination: "us-dsp-2025" });
  });

  test("the schemas accept the SPEC's example configuration and reject what SPEC calls invalid", () => {
    const ajv = strictAjv();
    const region = ajv.compile(fullSchema(info.policies.find((p) => p.name === "restricted-region")!));
    const provider = ajv.compile(fullSchema(info.policies.find((p) => p.name === "restricted-provider")!));
    const exemption = {
      id: "EXC-42",
      resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs*"],
      reason: "read-only mirror, no U.S.-person data",
      approvedBy: "security@example.com",
      ticket: "SEC-1234",
      expires: "2027-03-31",
    };
    expect(
      provider({
        determination: "us-dsp-2025",
        scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] },
        exemptions: [exemption],
      }),
    ).toBe(true);
    expect(
      region({
        determination: { extends: "us-dsp-2025", id: "acme-2027", jurisdictions: ["CN", "HK", "MO", "RU"] },
        allowedRegions: { aws: ["us-*"], gcp: ["us-*"] },
        unknownRegion: "defer",
      }),
    ).toBe(true);
    for (const preset of ["us-dsp-2025", "us-icts-foreign-adversaries", "alibaba-cloud-review"])
      expect([preset, provider({ determination: preset })]).toEqual([preset, true]);

    const invalid: [string, Record<string, unknown>][] = [
      ["unknown preset", { determination: "nope" }],
      ["impossible date", { exemptions: [{ ...exemption, expires: "2027-02-30" }] }],
      ["unknown jurisdiction code", { determination: { id: "acme", jurisdictions: ["XX"] } }],
      ["exemption without reason", { exemptions: [{ id: "EXC-1", resources: ["urn:pulumi:*"], expires: "2027-01-01" }] }],
      ["wrong type", { scope: "tagged" }],
      ["unknown key", { determinaton: "us-dsp-2025" }],
      ["allowedRegions on a policy without it", { allowedRegions: { aws: ["us-*"] } }],
    ];
    for (const [why, cfg] of invalid) expect([why, provider(cfg)]).toEqual([why, false]);
    expect(region({ unknownRegion: "sometimes" })).toBe(false);
    expect(region({ allowedRegions: { aws: [] } })).toBe(false);
  });
});

describe("GetAnalyzerInfo of a pack kept in code (createPack with shared settings)", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;
  let dir: string;

  beforeAll(async () => {
    await ensureBuilt();
    // A separate pack directory whose main calls the library, as an organisation's own pack would.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "udg-inline-pack-"));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "acme-guard", version: "2.3.4", main: "index.js" }));
    const library = path.join(repoRoot, "dist", "policypack", "library.js");
    fs.writeFileSync(
      path.join(dir, "index.js"),
      `require(${JSON.stringify(library)}).createPack(` +
        `{ determination: "alibaba-cloud-review", scope: { mode: "tagged", tagKeys: ["pii"] }, unknownRegion: "violation" },` +
        ` { name: "acme-guard", enforcementLevels: { all: "advisory" } });\n`,
    );
    pack = await startPack({ packDir: dir });
    info = await pack.getAnalyzerInfo();
  }, 180_000);

  afterAll(async () => {
    await pack?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("serves the same six policies under the given name and the pack directory's version", () => {
    expect(info.name).toBe("acme-guard");
    expect(info.version).toBe("2.3.4");
    expect(info.policies.map((p) => p.name)).toEqual(expectedPolicies.map((p) => p.name));
  });

  test("passes the shared settings as each policy's initial config, only under keys the policy declares", () => {
    const ic = info.initialConfig;
    expect(Object.keys(ic).sort()).toEqual(expectedPolicies.map((p) => p.name).sort());
    for (const p of info.policies) {
      const c = ic[p.name]!;
      expect([p.name, c.enforcementLevel]).toEqual([p.name, "advisory"]);
      const declared = Object.keys(p.configSchema!.properties);
      for (const k of Object.keys(c.properties)) expect([p.name, declared]).toEqual([p.name, expect.arrayContaining([k])]);
      if (declared.includes("determination")) expect(c.properties["determination"]).toBe("alibaba-cloud-review");
      if (declared.includes("unknownRegion")) expect(c.properties["unknownRegion"]).toBe("violation");
      else expect(c.properties).not.toHaveProperty("unknownRegion");
    }
  });

  test("the initial config validates against each policy's schema", () => {
    const ajv = strictAjv();
    for (const p of info.policies) {
      const validate = ajv.compile(fullSchema(p));
      expect([p.name, validate(info.initialConfig[p.name]!.properties), validate.errors ?? null]).toEqual([p.name, true, null]);
    }
  });
});
