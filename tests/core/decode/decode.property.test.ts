import fc from "fast-check";
import { findHosts, secretHost } from "../../../policypack/core/decode";

const runs = Number(process.env.FC_RUNS ?? 100);
const classify = (h: string) =>
  h === "oss-cn-hangzhou.aliyuncs.com" || h.endsWith(".oss-cn-hangzhou.aliyuncs.com") ? "alicloud" : undefined;
const target = "oss-cn-hangzhou.aliyuncs.com";

/** Ways a host can be written inside a string. */
const shapes: fc.Arbitrary<(h: string) => string> = fc.constantFrom(
  (h: string) => h,
  (h: string) => `https://${h}/bucket/key`,
  (h: string) => `https://${h.replace(/\./g, "%2E")}/x`,
  (h: string) => `${h}:443`,
  (h: string) => `jdbc:mysql://rm.${h}:3306/db`,
  (h: string) => `Server=tcp:${h},1433;Database=x;`,
  (h: string) => `mongodb+srv://u:p@${h}/db?retryWrites=true`,
  (h: string) => `postgres://u@${h}:5432/db`,
  (h: string) => `ossutil cp ./a oss://b/ -e ${h} --force`,
  (h: string) => `clusters:\n- cluster:\n    server: https://${h}:6443\n  name: k\n`,
  (h: string) => `const c = new OSS({ endpoint: "${h}" });`,
  (h: string) => JSON.stringify({ endpoints: [{ oss: `https://${h}` }] }),
  (h: string) => JSON.stringify([JSON.stringify({ deeper: h })]),
);

/** Places a value at a random depth in a tree padded with other strings. */
function place(value: unknown, path: readonly (string | number)[], padding: number): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i]!;
    if (typeof k === "number") {
      const arr: unknown[] = Array.from({ length: k }, (_, j) => `pad-${j}`);
      arr.push(v);
      v = arr;
    } else v = { [k]: v };
  }
  const root: Record<string, unknown> = {};
  for (let i = 0; i < padding; i++) root[`p${i}`] = i % 2 ? `filler.${i}.example.org` : `x${i}`;
  root.zz = v;
  return root;
}

describe("findHosts over generated shapes", () => {
  it("finds the endpoint whatever the shape, depth or padding, and prints no secret", () => {
    fc.assert(
      fc.property(
        shapes,
        fc.array(fc.oneof(fc.constantFrom("env", "value", "spec", "containers"), fc.nat(20)), { maxLength: 20 }),
        fc.nat(400),
        fc.boolean(),
        fc.boolean(),
        (shape, path, padding, secret, stringified) => {
          let value: unknown = shape(target);
          if (stringified) value = JSON.stringify({ wrapped: value });
          if (secret) value = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value };
          const hits = findHosts(place(value, path, padding), classify);
          expect(hits.length).toBeGreaterThan(0);
          for (const h of hits) {
            expect(h.path.startsWith("zz")).toBe(true);
            if (secret) {
              expect(h.host).toBe(secretHost);
              expect(JSON.stringify(h)).not.toContain("aliyuncs");
            } else expect(h.host.endsWith(target)).toBe(true);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  it("never throws and never reports a host the classifier refused, on any input", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), fc.string(), (tree, s) => {
        const hits = findHosts({ tree, s, j: JSON.stringify(tree ?? null) }, classify);
        for (const h of hits) expect(h.host.endsWith(target)).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});
