import fc from "fast-check";
import { barrenLimits, createBarrenStrings, findHosts, type DecodeBounds } from "../../../policypack/core/decode";
import { classifyHost, mayNameKnownHost, relevantTo } from "../../../policypack/core/endpoints";
import { compileSettings } from "../../../policypack/determination/compile";

const runs = Number(process.env.FC_RUNS ?? 200);
const det = compileSettings({}, "settings").determination;
/** What the endpoint search of a resource keeps: hosts relevant under the default determination. */
const relevant = (h: string) => {
  const info = classifyHost(h);
  return info && relevantTo(info, det) ? info : undefined;
};

/** Strings a stack repeats from resource to resource: documents with hosts that matter, and ones without. */
const repeated = fc.constantFrom(
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
  JSON.stringify({ Statement: [{ Principal: { Service: "ecs.amazonaws.com.cn" } }] }),
  "https://acme.s3.us-east-1.amazonaws.com/key",
  "https://acme.s3.ap-east-1.amazonaws.com/key",
  "jdbc:mysql://rm-x.mysql.rds.aliyuncs.com:3306/db",
  "Server=tcp:x.database.windows.net,1433;",
  JSON.stringify([JSON.stringify({ url: "https://a.tencentcos.cn" })]),
  "index.handler",
  "nodejs20.x",
);

const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small" },
    repeated,
    fc.string({ maxLength: 12 }),
    fc.array(tie("tree"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("policy", "url", "a", "b", "command"), tie("tree"), { maxKeys: 3 }),
  ),
}));

describe("barren strings (a repeated string found empty is skipped)", () => {
  it("change no result: a run of searches sharing them finds what searches without them find (property)", () => {
    const bounds = fc.constantFrom<DecodeBounds | undefined>(
      undefined,
      { maxBytes: 300, maxDepth: 32, maxJsonDepth: 4 },
      { maxBytes: 4096, maxDepth: 3, maxJsonDepth: 4 },
      { maxBytes: 4096, maxDepth: 32, maxJsonDepth: 1 },
    );
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), bounds, (trees, b) => {
        const barren = createBarrenStrings();
        for (const t of trees) {
          const plain = findHosts(t, relevant, { mayName: mayNameKnownHost, bounds: b });
          const shared = findHosts(t, relevant, { mayName: mayNameKnownHost, bounds: b, barren });
          expect(shared).toEqual(plain);
        }
      }),
      { numRuns: runs },
    );
  });

  it("remember a string found empty, and never one a host was found in", () => {
    const barren = createBarrenStrings();
    const doc = JSON.stringify({ Statement: [{ Principal: { Service: "ec2.amazonaws.com" } }] });
    findHosts({ policy: doc, url: "https://x.oss-cn-hangzhou.aliyuncs.com" }, relevant, { mayName: mayNameKnownHost, barren });
    expect([...barren.seen.keys()]).toEqual([doc]);
    // the same string at another depth is searched again (a depth bound may cut a deeper search)
    expect(findHosts({ deeper: { policy: doc } }, relevant, { mayName: mayNameKnownHost, barren })).toEqual([]);
    expect(barren.seen.get(doc)?.depth).toBe(2);
  });

  it("stay within their bounds", () => {
    const barren = createBarrenStrings();
    const big = `${"x".repeat(barrenLimits.longest)}.amazonaws.com`;
    findHosts({ a: big }, relevant, { mayName: mayNameKnownHost, barren });
    expect(barren.seen.size).toBe(0);
    for (let i = 0; i < barrenLimits.entries + 10; i++)
      findHosts({ a: `svc-${i}.amazonaws.com` }, relevant, { mayName: mayNameKnownHost, barren });
    expect(barren.seen.size).toBeLessThanOrEqual(barrenLimits.entries);
    expect(barren.chars).toBeLessThanOrEqual(barrenLimits.chars);
  });
});
