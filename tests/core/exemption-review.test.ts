import { exemptionsById, reviewExemptions } from "../../policypack/core/exemption-review";
import { compileUrnGlob } from "../../policypack/core/glob";
import type { Exemption, Finding } from "../../policypack/core/types";

const exemption = (id: string, expires: string, reason = "r"): Exemption => ({
  id,
  patterns: [compileUrnGlob("urn:pulumi:prod::shop::alicloud:*::*")],
  reason,
  expires,
});

const finding = (urn: string, id?: string, status: "honoured" | "expired" = "honoured"): Finding => ({
  policy: "restricted-provider",
  rule: "provider",
  blocking: true,
  urn,
  name: urn.slice(urn.lastIndexOf("::") + 2),
  type: "alicloud:oss/bucket:Bucket",
  package: "alicloud",
  determinationId: "us-dsp-2025",
  citation: "28 CFR Part 202",
  reason: "restricted",
  ...(id ? { exemption: { id, status, expires: "2027-01-01" } } : {}),
});

const urn = (n: string): string => `urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::${n}`;

describe("reviewExemptions", () => {
  const today = "2026-12-01";

  it("classifies by the last honoured day: expired the day after, expiring within the window (inclusive), active beyond", () => {
    const review = reviewExemptions(
      [
        exemption("gone", "2026-11-30"),
        exemption("last-day", "2026-12-01"),
        exemption("edge", "2026-12-31"),
        exemption("later", "2027-01-01"),
      ],
      [],
      today,
      30,
    );
    expect(review.map((r) => [r.exemption.id, r.status, r.daysLeft])).toEqual([
      ["gone", "expired", -1],
      ["last-day", "expiring", 0],
      ["edge", "expiring", 30],
      ["later", "active", 31],
    ]);
  });

  it("lists each matched URN once, in finding order, whether the match was honoured or expired", () => {
    const review = reviewExemptions(
      [exemption("A", "2027-06-01"), exemption("B", "2026-01-01"), exemption("C", "2027-06-01")],
      [finding(urn("b"), "A"), finding(urn("a"), "A"), finding(urn("b"), "A"), finding(urn("x"), "B", "expired"), finding(urn("y"))],
      today,
      30,
    );
    expect(review.map((r) => r.matched)).toEqual([[urn("b"), urn("a")], [urn("x")], []]);
  });

  it("keeps the order of the exemptions it is given and ignores findings of exemptions not given", () => {
    const review = reviewExemptions([exemption("Z", "2027-06-01"), exemption("A", "2027-06-01")], [finding(urn("q"), "other")], today, 7);
    expect(review.map((r) => r.exemption.id)).toEqual(["Z", "A"]);
    expect(review.every((r) => r.matched.length === 0)).toBe(true);
  });
});

describe("exemptionsById", () => {
  it("keeps the first exemption of each id across lists, in order", () => {
    const a1 = exemption("A", "2027-01-01", "first");
    const a2 = exemption("A", "2027-02-01", "second");
    const b = exemption("B", "2027-01-01");
    expect(exemptionsById([a1, b], [a2], [])).toEqual([a1, b]);
    expect(exemptionsById()).toEqual([]);
  });
});
