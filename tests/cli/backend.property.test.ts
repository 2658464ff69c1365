/**
 * Property: a self-managed backend holding any mix of good, empty, broken
 * (truncated JSON or gzip, garbage bytes) and unreadable (dangling symlink)
 * stack files. Without --keep-going the scan stops: exit 2, one line, no
 * report. With --keep-going every bad stack is named on its own line (no
 * stack trace) and reported failed, every good stack is scanned and finds
 * exactly what its export finds alone, and the exit code is 2 iff a stack
 * is bad.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import fc from "fast-check";
import type { ScanReport } from "../../policypack/report/model";
import { examples, now, repoRoot, run, stackTraceLine } from "./helpers";

const runs = Number(process.env["FC_RUNS"] ?? 12);

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "updg-backend-prop-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const exportFiles = fs
  .readdirSync(path.join(repoRoot, examples))
  .filter((f) => f.endsWith(".json") && !f.includes("preview"))
  .sort();

/** The checkpoint the file backend writes for an export, and what scanning the export alone finds. */
const good = new Map<string, { checkpoint: string; findings: string[] }>();
beforeAll(async () => {
  for (const f of exportFiles) {
    const e = JSON.parse(fs.readFileSync(path.join(repoRoot, examples, f), "utf8")) as { version: number; deployment: unknown };
    const r = await run(["scan", path.join(examples, f), "--now", now, "--format", "json", "--fail-on", "none"]);
    const report = JSON.parse(r.stdout) as ScanReport;
    good.set(f, {
      checkpoint: JSON.stringify({ version: e.version, checkpoint: { stack: "organization/p/s", latest: e.deployment } }, null, 2),
      findings: report.findings.map((x) => `${x.policy} ${x.urn}`).sort(),
    });
  }
});

type Kind =
  | { kind: "good"; source: number; gz: boolean }
  | { kind: "empty"; gz: boolean }
  | { kind: "truncated"; source: number; gz: boolean; at: number }
  | { kind: "garbage"; bytes: Uint8Array }
  | { kind: "dangling" };

const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc.record({ kind: fc.constant("good" as const), source: fc.nat(), gz: fc.boolean() }),
  fc.record({ kind: fc.constant("empty" as const), gz: fc.boolean() }),
  fc.record({
    kind: fc.constant("truncated" as const),
    source: fc.nat(),
    gz: fc.boolean(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  // Not JSON whatever the bytes: a leading byte that no JSON text (nor a UTF-8 BOM) starts with.
  fc.record({
    kind: fc.constant("garbage" as const),
    bytes: fc.uint8Array({ minLength: 0, maxLength: 64 }).map((b) => Uint8Array.from([0x01, ...b])),
  }),
  fc.record({ kind: fc.constant("dangling" as const) }),
);

let n = 0;
function writeBackend(stacks: readonly Kind[]): { dir: string; bad: string[]; goodFindings: Map<string, string[]> } {
  const dir = path.join(root, `b${n++}`);
  const bad: string[] = [];
  const goodFindings = new Map<string, string[]>();
  stacks.forEach((k, i) => {
    const project = `p${i % 3}`;
    const name = `${project}/s${i}`;
    const gz = "gz" in k && k.gz;
    const file = path.join(dir, ".pulumi", "stacks", project, `s${i}.json${gz ? ".gz" : ""}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    switch (k.kind) {
      case "good": {
        const g = good.get(exportFiles[k.source % exportFiles.length]!)!;
        fs.writeFileSync(file, gz ? zlib.gzipSync(g.checkpoint) : g.checkpoint);
        goodFindings.set(name, g.findings);
        return;
      }
      case "empty":
        fs.writeFileSync(file, gz ? zlib.gzipSync("") : "");
        break;
      case "truncated": {
        const text = Buffer.from(good.get(exportFiles[k.source % exportFiles.length]!)!.checkpoint);
        const body = gz ? zlib.gzipSync(text) : text;
        // A strict prefix of at least one byte: never the whole document.
        fs.writeFileSync(file, body.subarray(0, 1 + Math.floor(k.at * (body.length - 2))));
        break;
      }
      case "garbage":
        fs.writeFileSync(file, k.bytes);
        break;
      case "dangling":
        fs.symlinkSync(path.join(dir, "no-such-target"), file);
        break;
    }
    bad.push(name);
  });
  return { dir, bad, goodFindings };
}

describe("backend reader over broken, empty and unreadable stack files", () => {
  it("names every bad stack on one line each, scans every good one exactly, exit 2 iff one is bad", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(kind, { minLength: 1, maxLength: 6 }), async (stacks) => {
        const { dir, bad, goodFindings } = writeBackend(stacks);
        const target = `file://${dir}`;

        const stop = await run(["scan", target, "--now", now, "--fail-on", "none"]);
        if (bad.length > 0) {
          expect(stop.code).toBe(2);
          expect(stop.stdout).toBe("");
          expect(stop.stderr.trim().split("\n")).toHaveLength(1);
          expect(stop.stderr).not.toMatch(stackTraceLine);
        } else {
          expect(stop.code).toBe(0);
        }

        const r = await run(["scan", target, "--now", now, "--fail-on", "none", "--keep-going", "--format", "json"]);
        expect(r.code).toBe(bad.length > 0 ? 2 : 0);
        expect(r.stderr).not.toMatch(stackTraceLine);
        const lines = r.stderr === "" ? [] : r.stderr.trim().split("\n");
        expect(lines).toHaveLength(bad.length);
        for (const name of bad) expect(lines.filter((l) => l.includes(`/.pulumi/stacks/${name}.json`))).toHaveLength(1);

        const report = JSON.parse(r.stdout) as ScanReport;
        const rows = report.stacks ?? report.inputs.map((i) => ({ stack: i.stack!, status: i.status }));
        expect(
          rows
            .filter((s) => s.status === "failed")
            .map((s) => s.stack)
            .sort(),
        ).toEqual([...bad].sort());
        expect(
          rows
            .filter((s) => s.status === "scanned")
            .map((s) => s.stack)
            .sort(),
        ).toEqual([...goodFindings.keys()].sort());
        for (const [name, findings] of goodFindings) {
          const input = report.inputs.find((i) => i.stack === name)!;
          const got = report.findings
            .filter((f) => f.input === input.input)
            .map((f) => `${f.policy} ${f.urn}`)
            .sort();
          expect(got).toEqual(findings);
        }
      }),
      { numRuns: runs },
    );
  });
});
