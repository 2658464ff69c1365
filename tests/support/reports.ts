/** A scan report to render in tests: two policies (one with a hostile URL) and findings named after `name`. */
import { ReportBuilder, type PolicyEntry } from "../../policypack/report/build";
import { compilePolicyConfig } from "../../policypack/determination/compile";
import type { Finding } from "../../policypack/core/types";

const settings = compilePolicyConfig("restricted-provider", {});
const policies: PolicyEntry[] = [
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
  {
    name: "restricted-region",
    displayName: "Restricted region",
    description: "d",
    enforcementLevel: "advisory",
    severity: "high",
    url: "javascript:alert(1)",
    remediationSteps: "r",
    settings,
  },
];

export function finding(name: string, i: number): Finding {
  return {
    policy: i % 2 ? "restricted-region" : "restricted-provider",
    rule: i % 2 ? "jurisdiction" : "provider",
    blocking: true,
    urn: `urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::${name}${i}`,
    name: `${name}${i}`,
    type: "alicloud:oss/bucket:Bucket",
    package: "alicloud",
    region: "cn-hangzhou",
    jurisdictions: ["CN"],
    determinationId: "us-dsp-2025",
    citation: "28 CFR Part 202",
    reason: "restricted",
  };
}

/** The report of one scanned input holding `findings`. */
export function reportOf(findings: readonly Finding[], input = "dir/x.json") {
  const b = new ReportBuilder({
    tool: { name: "us-person-data-guard", version: "1.2.3", url: "https://example.com" },
    now: new Date("2026-11-28T00:00:00Z"),
    failOn: "mandatory",
    policies,
    expiryWarningDays: 30,
  });
  b.addScanned(
    { input, format: "stack-export", version: 3, stacks: ["prod"], projects: ["shop"], resources: findings.length, secrets: 0 },
    findings,
  );
  return b.build();
}

/** The report of `dir/<name>.json` with `n` findings named after `name`. */
export function report(name: string, n = 2) {
  return reportOf(
    Array.from({ length: n }, (_, i) => finding(name, i)),
    `dir/${name}.json`,
  );
}
