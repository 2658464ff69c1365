import fc from "fast-check";
import { compileGlob } from "../../policypack/core/glob";

const seed = process.env["FC_SEED"] ? Number(process.env["FC_SEED"]) : undefined;
const params = { seed, verbose: 1 as const, numRuns: Number(process.env["FC_RUNS"] ?? 300) };

/** Reference semantics: a straightforward dynamic-programming matcher. */
function reference(pattern: string, text: string): boolean {
  const m = pattern.length;
  const n = text.length;
  let prev = new Array<boolean>(n + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<boolean>(n + 1).fill(false);
    const p = pattern[i - 1];
    if (p === "*") cur[0] = prev[0]!;
    for (let j = 1; j <= n; j++) {
      if (p === "*") cur[j] = prev[j]! || cur[j - 1]!;
      else cur[j] = prev[j - 1]! && (p === "?" || p === text[j - 1]);
    }
    prev = cur;
  }
  return prev[n]!;
}

describe("glob", () => {
  it.each([
    ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs*", "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs-1", true],
    ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs*", "urn:pulumi:staging::shop::alicloud:oss/bucket:Bucket::logs-1", false],
    ["urn:pulumi:*::shop::*", "urn:pulumi:dev::shop::aws:s3/bucketV2:BucketV2::b", true],
    ["us-*", "us-east-1", true],
    ["us-*", "eu-west-1", false],
    ["us-????-1", "us-east-1", true],
    ["us-????-1", "us-west-12", false],
    ["a*b*c", "abc", true],
    ["a*b*c", "acb", false],
    ["*", "", true],
    ["", "", true],
    ["a", "", false],
  ])("%s ~ %s = %s", (pattern, text, expected) => {
    expect(compileGlob(pattern).matches(text)).toBe(expected);
  });

  it("agrees with a reference matcher (property)", () => {
    const alphabet = fc.constantFrom("a", "b", "-", ":", "*", "?");
    const textChars = fc.constantFrom("a", "b", "-", ":");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join("")),
        fc.array(textChars, { maxLength: 16 }).map((a) => a.join("")),
        (p, t) => {
          expect(compileGlob(p).matches(t)).toBe(reference(p, t));
        },
      ),
      params,
    );
  });

  it("answers adversarial input (a backtracking matcher would not finish; its time is in npm run bench)", () => {
    const pattern = `${"*a".repeat(200)}*b`;
    const text = "a".repeat(20_000);
    expect(compileGlob(pattern).matches(text)).toBe(false);
    expect(compileGlob(pattern).matches(`${text}b`)).toBe(true);
  });
});
