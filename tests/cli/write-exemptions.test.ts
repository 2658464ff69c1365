/** `--write-exemptions`: grandfathering every current finding, one exemption per stack, atomically. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { expiresProblem, maxExpiryDays } from "../../policypack/cli/exemptions";
import { policyNames } from "../../policypack/determination/schema";
import type { ScanReport } from "../../policypack/report/model";
import { examples, now, repoRoot, run, stackTraceLine } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-wex-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const base = ["scan", examples, "--now", now, "--format", "json"];
const opts = (file: string): string[] => [
  "--write-exemptions",
  file,
  "--expires",
  "2027-06-30",
  "--reason",
  "grandfathered during migration",
];

interface Exemption {
  id: string;
  resources: string[];
  reason: string;
  expires: string;
  approvedBy?: string;
  ticket?: string;
}

it("writes one exemption per stack with the exact URNs of the non-exempt findings, under every policy; the scan still reports", async () => {
  const file = path.join(dir, "grandfathered.json");
  const r = await run([...base, ...opts(file), "--approved-by", "ciso@example.com", "--ticket", "SEC-1"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as ScanReport;
  const cfg = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, { exemptions: Exemption[] }>;
  for (const p of policyNames) expect(cfg[p]!.exemptions).toEqual(cfg["restricted-provider"]!.exemptions);
  const ex = cfg["restricted-provider"]!.exemptions;
  const want = new Map<string, Set<string>>();
  for (const f of report.findings) {
    if (f.exempted) continue;
    const id = `GRANDFATHERED-${f.project}-${f.stack}`;
    if (!want.has(id)) want.set(id, new Set());
    want.get(id)!.add(f.urn);
  }
  expect(new Map(ex.map((e) => [e.id, new Set(e.resources)]))).toEqual(want);
  for (const e of ex) {
    expect(e).toMatchObject({
      reason: "grandfathered during migration",
      expires: "2027-06-30",
      approvedBy: "ciso@example.com",
      ticket: "SEC-1",
    });
    for (const u of e.resources) expect(u).not.toMatch(/[*?]/);
  }
  // Scanning again with the file: everything found before is exempted, nothing blocks.
  const again = await run([...base, "--config", file]);
  const rep2 = JSON.parse(again.stdout) as ScanReport;
  expect(rep2.totals.mandatory).toBe(0);
  expect(again.code).toBe(0);
  expect(rep2.exemptions.filter((e) => e.id.startsWith("GRANDFATHERED-")).every((e) => e.matched > 0)).toBe(true);
});

it("keeps the --config settings, uses --id-prefix, and never overwrites without --force", async () => {
  const cfgIn = path.join(repoRoot, "examples", "configs", "migration-advisory.json");
  const file = path.join(dir, "prefixed.json");
  const r = await run([...base, "--config", cfgIn, ...opts(file), "--id-prefix", "LEGACY"]);
  expect(r.code).not.toBe(2);
  const written = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
  const original = JSON.parse(fs.readFileSync(cfgIn, "utf8")) as Record<string, unknown>;
  for (const [k, v] of Object.entries(original)) {
    if (typeof v === "object" && v !== null)
      for (const [kk, vv] of Object.entries(v)) if (kk !== "exemptions") expect(written[k]![kk]).toEqual(vv);
  }
  const ids = (written["restricted-region"]!["exemptions"] as Exemption[]).map((e) => e.id);
  expect(ids.some((i) => i.startsWith("LEGACY-"))).toBe(true);
  const before = fs.readFileSync(file, "utf8");
  const again = await run([...base, ...opts(file)]);
  expect(again.code).toBe(2);
  expect(again.stdout).toBe("");
  expect(again.stderr).toMatch(/prefixed\.json: already exists \(pass --force to replace it\)\n$/);
  expect(fs.readFileSync(file, "utf8")).toBe(before);
  const forced = await run([...base, ...opts(file), "--force"]);
  expect(forced.code).toBe(1);
  expect(fs.readFileSync(file, "utf8")).not.toBe(before);
});

it("bad requests: exit 2, one line, no report, nothing written", async () => {
  const file = path.join(dir, "never.json");
  const cases: [string[], RegExp][] = [
    [["--write-exemptions", file, "--reason", "r"], /needs --expires/],
    [["--write-exemptions", file, "--expires", "2027-06-30"], /needs --reason/],
    [["--expires", "2027-06-30"], /--expires is only used with --write-exemptions/],
    [[...opts(file).slice(0, 3), "2026-02-30", "--reason", "r"], /not a real calendar date/],
    [[...opts(file).slice(0, 3), "2026-11-28", "--reason", "r"], /not in the future/],
    [[...opts(file).slice(0, 3), "2028-01-01", "--reason", "r"], /more than 365 days ahead/],
    [[...opts(file).slice(0, 3), "soon", "--reason", "r"], /not a date/],
    [[...opts(file), "--id-prefix", "a b"], /--id-prefix/],
    [
      ["--write-exemptions", path.join(dir, "no-such-dir", "x.json"), "--expires", "2027-06-30", "--reason", "r"],
      /no-such-dir\/x\.json: cannot write: no such directory\n$/,
    ],
    [
      ["--write-exemptions", path.join(repoRoot, "package.json", "x.json"), "--expires", "2027-06-30", "--reason", "r"],
      /package\.json\/x\.json: cannot write: a path component is not a directory\n$/,
    ],
    [["--output", path.join(dir, "no-such-dir", "r.json"), ...opts(file)], /r\.json: cannot write: no such directory\n$/],
  ];
  for (const [args, re] of cases) {
    const r = await run([...base, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(stackTraceLine);
    expect(fs.existsSync(file)).toBe(false);
  }
  // An unwritable exemptions file is found before the scan: the --output report is not written either.
  const report = path.join(dir, "report.json");
  const u = await run([...base, "--output", report, ...opts(path.join(dir, "no-such-dir", "x.json"))]);
  expect([u.code, u.stdout]).toEqual([2, ""]);
  expect(fs.existsSync(report)).toBe(false);
  // A failed input: the report says so, the file is not written.
  const bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, "{");
  const r = await run(["scan", examples, bad, "--keep-going", "--now", now, ...opts(file)]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/never\.json: not written/);
  expect(fs.existsSync(file)).toBe(false);
});

it("expiresProblem: accepts exactly the real dates after the scan's day and within 365 days", () => {
  const at = new Date("2026-11-28T15:00:00Z");
  const day = Date.UTC(2026, 10, 28);
  fc.assert(
    fc.property(fc.integer({ min: -800, max: 800 }), (offset) => {
      const d = new Date(day + offset * 86_400_000).toISOString().slice(0, 10);
      const ok = offset >= 1 && offset <= maxExpiryDays;
      expect(expiresProblem(d, at) === undefined).toBe(ok);
    }),
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), (s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) expect(expiresProblem(s, at)).toMatch(/not a date/);
    }),
  );
});
