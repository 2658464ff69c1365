/** `renderJsonTo`: the JSON report written in batches, made as they are written, is the report's text exactly. */
import fc from "fast-check";
import { renderJson, renderJsonTo } from "../../policypack/report/json";
import { finding, reportOf } from "../support/reports";

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

/** A report whose findings are named `names` (any text, escaped in JSON). */
const report = (names: readonly string[]) => reportOf(names.map((name, i) => ({ ...finding(name, i), name: `${name}-${i}` })));

describe("renderJsonTo", () => {
  it("hands on the report's text exactly, in order, in batches of at least the limit but the last (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 4096 }),
        (names, limit) => {
          const r = report(names);
          const batches: string[] = [];
          renderJsonTo(r, (t) => batches.push(t), limit);
          const whole = renderJson(r);
          expect(batches.join("")).toBe(whole);
          expect(JSON.parse(whole)).toEqual(JSON.parse(JSON.stringify(r)));
          for (const b of batches.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(limit);
          expect(batches.every((b) => b.length > 0)).toBe(true);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("writes a small report in one batch", () => {
    const batches: string[] = [];
    renderJsonTo(report(["a"]), (t) => batches.push(t));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toBe(renderJson(report(["a"])));
  });
});
