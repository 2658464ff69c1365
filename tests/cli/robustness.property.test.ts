/**
 * Property tests: whatever bytes arrive, the command ends with exit 0, 1 or 2,
 * never throws, never prints a stack trace, and a failure is one line naming
 * the input.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, run, stackTraceLine, type RunResult } from "./helpers";

jest.setTimeout(600_000);

/** Runs per property: FC_RUNS (npm run test:fuzz) or a quick default. */
const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

const exampleTexts = fs
  .readdirSync(path.join(repoRoot, "examples", "state"))
  .map((f) => fs.readFileSync(path.join(repoRoot, "examples", "state", f), "utf8"));

function checkOutcome(r: RunResult, format: string): void {
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(stackTraceLine);
  expect(r.stderr).not.toMatch(/internal error/);
  if (r.code === 2) {
    expect(r.stderr).toMatch(/^us-person-data-guard: <stdin>: [^\n]+\n$/);
    expect(r.stdout).toBe("");
  } else {
    expect(r.stderr).toBe("");
    if (format === "json" || format === "sarif") expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  }
}

const formatArb = fc.constantFrom("text", "markdown", "json", "sarif", "html");

async function scanStdin(stdin: string, format: string): Promise<RunResult> {
  return run(["scan", "-", "--format", format, "--now", "2026-11-28"], { stdin });
}

describe("arbitrary input never crashes the command", () => {
  it("fc.json()", async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), formatArb, async (text, format) => {
        checkOutcome(await scanStdin(text, format), format);
      }),
      { numRuns: runs(400) },
    );
  });

  it("fc.anything() serialised", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withObjectString: true }), formatArb, async (value, format) => {
        const text = JSON.stringify(value) ?? "undefined";
        checkOutcome(await scanStdin(text, format), format);
      }),
      { numRuns: runs(400) },
    );
  });

  it("truncated valid exports and previews fail with exit 2", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...exampleTexts), fc.nat(), async (text, n) => {
        const cut = n % text.trimEnd().length; // always short of the closing brace
        const r = await scanStdin(text.slice(0, cut), "json");
        checkOutcome(r, "json");
        expect(r.code).toBe(2);
      }),
      { numRuns: runs(100) },
    );
  });

  it("export-shaped documents with arbitrary resources", async () => {
    const resource = fc.record(
      {
        urn: fc.oneof(
          fc.string(),
          fc.constantFrom(
            "urn:pulumi:s::p::alicloud:oss/bucket:Bucket::b",
            "urn:pulumi:s::p::pulumi:providers:aws::default",
            "urn:pulumi:s::p::aws:s3/bucketV2:BucketV2::x::y",
          ),
        ),
        type: fc.oneof(
          fc.string(),
          fc.constantFrom("alicloud:oss/bucket:Bucket", "pulumi:providers:aws", "aws:s3/bucketV2:BucketV2", "pulumi:pulumi:Stack"),
        ),
        inputs: fc.oneof(fc.jsonValue(), fc.record({ region: fc.oneof(fc.string(), fc.jsonValue()), tags: fc.jsonValue() })),
        outputs: fc.jsonValue(),
        provider: fc.oneof(fc.string(), fc.constant("urn:pulumi:s::p::pulumi:providers:aws::default::id")),
        parent: fc.jsonValue(),
        dependencies: fc.jsonValue(),
        propertyDependencies: fc.jsonValue(),
        id: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const doc = fc.record({
      version: fc.oneof(fc.constant(3), fc.integer()),
      deployment: fc.record({ resources: fc.array(resource, { maxLength: 8 }) }),
    });
    await fc.assert(
      fc.asyncProperty(doc, formatArb, async (d, format) => {
        checkOutcome(await scanStdin(JSON.stringify(d), format), format);
      }),
      { numRuns: runs(300) },
    );
  });

  it("preview-shaped documents with arbitrary steps", async () => {
    const step = fc.record(
      {
        op: fc.oneof(
          fc.constantFrom("create", "same", "update", "delete", "replace", "create-replacement", "delete-replaced", "read"),
          fc.jsonValue(),
        ),
        urn: fc.oneof(fc.string(), fc.constant("urn:pulumi:s::p::tencentcloud:Cos/bucket:Bucket::b")),
        newState: fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              urn: fc.constant("urn:pulumi:s::p::tencentcloud:Cos/bucket:Bucket::b"),
              type: fc.constant("tencentcloud:Cos/bucket:Bucket"),
              inputs: fc.jsonValue(),
              provider: fc.string(),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    const doc = fc.record(
      { config: fc.jsonValue(), steps: fc.array(step, { maxLength: 8 }), changeSummary: fc.constant({}) },
      { requiredKeys: ["steps"] },
    );
    await fc.assert(
      fc.asyncProperty(doc, formatArb, async (d, format) => {
        checkOutcome(await scanStdin(JSON.stringify(d), format), format);
      }),
      { numRuns: runs(300) },
    );
  });

  it("arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const r = await run(["scan", "-"], { stdin: Buffer.from(bytes) });
        checkOutcome(r, "text");
      }),
      { numRuns: runs(400) },
    );
  });
});
