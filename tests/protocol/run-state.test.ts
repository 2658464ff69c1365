/**
 * The run's state over the protocol: the stack policies of one AnalyzeStack
 * call share views and findings, and nothing of a call leaks into the next —
 * even when the next call has the very same URNs (a preview, then the
 * update, with outputs now known) and the pack's last stack policy is
 * disabled, so no policy closes the call.
 */
import { resource, sharedConfig, type Diagnostic, type PackClient } from "./harness";
import { usePack } from "../support/pack-suite";

const NOW = "2026-11-28T12:00:00Z";
const exemption = {
  id: "EXC-RUN",
  resources: ["urn:pulumi:prod::shop::aws:s3/bucket:Bucket::x"],
  reason: "test",
  expires: "2027-03-31",
};

const stack = (region: string) => [
  resource("aws:s3/bucket:Bucket", "w", { bucket: "w", region: "us-east-1" }),
  resource("aws:s3/bucket:Bucket", "x", { bucket: "x", region }),
  resource("aws:s3/bucket:Bucket", "z", { bucket: "z", region: "us-east-1" }),
];

const review = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => d.policyName === "exemption-review").map((d) => d.message);

describe.each([
  ["every stack policy enabled", {}],
  ["migration-inventory disabled", { "migration-inventory": "disabled" as const }],
])("AnalyzeStack calls over the same URNs (%s)", (_label, levels) => {
  let pack: PackClient;

  usePack({ now: NOW }, async (p, i) => {
    pack = p;
    await pack.configure(sharedConfig(i, { exemptions: [exemption] }, levels));
  });

  test("each call is decided from its own properties", async () => {
    const clean = review(await pack.analyzeStack(stack("us-east-1")));
    expect(clean).toHaveLength(1);
    expect(clean[0]).toContain("matched no resource");
    const restricted = review(await pack.analyzeStack(stack("cn-north-1")));
    expect(restricted).toHaveLength(1);
    expect(restricted[0]).toContain("covers 1 resource(s)");
    const cleanAgain = review(await pack.analyzeStack(stack("us-east-1")));
    expect(cleanAgain).toEqual(clean);
  });
});
