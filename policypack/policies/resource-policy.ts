/**
 * The shape shared by the three resource policies: compile the policy's own
 * configuration once, decide with the core, record the findings for the stack
 * policies, report the ones that belong to this policy. The policies'
 * metadata is the policy table's (`core/policy-table.ts`).
 */
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { decide } from "../core/decide";
import type { Finding, FindingPolicy, Settings } from "../core/types";
import { decidesAlike } from "../determination/compile";
import { PolicySettings, reportFindings, viewOfResourceArgs } from "./adapter";
import type { PolicyContext } from "./context";
import { policyFields } from "./metadata";
import type { ResourcePolicyName } from "../core/policy-table";

/**
 * One Analyze call runs the three resource policies on the same resource,
 * one after another (each with its own copy of the properties), and one
 * decision yields the findings of all three. So the first policy decides, and
 * the next ones reuse that decision when their settings decide alike, once
 * each: a policy that already used it starts a new decision (the next Analyze
 * of that URN, e.g. the update after a preview, is decided afresh). The
 * policies are synchronous, so another call's policies do not run between
 * them, and a resource with another URN starts a new decision.
 */
let lastDecision:
  | {
      readonly ctx: PolicyContext;
      readonly urn: string;
      readonly settings: Settings;
      readonly findings: Finding[];
      readonly usedBy: Set<FindingPolicy>;
    }
  | undefined;

function decideOnce(ctx: PolicyContext, policy: FindingPolicy, args: ResourceValidationArgs, settings: Settings): Finding[] {
  const last = lastDecision;
  if (last && last.ctx === ctx && last.urn === args.urn && !last.usedBy.has(policy) && decidesAlike(last.settings, settings)) {
    last.usedBy.add(policy);
    return last.findings;
  }
  const findings = decide(viewOfResourceArgs(args), settings, ctx.clock);
  lastDecision = { ctx, urn: args.urn, settings, findings, usedBy: new Set([policy]) };
  return findings;
}

export function makeResourcePolicy(ctx: PolicyContext, name: ResourcePolicyName): ResourceValidationPolicy {
  const settings = new PolicySettings(name, ctx.defaults);
  return {
    ...policyFields(name, ctx.framework),
    validateResource: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const findings = decideOnce(ctx, name, args, s);
      ctx.ledger.record(name, args.urn, findings, s.exemptions);
      reportFindings(name, findings, reportViolation, false);
    },
  };
}
