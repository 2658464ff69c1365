/**
 * SARIF output validates against the SARIF 2.1.0 JSON schema (the copy shipped
 * by @microsoft/jest-sarif, draft-04, checked with ajv-draft-04) and carries
 * one rule per policy, levels and logical locations.
 */
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Log } from "sarif";
import { examples, now, run } from "../cli/helpers";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sarifSchema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as object;
// The published schema has a language-tag pattern that is not valid with the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

async function sarif(argv: string[]): Promise<Log> {
  const r = await run(["scan", ...argv, "--format", "sarif", "--now", now]);
  return JSON.parse(r.stdout) as Log;
}

describe("SARIF 2.1.0", () => {
  it("validates against the SARIF 2.1.0 schema", async () => {
    for (const argv of [[examples], [examples, "--config", "tests/cli/fixtures/config.json"], [examples, "missing.json", "--keep-going"]]) {
      const log = await sarif(argv);
      if (!validate(log)) throw new Error(JSON.stringify(validate.errors, null, 2));
      expect(log.version).toBe("2.1.0");
    }
  });

  it("has one rule per determination-driven policy and results pointing at them", async () => {
    const log = await sarif([examples, "--config", "tests/cli/fixtures/config.json"]);
    const run0 = log.runs[0]!;
    const rules = run0.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(["restricted-provider", "restricted-region", "restricted-data-flow", "upcoming-restriction"]);
    expect(rules.find((r) => r.id === "upcoming-restriction")?.defaultConfiguration?.level).toBe("warning");
    expect(rules.find((r) => r.id === "restricted-provider")?.defaultConfiguration?.level).toBe("error");
    const results = run0.results!;
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) {
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(["error", "warning", "note"]).toContain(r.level);
      const loc = r.locations![0]!;
      expect(loc.logicalLocations![0]!.fullyQualifiedName).toMatch(/^urn:pulumi:/);
      expect(loc.physicalLocation?.artifactLocation?.uri).toMatch(/^examples\/state\/.+\.json$/);
      expect(r.message.text).toMatch(/determination /);
    }
    const levels = new Set(results.map((r) => r.level));
    expect(levels).toEqual(new Set(["error", "warning", "note"]));
    const exempt = results.filter((r) => r.level === "note");
    expect(exempt.every((r) => r.suppressions?.[0]?.status === "accepted" && /EXC-42/.test(r.suppressions[0].justification ?? ""))).toBe(
      true,
    );
  });

  it("reports failed inputs as tool execution notifications", async () => {
    const log = await sarif([examples, "missing.json", "--keep-going"]);
    const inv = log.runs[0]!.invocations![0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.exitCode).toBe(2);
    expect(inv.toolExecutionNotifications![0]!.message.text).toBe("missing.json: no such file or directory");
  });
});
