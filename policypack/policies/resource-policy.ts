/**
 * The shape shared by the three resource policies: compile the policy's own
 * configuration once, decide with the core, record the findings for the stack
 * policies, report the ones that belong to this policy. The policies'
 * metadata is the policy table's (`core/policy-table.ts`).
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { ResourcePolicyName } from "../core/policy-table";
import { PolicySettings, reportFindings, viewOfResourceArgs } from "./adapter";
import { runOf, type PolicyContext } from "./context";
import { policyFields } from "./metadata";

export function makeResourcePolicy(ctx: PolicyContext, name: ResourcePolicyName): ResourceValidationPolicy {
  const run = runOf(ctx);
  const settings = new PolicySettings(name, ctx.defaults, run.settings);
  return {
    ...policyFields(name, ctx.framework),
    validateResource: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      // The first resource policy of the Analyze call decides; the next ones reuse it when they decide alike.
      let findings = run.sharedDecision(name, args.urn, s);
      if (!findings) {
        findings = run.decide(viewOfResourceArgs(args), s, ctx.clock);
        run.keepDecision(name, args.urn, s, findings);
      }
      run.ledger.record(name, args.urn, findings, s.exemptions);
      reportFindings(name, findings, reportViolation, false);
    },
  };
}
