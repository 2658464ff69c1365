#!/usr/bin/env node
/**
 * Benchmark of `us-person-data-guard scan` on a 100,000-resource stack export
 * (`npm run bench:scan`; builds first). Prints, in one run:
 *   - parse floor: fs.readFileSync + JSON.parse of the same file,
 *   - scan: the whole command in-process (read, parse, views, decide, flows,
 *     report, atomic write of the JSON report),
 *   - their ratio (target: well under 2×) and the scan's peak RSS.
 * Each measurement runs in a fresh child process (no warm caches shared
 * between them); the two kinds alternate, 5 runs each, and medians are shown.
 *
 * Options: --resources N (default 100000), --runs N (default 5), --format F
 * (default json), --keep (keep the generated file).
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

const count = Number(arg("--resources", "100000"));
const runs = Number(arg("--runs", "5"));
const format = arg("--format", "json");
const keep = process.argv.includes("--keep");

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

/** Writes a realistic export: mostly AWS in us-east-1, some Alibaba Cloud, some AWS in Hong Kong, secrets, dependencies. */
function generate(file, n) {
  const fd = fs.openSync(file, "w");
  const stack = "prod";
  const project = "bench";
  const pre = `urn:pulumi:${stack}::${project}::`;
  const stackUrn = `${pre}pulumi:pulumi:Stack::${project}-${stack}`;
  const ts = "2026-11-20T10:00:00.000000Z";
  const providers = [
    { urn: `${pre}pulumi:providers:aws::default_6_66_0`, id: "1f0e0c1a-0000-4000-8000-000000000001", type: "pulumi:providers:aws", region: "us-east-1" },
    { urn: `${pre}pulumi:providers:aws::hong-kong`, id: "1f0e0c1a-0000-4000-8000-000000000002", type: "pulumi:providers:aws", region: "ap-east-1" },
    { urn: `${pre}pulumi:providers:alicloud::default_3_105_0`, id: "1f0e0c1a-0000-4000-8000-000000000003", type: "pulumi:providers:alicloud", region: "cn-hangzhou" },
  ];
  let buf = `{\n    "version": 3,\n    "deployment": {\n        "manifest": {"time": "${ts}", "magic": "00", "version": "v3.248.0"},\n        "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:AAAA:v1:BBBB:CCCC"}},\n        "resources": [\n`;
  const emit = (o, last) => {
    buf += `            ${JSON.stringify(o)}${last ? "" : ","}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = "";
    }
  };
  emit({ urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack", outputs: {}, created: ts, modified: ts }, false);
  for (const p of providers) {
    const props = { region: p.region, version: p.type.endsWith("aws") ? "6.66.0" : "3.105.0" };
    emit({ urn: p.urn, custom: true, id: p.id, type: p.type, inputs: props, outputs: props, parent: stackUrn, created: ts, modified: ts }, false);
  }
  const total = n - 1 - providers.length;
  for (let i = 0; i < total; i++) {
    const k = i % 20;
    const tags = { "data-classification": i % 3 === 0 ? "us-person" : "internal", team: `team-${i % 17}`, "cost-center": `cc-${1000 + (i % 250)}` };
    let r;
    if (k < 2) {
      // Alibaba Cloud (10 %)
      const p = providers[2];
      const name = `ali-${i}`;
      r = {
        urn: `${pre}alicloud:oss/bucket:Bucket::${name}`, custom: true, id: `acme-${name}`, type: "alicloud:oss/bucket:Bucket",
        inputs: { bucket: `acme-${name}`, storageClass: "Standard", tags, versioning: { status: "Enabled" } },
        outputs: { bucket: `acme-${name}`, extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com", intranetEndpoint: "oss-cn-hangzhou-internal.aliyuncs.com", location: "oss-cn-hangzhou", id: `acme-${name}`, storageClass: "Standard", tags, versioning: { status: "Enabled" }, redundancyType: "LRS", acl: "private" },
        parent: stackUrn, provider: `${p.urn}::${p.id}`,
      };
    } else if (k === 2) {
      // AWS in Hong Kong (5 %)
      const p = providers[1];
      const name = `hk-${i}`;
      r = {
        urn: `${pre}aws:s3/bucketV2:BucketV2::${name}`, custom: true, id: `acme-${name}`, type: "aws:s3/bucketV2:BucketV2",
        inputs: { bucket: `acme-${name}`, forceDestroy: false, tags, tagsAll: tags },
        outputs: { arn: `arn:aws:s3:::acme-${name}`, bucket: `acme-${name}`, bucketDomainName: `acme-${name}.s3.amazonaws.com`, bucketRegionalDomainName: `acme-${name}.s3.ap-east-1.amazonaws.com`, hostedZoneId: "ZNB98KWMFR0R6", id: `acme-${name}`, region: "ap-east-1", tags, tagsAll: tags },
        parent: stackUrn, provider: `${p.urn}::${p.id}`,
      };
    } else if (k < 10) {
      const p = providers[0];
      const name = `docs-${i}`;
      r = {
        urn: `${pre}aws:s3/bucketV2:BucketV2::${name}`, custom: true, id: `acme-${name}`, type: "aws:s3/bucketV2:BucketV2",
        inputs: { bucket: `acme-${name}`, forceDestroy: false, tags, tagsAll: tags },
        outputs: { accelerationStatus: "", arn: `arn:aws:s3:::acme-${name}`, bucket: `acme-${name}`, bucketDomainName: `acme-${name}.s3.amazonaws.com`, bucketRegionalDomainName: `acme-${name}.s3.us-east-1.amazonaws.com`, forceDestroy: false, hostedZoneId: "Z3AQBSTGFYJSTF", id: `acme-${name}`, objectLockEnabled: false, region: "us-east-1", requestPayer: "BucketOwner", tags, tagsAll: tags },
        parent: stackUrn, provider: `${p.urn}::${p.id}`,
      };
    } else if (k < 16) {
      const p = providers[0];
      const name = `app-${i}`;
      r = {
        urn: `${pre}aws:ec2/instance:Instance::${name}`, custom: true, id: `i-0${(1e15 + i).toString(16)}`, type: "aws:ec2/instance:Instance",
        inputs: { ami: "ami-0c7217cdde317cfec", instanceType: "t3.medium", subnetId: `subnet-0${(i % 64).toString(16)}a1b2c3d4e5f6`, vpcSecurityGroupIds: ["sg-0a1b2c3d4e5f60718"], tags, userData: { [SIG]: SECRET, ciphertext: "v1:QUJDREVGR0hJSktMTU5PUA==:c2VjcmV0LXVzZXItZGF0YS1ibG9i" } },
        outputs: { ami: "ami-0c7217cdde317cfec", arn: `arn:aws:ec2:us-east-1:123456789012:instance/i-0${(1e15 + i).toString(16)}`, availabilityZone: `us-east-1${"abcdef"[i % 6]}`, instanceState: "running", instanceType: "t3.medium", privateIp: `10.0.${i % 250}.${i % 200}`, subnetId: `subnet-0${(i % 64).toString(16)}a1b2c3d4e5f6`, tags, tagsAll: tags, vpcSecurityGroupIds: ["sg-0a1b2c3d4e5f60718"], userData: { [SIG]: SECRET, ciphertext: "v1:QUJDREVGR0hJSktMTU5PUA==:c2VjcmV0LXVzZXItZGF0YS1ibG9i" } },
        parent: stackUrn, provider: `${providers[0].urn}::${providers[0].id}`, dependencies: [`${pre}aws:s3/bucketV2:BucketV2::docs-${i - (i % 20) + 5}`],
      };
    } else {
      const name = `role-${i}`;
      const policy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] });
      r = {
        urn: `${pre}aws:iam/role:Role::${name}`, custom: true, id: name, type: "aws:iam/role:Role",
        inputs: { assumeRolePolicy: policy, name, path: "/", tags },
        outputs: { arn: `arn:aws:iam::123456789012:role/${name}`, assumeRolePolicy: policy, createDate: ts, id: name, maxSessionDuration: 3600, name, path: "/", tags, tagsAll: tags, uniqueId: `AROA${i}` },
        parent: stackUrn, provider: `${providers[0].urn}::${providers[0].id}`,
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

const floorChild = `
const fs = require("fs");
const t0 = process.hrtime.bigint();
const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
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

// One extra run, phase by phase, to show where the time goes (same code the command runs).
const phasesChild = `
const D = process.argv[1];
const { readFileBuffer, decodeText, parseJson } = require(D + "/state/read.js");
const { readSnapshot } = require(D + "/state/snapshot.js");
const { loadScanConfig } = require(D + "/cli/config.js");
const { decide } = require(D + "/core/decide.js");
const { findFlows } = require(D + "/core/flows.js");
const config = loadScanConfig(undefined, process.cwd());
const now = new Date("2026-11-28"); const clock = () => now;
const out = {}; let t = process.hrtime.bigint();
const lap = (k) => { const n = process.hrtime.bigint(); out[k] = Number(n - t) / 1e6; t = n; };
let text = decodeText(readFileBuffer(process.argv[2], "x"), "x"); lap("read");
let doc = parseJson(text, "x"); text = undefined; lap("parse");
const snap = readSnapshot(doc, "x"); doc = undefined; lap("views");
const s = config.policies.get("restricted-provider").settings;
for (const v of snap.resources) decide(v, s, clock); lap("decide");
findFlows(snap.resources, config.policies.get("restricted-data-flow").settings, clock); lap("findFlows");
process.stdout.write(JSON.stringify(out));
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function run() {
  if (!fs.existsSync(cli)) {
    console.error(`bench-scan: ${path.relative(process.cwd(), cli)} not found; run 'npm run build' first`);
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-bench-"));
  const file = path.join(dir, "export.json");
  const out = path.join(dir, `report.${format}`);
  const g0 = Date.now();
  generate(file, count);
  const size = fs.statSync(file).size;
  console.log(`generated ${count.toLocaleString("en-US")} resources, ${(size / 1048576).toFixed(1)} MiB, in ${Date.now() - g0} ms: ${file}`);
  const floors = [];
  const scans = [];
  let rss = 0;
  let floorRss = 0;
  let code;
  for (let i = 0; i < runs; i++) {
    const f = JSON.parse(execFileSync(process.execPath, ["-e", floorChild, file], { maxBuffer: 1 << 20 }).toString());
    floors.push(f.ms);
    floorRss = Math.max(floorRss, f.rssMiB);
    const s = JSON.parse(execFileSync(process.execPath, ["-e", scanChild, cli, file, format, out], { maxBuffer: 1 << 20 }).toString());
    scans.push(s.ms);
    rss = Math.max(rss, s.rssMiB);
    code = s.code;
    console.log(`  run ${i + 1}: parse floor ${f.ms.toFixed(0)} ms, scan ${s.ms.toFixed(0)} ms`);
  }
  const floor = median(floors);
  const scan = median(scans);
  const report = fs.statSync(out).size;
  console.log(`parse floor (readFileSync + JSON.parse), median of ${runs}: ${floor.toFixed(0)} ms (peak RSS ${floorRss.toFixed(0)} MiB)`);
  console.log(`scan (--format ${format} --output), median of ${runs}: ${scan.toFixed(0)} ms (exit ${code}, report ${(report / 1048576).toFixed(1)} MiB)`);
  console.log(`ratio scan / parse floor: ${(scan / floor).toFixed(2)}`);
  console.log(`scan peak RSS: ${rss.toFixed(0)} MiB (file ${(size / 1048576).toFixed(1)} MiB)`);
  const p = JSON.parse(execFileSync(process.execPath, ["-e", phasesChild, path.join(root, "dist", "policypack"), file], { maxBuffer: 1 << 20 }).toString());
  const rest = Math.max(0, scan - Object.values(p).reduce((a, b) => a + b, 0));
  console.log(`where a scan's time goes (one run): ${Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ")}, report and write ≈ ${rest.toFixed(0)} ms`);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

run();
