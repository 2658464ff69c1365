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
