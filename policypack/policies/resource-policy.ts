/**
 * The shape shared by the three resource policies: compile the policy's own
 * configuration once, decide with the core, record the findings for the stack
 * policies, report the ones that belong to this policy. The policies'
 * metadata is the policy table's (`core/policy-table.ts`).
 *
 * `restricted-region` and `upcoming-restriction` also validate the stack: an
 * azure-native resource without a location lies in its resource group's,
 * which only the stack shows (`core/placement.ts`); they report those
 * placements in AnalyzeStack, and only those.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { mayBePlacedByGroup } from "../core/placement";
import type { ResourcePolicyName } from "../core/policy-table";
import type { ResourceView } from "../core/types";
import { PolicySettings, reportFindings, viewOfResourceArgs } from "./adapter";
import { runOf, type PolicyContext } from "./context";
import { policyFields } from "./metadata";
import { stackPlacements } from "./stack-policy";

/** Policies whose findings may also depend on another resource of the stack. */
const placingPolicies: ReadonlySet<ResourcePolicyName> = new Set(["restricted-region", "upcoming-restriction"]);

/**
 * The SDK deserialises the whole stack for every policy with a
 * `validateStack` before calling it, unless the function carries a Pulumi
 * type (`__pulumiType`, as `validateStackResourcesOfType` sets) that no
 * resource of the stack has. The function carries this type, which no
 * resource type equals, until an Analyze call of the run meets a resource
 * that may be placed by another: a run with none (and an AnalyzeStack with
 * no Analyze before it, where these resource policies decide nothing
 * either) costs what it did before.
 */
const nothingToPlace = "azure-native resource placed by its resource group";
type TypedFunction = { __pulumiType?: string };

export function makeResourcePolicy(ctx: PolicyContext, name: ResourcePolicyName): ResourceValidationPolicy {
  const run = runOf(ctx);
  const settings = new PolicySettings(name, ctx.defaults, run.settings);
  const validateStack: (NonNullable<StackValidationPolicy["validateStack"]> & TypedFunction) | undefined = placingPolicies.has(name)
    ? (args, reportViolation) => {
        const s = settings.get(args.getConfig(), ctx.clock);
        const call = run.stackCall(name, args.resources);
        reportFindings(name, stackPlacements(call, s, ctx.clock), reportViolation, true);
      }
    : undefined;
  const policy: ResourceValidationPolicy & Partial<Pick<StackValidationPolicy, "validateStack">> = {
    ...policyFields(name, ctx.framework),
    validateResource: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      let view: ResourceView | undefined;
      // The first resource policy of the Analyze call decides; the next ones reuse it when they decide alike.
      let findings = run.sharedDecision(name, args.urn, s);
      if (!findings) {
        findings = run.decide((view = viewOfResourceArgs(args, run.providers)), s, ctx.clock);
        run.keepDecision(name, args.urn, s, findings);
      }
      run.ledger.record(name, args.urn, findings, s.exemptions);
      reportFindings(name, findings, reportViolation, false);
      if (validateStack) {
        if (
          !run.ledger.mayPlace &&
          args.type.startsWith("azure-native:") &&
          mayBePlacedByGroup(view ?? viewOfResourceArgs(args, run.providers))
        )
          run.ledger.notePlacementCandidate();
        const typed = run.ledger.mayPlace ? undefined : nothingToPlace;
        if (validateStack.__pulumiType !== typed) validateStack.__pulumiType = typed;
      }
    },
  };
  if (validateStack) {
    validateStack.__pulumiType = run.ledger.mayPlace ? undefined : nothingToPlace;
    policy.validateStack = validateStack;
  }
  return policy;
}
