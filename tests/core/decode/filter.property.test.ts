import fc from "fast-check";
import { findHosts, hostFilter } from "../../../policypack/core/decode";
import { classifyHost, mayNameKnownHost } from "../../../policypack/core/endpoints";
import { endpointSignals } from "../../../policypack/catalog/signals";
import { regionalHostPatterns } from "../../../policypack/catalog/endpoints/regional";

const runs = Number(process.env.FC_RUNS ?? 200);

/** Hosts the catalog classifies: every vendor suffix (with a sub-domain or bare) and regional hosts. */
const knownHosts: string[] = [
  ...endpointSignals.flatMap((s) => [s.hostSuffix, `bucket-1.${s.hostSuffix}`]),
  ...regionalHostPatterns.map((p) => `svc.ap-east-1.${p.hostSuffix}`),
  "acme.s3.ap-east-1.amazonaws.com",
  "registry.cn-hangzhou.aliyuncs.com",
].filter((h) => classifyHost(h) !== undefined);

/** Ways a host is written in a string, including the ones the filter must let through undecided. */
const shapes: fc.Arbitrary<(h: string) => string> = fc.constantFrom(
  (h: string) => h,
  (h: string) => h.toUpperCase(),
  (h: string) => `${h}.`,
  (h: string) => `https://${h}/k`,
  (h: string) => `HTTPS://${h.toUpperCase()}:443/k`,
  (h: string) => `https://${h.replace(/\./g, "%2E")}/x`,
  (h: string) => `https://${h.replace(/^(.)/, (c) => `%${c.charCodeAt(0).toString(16)}`)}/x`,
  (h: string) => `https://${h.replace(/\./g, "\u3002")}/x`,
  (h: string) => `https://${[...h].map((c) => (c >= "a" && c <= "z" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("")}/x`,
  (h: string) => `jdbc:mysql://${h}:3306/db`,
  (h: string) => `Server=tcp:${h},1433;`,
  (h: string) => `ossutil cp a oss://b -e ${h}`,
  (h: string) => JSON.stringify({ e: [`https://${h}`] }),
  (h: string) => JSON.stringify({ e: h.replace(/\./g, "\\u002e") }).replace(/\\\\/g, "\\"),
  (h: string) => JSON.stringify([JSON.stringify({ deeper: h })]),
);

describe("the endpoint filter (strings skipped undecoded)", () => {
  it("lets through every string any decoder finds a catalogued host in", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...knownHosts),
        shapes,
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (host, shape, a, b) => {
          const text = `${a} ${shape(host)} ${b}`;
          const decoded = findHosts(text, classifyHost);
          if (decoded.length > 0) expect(mayNameKnownHost.test(text)).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  });

  it("changes no result: the filtered search finds what the unfiltered one finds, on any input", () => {
    const fragments = fc.oneof(
      fc.string(),
      fc.constantFrom(...knownHosts),
      shapes.chain((s) => fc.constantFrom(...knownHosts).map((h) => s(h))),
    );
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 6 }), fc.anything({ maxDepth: 3 }), (parts, tree) => {
        const input = { parts, joined: parts.join(" "), tree, json: JSON.stringify({ parts }) };
        const plain = findHosts(input, classifyHost).map((h) => `${h.path} ${h.host}`);
        const filtered = findHosts(input, classifyHost, { mayName: mayNameKnownHost }).map((h) => `${h.path} ${h.host}`);
        expect(filtered).toEqual(plain);
      }),
      { numRuns: runs },
    );
  });

  it("skips strings that cannot name a catalogued host", () => {
    for (const s of ["t3.large", "index.handler", "nodejs20.x", "example.com", "notaliyuncs-com", '{"Version":"2012-10-17"}'])
      expect(mayNameKnownHost.test(s)).toBe(false);
    for (const s of ["x.aliyuncs.com", "X.ALIYUNCS.COM", "a%2Eb", "a\\u002eb", "ｘ.com"]) expect(mayNameKnownHost.test(s)).toBe(true);
  });

  it("is derived from the suffixes it is given, first label and a dot", () => {
    const f = hostFilter(["example.co.uk", "a-b.io"]);
    expect(f.test("www.EXAMPLE.co.uk")).toBe(true);
    expect(f.test("x.a-b.io")).toBe(true);
    expect(f.test("example-co.uk")).toBe(false);
  });
});
