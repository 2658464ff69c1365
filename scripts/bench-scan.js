#!/usr/bin/env node
/**
 * Benchmark of `us-person-data-guard scan` on a 100,000-resource stack export
 * (`npm run bench:scan`; builds first; `npm run bench` runs it too). Prints,
 * in one run:
 *   - the floor: reading the file and JSON.parse of its text, nothing else.
 *     Two ways of reading are timed and the faster one is the floor:
 *     fs.readFileSync(file, "utf8"), and readFileSync to a Buffer then
 *     toString("utf8") (on Node 20 the first was measured about 100 ms
 *     slower on this file, which would flatter the ratio);
 *   - scan: the whole command in process, from main() to the report written
 *     atomically with --output (read, parse, views, decide, data flows,
 *     report, render, write), in the default format (text) and as JSON;
 *   - each scan's ratio to the floor (target ≤ 1.5×) and peak RSS;
 *   - one extra run, step by step (the same functions runScan calls), with
 *     the garbage collector's share of each step.
 * Every measurement runs in a fresh child process; the kinds alternate, their
 * order rotating from round to round; medians are compared.
 *
 * The export is laid out as `pulumi stack export` writes it (every value on
 * its own line, four spaces per level); --layout one-line writes each resource
 * on one line instead (a smaller file, for comparison).
 *
 * Also a self-managed backend of --stacks N (default 1000) stacks, each of
 * the same number of resources in all divided among them (100 each by
 * default), as `file://<dir>` (`.pulumi/stacks/<project>/<stack>.json`): its
 * scan must cost per resource what the one big file's does (target ≤ 1.25×
 * the big file's scan, same format).
 *
 * Options: --resources N (default 100000), --stacks N (default 1000), --runs N (default 7, BENCH_QUICK=1: 3),
 * --layout pulumi|one-line, --keep (keep the generated file).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist", "policypack", "cli", "main.js");

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const quick = process.env.BENCH_QUICK === "1";
const count = Number(arg("--resources", "100000"));
const runs = Number(arg("--runs", quick ? "3" : "7"));
const keep = process.argv.includes("--keep");
const layout = arg("--layout", "pulumi");
if (layout !== "pulumi" && layout !== "one-line") {
  console.error(`bench-scan: --layout is pulumi or one-line, not ${layout}`);
  process.exit(2);
}
const target = 1.5;
const stackCount = Number(arg("--stacks", "1000"));
const backendTarget = 1.25;

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

/** Writes a realistic export: mostly AWS in us-east-1, some Alibaba Cloud, some AWS in Hong Kong, secrets, dependencies. */
/**
 * Writes the export. `secrets: false` writes user data as plain text instead
 * of a secret envelope (whose made-up ciphertext no passphrase decrypts), so
 * that `pulumi stack import` takes the file (tests/e2e/bench-export.test.ts).
 */
function generate(file, n, { secrets = true, stack = "prod", project = "bench" } = {}) {
  const fd = fs.openSync(file, "w");
  const pre = `urn:pulumi:${stack}::${project}::`;
  const stackUrn = `${pre}pulumi:pulumi:Stack::${project}-${stack}`;
  const ts = "2026-11-20T10:00:00.123456Z";
  const providers = [
    {
      urn: `${pre}pulumi:providers:aws::default_6_66_0`,
      id: "1f0e0c1a-0000-4000-8000-000000000001",
      type: "pulumi:providers:aws",
      region: "us-east-1",
    },
    {
      urn: `${pre}pulumi:providers:aws::hong-kong`,
      id: "1f0e0c1a-0000-4000-8000-000000000002",
      type: "pulumi:providers:aws",
      region: "ap-east-1",
    },
    {
      urn: `${pre}pulumi:providers:alicloud::default_3_105_0`,
      id: "1f0e0c1a-0000-4000-8000-000000000003",
      type: "pulumi:providers:alicloud",
      region: "cn-hangzhou",
    },
  ];
  // The layout `pulumi stack export` writes: every value on its own line, four spaces per level.
  const indented = (o, level) => JSON.stringify(o, null, 4).replace(/\n/g, `\n${" ".repeat(4 * level)}`);
  const magic = require("crypto").createHash("sha256").update("v3.248.0").digest("hex");
  const secretsProviders = secrets
    ? `\n        "secrets_providers": ${indented({ type: "passphrase", state: { salt: "v1:AAAA:v1:BBBB:CCCC" } }, 2)},`
    : "";
  let buf = `{\n    "version": 3,\n    "deployment": {\n        "manifest": ${indented({ time: ts, magic, version: "v3.248.0" }, 2)},${secretsProviders}\n        "resources": [\n`;
  // Property values are written with their keys sorted, as the engine serialises property maps.
  const sorted = (v) =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted(v[k])]),
          )
        : v;
  const emit = (o, last) => {
    if (o.inputs) o.inputs = sorted(o.inputs);
    if (o.outputs) o.outputs = sorted(o.outputs);
    buf += `            ${layout === "one-line" ? JSON.stringify(o) : indented(o, 3)}${last ? "" : ","}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = "";
    }
  };
  emit({ urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack", created: ts, modified: ts }, false);
  for (const p of providers) {
    const props = { region: p.region, version: p.type.endsWith("aws") ? "6.66.0" : "3.105.0" };
    emit(
      { urn: p.urn, custom: true, id: p.id, type: p.type, inputs: props, outputs: props, parent: stackUrn, created: ts, modified: ts },
      false,
    );
  }
  const total = n - 1 - providers.length;
  const userData = secrets
    ? { [SIG]: SECRET, ciphertext: "v1:QUJDREVGR0hJSktMTU5PUA==:c2VjcmV0LXVzZXItZGF0YS1ibG9i" }
    : "#!/bin/sh\necho hello";
  for (let i = 0; i < total; i++) {
    const k = i % 20;
    const tags = {
      "data-classification": i % 3 === 0 ? "us-person" : "internal",
      team: `team-${i % 17}`,
      "cost-center": `cc-${1000 + (i % 250)}`,
    };
    let r;
    if (k < 2) {
      // Alibaba Cloud (10 %)
      const p = providers[2];
      const name = `ali-${i}`;
      r = {
        urn: `${pre}alicloud:oss/bucket:Bucket::${name}`,
        custom: true,
        id: `acme-${name}`,
        type: "alicloud:oss/bucket:Bucket",
        inputs: { bucket: `acme-${name}`, storageClass: "Standard", tags, versioning: { status: "Enabled" } },
        outputs: {
          bucket: `acme-${name}`,
          extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com",
          intranetEndpoint: "oss-cn-hangzhou-internal.aliyuncs.com",
          location: "oss-cn-hangzhou",
          id: `acme-${name}`,
          storageClass: "Standard",
          tags,
          versioning: { status: "Enabled" },
          redundancyType: "LRS",
          acl: "private",
        },
        parent: stackUrn,
        provider: `${p.urn}::${p.id}`,
      };
    } else if (k === 2) {
      // AWS in Hong Kong (5 %)
      const p = providers[1];
      const name = `hk-${i}`;
      r = {
        urn: `${pre}aws:s3/bucketV2:BucketV2::${name}`,
        custom: true,
        id: `acme-${name}`,
        type: "aws:s3/bucketV2:BucketV2",
        inputs: { bucket: `acme-${name}`, forceDestroy: false, tags, tagsAll: tags },
        outputs: {
          arn: `arn:aws:s3:::acme-${name}`,
          bucket: `acme-${name}`,
          bucketDomainName: `acme-${name}.s3.amazonaws.com`,
          bucketRegionalDomainName: `acme-${name}.s3.ap-east-1.amazonaws.com`,
          hostedZoneId: "ZNB98KWMFR0R6",
          id: `acme-${name}`,
          region: "ap-east-1",
          tags,
          tagsAll: tags,
        },
        parent: stackUrn,
        provider: `${p.urn}::${p.id}`,
      };
    } else if (k < 10) {
      const p = providers[0];
      const name = `docs-${i}`;
      r = {
        urn: `${pre}aws:s3/bucketV2:BucketV2::${name}`,
        custom: true,
        id: `acme-${name}`,
        type: "aws:s3/bucketV2:BucketV2",
        inputs: { bucket: `acme-${name}`, forceDestroy: false, tags, tagsAll: tags },
        outputs: {
          accelerationStatus: "",
          arn: `arn:aws:s3:::acme-${name}`,
          bucket: `acme-${name}`,
          bucketDomainName: `acme-${name}.s3.amazonaws.com`,
          bucketRegionalDomainName: `acme-${name}.s3.us-east-1.amazonaws.com`,
          forceDestroy: false,
          hostedZoneId: "Z3AQBSTGFYJSTF",
          id: `acme-${name}`,
          objectLockEnabled: false,
          region: "us-east-1",
          requestPayer: "BucketOwner",
          tags,
          tagsAll: tags,
        },
        parent: stackUrn,
        provider: `${p.urn}::${p.id}`,
      };
    } else if (k < 16) {
      const p = providers[0];
      const name = `app-${i}`;
      r = {
        urn: `${pre}aws:ec2/instance:Instance::${name}`,
        custom: true,
        id: `i-0${(1e15 + i).toString(16)}`,
        type: "aws:ec2/instance:Instance",
        inputs: {
          ami: "ami-0c7217cdde317cfec",
          instanceType: "t3.medium",
          subnetId: `subnet-0${(i % 64).toString(16)}a1b2c3d4e5f6`,
          vpcSecurityGroupIds: ["sg-0a1b2c3d4e5f60718"],
          tags,
          userData,
        },
        outputs: {
          ami: "ami-0c7217cdde317cfec",
          arn: `arn:aws:ec2:us-east-1:123456789012:instance/i-0${(1e15 + i).toString(16)}`,
          availabilityZone: `us-east-1${"abcdef"[i % 6]}`,
          instanceState: "running",
          instanceType: "t3.medium",
          privateIp: `10.0.${i % 250}.${i % 200}`,
          subnetId: `subnet-0${(i % 64).toString(16)}a1b2c3d4e5f6`,
          tags,
          tagsAll: tags,
          vpcSecurityGroupIds: ["sg-0a1b2c3d4e5f60718"],
          userData,
        },
        parent: stackUrn,
        dependencies: [`${pre}aws:s3/bucketV2:BucketV2::docs-${i - (i % 20) + 5}`],
        provider: `${p.urn}::${p.id}`,
      };
    } else {
      const name = `role-${i}`;
      const policy = JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
      });
      r = {
        urn: `${pre}aws:iam/role:Role::${name}`,
        custom: true,
        id: name,
        type: "aws:iam/role:Role",
        inputs: { assumeRolePolicy: policy, name, path: "/", tags },
        outputs: {
          arn: `arn:aws:iam::123456789012:role/${name}`,
          assumeRolePolicy: policy,
          createDate: ts,
          id: name,
          maxSessionDuration: 3600,
          name,
          path: "/",
          tags,
          tagsAll: tags,
          uniqueId: `AROA${i}`,
        },
        parent: stackUrn,
        provider: `${providers[0].urn}::${providers[0].id}`,
      };
    }
    r.created = ts;
    r.modified = ts;
    emit(r, i === total - 1);
  }
  buf += `        ],\n        "metadata": {}\n    }\n}\n`;
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}

const floorUtf8Child = `
const fs = require("fs");
const t0 = process.hrtime.bigint();
const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (!doc.deployment) process.exit(3);
process.stdout.write(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

const floorBufferChild = `
const fs = require("fs");
const t0 = process.hrtime.bigint();
const doc = JSON.parse(fs.readFileSync(process.argv[1]).toString("utf8"));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (!doc.deployment) process.exit(3);
process.stdout.write(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

const scanChild = `
const { main } = require(process.argv[1]);
const sink = { write() { return true; }, isTTY: false };
const t0 = process.hrtime.bigint();
main(["scan", process.argv[2], "--format", process.argv[3], "--output", process.argv[4], "--now", "2026-11-28"], { stdout: sink, stderr: { write: (s) => process.stderr.write(s) }, env: {}, cwd: process.cwd() }).then((code) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, code, rssMiB: process.resourceUsage().maxRSS / 1024 }));
});
`;

// runScan and scanCommand step by step (the same functions, in the same order), with wall time and GC time per step.
const phasesChild = `
const D = process.argv[1];
const { PerformanceObserver, performance } = require("perf_hooks");
const gcs = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push([e.startTime, e.duration]); }).observe({ entryTypes: ["gc"] });
const { readSnapshotFile } = require(D + "/state/snapshot.js");
const { loadScanConfig } = require(D + "/cli/config.js");
const { Analyser } = require(D + "/cli/scan.js");
const { ReportBuilder } = require(D + "/report/build.js");
const { renderOutput } = require(D + "/report/index.js");
const { writeFileAtomic } = require(D + "/cli/output.js");
const { policyInfo } = require(D + "/cli/policies.js");
const [file, format, output] = process.argv.slice(2);
const config = loadScanConfig(undefined, process.cwd());
const now = new Date("2026-11-28"); const clock = () => now;
const info = policyInfo();
const builder = new ReportBuilder({ tool: { name: "bench", version: "0", url: "" }, now, failOn: "mandatory", expiryWarningDays: 30,
  policies: [...info.values()].map((i) => ({ name: i.name, displayName: i.displayName, description: i.description, enforcementLevel: i.defaultLevel, severity: i.severity, url: i.url, remediationSteps: i.remediationSteps, settings: config.policies.get(i.name).settings })) });
const marks = []; let t = performance.now();
const step = (k) => { const n = performance.now(); marks.push([k, t, n]); t = n; };
let analyser;
const read = readSnapshotFile(file, "x", { start: () => { const a = (analyser = new Analyser(config, clock)); return (v) => a.visit(v); } });
let snapshot = read.snapshot; step("read+parse+views+decide");
const findings = analyser.finish(); read.close(); step("flows");
builder.addScanned({ input: "x", format: snapshot.format, stacks: snapshot.stacks, projects: snapshot.projects, resources: snapshot.resources.length, secrets: snapshot.secrets }, findings); snapshot = undefined; step("findings");
const report = builder.build(); step("report");
// The JSON report is made while it is written (batch by batch): one step for both.
writeFileAtomic(output, renderOutput(format, report, { color: false, grouped: false })); step("render+write");
setTimeout(() => process.stdout.write(JSON.stringify(marks.map(([k, a, b]) => {
  let gc = 0; for (const [s, d] of gcs) if (s >= a && s < b) gc += d;
  return { step: k, ms: b - a, gc };
}))), 20);
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function child(script, args) {
  return JSON.parse(execFileSync(process.execPath, ["-e", script, ...args], { maxBuffer: 1 << 20 }).toString());
}

function run() {
  if (!fs.existsSync(cli)) {
    console.error(`bench-scan: ${path.relative(process.cwd(), cli)} not found; run 'npm run build' first`);
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-bench-"));
  const file = path.join(dir, "export.json");
  const g0 = Date.now();
  generate(file, count);
  const size = fs.statSync(file).size;
  console.log(
    `scan benchmark: ${count.toLocaleString("en-US")} resources, ${(size / 1048576).toFixed(1)} MiB export (${layout === "pulumi" ? "laid out as pulumi stack export writes it" : "one resource per line"}), generated in ${Date.now() - g0} ms; ${runs} rounds, each kind in a fresh process`,
  );
  const backend = path.join(dir, "backend");
  const perStack = Math.max(5, Math.floor(count / stackCount));
  for (let i = 0; i < stackCount; i++) {
    const project = `app-${i % 50}`;
    const stack = `env-${i}`;
    const d = path.join(backend, ".pulumi", "stacks", project);
    fs.mkdirSync(d, { recursive: true });
    generate(path.join(d, `${stack}.json`), perStack, { stack, project });
  }
  console.log(`  backend: ${stackCount} stacks × ${perStack} resources (file://${backend})`);
  const kinds = [
    { name: "floor utf8", run: () => child(floorUtf8Child, [file]) },
    { name: "floor buffer", run: () => child(floorBufferChild, [file]) },
    { name: "scan text", run: () => child(scanChild, [cli, file, "text", path.join(dir, "report.txt")]) },
    { name: "scan json", run: () => child(scanChild, [cli, file, "json", path.join(dir, "report.json")]) },
    { name: "scan backend", run: () => child(scanChild, [cli, `file://${backend}`, "json", path.join(dir, "backend.json")]) },
  ];
  const ms = new Map(kinds.map((k) => [k.name, []]));
  const rss = new Map(kinds.map((k) => [k.name, 0]));
  let code;
  // One untimed read first, so the file is in the page cache for every timed run.
  child(floorBufferChild, [file]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < kinds.length; j++) {
      const k = kinds[(i + j) % kinds.length];
      const r = k.run();
      ms.get(k.name).push(r.ms);
      rss.set(k.name, Math.max(rss.get(k.name), r.rssMiB));
      if (r.code !== undefined) code = r.code;
    }
  }
  const med = (k) => median(ms.get(k));
  const floorName = med("floor buffer") <= med("floor utf8") ? "floor buffer" : "floor utf8";
  const floor = med(floorName);
  for (const k of kinds)
    console.log(
      `  ${k.name.padEnd(12)} median ${med(k.name).toFixed(0).padStart(5)} ms, peak RSS ${rss.get(k.name).toFixed(0)} MiB; samples ${ms
        .get(k.name)
        .map((x) => x.toFixed(0))
        .join(" ")}`,
    );
  console.log(
    `  floor = ${floorName} (the faster way to read), ${floor.toFixed(0)} ms; scan exit code ${code}; reports: text ${(fs.statSync(path.join(dir, "report.txt")).size / 1048576).toFixed(1)} MiB, json ${(fs.statSync(path.join(dir, "report.json")).size / 1048576).toFixed(1)} MiB`,
  );
  for (const [name, label] of [
    ["scan text", "default format (text)"],
    ["scan json", "--format json"],
  ]) {
    const ratio = med(name) / floor;
    console.log(
      `${ratio <= target ? "PASS" : "MISS"}  scan, ${count} resources, ${label} --output, vs read + JSON.parse: ${ratio.toFixed(3)}× (${med(name).toFixed(0)} vs ${floor.toFixed(0)} ms; peak RSS ${rss.get(name).toFixed(0)} MiB vs ${rss.get(floorName).toFixed(0)} MiB)  target ≤ ${target.toFixed(2)}×`,
    );
  }
  {
    // Per resource: the backend holds stackCount × perStack resources, the big file `count`.
    const ratio = med("scan backend") / (stackCount * perStack) / (med("scan json") / count);
    console.log(
      `${ratio <= backendTarget ? "PASS" : "MISS"}  scan, backend of ${stackCount} stacks × ${perStack} resources, --format json, per resource vs the one big file: ${ratio.toFixed(3)}× (${med("scan backend").toFixed(0)} ms for ${stackCount * perStack} vs ${med("scan json").toFixed(0)} ms for ${count})  target ≤ ${backendTarget.toFixed(2)}×`,
    );
  }
  for (const format of ["text", "json"]) {
    const p = child(phasesChild, [path.join(root, "dist", "policypack"), file, format, path.join(dir, `phases.${format}`)]);
    const total = p.reduce((n, s) => n + s.ms, 0);
    console.log(
      `  where a ${format} scan's time goes (one run, ${total.toFixed(0)} ms; of which garbage collection): ${p.map((s) => `${s.step} ${s.ms.toFixed(0)} (${s.gc.toFixed(0)})`).join(", ")}`,
    );
  }
  if (keep) console.log(`  kept ${file}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) run();
module.exports = { generate };
