import type { StackValidationPolicy } from "@pulumi/policy";
import { reportFindings } from "./adapter";
import type { PolicyName } from "../core/policy-table";
import type { PolicyContext } from "./context";
import { makeStackPolicy } from "./make-stack-policy";
import { findFlows, stackViews } from "./stack-policy";

const name = "restricted-data-flow" satisfies PolicyName;

/** Blocks in-scope data that is replicated, copied, backed up or peered into a restricted provider or jurisdiction. */
export function restrictedDataFlow(ctx: PolicyContext): StackValidationPolicy {
  return makeStackPolicy(ctx, name, ({ settings, run, call }, reportViolation) => {
    const findings = findFlows(stackViews(call), settings, ctx.clock);
    run.ledger.recordFlows(findings);
    reportFindings(name, findings, reportViolation, true);
  });
}
