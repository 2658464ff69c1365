/** The scan command in-process: decisions, exit codes, config, output, streams. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { examples, now, repoRoot, run, stackTraceLine } from "./helpers";

const cfg = "tests/cli/fixtures/config.json";
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-scan-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

interface JsonReport {
  exitCode: number;
  outcome: string;
  totals: Record<string, number>;
  findings: { policy: string; level: string; exempted: boolean; urn: string; name: string; exemption?: { id: string; status: string } }[];
  inputs: { input: string; status: string; error?: string }[];
  exemptions: { id: string; status: string; matched: number }[];
  policies: { name: string; enforcementLevel: string }[];
}

async function jsonScan(args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await run(["scan", ...args, "--format", "json", ...(args.includes("--now") ? [] : ["--now", now])]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const awsOnly = {
  version: 3,
  deployment: {
    manifest: { time: "2026-01-01T00:00:00Z", magic: "x", version: "v3.248.0" },
    resources: [
      { urn: "urn:pulumi:ok::clean::pulumi:pulumi:Stack::clean-ok", custom: false, type: "pulumi:pulumi:Stack" },
      {
        urn: "urn:pulumi:ok::clean::pulumi:providers:aws::default_6_66_0",
        custom: true,
        id: "p1",
        type: "pulumi:providers:aws",
        inputs: { region: "us-east-1" },
        outputs: { region: "us-east-1" },
      },
      {
        urn: "urn:pulumi:ok::clean::aws:s3/bucketV2:BucketV2::data",
        custom: true,
        id: "data-1",
        type: "aws:s3/bucketV2:BucketV2",
        inputs: { bucket: "data-1" },
        outputs: { bucket: "data-1", region: "us-east-1" },
        provider: "urn:pulumi:ok::clean::pulumi:providers:aws::default_6_66_0::p1",
      },
    ],
  },
};

describe("decisions and exit codes", () => {
  it("exits 1 on the examples: Alibaba Cloud everywhere, Hong Kong, Azure China, Tencent Cloud", async () => {
    const { code, report } = await jsonScan([examples]);
    expect(code).toBe(1);
    expect(report.exitCode).toBe(1);
    expect(report.outcome).toBe("fail");
    const byPolicy = (p: string): string[] => report.findings.filter((f) => f.policy === p).map((f) => f.name);
    expect(byPolicy("restricted-provider")).toEqual(
      expect.arrayContaining(["customer-data", "customer-db", "customer-db-admin", "app-server", "media-assets", "default_0_1_8"]),
    );
    expect(byPolicy("restricted-region")).toEqual(
      expect.arrayContaining(["documents-replica", "hong-kong", "analyticsdata", "analytics-rg"]),
    );
    expect(byPolicy("restricted-data-flow")).toContain("documents");
    // Clean resources are not reported.
    for (const clean of ["audit-logs", "analytics-exports", "raw-events", "replication-role"])
      expect(report.findings.map((f) => f.name)).not.toContain(clean);
    // Alibaba Cloud in us-west-1 is restricted by provider, not by region.
    const usw = report.findings.filter((f) => f.urn.includes("prod-us::"));
    expect(new Set(usw.map((f) => f.policy))).toEqual(new Set(["restricted-provider"]));
  });

  it("exits 0 when nothing is restricted", async () => {
    const file = writeTmp("clean.json", awsOnly);
    const r = await run(["scan", file, "--now", now]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PASS: 0 mandatory, 0 advisory, 0 exempted \(exit 0/);
    expect(r.exited).toEqual([0]);
  });

  it("honours --fail-on and enforcement levels", async () => {
    const advisoryCfg = writeTmp("advisory.json", { all: "advisory" });
    expect((await run(["scan", examples, "--config", advisoryCfg, "--now", now])).code).toBe(0);
    expect((await run(["scan", examples, "--config", advisoryCfg, "--fail-on", "advisory", "--now", now])).code).toBe(1);
    expect((await run(["scan", examples, "--fail-on", "none", "--now", now])).code).toBe(0);
    const { report } = await jsonScan([examples, "--config", advisoryCfg]);
    expect(report.totals["mandatory"]).toBe(0);
    expect(report.totals["advisory"]).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.level === "advisory")).toBe(true);
    // A policy's own level beats "all"; remediate acts as mandatory.
    const mixed = writeTmp("mixed.json", { all: "advisory", "restricted-region": { enforcementLevel: "remediate" } });
    const m = await jsonScan([examples, "--config", mixed]);
    expect(m.code).toBe(1);
    expect(new Set(m.report.findings.filter((f) => f.level === "mandatory").map((f) => f.policy))).toEqual(new Set(["restricted-region"]));
  });

  it("skips disabled policies", async () => {
    const c = writeTmp("disabled.json", { "restricted-provider": "disabled", "restricted-data-flow": { enforcementLevel: "disabled" } });
    const { report } = await jsonScan([examples, "--config", c]);
    expect(report.findings.some((f) => f.policy === "restricted-provider" || f.policy === "restricted-data-flow")).toBe(false);
    expect(report.findings.some((f) => f.policy === "restricted-region")).toBe(true);
    expect(report.policies.find((p) => p.name === "restricted-provider")?.enforcementLevel).toBe("disabled");
  });

  it("applies exemptions as the pack does: honoured ones exempt, expired ones do not", async () => {
    const { code, report } = await jsonScan([examples, "--config", cfg]);
    expect(code).toBe(1);
    const bucket = report.findings.filter((f) => f.urn === "urn:pulumi:prod-us::customer-data::alicloud:oss/bucket:Bucket::customer-data");
    expect(bucket.length).toBeGreaterThan(0);
    expect(bucket.every((f) => f.exempted && f.exemption?.id === "EXC-42")).toBe(true);
    const app = report.findings.filter((f) => f.urn === "urn:pulumi:prod-us::customer-data::alicloud:ecs/instance:Instance::app-server");
    expect(app.every((f) => !f.exempted && f.exemption?.status === "expired" && f.level === "mandatory")).toBe(true);
    expect(report.exemptions.map((e) => [e.id, e.status, e.matched])).toEqual([
      ["EXC-42", "expiring", 1],
      ["EXC-7", "expired", 1],
      ["EXC-99", "active", 0],
    ]);
    // Tencent Cloud's rule starts on 2027-01-01: upcoming, advisory.
    const tc = report.findings.filter((f) => f.name === "media-assets");
    expect(tc.find((f) => f.policy === "upcoming-restriction")?.level).toBe("advisory");
    expect(tc.some((f) => f.policy === "restricted-provider")).toBe(false);
  });

  it("judges dates at --now, and says so; never at a time from the environment", async () => {
    const later = await jsonScan([examples, "--config", cfg, "--now", "2027-02-01T00:00:00Z"]);
    // After 2027-01-01 the Tencent Cloud rule is in force; after 2026-12-15 EXC-42 has expired.
    expect(
      later.report.findings.some((f) => f.name === "media-assets" && f.policy === "restricted-provider" && f.level === "mandatory"),
    ).toBe(true);
    expect(later.report.exemptions.find((e) => e.id === "EXC-42")?.status).toBe("expired");
    expect((later.report as unknown as { clock: string }).clock).toBe("--now");
    const before = Date.now();
    const viaEnv = await run(["scan", examples, "--config", cfg, "--format", "json"], { env: { US_PERSON_DATA_GUARD_NOW: "2027-02-01" } });
    const envReport = JSON.parse(viaEnv.stdout) as { generatedAt: string; clock: string };
    expect(envReport.clock).toBe("system");
    expect(Date.parse(envReport.generatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(envReport.generatedAt).not.toBe("2027-02-01T00:00:00.000Z");
    for (const format of ["text", "markdown", "html"]) {
      const withNow = await run(["scan", examples, "--config", cfg, "--format", format, "--now", "2027-02-01"]);
      expect(withNow.stdout).toContain("given by --now");
      const withoutNow = await run(["scan", examples, "--config", cfg, "--format", format]);
      expect(withoutNow.stdout).not.toContain("given by --now");
    }
    const sarif = await run(["scan", examples, "--config", cfg, "--format", "sarif", "--now", "2027-02-01"]);
    expect((JSON.parse(sarif.stdout) as { runs: { properties: { clock: string; now: string } }[] }).runs[0]!.properties).toMatchObject({
      clock: "--now",
      now: "2027-02-01T00:00:00.000Z",
    });
  });
});

describe("configuration errors", () => {
  it("names the config file, the policy and the key", async () => {
    const bad = writeTmp("bad-cfg.json", { "restricted-region": { allowedRegions: { aws: [42] } } });
    const r = await run(["scan", examples, "--config", bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      new RegExp(
        `^us-person-data-guard: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid configuration for policy 'restricted-region', key 'allowedRegions\\.aws\\[0\\]': .+\\n$`,
      ),
    );
  });

  it("rejects unknown policies, bad levels, unknown presets, bad exemptions, non-JSON and missing files", async () => {
    const cases: [unknown, RegExp][] = [
      [{ "no-such-policy": "advisory" }, /policy 'no-such-policy', key 'no-such-policy': no such policy/],
      [{ all: "sometimes" }, /policy 'all', key 'all': must be an enforcement level/],
      [{ "restricted-provider": { enforcementLevel: "loud" } }, /policy 'restricted-provider', key 'enforcementLevel'/],
      [{ "restricted-provider": { determination: "no-such-preset" } }, /policy 'restricted-provider', key 'determination'/],
      [
        {
          "restricted-provider": { exemptions: [{ id: "X", resources: ["urn:pulumi:*::*::alicloud:*::*"], reason: "r", expires: "soon" }] },
        },
        /policy 'restricted-provider', key 'exemptions\[0\]\.expires'/,
      ],
      [{ "restricted-provider": { allowedRegions: { aws: ["us-*"] } } }, /policy 'restricted-provider', key 'allowedRegions'/],
      [[], /must be a JSON object/],
    ];
    for (const [content, pattern] of cases) {
      const f = writeTmp("c.json", content);
      const r = await run(["scan", examples, "--config", f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const notJson = writeTmp("c2.json", "{ all: advisory }");
    expect((await run(["scan", examples, "--config", notJson])).stderr).toMatch(
      /c2\.json: not valid JSON \(syntax error at line 1, column 3\)/,
    );
    expect((await run(["scan", examples, "--config", "nope.json"])).stderr).toBe("us-person-data-guard: nope.json: no such file\n");
  });
});

describe("usage", () => {
  it("prints help and version with exit 0", async () => {
    const help = await run(["scan", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: us-person-data-guard scan \[options\] <inputs\.\.\.>/);
    expect(help.stdout).toMatch(/--now <iso-date>/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/scan \[options\] <inputs\.\.\.>/);
    const version = await run(["--version"]);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("exits 2 on bad usage, with one line and no stack trace", async () => {
    for (const argv of [
      [],
      ["scan"],
      ["scan", examples, "--format", "pdf"],
      ["scan", examples, "--fail-on", "sometimes"],
      ["scan", examples, "--bogus"],
      ["frobnicate"],
      ["scan", examples, "--now", "yesterday"],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(stackTraceLine);
      expect(r.stdout).toBe("");
    }
    expect((await run(["scan", examples, "--now", "2026-13-45"])).stderr).toMatch(/^us-person-data-guard: invalid --now '2026-13-45'/);
    // The environment never sets the clock: a bad value there is not even read.
    expect((await run(["scan", examples, "--now", now], { env: { US_PERSON_DATA_GUARD_NOW: "soon" } })).stderr).not.toMatch(
      /US_PERSON_DATA_GUARD_NOW/,
    );
  });
});

describe("inputs", () => {
  it("reads '-' from stdin", async () => {
    const text = fs.readFileSync(path.join(repoRoot, examples, "mixed-clouds.preview.json"), "utf8");
    const r = await run(["scan", "-", "--format", "json", "--now", now], { stdin: text });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputs).toEqual([expect.objectContaining({ input: "<stdin>", status: "scanned" })]);
  });

  it("stops at the first bad input without --keep-going, printing no report", async () => {
    const bad = writeTmp("trunc.json", '{"version": 3, "deployment": {"resources": [');
    const r = await run(["scan", bad, examples, "--now", now]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`us-person-data-guard: ${bad}: truncated JSON (unexpected end of input)\n`);
  });

  it("with --keep-going reports the good inputs, lists the bad ones and still exits 2", async () => {
    const bad = writeTmp("bad.json", "not json");
    const r = await run(["scan", examples, bad, "missing.json", "--keep-going", "--format", "json", "--now", now]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `us-person-data-guard: ${bad}: not valid JSON (syntax error)`,
      "us-person-data-guard: missing.json: no such file or directory",
    ]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.exitCode).toBe(2);
    expect(report.outcome).toBe("error");
    expect(report.inputs.filter((i) => i.status === "failed").map((i) => i.input)).toEqual([bad, "missing.json"]);
    expect(report.inputs.filter((i) => i.status === "scanned")).toHaveLength(4);
    expect(report.totals["mandatory"]).toBeGreaterThan(0);
  });

  it("shows progress on a terminal stderr for multi-input runs, and clears it", async () => {
    const r = await run(["scan", examples, "--now", now], { stderrTTY: true });
    expect(r.stderr).toMatch(/\[1\/4\] scanning examples\/state\/alicloud-customer-data\.cn-hangzhou\.json/);
    expect(r.stderr.endsWith("\r\u001b[K")).toBe(true);
    const single = await run(["scan", path.join(examples, "aws-replication.json"), "--now", now], { stderrTTY: true });
    expect(single.stderr).toBe("");
    const notTty = await run(["scan", examples, "--now", now]);
    expect(notTty.stderr).toBe("");
  });
});

describe("output", () => {
  it("colours and groups text on a terminal unless NO_COLOR is set", async () => {
    const tty = await run(["scan", examples, "--now", now], { stdoutTTY: true });
    expect(tty.stdout).toContain("\u001b[");
    expect(tty.stdout).toMatch(/^ {2}alicloud cn-hangzhou \(CN\)/m);
    const noColor = await run(["scan", examples, "--now", now], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    expect(noColor.stdout).toMatch(/^ {2}alicloud cn-hangzhou \(CN\)/m);
    const noColorFlag = await run(["scan", examples, "--now", now, "--no-color"], { stdoutTTY: true });
    expect(noColorFlag.stdout).not.toContain("\u001b[");
    const pipe = await run(["scan", examples, "--now", now]);
    expect(pipe.stdout).not.toContain("\u001b[");
    expect(pipe.stdout).toMatch(
      /^MANDATORY restricted-provider pulumi:providers:alicloud 'default_3_105_0' cn-hangzhou \(CN\) stack customer-data\/prod-cn$/m,
    );
  });

  it("writes --output atomically and prints nothing", async () => {
    const out = path.join(tmp, "report.html");
    fs.writeFileSync(out, "old");
    const r = await run(["scan", examples, "--format", "html", "--output", out, "--now", now]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(fs.readFileSync(out, "utf8")).toMatch(/^<!doctype html>/);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes nothing when the output cannot be written or the scan fails", async () => {
    const missingDir = path.join(tmp, "no-such-dir", "r.json");
    const r = await run(["scan", examples, "--format", "json", "--output", missingDir, "--now", now]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`us-person-data-guard: ${missingDir}: cannot write: no such directory\n`);
    expect(fs.existsSync(path.dirname(missingDir))).toBe(false);
    const intoDir = await run(["scan", examples, "--output", tmp, "--now", now]);
    expect(intoDir.code).toBe(2);
    expect(intoDir.stderr).toMatch(/cannot write: is a directory/);
    const target = path.join(tmp, "kept.json");
    fs.writeFileSync(target, "previous");
    const bad = writeTmp("empty.json", "");
    const failed = await run(["scan", bad, "--output", target, "--now", now]);
    expect(failed.code).toBe(2);
    expect(fs.readFileSync(target, "utf8")).toBe("previous");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("scan: a state without stack config is placed by its identifiers", () => {
  it("reads the region from an ARN in outputs", async () => {
    const os = await import("os");
    const fs = await import("fs");
    const path = await import("path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-arn-"));
    const file = path.join(dir, "arn.json");
    const prov = "urn:pulumi:prod::p::pulumi:providers:aws::default_6_0_0";
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: 3,
        deployment: {
          manifest: { time: "2026-12-01T00:00:00Z", magic: "x", version: "v3.200.0" },
          resources: [
            {
              urn: prov,
              custom: true,
              id: "abc",
              type: "pulumi:providers:aws",
              inputs: { version: "6.0.0" },
              outputs: { version: "6.0.0" },
            },
            {
              urn: "urn:pulumi:prod::p::aws:rds/instance:Instance::db",
              custom: true,
              id: "db",
              type: "aws:rds/instance:Instance",
              inputs: { engine: "mysql" },
              outputs: { engine: "mysql", arn: "arn:aws:rds:ap-east-1:123456789012:db:db" },
              provider: `${prov}::abc`,
            },
            {
              urn: "urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::cn",
              custom: true,
              id: "cn",
              type: "aws:s3/bucketV2:BucketV2",
              inputs: {},
              outputs: { arn: "arn:aws-cn:s3:::cn" },
              provider: `${prov}::abc`,
            },
          ],
        },
      }),
    );
    const r = await run(["scan", file, "--format", "json", "--fail-on", "none"]);
    const report = JSON.parse(r.stdout) as { findings: { urn: string; policy: string; region?: string; jurisdictions?: string[] }[] };
    const byUrn = (suffix: string) =>
      report.findings.filter((f) => f.urn.endsWith(suffix)).map((f) => [f.policy, f.region, f.jurisdictions]);
    expect(byUrn("::db")).toEqual([["restricted-region", "ap-east-1", ["HK"]]]);
    expect(byUrn("::cn")).toEqual([["restricted-region", "aws-cn", ["CN"]]]);
  });
});
