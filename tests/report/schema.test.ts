/** `--format json` output validates against schema/scan-report.schema.json, and the schema is strict. */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { examples, now, repoRoot, run } from "../cli/helpers";

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema", "scan-report.schema.json"), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

async function report(argv: string[], opts = {}): Promise<unknown> {
  const r = await run(["scan", ...argv, "--format", "json", "--now", now], opts);
  return JSON.parse(r.stdout) as unknown;
}

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
}

describe("scan report JSON schema", () => {
  it("accepts the report of the examples, with and without the fixture config", async () => {
    expectValid(await report([examples]));
    expectValid(await report([examples, "--config", "tests/cli/fixtures/config.json"]));
  });

  it("accepts an empty report, a clean report and one with failed inputs", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-schema-"));
    try {
      const empty = path.join(tmp, "empty-stack.json");
      fs.writeFileSync(empty, JSON.stringify({ version: 3, deployment: { manifest: {} } }));
      expectValid(await report([empty]));
      const bad = path.join(tmp, "bad.json");
      fs.writeFileSync(bad, "{");
      const r = (await report([examples, bad, "--keep-going"])) as { exitCode: number };
      expect(r.exitCode).toBe(2);
      expectValid(r);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("accepts a migration report: a backend of several stacks (one broken) against a baseline with fixed findings", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-schema-mig-"));
    try {
      const stacks = path.join(tmp, ".pulumi", "stacks");
      const sources = ["alicloud-customer-data.cn-hangzhou.json", "alicloud-customer-data.us-west-1.json"];
      for (const [i, f] of sources.entries()) {
        const e = JSON.parse(fs.readFileSync(path.join(repoRoot, examples, f), "utf8")) as { version: number; deployment: unknown };
        fs.mkdirSync(path.join(stacks, `p${i}`), { recursive: true });
        fs.writeFileSync(
          path.join(stacks, `p${i}`, "s.json"),
          JSON.stringify({ version: e.version, checkpoint: { latest: e.deployment } }),
        );
      }
      fs.mkdirSync(path.join(stacks, "broken"));
      fs.writeFileSync(path.join(stacks, "broken", "s.json"), "{");
      // The baseline: every example, so the flow and the other stacks' findings are fixed now.
      const baseline = path.join(tmp, "baseline.json");
      fs.writeFileSync(baseline, JSON.stringify(await report([examples, "--fail-on", "none"])));
      const r = (await report([`file://${tmp}`, "--baseline", baseline, "--keep-going"])) as {
        stacks: { status: string }[];
        baseline: { fixed: { destination?: unknown }[]; new: number; unchanged: number };
        findings: { baseline?: string }[];
      };
      expect(r.stacks.map((s) => s.status).sort()).toEqual(["failed", "scanned", "scanned"]);
      expect(r.baseline.fixed.length).toBeGreaterThan(0);
      expect(r.baseline.fixed.some((f) => f.destination !== undefined)).toBe(true);
      expect(r.findings.every((f) => f.baseline === "new" || f.baseline === "unchanged")).toBe(true);
      expectValid(r);
      // Strict inside the baseline too.
      const extra = JSON.parse(JSON.stringify(r)) as {
        baseline: { fixed: Record<string, unknown>[]; byProviderRegion: Record<string, unknown>[] };
      };
      extra.baseline.fixed[0]!["surprise"] = 1;
      expect(validate(extra)).toBe(false);
      const group = JSON.parse(JSON.stringify(r)) as typeof extra;
      group.baseline.byProviderRegion[0]!["count"] = 0;
      expect(validate(group)).toBe(false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("rejects reports that break the contract", async () => {
    const good = (await report([examples])) as Record<string, unknown>;
    const broken: Record<string, unknown>[] = [
      { ...good, reportVersion: 2 },
      { ...good, exitCode: 3 },
      { ...good, surprise: true },
      { ...good, findings: [{ policy: "restricted-provider" }] },
    ];
    for (const b of broken) expect(validate(b)).toBe(false);
  });

  it("documents every field (descriptions on the top level)", () => {
    const s = schema as { description?: string; required?: string[] };
    expect(s.description).toMatch(/reportVersion 1/);
    expect(s.required).toContain("findings");
  });
});
