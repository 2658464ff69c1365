/** `writeFileAtomic`: a report made while it is written lands whole, in order, or not at all. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { writeFileAtomic } from "../../policypack/cli/output";

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

describe("writeFileAtomic", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "upd-output-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes batches handed on one after another, multi-byte text included (property)", () => {
    const batch = fc.oneof(
      fc.string({ unit: "binary", maxLength: 50 }),
      fc.nat(300_000).map((n) => "é".repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 8 }), (batches) => {
        const file = path.join(dir, "report.json");
        writeFileAtomic(file, (write) => batches.forEach((b) => write(b)));
        expect(fs.readFileSync(file, "utf8")).toBe(batches.join(""));
        expect(fs.readdirSync(dir)).toEqual(["report.json"]);
      }),
      { numRuns: runs(30) },
    );
  });

  it("leaves the old file and nothing else when making the report fails half-way", () => {
    const file = path.join(dir, "report.json");
    fs.writeFileSync(file, "old");
    const failing = (write: (t: string) => void): void => {
      write("x".repeat(2 << 20));
      throw new Error("render failed");
    };
    expect(() => writeFileAtomic(file, failing)).toThrow("render failed");
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.readdirSync(dir)).toEqual(["report.json"]);
  });

  it("refuses a directory, leaving it as it was", () => {
    const target = path.join(dir, "sub");
    fs.mkdirSync(target);
    expect(() => writeFileAtomic(target, "text")).toThrow(expect.objectContaining({ code: "EISDIR" }) as Error);
    expect(fs.readdirSync(dir)).toEqual(["sub"]);
  });
});
