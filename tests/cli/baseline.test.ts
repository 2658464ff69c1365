/** `--baseline` and `--fail-on new`: new, unchanged and fixed findings against an earlier JSON report. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { findingKey, parseBaseline, BaselineError } from "../../policypack/report/baseline";
import type { ScanReport } from "../../policypack/report/model";
import { examples, now, repoRoot, run, stackTraceLine } from "./helpers";

let dir: string;
const prod = path.join(examples, "alicloud-customer-data.cn-hangzhou.json");
let baselineFile: string;
let baseline: ScanReport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-baseline-"));
  baselineFile = path.join(dir, "before.json");
  // The baseline: one stack only; the scan then adds another stack's findings.
  const r = await run(["scan", prod, "--now", "2026-11-01", "--format", "json", "--output", baselineFile]);
  expect(r.code).toBe(1);
  baseline = JSON.parse(fs.readFileSync(baselineFile, "utf8")) as ScanReport;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("marks each finding new or unchanged, lists the fixed ones, and summarises it in every format", async () => {
  const r = await run(["scan", examples, "--now", now, "--format", "json", "--baseline", baselineFile]);
  expect(r.stderr).toBe("");
  const report = JSON.parse(r.stdout) as ScanReport;
  const before = new Set(baseline.findings.map(findingKey));
  for (const f of report.findings) expect(f.baseline).toBe(before.has(findingKey(f)) ? "unchanged" : "new");
  expect(report.baseline!.new).toBe(report.findings.filter((f) => f.baseline === "new").length);
  expect(report.baseline!.unchanged).toBeGreaterThan(0);
  expect(report.baseline!.new).toBeGreaterThan(0);
  expect(report.baseline!.generatedAt).toBe(baseline.generatedAt);
  const text = (await run(["scan", examples, "--now", now, "--baseline", baselineFile])).stdout;
  const line = `${report.baseline!.new} new, ${report.baseline!.unchanged} unchanged, ${report.baseline!.fixed.length} fixed since 2026-11-01`;
  expect(text).toContain(line);
  for (const format of ["markdown", "html"]) {
    const out = (await run(["scan", examples, "--now", now, "--format", format, "--baseline", baselineFile])).stdout;
    expect(out).toContain(line);
    expect(out).toMatch(/Left to move|Since the baseline/);
  }
  const sarif = JSON.parse((await run(["scan", examples, "--now", now, "--format", "sarif", "--baseline", baselineFile])).stdout) as {
    runs: { results: { baselineState?: string }[] }[];
  };
  const states = sarif.runs[0]!.results.map((x) => x.baselineState);
  expect(states.filter((s) => s === "new").length).toBe(report.baseline!.new);
  expect(states.filter((s) => s === "unchanged").length).toBe(report.baseline!.unchanged);
});

it("a finding gone since the baseline is fixed (SARIF absent)", async () => {
  // The baseline scanned with a finding the current scan cannot have: a made-up URN.
  const doctored = JSON.parse(JSON.stringify(baseline)) as { findings: Record<string, unknown>[] };
  doctored.findings.push({
    ...doctored.findings[0]!,
    urn: "urn:pulumi:prod-cn::customer-data::alicloud:oss/bucket:Bucket::deleted-bucket",
    name: "deleted-bucket",
  });
  const file = path.join(dir, "doctored.json");
  fs.writeFileSync(file, JSON.stringify(doctored));
  const r = await run(["scan", prod, "--now", now, "--format", "json", "--baseline", file]);
  const report = JSON.parse(r.stdout) as ScanReport;
  expect(report.baseline!.fixed.map((f) => f.name)).toEqual(["deleted-bucket"]);
  expect(report.baseline!.new).toBe(0);
  const sarif = JSON.parse((await run(["scan", prod, "--now", now, "--format", "sarif", "--baseline", file])).stdout) as {
    runs: { results: { baselineState?: string }[] }[];
  };
  expect(sarif.runs[0]!.results.filter((x) => x.baselineState === "absent")).toHaveLength(1);
});

it("--fail-on new: exit 1 only for new mandatory findings", async () => {
  const same = await run(["scan", prod, "--now", now, "--fail-on", "new", "--baseline", baselineFile, "--format", "json"]);
  expect(same.code).toBe(0);
  expect((JSON.parse(same.stdout) as ScanReport).totals.mandatory).toBeGreaterThan(0);
  const more = await run(["scan", examples, "--now", now, "--fail-on", "new", "--baseline", baselineFile, "--format", "json"]);
  expect(more.code).toBe(1);
  expect((JSON.parse(more.stdout) as ScanReport).exitCode).toBe(1);
});

it("bad baselines and --fail-on new without --baseline: exit 2, one line naming the file, no report", async () => {
  const corrupt = path.join(dir, "corrupt.json");
  fs.writeFileSync(corrupt, '{"reportVersion": 1, "findings": [');
  const notReport = path.join(dir, "export.json");
  fs.copyFileSync(path.join(repoRoot, prod), notReport);
  const otherDet = path.join(dir, "other.json");
  const o = JSON.parse(fs.readFileSync(baselineFile, "utf8")) as { determinations: { id: string }[] };
  o.determinations = [{ ...o.determinations[0]!, id: "someone-elses" }];
  fs.writeFileSync(otherDet, JSON.stringify(o));
  const cases: [string[], RegExp][] = [
    [["--fail-on", "new"], /--fail-on new needs --baseline/],
    [["--baseline", corrupt], /corrupt\.json: baseline truncated JSON/],
    [["--baseline", path.join(dir, "missing.json")], /missing\.json: baseline no such file/],
    [["--baseline", notReport], /export\.json: not a us-person-data-guard --format json report/],
    [["--baseline", otherDet], /other\.json: baseline is from another determination \(someone-elses/],
  ];
  for (const [args, re] of cases) {
    const out = path.join(dir, "report-out.json");
    const r = await run(["scan", prod, "--now", now, "--output", out, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(stackTraceLine);
    expect(fs.existsSync(out)).toBe(false);
  }
});

it("parseBaseline: any JSON value either reads or fails with a BaselineError naming the file", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      try {
        parseBaseline(v, "b.json");
      } catch (e) {
        expect(e).toBeInstanceOf(BaselineError);
        expect((e as Error).message.startsWith("b.json: ")).toBe(true);
        expect((e as Error).message).not.toContain("\n");
      }
    }),
  );
});

it("Markdown and HTML chart what is left to move, then and now, per provider and region", async () => {
  // The baseline holds every example; the scan now only one stack: the other places drop to 0.
  const all = path.join(dir, "all.json");
  expect((await run(["scan", examples, "--now", "2026-11-01", "--format", "json", "--output", all])).code).toBe(1);
  const then = JSON.parse(fs.readFileSync(all, "utf8")) as ScanReport;
  const current = JSON.parse((await run(["scan", prod, "--now", now, "--format", "json", "--baseline", all])).stdout) as ScanReport;
  const count = (groups: ScanReport["inventory"]["byProviderRegion"], pkg: string, region?: string): number =>
    groups.filter((g) => g.package === pkg && g.region === region).reduce((a, g) => a + g.count, 0);
  const places = new Map<string, { package: string; region?: string }>();
  for (const g of [...then.inventory.byProviderRegion, ...current.inventory.byProviderRegion]) places.set(`${g.package} ${g.region}`, g);
  expect(places.size).toBeGreaterThan(2);
  const md = (await run(["scan", prod, "--now", now, "--format", "markdown", "--baseline", all])).stdout;
  const html = (await run(["scan", prod, "--now", now, "--format", "html", "--baseline", all])).stdout;
  expect(md).toContain("#### Left to move, 2026-11-01 → now");
  expect(md).not.toContain("``"); // no empty code span for a place with nothing left
  let gone = 0;
  for (const p of places.values()) {
    const [a, b] = [
      count(then.inventory.byProviderRegion, p.package, p.region),
      count(current.inventory.byProviderRegion, p.package, p.region),
    ];
    if (b === 0) gone++;
    const region = p.region !== undefined ? `\`${p.region}\`` : "_not set_";
    expect(md).toContain(`| \`${p.package}\` | ${region} | ${a} | ${b} |`);
    const hRegion = p.region !== undefined ? `<code>${p.region}</code>` : "not set";
    expect(html).toContain(`<tr><td><code>${p.package}</code></td><td>${hRegion}</td><td class="num">${a}</td><td class="num">${b}</td>`);
  }
  expect(gone).toBeGreaterThan(0);
});
