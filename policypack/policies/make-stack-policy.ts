/**
 * The shape shared by the three stack policies: compile the policy's own
 * configuration once, then per AnalyzeStack call read its settings and open
 * the call's shared state, and hand both to the policy's check. The policies'
 * metadata is the policy table's (`core/policy-table.ts`).
 */
import type { ReportViolation, StackValidationPolicy } from "@pulumi/policy";
import type { policyTable } from "../core/policy-table";
import type { Settings } from "../core/types";
import { PolicySettings } from "./adapter";
import { runOf, type PolicyContext } from "./context";
import { policyFields } from "./metadata";
import type { RunState, StackCall } from "./run-state";

/** The policies that run once per stack (`kind: "stack"` in the policy table). */
export type StackPolicyName = Extract<(typeof policyTable)[number], { readonly kind: "stack" }>["name"];

/** What a stack policy's check works on in one AnalyzeStack call. */
export interface StackCheckInput {
  /** The policy's settings for this call. */
  readonly settings: Settings;
  /** The run's state (its ledger, its decisions). */
  readonly run: RunState;
  /** The state the stack policies of this call share (views, findings). */
  readonly call: StackCall;
}

export function makeStackPolicy(
  ctx: PolicyContext,
  name: StackPolicyName,
  check: (input: StackCheckInput, reportViolation: ReportViolation) => void,
): StackValidationPolicy {
  const run = runOf(ctx);
  const settings = new PolicySettings(name, ctx.defaults, run.settings);
  return {
    ...policyFields(name, ctx.framework),
    validateStack: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      check({ settings: s, run, call: run.stackCall(name, args.resources) }, reportViolation);
    },
  };
}
