/** The scan over state files as the engine writes them: pending deletion, unknown features, gzip. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { ScanReport } from "../../policypack/report/model";
import { now, run } from "./helpers";

const provider = {
  urn: "urn:pulumi:prod::shop::pulumi:providers:alicloud::default",
  type: "pulumi:providers:alicloud",
  id: "p1",
  inputs: { region: "cn-hangzhou" },
};
const bucketUrn = "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::data";
const ref = `${provider.urn}::p1`;
const doc = (extra: Record<string, unknown> = {}, withOld = true): string =>
  JSON.stringify({
    version: 4,
    ...extra,
    checkpoint: {
      stack: "prod",
      latest: {
        manifest: {},
        resources: [
          provider,
          { urn: bucketUrn, type: "alicloud:oss/bucket:Bucket", id: "new", provider: ref, inputs: {} },
          ...(withOld ? [{ urn: bucketUrn, type: "alicloud:oss/bucket:Bucket", id: "old", delete: true, provider: ref, inputs: {} }] : []),
        ],
      },
    },
  });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-cli-engine-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("an old copy pending deletion is in the inventory, marked, and counted; its findings say so", async () => {
  const file = path.join(dir, "pending.json");
  fs.writeFileSync(file, doc());
  const r = await run(["scan", "--now", now, "--format", "json", file]);
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout) as ScanReport;
  expect(report.inputs[0]!.pendingDeletion).toBe(1);
  expect(report.inputs[0]!.resources).toBe(3);
  const items = report.inventory.items.filter((i) => i.urn === bucketUrn);
  expect(items.map((i) => i.pendingDeletion ?? false)).toEqual([false, true]);
  expect(report.findings.filter((f) => f.pendingDeletion).length).toBeGreaterThan(0);
  fs.writeFileSync(file, doc({}, false));
  const without = JSON.parse((await run(["scan", "--now", now, "--format", "json", file])).stdout) as ScanReport;
  expect(report.inventory.toMove).toBe(without.inventory.toMove + 1);
  expect(report.totals.resourcesToMove).toBe(without.totals.resourcesToMove + 1);
  expect(without.inputs[0]!.pendingDeletion).toBeUndefined();
});

it("unknown checkpoint features: scanned, one warning line on stderr naming the file, in the JSON report too", async () => {
  const file = path.join(dir, "features.json");
  fs.writeFileSync(file, doc({ features: ["somethingNew"] }));
  const r = await run(["scan", "--now", now, "--format", "json", file]);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/warning: .*features\.json: .*somethingNew.*results may be incomplete/);
  expect((JSON.parse(r.stdout) as ScanReport).inputs[0]!.warnings).toHaveLength(1);
});

it("a gzipped state file and gzipped stdin scan like the plain file; directories pick up *.json.gz", async () => {
  const sub = path.join(dir, "gz");
  fs.mkdirSync(sub);
  fs.writeFileSync(path.join(sub, "prod.json.gz"), zlib.gzipSync(doc()));
  const plain = JSON.parse((await run(["scan", "--now", now, "--format", "json", path.join(dir, "pending.json")])).stdout) as ScanReport;
  fs.writeFileSync(path.join(dir, "pending.json"), doc());
  const gz = await run(["scan", "--now", now, "--format", "json", sub]);
  expect(gz.code).toBe(1);
  const fromDir = JSON.parse(gz.stdout) as ScanReport;
  expect(fromDir.inputs.map((i) => i.input)).toEqual([path.join(sub, "prod.json.gz")]);
  const stdin = JSON.parse(
    (await run(["scan", "--now", now, "--format", "json", "-"], { stdin: zlib.gzipSync(doc()) })).stdout,
  ) as ScanReport;
  expect(stdin.totals.findings).toBe(fromDir.totals.findings);
  expect(fromDir.totals.findings).toBeGreaterThan(0);
  expect(plain.totals.resources).toBeGreaterThan(0);
});

it("a truncated gzip file: exit 2, one line naming it", async () => {
  const file = path.join(dir, "cut.json.gz");
  const gz = zlib.gzipSync(doc());
  fs.writeFileSync(file, gz.subarray(0, 20));
  const r = await run(["scan", "--now", now, file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim()).toMatch(/cut\.json\.gz: truncated gzip data$/);
});
