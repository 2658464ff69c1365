import fc from "fast-check";
import { compileUrnGlob, splitForMatch, urnPatternProblem } from "../../policypack/core/glob";
import { exemptionsSchema } from "../../policypack/determination/schema";
import { validate } from "../../policypack/determination/validate";

const seed = process.env["FC_SEED"] ? Number(process.env["FC_SEED"]) : undefined;
const params = { seed, verbose: 1 as const, numRuns: Number(process.env["FC_RUNS"] ?? 300) };

/** Which characters of `text` are structure: `$`, and every `:` in a run of two or more. */
function separators(text: string): boolean[] {
  const sep = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "$") sep[i] = true;
    else if (text[i] === ":" && (text[i - 1] === ":" || text[i + 1] === ":")) sep[i] = true;
  }
  return sep;
}

/**
 * Reference semantics, character by character: a wildcard never consumes a
 * separator character, and a literal separator character of the pattern (a
 * `:` of a `::` run, written as such) matches only a separator of the URN, a
 * lone `:` only a lone `:` (so `a:*:b` never assembles a `::`).
 */
function reference(pattern: string, text: string): boolean {
  const sep = separators(text);
  const patternSep = separators(pattern);
  const n = text.length;
  let prev = new Array<boolean>(n + 1).fill(false);
  prev[0] = true;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const cur = new Array<boolean>(n + 1).fill(false);
    if (p === "*") cur[0] = prev[0]!;
    for (let j = 1; j <= n; j++) {
      if (p === "*") cur[j] = prev[j]! || (cur[j - 1]! && !sep[j - 1]);
      else cur[j] = prev[j - 1]! && (p === "?" ? !sep[j - 1] : p === text[j - 1] && patternSep[i] === sep[j - 1]);
    }
    prev = cur;
  }
  return prev[n]!;
}

const bucket = "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::public-assets";

describe("URN globs (exemptions)", () => {
  it.each([
    ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::public-*", bucket, true],
    ["urn:pulumi:*::*::alicloud:oss/bucket:Bucket::public-*", bucket, true],
    ["urn:pulumi:prod::shop::alicloud:*::*", bucket, true],
    ["urn:pulumi:prod::shop::*::public-assets", bucket, true],
    ["urn:pulumi:pr?d::shop::*::public-assets", bucket, true],
    // The name embeds the text of a bucket pattern: the wildcard cannot reach across `::` into the name.
    ["urn:pulumi:prod::shop::*public*", "urn:pulumi:prod::shop::alicloud:rds/instance:Instance::public-assets-db", false],
    ["urn:pulumi:prod::shop::alicloud:*::public*", "urn:pulumi:prod::shop::alicloud:rds/instance:Instance::x::public", false],
    // `…Bucket*` does not cover the bucket's children (parent types are joined with `$`).
    [
      "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket*::*",
      "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket$alicloud:oss/bucketObject:BucketObject::o",
      false,
    ],
    ["urn:pulumi:prod::shop::*::*", "urn:pulumi:prod::shop::my:index:Site$alicloud:oss/bucket:Bucket::b", false],
    [
      "urn:pulumi:prod::shop::my:index:Site$alicloud:oss/bucket:Bucket::*",
      "urn:pulumi:prod::shop::my:index:Site$alicloud:oss/bucket:Bucket::b",
      true,
    ],
    ["urn:pulumi:prod::shop::*$alicloud:oss/bucket:Bucket::*", "urn:pulumi:prod::shop::my:index:Site$alicloud:oss/bucket:Bucket::b", true],
    ["urn:pulumi:prod::shop::*$alicloud:oss/bucket:Bucket::*", "urn:pulumi:prod::shop::a$b$alicloud:oss/bucket:Bucket::b", false],
    ["urn:pulumi:?::shop::*::b", "urn:pulumi:::shop::t::b", false],
  ])("%s ~ %s = %s", (pattern, urn, expected) => {
    expect(compileUrnGlob(pattern).matches(urn)).toBe(expected);
    expect(compileUrnGlob(pattern).matchesSplit(splitForMatch(urn))).toBe(expected);
    expect(reference(pattern, urn)).toBe(expected);
  });

  it("agrees with a character-level reference where wildcards never consume `::` or `$` (property)", () => {
    const pat = fc.array(fc.constantFrom("a", "b", ":", "$", "*", "?"), { maxLength: 14 }).map((a) => a.join(""));
    const txt = fc.array(fc.constantFrom("a", "b", ":", "$"), { maxLength: 16 }).map((a) => a.join(""));
    fc.assert(
      fc.property(pat, txt, (p, t) => {
        expect(compileUrnGlob(p).matches(t)).toBe(reference(p, t));
      }),
      params,
    );
  });

  it("agrees with the reference on URN-shaped text and patterns cut from it (property)", () => {
    const word = fc.array(fc.constantFrom("a", "b", "-", ":", "/"), { minLength: 1, maxLength: 5 }).map((a) => a.join(""));
    const urn = fc
      .tuple(word, word, fc.array(word, { minLength: 1, maxLength: 3 }), word)
      .map(([s, p, types, n]) => `urn:pulumi:${s}::${p}::${types.join("$")}::${n}`);
    const wildcarded = (u: string) =>
      fc.array(fc.tuple(fc.nat(u.length), fc.nat(u.length), fc.constantFrom("*", "?")), { maxLength: 3 }).map((cuts) => {
        let p = u;
        for (const [a, b, w] of cuts) p = p.slice(0, Math.min(a, b, p.length)) + w + p.slice(Math.min(Math.max(a, b), p.length));
        return p;
      });
    fc.assert(
      fc.property(
        urn.chain((u) => fc.tuple(fc.constant(u), wildcarded(u), urn)),
        ([u, p, other]) => {
          expect(compileUrnGlob(p).matches(u)).toBe(reference(p, u));
          expect(compileUrnGlob(p).matches(other)).toBe(reference(p, other));
        },
      ),
      params,
    );
  });
});

describe("exemption patterns must fix the resource type or name", () => {
  it.each([
    "urn:*",
    "*:*",
    "*u*",
    "*",
    "urn:pulumi:*::*::*::*",
    "urn:pulumi:prod::shop::*",
    "urn:pulumi:prod::shop::*::*",
    "urn:pulumi:prod::shop::?*::*?",
    "urn:pulumi:prod::shop::*:*/*:*::*-*",
    "urn:pulumi:prod::shop::my:index:Site$*::*",
    "*::*::*::*",
  ])("rejects %s", (pattern) => {
    expect(urnPatternProblem(pattern)).toMatch(/must (fix|name) the resource type or/);
  });

  it.each([
    "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::*",
    "urn:pulumi:*::*::*::logs*",
    "urn:pulumi:*::*::alicloud:*::*",
    "urn:pulumi:prod::shop::*::日志",
    "urn:pulumi:prod::shop::*$alicloud:oss/bucket:Bucket::*",
    "urn:pulumi:prod::shop::*::a::b",
  ])("accepts %s", (pattern) => {
    expect(urnPatternProblem(pattern)).toBeUndefined();
  });

  const word = fc.array(fc.constantFrom("a", "Z", "7", "-", ":", "/", "*", "?"), { minLength: 1, maxLength: 6 }).map((a) => a.join(""));
  const patternLike = fc
    .tuple(word, word, fc.array(word, { minLength: 1, maxLength: 3 }), word, fc.boolean())
    .map(([s, p, types, n, full]) => (full ? `urn:pulumi:${s}::${p}::${types.join("$")}::${n}` : `urn:pulumi:${s}::${p}`));

  it("an accepted pattern never matches a resource whose own type and name hold no letter or digit (property)", () => {
    const parts = fc.array(fc.constantFrom("a", "b", "-", ":"), { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(patternLike, parts, parts, fc.array(parts, { maxLength: 2 }), (p, stack, project, parents) => {
        fc.pre(urnPatternProblem(p) === undefined);
        const anonymous = `urn:pulumi:${stack}::${project}::${[...parents, "_:_/_:_"].join("$")}::_-_`;
        expect(compileUrnGlob(p).matches(anonymous)).toBe(false);
      }),
      params,
    );
  });

  it("the JSON Schema never rejects a pattern the pack accepts (the schema states a necessary condition) (property)", () => {
    const arbitraryText = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(patternLike, arbitraryText), (p) => {
        const entry = [{ id: "E", resources: [p], reason: "r", expires: "2027-01-01" }];
        const schemaProblem = validate(exemptionsSchema, entry);
        if (urnPatternProblem(p) === undefined && p.length > 0 && p.length <= 1024) expect(schemaProblem).toBeUndefined();
      }),
      params,
    );
  });
});
