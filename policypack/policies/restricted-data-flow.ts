import type { StackValidationPolicy } from "@pulumi/policy";
import { PolicySettings, reportFindings } from "./adapter";
import type { PolicyName } from "../core/policy-table";
import { runOf, type PolicyContext } from "./context";
import { policyFields } from "./metadata";
import { findFlows, stackViews } from "./stack-policy";

const name = "restricted-data-flow" satisfies PolicyName;

/** Blocks in-scope data that is replicated, copied, backed up or peered into a restricted provider or jurisdiction. */
export function restrictedDataFlow(ctx: PolicyContext): StackValidationPolicy {
  const run = runOf(ctx);
  const settings = new PolicySettings(name, ctx.defaults, run.settings);
  return {
    ...policyFields(name, ctx.framework),
    validateStack: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const findings = findFlows(stackViews(run.stackCall(name, args.resources)), s, ctx.clock);
      run.ledger.recordFlows(findings);
      reportFindings(name, findings, reportViolation, true);
    },
  };
}
