/**
 * State files as the engine writes them: old copies pending deletion
 * (`delete: true`), v4 `features`, checkpoints too old to read, and gzipped
 * state (`PULUMI_SELF_MANAGED_STATE_GZIP=true`), detected by content.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import fc from "fast-check";
import { InputError } from "../../policypack/state/errors";
import { gunzipIfGzip, isGzip, isStateFileName } from "../../policypack/state/read";
import { knownDeploymentFeatures, readSnapshot, readSnapshotFile } from "../../policypack/state/snapshot";

const stack = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
const provider = {
  urn: "urn:pulumi:prod::shop::pulumi:providers:alicloud::default_1_0_0",
  type: "pulumi:providers:alicloud",
  id: "p1",
  inputs: { region: "cn-hangzhou" },
  outputs: { region: "cn-hangzhou" },
};
const bucketUrn = "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::data";
const ref = `${provider.urn}::p1`;
const resources = [
  { urn: stack, type: "pulumi:pulumi:Stack" },
  provider,
  { urn: bucketUrn, type: "alicloud:oss/bucket:Bucket", id: "new", provider: ref, inputs: { bucket: "b" }, outputs: {} },
  { urn: bucketUrn, type: "alicloud:oss/bucket:Bucket", id: "old", delete: true, provider: ref, inputs: { bucket: "b-old" }, outputs: {} },
  { urn: `${provider.urn}x`, type: "pulumi:providers:alicloud", id: "p0", delete: true, inputs: { region: "cn-beijing" } },
];
const exportDoc = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  version: 3,
  deployment: { manifest: {}, resources },
  ...extra,
});

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-engine-state-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.reason;
    throw e;
  }
  throw new Error("no error");
}

describe("resources pending deletion (delete: true)", () => {
  it("are kept apart from the live resources, with their own inputs and provider, not dropped", () => {
    const snap = readSnapshot(exportDoc(), "f");
    expect(snap.resources.map((r) => r.id)).toEqual([undefined, "p1", "new"]);
    expect(snap.pendingDeletion).toHaveLength(1);
    const old = snap.pendingDeletion[0]!;
    expect(old.urn).toBe(bucketUrn);
    expect(old.id).toBe("old");
    expect(old.inputs["bucket"]).toBe("b-old");
    expect(old.provider?.inputs["region"]).toBe("cn-hangzhou");
  });

  it("read a chunk at a time from a file, as when read whole", () => {
    const file = path.join(dir, "pending.json");
    fs.writeFileSync(file, JSON.stringify(exportDoc(), null, 4));
    const read = readSnapshotFile(file, "pending.json", { chunkBytes: 64 });
    try {
      expect(read.snapshot.resources.map((r) => r.id)).toEqual([undefined, "p1", "new"]);
      expect(read.snapshot.pendingDeletion.map((r) => [r.id, r.inputs["bucket"]])).toEqual([["old", "b-old"]]);
    } finally {
      read.close();
    }
  });

  it("a checkpoint with none has an empty list", () => {
    const snap = readSnapshot({ version: 3, checkpoint: { stack: "prod", latest: { resources: resources.slice(0, 3) } } }, "f");
    expect(snap.pendingDeletion).toEqual([]);
  });
});

describe("deployment features", () => {
  it("features this reader knows read without a warning", () => {
    expect(readSnapshot(exportDoc({ version: 4, features: [...knownDeploymentFeatures] }), "f").warnings).toEqual([]);
    expect(readSnapshot(exportDoc({ version: 4 }), "f").warnings).toEqual([]);
  });

  it("unknown features of a v4 checkpoint or export: scanned, with a warning naming them and the file", () => {
    const cp = { version: 4, features: ["refreshBeforeUpdate", "teleport"], checkpoint: { stack: "prod", latest: { resources } } };
    const snap = readSnapshot(cp, "state/prod.json");
    expect(snap.resources.length).toBe(3);
    expect(snap.warnings).toHaveLength(1);
    expect(snap.warnings[0]).toMatch(/^state\/prod\.json: .*teleport.*results may be incomplete$/);
    expect(snap.warnings[0]).not.toContain("refreshBeforeUpdate");
    expect(readSnapshot(exportDoc({ version: 4, features: ["x", "y"] }), "f").warnings[0]).toContain("x, y");
    expect(readSnapshot(exportDoc({ version: 4, features: "x" }), "f").warnings[0]).toContain("not a list");
  });

  it("any list of unknown feature names warns, one line, whatever the names", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).filter((s) => !knownDeploymentFeatures.includes(s)),
          { minLength: 1, maxLength: 5 },
        ),
        (features) => {
          const w = readSnapshot(exportDoc({ version: 4, features }), "f").warnings;
          expect(w).toHaveLength(1);
          expect(w[0]).toMatch(/results may be incomplete$/);
        },
      ),
    );
  });
});

describe("checkpoints too old", () => {
  it.each([0, 1, 2])("version %i is refused as too old", (version) => {
    expect(reasonOf(() => readSnapshot({ version, checkpoint: { stack: "s", latest: { resources } } }, "f"))).toMatch(
      /version \d is too old/,
    );
    expect(reasonOf(() => readSnapshot({ version, deployment: { resources } }, "f"))).toMatch(/too old/);
  });

  it("a checkpoint with no version (version 0, and the unversioned layout) is too old, not 'neither an export nor preview'", () => {
    expect(reasonOf(() => readSnapshot({ checkpoint: { stack: "s", latest: { resources } } }, "f"))).toMatch(/version 0 is too old/);
    expect(reasonOf(() => readSnapshot({ stack: "s", latest: { resources } }, "f"))).toMatch(/version 0 is too old/);
  });
});

describe("gzipped state, detected by content", () => {
  const text = JSON.stringify(exportDoc(), null, 4);

  it("reads a gzipped file whatever its name; same resources as the plain file", () => {
    for (const name of ["prod.json.gz", "prod.json", "prod"]) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, zlib.gzipSync(text));
      const read = readSnapshotFile(file, name);
      expect(read.snapshot.resources.map((r) => r.urn)).toEqual(readSnapshot(exportDoc(), name).resources.map((r) => r.urn));
      expect(read.snapshot.pendingDeletion).toHaveLength(1);
      read.close();
    }
  });

  it("corrupt or truncated gzip data: a one-line reason naming neither a stack nor the bytes", () => {
    const gz = zlib.gzipSync(text);
    const file = path.join(dir, "bad.json.gz");
    fs.writeFileSync(file, gz.subarray(0, gz.length >> 1));
    expect(reasonOf(() => readSnapshotFile(file, "bad.json.gz"))).toBe("truncated gzip data");
    const corrupt = Buffer.from(gz);
    corrupt.fill(0xff, 10, 40);
    fs.writeFileSync(file, corrupt);
    expect(reasonOf(() => readSnapshotFile(file, "bad.json.gz"))).toMatch(/gzip data$/);
  });

  it("gzip of anything round-trips; bytes not starting with the magic number pass through unchanged", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const buf = Buffer.from(bytes);
        expect(gunzipIfGzip(zlib.gzipSync(buf), "f").equals(buf)).toBe(true);
        if (!isGzip(buf)) expect(gunzipIfGzip(buf, "f")).toBe(buf);
        else expect(() => gunzipIfGzip(buf, "f")).toThrow(InputError);
      }),
    );
  });

  it("state file names: .json and .json.gz, any case", () => {
    expect(["a.json", "A.JSON", "b.json.gz", "c.JSON.GZ"].every(isStateFileName)).toBe(true);
    expect(["a.json.bak", "a.gz", "a.txt", "json"].some(isStateFileName)).toBe(false);
  });
});
