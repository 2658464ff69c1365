/**
 * Reading a stack export one element at a time (`readSnapshotBytes`,
 * `readSnapshotFile` with `elements.ts`) is reading it whole
 * (`readSnapshot(parseJson(text))`): same views in the same order, same
 * counts, same error, for generated exports in every layout, cut into chunks
 * of every size, and for texts mutated into something else.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../policypack/state/errors";
import { checkText, parseJson } from "../../policypack/state/read";
import { secretSignature, signatureKey } from "../../policypack/state/secrets";
import { readSnapshot, readSnapshotBytes, readSnapshotFile, type ScanView, type Snapshot } from "../../policypack/state/snapshot";
import { watchingParse } from "../support/parse-spy";

jest.setTimeout(600_000);

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-elements-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Everything a view says, as text (inputs read through the view, so read again if let go). */
function describeView(v: ScanView): string {
  return JSON.stringify([
    v.type,
    v.urn,
    v.name,
    v.inputs,
    v.provider ? [v.provider.type, v.provider.urn, v.provider.name, v.provider.inputs] : null,
    v.parent ?? null,
    v.id ?? null,
    v.dependencies ?? null,
    v.propertyDependencies ?? null,
  ]);
}

function describeSnapshot(s: Snapshot): string {
  return JSON.stringify([s.format, s.version ?? null, s.stacks, s.projects, s.secrets, s.resources.map(describeView)]);
}

type Outcome = { readonly ok: string; readonly seen: string } | { readonly error: string };

/** Runs `read` with a receiver that records each attempt's views (and lets every view's inputs go). */
function outcome(read: (start: () => (v: ScanView) => boolean) => Snapshot): Outcome {
  let seen: string[] = [];
  try {
    const s = read(() => {
      seen = [];
      return (v) => {
        seen.push(describeView(v));
        return false;
      };
    });
    return { ok: describeSnapshot(s), seen: JSON.stringify(seen) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.reason };
    throw e;
  }
}

/** The reference: the text read whole. */
function whole(bytes: Buffer): Outcome {
  return outcome((start) => {
    const text = checkText(bytes, "f");
    return readSnapshot(parseJson(text.decode(), "f"), "f", { onView: start() });
  });
}

function fromBytes(bytes: Buffer): Outcome {
  return outcome((start) => readSnapshotBytes(checkText(bytes, "f"), "f", { start }));
}

let fileCount = 0;
function fromFile(bytes: Buffer, chunkBytes: number): Outcome {
  const file = path.join(dir, `s${fileCount++}.json`);
  fs.writeFileSync(file, bytes);
  let close = (): void => undefined;
  try {
    return outcome((start) => {
      const read = readSnapshotFile(file, "f", { start, chunkBytes });
      close = () => read.close();
      return read.snapshot;
    });
  } finally {
    close();
    fs.rmSync(file);
  }
}

/** How often each way ended up reading: one element at a time, or whole (when `JSON.parse` saw the whole text). */
const tally = { elements: 0, whole: 0 };

/** `f()`, noting whether it parsed the whole of `bytes` at once. */
function noting<T>(bytes: Buffer, f: () => T): T {
  let full: string | undefined;
  try {
    full = checkText(bytes, "f").decode();
  } catch {
    full = undefined; // not text: neither way parses anything
  }
  let wholeParsed = false;
  try {
    return watchingParse((text) => void (wholeParsed ||= text === full), f);
  } finally {
    tally[wholeParsed ? "whole" : "elements"]++;
  }
}

function expectSame(bytes: Buffer, chunkBytes: number): void {
  const want = whole(bytes);
  if ("ok" in want) expect(want.seen).toBe(JSON.stringify((JSON.parse(want.ok) as unknown[])[5]));
  expect(noting(bytes, () => fromBytes(bytes))).toEqual(want);
  expect(noting(bytes, () => fromFile(bytes, chunkBytes))).toEqual(want);
}

// --- generated exports ---------------------------------------------------------------------------

const stack = "urn:pulumi:prod::shop::";
const providerUrn = (pkg: string, name: string): string => `${stack}pulumi:providers:${pkg}::${name}`;
const providerNames = ["default_6_0_0", "hk", "default"];

const text = fc.oneof(
  fc.constantFrom(
    "us-east-1",
    "ap-east-1",
    "cn-hangzhou",
    "eastus",
    "{",
    "}",
    "[",
    "]",
    "\n",
    '"resources": [',
    "\\",
    "\u00e9t\u00e9",
    "\u{1F600}",
    "a\u0000b",
    "\u2028",
  ),
  fc.string({ maxLength: 12 }),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    tie("array"),
    tie("object"),
    fc.constant({ [signatureKey]: secretSignature, ciphertext: "v1:abc" }),
  ),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(
    fc.oneof(
      fc.constantFrom("region", "location", "tags", "__proto__", "resources", "type", "urn", "pulumi:providers:aws"),
      fc.string({ maxLength: 6 }),
    ),
    tie("value"),
    { maxKeys: 4 },
  ),
})).value;

const resource = fc.record(
  {
    kind: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("aws:s3/bucketV2:BucketV2", "alicloud:oss/bucket:Bucket", "aws:ec2/instance:Instance") },
      { weight: 1, arbitrary: fc.constantFrom("pulumi:providers:aws", "pulumi:providers:alicloud", "pulumi:pulumi:Stack") },
    ),
    name: fc.constantFrom("a", "b", "hk", "default_6_0_0", "default", "d\u00e9j\u00e0"),
    provider: fc.option(fc.tuple(fc.constantFrom("aws", "alicloud"), fc.constantFrom(...providerNames)), { nil: undefined }),
    inputs: fc.option(json, { nil: undefined }),
    outputs: fc.option(json, { nil: undefined }),
    id: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
    deleted: fc
      .boolean()
      .chain((b) => (b ? fc.boolean() : fc.constant(false)))
      .chain((b) => (b ? fc.boolean() : fc.constant(false))),
    dependencies: fc.option(
      fc.array(fc.constantFrom(`${stack}aws:s3/bucketV2:BucketV2::a`, "x", 3 as unknown as string), { maxLength: 2 }),
      { nil: undefined },
    ),
    bad: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("urn", "type", "record") }),
  },
  { requiredKeys: ["kind", "name", "deleted", "bad"] },
);

type Resource = typeof resource extends fc.Arbitrary<infer T> ? T : never;

function record(r: Resource): unknown {
  if (r.bad === "record") return 42;
  const out: Record<string, unknown> = {};
  if (r.bad !== "urn") out["urn"] = `${stack}${r.kind}::${r.name}`;
  out["custom"] = true;
  if (r.id !== undefined) out["id"] = r.id;
  if (r.bad !== "type") out["type"] = r.kind;
  if (r.inputs !== undefined) out["inputs"] = r.inputs;
  if (r.outputs !== undefined) out["outputs"] = r.outputs;
  if (r.deleted) out["delete"] = true;
  if (r.provider) out["provider"] = `${providerUrn(r.provider[0], r.provider[1])}::0000-1111`;
  if (r.dependencies) out["dependencies"] = r.dependencies;
  return out;
}

const exportDoc = fc.record({
  /** Providers first, as `pulumi stack export` lists them (otherwise a reference may come before its provider). */
  providersFirst: fc.boolean(),
  version: fc.oneof({ weight: 12, arbitrary: fc.constantFrom<unknown>(3, 4) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(1, "3") }),
  checkpoint: fc.boolean(),
  resources: fc.array(resource, { maxLength: 8 }),
  before: fc.boolean(),
  after: fc.constantFrom("none", "metadata", "metadata", "pending", "version"),
});

/** `JSON.stringify(doc, null, indent)`, or one resource per line (compact inside), or all on one line. */
const layout = fc.constantFrom<number | string>(4, 4, 4, 2, "\t", "one-per-line", "one-per-line", 0);

function render(d: typeof exportDoc extends fc.Arbitrary<infer T> ? T : never, how: number | string): string {
  const resources = d.resources.map(record);
  if (d.providersFirst) {
    const first = ["aws", "alicloud"].flatMap((pkg) =>
      providerNames.map((name) => ({
        urn: providerUrn(pkg, name),
        custom: true,
        id: "0000-1111",
        type: `pulumi:providers:${pkg}`,
        inputs: { region: name === "hk" ? "ap-east-1" : "us-east-1" },
      })),
    );
    resources.unshift(...first);
  }
  const inner: Record<string, unknown> = {};
  if (d.before) inner["manifest"] = { time: "2026-11-20T10:00:00Z", magic: "00", version: "v3.248.0" };
  inner["resources"] = resources;
  if (d.after === "metadata") inner["metadata"] = {};
  if (d.after === "pending") inner["pending_operations"] = [{ resource: { urn: "u" }, type: "creating" }];
  const doc = d.checkpoint ? { version: d.version, checkpoint: { stack: "s", latest: inner } } : { version: d.version, deployment: inner };
  let out: string;
  if (how === "one-per-line") {
    out = JSON.stringify(doc, null, 4).replace(
      /\n( +)\{\n[\s\S]*?\n\1\}(?=,?\n)/g,
      (block, ind: string) => `\n${ind}${JSON.stringify(JSON.parse(block))}`,
    );
  } else out = JSON.stringify(doc, null, how === 0 ? undefined : how);
  // A second version after the resources: the last one counts.
  if (d.after === "version") out = out.replace(/\}\s*$/, `, "version": 1}`);
  return out;
}

describe("one element at a time is reading whole", () => {
  it("generated exports, every layout, every chunk size", () => {
    tally.elements = tally.whole = 0;
    fc.assert(
      fc.property(exportDoc, layout, fc.integer({ min: 1, max: 300 }), (d, how, chunk) => {
        expectSame(Buffer.from(render(d, how), "utf8"), chunk);
      }),
      { numRuns: runs(300) },
    );
    // Both ways are exercised (all on one line, no resources, a second version after them and
    // errors are read whole): a good share of the generated exports is read one element at a time.
    expect(tally.elements).toBeGreaterThan(0.3 * (tally.elements + tally.whole));
    expect(tally.whole).toBeGreaterThan(0);
  });

  it("mutated exports: a byte inserted, removed or replaced, or the text cut short", () => {
    const edit = fc.record({
      at: fc.nat(),
      what: fc.constantFrom("insert", "delete", "replace", "truncate"),
      byte: fc.constantFrom(0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x0a, 0x20, 0x22, 0x5c, 0x00, 0xc3, 0x78),
    });
    fc.assert(
      fc.property(
        exportDoc,
        layout,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 300 }),
        (d, how, edits, chunk) => {
          let bytes = Buffer.from(render(d, how), "utf8");
          for (const e of edits) {
            const at = e.at % (bytes.length + 1);
            if (e.what === "insert") bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at)]);
            else if (e.what === "delete") bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
            else if (e.what === "replace" && at < bytes.length)
              bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at + 1)]);
            else if (e.what === "truncate") bytes = bytes.subarray(0, at);
          }
          expectSame(bytes, chunk);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
