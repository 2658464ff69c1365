/**
 * Invalid policy configuration under the real Pulumi CLI (scenario 5).
 *
 * - examples/configs/invalid/*.json break the pack's JSON Schema: the CLI
 *   validates `--policy-pack-config` against each policy's `configSchema` and
 *   refuses it before the program runs; the message names policy and key.
 * - A duplicate exemption id is something the schema cannot say: the pack
 *   rejects it at first use, with one line naming policy and key and no
 *   JavaScript stack trace, before any finding is reported.
 */
import * as fs from "fs";
import * as path from "path";
import { configsDir, parsePolicyLines, stackTraceLines, withLog, Workspace, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

const invalidDir = path.join(configsDir, "invalid");
const invalidConfigs = fs
  .readdirSync(invalidDir)
  .filter((f) => !f.startsWith("semantic-"))
  .filter((f) => f.endsWith(".json"))
  .sort();

let w: Workspace;
const results = new Map<string, RunResult>();
beforeAll(async () => {
  ensureSetup();
  w = Workspace.withProgram("config-errors");
  await w.initStack("us");
}, SETUP_TIMEOUT_MS);
afterAll(() => w?.remove());

/** True when the engine ran the program: it would print the program's resource steps. */
function programRan(r: RunResult): boolean {
  return /alicloud:(oss|vpc|ecs|rds):\w+ +\S+ +create/.test(r.output) || /^Outputs:/m.test(r.output);
}

/** The (policy, first key) pairs a broken config file touches, e.g. ["restricted-region", "determination"]. */
function brokenKeys(file: string): [string, string][] {
  const cfg = JSON.parse(fs.readFileSync(path.join(invalidDir, file), "utf8")) as Record<string, unknown>;
  const pairs: [string, string][] = [];
  for (const [policy, value] of Object.entries(cfg)) {
    if (value && typeof value === "object") for (const key of Object.keys(value)) if (key !== "enforcementLevel") pairs.push([policy, key]);
  }
  return pairs;
}

describe("scenario 5a: configs the JSON Schema rejects (examples/configs/invalid/)", () => {
  it("has invalid configs to test", () => {
    expect(invalidConfigs).toEqual(expect.arrayContaining(["impossible-date.json", "unknown-jurisdiction.json", "unknown-preset.json"]));
  });

  it.each(invalidConfigs)("%s: the CLI refuses it before running the program, naming policy and key", async (file) => {
    const r = await w.preview("us", { config: path.join(invalidDir, file) });
    results.set(file, r);
    withLog(
      r,
      () => {
        expect(r.code).not.toBe(0);
        expect(r.output).toContain("error: validating policy config: us-person-data-guard 0.1.0");
        for (const [policy, key] of brokenKeys(file)) {
          // e.g. "restricted-provider: exemptions.0.expires: Does not match format 'date'"
          expect(r.output).toMatch(new RegExp(`us-person-data-guard 0\\.1\\.0 +${policy}: ${key}[.:]`));
        }
        expect(programRan(r)).toBe(false);
        expect(parsePolicyLines(r.output)).toEqual([]);
        expect(stackTraceLines(r.output)).toEqual([]);
      },
      `pulumi preview --policy-pack-config invalid/${file}`,
    );
  });

  it("the messages say what is wrong", () => {
    expect(results.get("impossible-date.json")?.output).toContain(
      "restricted-provider: exemptions.0.expires: Does not match format 'date'",
    );
    expect(results.get("unknown-jurisdiction.json")?.output).toMatch(
      /restricted-region: determination\.jurisdictions\.1: .*must be one of the following/,
    );
    expect(results.get("unknown-preset.json")?.output).toContain(
      'restricted-region: determination: determination must be one of the following: "us-dsp-2025", "us-icts-foreign-adversaries", "alibaba-cloud-review"',
    );
  });
});

describe("scenario 5b: duplicate exemption ids (examples/configs/invalid/semantic-duplicate-exemption-id.json)", () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await w.preview("us", { config: path.join(configsDir, "invalid", "semantic-duplicate-exemption-id.json") });
  });

  it("passes the schema, then the pack rejects it at first use", () => {
    withLog(r, () => {
      expect(r.code).not.toBe(0);
      expect(r.output).not.toContain("validating policy config");
    });
  });

  it("says so in one line naming policy and key, with no stack trace and no findings", () => {
    withLog(r, () => {
      const lines = r.output.split(/\r?\n/).filter((l) => l.includes("invalid configuration for policy"));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        expect(l.trim()).toBe(
          "us-person-data-guard: invalid configuration for policy 'restricted-provider', key 'exemptions[1].id': duplicate exemption id 'EXC-7'",
        );
      }
      expect(stackTraceLines(r.output)).toEqual([]);
      expect(parsePolicyLines(r.output)).toEqual([]);
    });
  });
});
