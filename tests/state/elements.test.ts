/**
 * `elements.ts` and the snapshot readers built on it, case by case: what
 * `pulumi stack export` writes is read one resource at a time, and every
 * case that reading whole decides differently is read whole.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ElementReader, resourcesSentinel } from "../../policypack/state/elements";
import { InputError } from "../../policypack/state/errors";
import { checkText, parseJson } from "../../policypack/state/read";
import { readSnapshot, readSnapshotBytes, readSnapshotFile, type ScanView, type Snapshot } from "../../policypack/state/snapshot";
import { watchingParse } from "../support/parse-spy";

const examples = path.resolve(__dirname, "..", "..", "examples", "state");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-elements-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const stack = "urn:pulumi:prod::shop::";
const aws = `${stack}pulumi:providers:aws::default_6_0_0`;
const bucket = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  urn: `${stack}aws:s3/bucketV2:BucketV2::${name}`,
  custom: true,
  type: "aws:s3/bucketV2:BucketV2",
  inputs: { bucket: name },
  ...extra,
});
const provider = (region: string): Record<string, unknown> => ({
  urn: aws,
  custom: true,
  id: "p1",
  type: "pulumi:providers:aws",
  inputs: { region },
});
const exportText = (resources: unknown[], more: Record<string, unknown> = {}): string =>
  JSON.stringify({ version: 3, deployment: { manifest: { time: "t" }, resources, ...more } }, null, 4);

function summary(s: Snapshot): unknown {
  return [
    s.format,
    s.version,
    s.stacks,
    s.projects,
    s.secrets,
    s.resources.map((v) => [
      v.type,
      v.urn,
      v.name,
      v.inputs,
      v.provider?.urn,
      v.provider?.inputs,
      v.parent,
      v.id,
      v.dependencies,
      v.propertyDependencies,
    ]),
  ];
}

/** Reads `text` both ways; returns the snapshot of one element at a time and whether the whole text was ever parsed. */
function readBoth(text: string | Buffer): { snapshot: Snapshot; wholeParsed: boolean } {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  const checked = checkText(bytes, "f");
  const full = checked.decode();
  const want = readSnapshot(parseJson(full, "f"), "f");
  let wholeParsed = false;
  const snapshot = watchingParse(
    (t) => void (wholeParsed ||= t === full),
    () => readSnapshotBytes(checked, "f"),
  );
  expect(summary(snapshot)).toEqual(summary(want));
  return { snapshot, wholeParsed };
}

describe("what pulumi stack export writes is read one resource at a time", () => {
  it.each(fs.readdirSync(examples).filter((f) => !f.includes("preview")))("examples/state/%s", (f) => {
    expect(readBoth(fs.readFileSync(path.join(examples, f))).wholeParsed).toBe(false);
  });

  it("with what follows the resources (pending operations at the same indentation, metadata)", () => {
    const text = exportText([provider("us-east-1"), bucket("a", { provider: `${aws}::p1` })], {
      pending_operations: [{ resource: bucket("b"), type: "creating" }],
      metadata: {},
    });
    const r = readBoth(text);
    expect(r.wholeParsed).toBe(false);
    expect(r.snapshot.resources.map((v) => v.name)).toEqual(["default_6_0_0", "a"]);
  });

  it("with a byte-order mark, tabs, and characters cut across chunks", () => {
    const text = `\ufeff${JSON.stringify({ version: 3, deployment: { resources: [bucket("d\u00e9j\u00e0-\u{1F600}"), bucket("b")] } }, null, "\t")}`;
    expect(readBoth(text).wholeParsed).toBe(false);
    const file = path.join(dir, "bom.json");
    fs.writeFileSync(file, text);
    for (const chunk of [1, 2, 3, 5, 64]) {
      const read = readSnapshotFile(file, "f", { chunkBytes: chunk });
      expect(read.snapshot.resources.map((v) => v.name)).toEqual(["d\u00e9j\u00e0-\u{1F600}", "b"]);
      read.close();
    }
  });
});

describe("runs of elements parsed together", () => {
  // A `{` that starts a line at an element's indentation, after a line ending in a comma, inside an element:
  // the reader takes it for an element's start. A run ending there or starting there does not parse.
  const inside = (n: number): string => {
    const list = Array.from({ length: n }, (_, i) => bucket(`b${i}`, { inputs: { bucket: `b${i}`, list: [1, { x: i }] } }));
    return exportText(list).replace(/\[\n\s*1,\n\s*\{/g, "[1,\n            {");
  };

  it("read the same as whole, whatever a run's bounds", () => {
    for (const n of [1, 2, 15, 16, 17, 40]) {
      const text = inside(n);
      expect(text).toContain("[1,\n            {");
      readBoth(text); // compares with reading whole
    }
    // Every element read at once or one at a time, the elements of a long plain export in runs: the same as whole.
    expect(readBoth(exportText(Array.from({ length: 50 }, (_, i) => bucket(`p${i}`)))).wholeParsed).toBe(false);
  });

  it("a value that is not an element, or a comma too many, reads the document whole (which says why)", () => {
    const text = exportText([bucket("a"), bucket("b")]).replace(/\n(\s*)\},\n(\s*)\{/, "\n$1},\n$2,{");
    expect(() => readSnapshotBytes(checkText(Buffer.from(text), "f"), "f")).toThrow(/not valid JSON/);
  });
});

describe("read whole when one element at a time would decide differently", () => {
  it("a provider after a resource that uses it", () => {
    const r = readBoth(exportText([bucket("a", { provider: `${aws}::p1` }), provider("ap-east-1")]));
    expect(r.wholeParsed).toBe(true);
    expect(r.snapshot.resources[0]!.provider?.inputs).toEqual({ region: "ap-east-1" });
  });

  it("a provider URN twice (the last one counts)", () => {
    const r = readBoth(exportText([provider("us-east-1"), bucket("a", { provider: `${aws}::p1` }), provider("ap-east-1")]));
    expect(r.wholeParsed).toBe(true);
    expect(r.snapshot.resources[1]!.provider?.inputs).toEqual({ region: "ap-east-1" });
  });

  it("a second version after the resources", () => {
    const text = exportText([bucket("a")]).replace(/\}\s*$/, ', "version": 1}');
    let reason = "";
    try {
      readSnapshotBytes(checkText(Buffer.from(text), "f"), "f");
    } catch (e) {
      reason = e instanceof InputError ? e.reason : "";
    }
    expect(reason).toMatch(/version 1 is too old/);
  });

  it("the sentinel itself in the document", () => {
    const text = exportText([bucket("a")], { note: resourcesSentinel });
    expect(readBoth(text).wholeParsed).toBe(true);
  });

  it("resources all on one line, or a list that is not the resources", () => {
    expect(readBoth(JSON.stringify({ version: 3, deployment: { resources: [bucket("a")] } })).wholeParsed).toBe(true);
    expect(
      readBoth(JSON.stringify({ version: 3, deployment: { resources: [] }, checkpoint: { latest: { resources: [bucket("a")] } } }, null, 4))
        .wholeParsed,
    ).toBe(true);
  });
});

describe("views that let their inputs go", () => {
  it("read them again from the file, the same, until it is closed", () => {
    const file = path.join(dir, "again.json");
    fs.writeFileSync(
      file,
      exportText([provider("us-east-1"), bucket("a", { provider: `${aws}::p1`, outputs: { region: "us-east-1" } }), bucket("b")]),
    );
    const kept: ScanView[] = [];
    const read = readSnapshotFile(file, "f", { start: () => (v) => (kept.push(v), false), chunkBytes: 16 });
    const want = readSnapshot(JSON.parse(fs.readFileSync(file, "utf8")), "f");
    expect(kept.map((v) => v.inputs)).toEqual(want.resources.map((v) => v.inputs));
    expect(kept[1]!.inputs).toEqual({ bucket: "a", region: "us-east-1" });
    read.close();
  });

  it("read them again in any order, many runs of elements apart", () => {
    const file = path.join(dir, "again-many.json");
    const names = Array.from({ length: 70 }, (_, i) => `b${i}`);
    fs.writeFileSync(file, exportText(names.map((n, i) => bucket(n, i % 3 === 0 ? { outputs: { region: `r${i}` } } : {}))));
    const kept: ScanView[] = [];
    const read = readSnapshotFile(file, "f", { start: () => (v) => (kept.push(v), false), chunkBytes: 64 });
    const want = readSnapshot(JSON.parse(fs.readFileSync(file, "utf8")), "f").resources.map((v) => v.inputs);
    expect(kept).toHaveLength(70);
    for (let i = 69; i >= 0; i--) expect(kept[i]!.inputs).toEqual(want[i]);
    read.close();
  });

  it("say so, naming the input, when the file changed in between", () => {
    const file = path.join(dir, "changed.json");
    // Enough elements, read in small chunks, that the first ones are no longer in memory.
    fs.writeFileSync(file, exportText(Array.from({ length: 40 }, (_, i) => bucket(`b${i}`))));
    const kept: ScanView[] = [];
    const read = readSnapshotFile(file, "changed.json", { start: () => (v) => (kept.push(v), false), chunkBytes: 64 });
    fs.writeFileSync(file, "{}");
    let reason = "";
    try {
      void kept[0]!.inputs;
    } catch (e) {
      reason = e instanceof InputError ? `${e.input}: ${e.reason}` : String(e);
    }
    read.close();
    expect(reason).toBe("changed.json: changed while it was being scanned");
  });

  it("in memory", () => {
    const kept: ScanView[] = [];
    readSnapshotBytes(checkText(Buffer.from(exportText([bucket("a"), bucket("b")])), "f"), "f", {
      start: () => (v) => (kept.push(v), false),
    });
    expect(kept.map((v) => v.inputs)).toEqual([{ bucket: "a" }, { bucket: "b" }]);
  });
});

describe("ElementReader", () => {
  it("finds each element's bytes, without the commas between them", () => {
    const text = exportText([{ a: 1 }, { b: [{ c: 2 }] }, {}]);
    const r = ElementReader.ofBytes(Buffer.from(text), true);
    expect(r.begin()).toBeDefined();
    const got: string[] = [];
    for (let e = r.next(); e; e = r.next()) got.push(text.slice(e.start, e.end));
    expect(got.map((t) => JSON.parse(t) as unknown)).toEqual([{ a: 1 }, { b: [{ c: 2 }] }, {}]);
    expect(JSON.parse(r.skeleton())).toEqual({ version: 3, deployment: { manifest: { time: "t" }, resources: resourcesSentinel } });
  });
});
