/**
 * The shape shared by the three resource policies: compile the policy's own
 * configuration once, decide with the core, record the findings for the stack
 * policies, report the ones that belong to this policy. Each policy file holds
 * only its metadata.
 */
import type { ResourceValidationArgs, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { decide } from "../core/decide";
import { mayBePlacedByGroup } from "../core/placement";
import type { Finding, FindingPolicy, Settings } from "../core/types";
import { decidesAlike } from "../determination/compile";
import { PolicySettings, reportFindings, viewOfResourceArgs } from "./adapter";
import type { PolicyContext } from "./context";
import { stackPlacements } from "./stack-policy";
import { commonTags, docsUrl, engineConfigSchema, frameworkOf } from "./metadata";

export type ResourcePolicyMetadata = Pick<
  ResourceValidationPolicy,
  "displayName" | "description" | "enforcementLevel" | "severity" | "remediationSteps"
> & {
  readonly name: Exclude<FindingPolicy, "restricted-data-flow">;
  readonly tags: readonly string[];
};

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

/**
 * Policies whose findings may also depend on another resource of the stack
 * (an azure-native resource without a location lies in its resource group's,
 * `core/placement.ts`): they report those in AnalyzeStack too, and only those.
 */
const placingPolicies: ReadonlySet<string> = new Set(["restricted-region", "upcoming-restriction"]);

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

export function makeResourcePolicy(ctx: PolicyContext, meta: ResourcePolicyMetadata): ResourceValidationPolicy {
  const { name } = meta;
  const settings = new PolicySettings(name, ctx.defaults);
  const policy: ResourceValidationPolicy & Partial<Pick<StackValidationPolicy, "validateStack">> = {
    ...meta,
    url: docsUrl(name),
    framework: frameworkOf(ctx.framework),
    tags: [...commonTags, ...meta.tags],
    configSchema: engineConfigSchema(name),
    validateResource: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const findings = decideOnce(ctx, name, args, s);
      ctx.ledger.record(name, args.urn, findings, s.exemptions);
      reportFindings(name, findings, reportViolation, false);
      if (validateStack) {
        if (!ctx.ledger.mayPlace && args.type.startsWith("azure-native:") && mayBePlacedByGroup(viewOfResourceArgs(args)))
          ctx.ledger.notePlacementCandidate();
        validateStack.__pulumiType = ctx.ledger.mayPlace ? undefined : nothingToPlace;
      }
    },
  };
  const validateStack: (NonNullable<StackValidationPolicy["validateStack"]> & TypedFunction) | undefined = placingPolicies.has(name)
    ? (args, reportViolation) => {
        const s = settings.get(args.getConfig(), ctx.clock);
        reportFindings(name, stackPlacements(args, s, ctx.clock), reportViolation, true);
      }
    : undefined;
  if (validateStack) {
    validateStack.__pulumiType = ctx.ledger.mayPlace ? undefined : nothingToPlace;
    policy.validateStack = validateStack;
  }
  return policy;
}
