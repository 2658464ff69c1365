/** `scan` over a self-managed backend: every stack, a per-stack table in every format, bad stack files named. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { ScanReport } from "../../policypack/report/model";
import { examples, now, repoRoot, run, stackTraceLine } from "./helpers";

let dir: string;
const exportOf = (name: string): { version: number; deployment: unknown } =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, examples, name), "utf8")) as { version: number; deployment: unknown };
/** The checkpoint the file backend writes for a stack export. */
const checkpointOf = (name: string, stack: string): string => {
  const e = exportOf(name);
  return JSON.stringify({ version: e.version, checkpoint: { stack, latest: e.deployment } }, null, 4);
};

function write(rel: string, body: string | Buffer): void {
  const abs = path.join(dir, ".pulumi", rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, body);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-cli-backend-"));
  write("stacks/customer-data/prod-cn.json", checkpointOf("alicloud-customer-data.cn-hangzhou.json", "organization/customer-data/prod-cn"));
  write("stacks/customer-data/prod-cn.json.bak", "{ not read");
  write("stacks/aws-replication/prod.json.gz", zlib.gzipSync(checkpointOf("aws-replication.json", "organization/aws-replication/prod")));
  write("history/customer-data/prod-cn/prod-cn-1.checkpoint.json", "{ not read");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("scans every stack of file://<dir> and of <dir>, named <project>/<stack>, with a per-stack table", async () => {
  for (const op of [`file://${dir}`, dir]) {
    const r = await run(["scan", "--now", now, "--format", "json", op]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.inputs.map((i) => i.stack)).toEqual(["aws-replication/prod", "customer-data/prod-cn"]);
    expect(report.stacks!.map((s) => [s.stack, s.status])).toEqual([
      ["aws-replication/prod", "scanned"],
      ["customer-data/prod-cn", "scanned"],
    ]);
    const sum = report.stacks!.reduce((a, s) => a + s.mandatory, 0);
    expect(sum).toBe(report.totals.mandatory);
    expect(report.stacks!.reduce((a, s) => a + s.resources, 0)).toBe(report.totals.resources);
  }
  for (const format of ["text", "markdown", "html"]) {
    const out = (await run(["scan", "--now", now, "--format", format, `file://${dir}`])).stdout;
    expect(out).toContain("Stacks (2)");
    expect(out).toContain("customer-data/prod-cn");
    expect(out).toContain("aws-replication/prod");
  }
  const sarif = JSON.parse((await run(["scan", "--now", now, "--format", "sarif", `file://${dir}`])).stdout) as {
    runs: { properties: { stacks: unknown[] } }[];
  };
  expect(sarif.runs[0]!.properties.stacks).toHaveLength(2);
});

it("one stack: no per-stack table", async () => {
  const one = fs.mkdtempSync(path.join(os.tmpdir(), "updg-cli-backend1-"));
  fs.mkdirSync(path.join(one, ".pulumi", "stacks", "p"), { recursive: true });
  fs.writeFileSync(path.join(one, ".pulumi", "stacks", "p", "s.json"), checkpointOf("aws-replication.json", "s"));
  const report = JSON.parse((await run(["scan", "--now", now, "--format", "json", `file://${one}`])).stdout) as ScanReport;
  expect(report.stacks).toBeUndefined();
  fs.rmSync(one, { recursive: true, force: true });
});

it("a broken, an empty and an unreadable stack file: each named with its reason, exit 2; the rest reported with --keep-going", async () => {
  write("stacks/broken/s.json", '{"version": 3, "checkpoint": {"latest": {"resources": [');
  write("stacks/empty/s.json", "");
  write("stacks/cut/s.json.gz", zlib.gzipSync("{}").subarray(0, 8));
  try {
    const stop = await run(["scan", "--now", now, `file://${dir}`]);
    expect(stop.code).toBe(2);
    expect(stop.stdout).toBe("");
    expect(stop.stderr.trim().split("\n")).toHaveLength(1);
    expect(stop.stderr).not.toMatch(stackTraceLine);
    const r = await run(["scan", "--now", now, "--keep-going", "--format", "json", `file://${dir}`]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/broken\/s\.json: truncated JSON/),
      expect.stringMatching(/cut\/s\.json\.gz: truncated gzip data$/),
      expect.stringMatching(/empty\/s\.json: empty input/),
    ]);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.stacks!.filter((s) => s.status === "failed").map((s) => s.stack)).toEqual(["broken/s", "cut/s", "empty/s"]);
    expect(report.stacks!.filter((s) => s.status === "scanned").map((s) => s.stack)).toEqual([
      "aws-replication/prod",
      "customer-data/prod-cn",
    ]);
    expect(report.totals.mandatory).toBeGreaterThan(0);
  } finally {
    for (const d of ["broken", "empty", "cut"]) fs.rmSync(path.join(dir, ".pulumi", "stacks", d), { recursive: true, force: true });
  }
});

it("a nonexistent backend path: exit 2, one line naming it, nothing on stdout", async () => {
  const r = await run(["scan", "--now", now, `file://${path.join(dir, "nope")}`]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^us-person-data-guard: file:\/\/.*nope: backend no such file or directory\n$/);
});
