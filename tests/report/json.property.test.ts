/** `renderJsonTo`: the JSON report written in batches, made as they are written, is the report's text exactly. */
import fc from "fast-check";
import { ReportBuilder } from "../../policypack/report/build";
import { renderJson, renderJsonTo } from "../../policypack/report/json";
import { compilePolicyConfig } from "../../policypack/determination/compile";
import type { Finding } from "../../policypack/core/types";

const runs = (n: number): number => Number(process.env["FC_RUNS"]) || n;

const settings = compilePolicyConfig("restricted-provider", {});

function report(names: readonly string[]) {
  const b = new ReportBuilder({
    tool: { name: "us-person-data-guard", version: "1.2.3", url: "https://example.com" },
    now: new Date("2026-11-28T00:00:00Z"),
    failOn: "mandatory",
    policies: [
      {
        name: "restricted-provider",
        displayName: "Restricted cloud provider",
        description: "d",
        enforcementLevel: "mandatory",
        severity: "critical",
        url: "https://example.com/#restricted-provider",
        remediationSteps: "r",
        settings,
      },
    ],
    expiryWarningDays: 30,
  });
  const findings: Finding[] = names.map((name, i) => ({
    policy: "restricted-provider",
    rule: "provider",
    blocking: true,
    urn: `urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::${name}-${i}`,
    name: `${name}-${i}`,
    type: "alicloud:oss/bucket:Bucket",
    package: "alicloud",
    region: "cn-hangzhou",
    jurisdictions: ["CN"],
    determinationId: "us-dsp-2025",
    citation: "28 CFR Part 202",
    reason: "restricted",
  }));
  b.addScanned(
    { input: "x.json", format: "stack-export", version: 3, stacks: ["prod"], projects: ["shop"], resources: names.length, secrets: 0 },
    findings,
  );
  return b.build();
}

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
