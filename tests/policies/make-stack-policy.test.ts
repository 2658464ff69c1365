import type { PolicyResource, ReportViolation, StackValidationArgs } from "@pulumi/policy";
import { policyMeta, policyTable } from "../../policypack/core/policy-table";
import { createContext } from "../../policypack/library";
import { makeStackPolicy, type StackCheckInput, type StackPolicyName } from "../../policypack/policies/make-stack-policy";
import { clockAt } from "../support/views";

const stackNames: readonly StackPolicyName[] = policyTable.filter((e) => e.kind === "stack").map((e) => e.name);

function resource(name: string): PolicyResource {
  const type = "aws:s3/bucket:Bucket";
  return { type, urn: `urn:pulumi:prod::shop::${type}::${name}`, name, props: {} } as unknown as PolicyResource;
}

const argsOf = (resources: PolicyResource[], config: Record<string, unknown> = {}): StackValidationArgs =>
  ({ resources, getConfig: () => config, stackTags: new Map() }) as unknown as StackValidationArgs;

const noReport = (() => undefined) as unknown as ReportViolation;

describe("makeStackPolicy: the shape of the three stack policies", () => {
  it("covers exactly the stack policies of the table", () => {
    expect(stackNames).toEqual(["restricted-data-flow", "exemption-review", "migration-inventory"]);
  });

  it.each(stackNames)("%s: metadata from the policy table, a stack validation only", (name) => {
    const policy = makeStackPolicy(createContext(), name, () => undefined);
    const meta = policyMeta(name);
    expect(policy.name).toBe(name);
    expect(policy.description).toBe(meta.description);
    expect(policy.enforcementLevel).toBe(meta.enforcementLevel);
    expect(typeof policy.validateStack).toBe("function");
    expect((policy as unknown as Record<string, unknown>)["validateResource"]).toBeUndefined();
  });

  it("hands the check this call's settings, the context's run and its reportViolation", () => {
    const ctx = createContext({ maxExemptionDays: 100 }, clockAt("2026-12-01T00:00:00Z"));
    const seen: StackCheckInput[] = [];
    const reports: ReportViolation[] = [];
    const policy = makeStackPolicy(ctx, "exemption-review", (input, report) => {
      seen.push(input);
      reports.push(report);
    });
    const report = (() => undefined) as unknown as ReportViolation;
    void policy.validateStack(argsOf([resource("a")]), report);
    void policy.validateStack(argsOf([resource("a")], { maxExemptionDays: 200, expiryWarningDays: 7 }), report);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.run).toBe(ctx.run);
    expect(seen[0]!.settings.maxExemptionDays).toBe(100); // the pack's defaults
    expect(seen[1]!.settings.maxExemptionDays).toBe(200); // the policy's own config over them
    expect(seen[1]!.settings.expiryWarningDays).toBe(7);
    expect(reports).toEqual([report, report]);
  });

  it("opens the call the stack policies of one AnalyzeStack call share, and a new one for the next call", () => {
    const ctx = createContext(undefined, clockAt("2026-12-01T00:00:00Z"));
    const calls: unknown[] = [];
    const policies = stackNames.map((name) => makeStackPolicy(ctx, name, ({ call }) => void calls.push(call)));
    const stack = [resource("a"), resource("b")];
    for (const p of policies) void p.validateStack(argsOf(stack.map((r) => ({ ...r }))), noReport);
    expect(new Set(calls).size).toBe(1);
    void policies[0]!.validateStack(argsOf(stack), noReport);
    expect(calls[3]).not.toBe(calls[0]);
  });

  it("does not run the check when the policy's config is invalid: the one-line error names the policy", () => {
    let ran = false;
    const policy = makeStackPolicy(createContext(), "migration-inventory", () => {
      ran = true;
    });
    let thrown: unknown;
    try {
      void policy.validateStack(argsOf([resource("a")], { maxExemptionDays: "soon" }), noReport);
    } catch (e) {
      thrown = e;
    }
    expect(ran).toBe(false);
    expect(typeof thrown).toBe("string");
    expect(String(thrown)).toContain("migration-inventory");
    expect(String(thrown)).not.toContain("\n");
  });
});
