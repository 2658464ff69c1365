/** `inBatches`: pieces of a report are written in order, whole, in batches of about a mebibyte. */
import fc from "fast-check";
import { inBatches } from "../../policypack/cli/output";

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

describe("inBatches", () => {
  it("writes the pieces' text exactly, in order, in few large batches", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.nat(300_000).map((n) => "x".repeat(n)),
      fc.constant("\u00e9\u{1F600}"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const batches: string[] = [];
        inBatches(pieces, (t) => batches.push(t));
        expect(batches.join("")).toBe(pieces.join(""));
        // Every batch but the last holds at least a mebibyte; no batch is empty unless there was nothing.
        for (const b of batches.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(1 << 20);
        expect(batches.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(pieces.join("").length / (1 << 20)) + 1));
      }),
      { numRuns: runs(200) },
    );
  });

  it("writes a single string as it is", () => {
    const batches: string[] = [];
    inBatches("whole", (t) => batches.push(t));
    expect(batches).toEqual(["whole"]);
  });
});
