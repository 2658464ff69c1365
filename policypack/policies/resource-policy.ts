/**
 * The shape shared by the three resource policies: compile the policy's own
 * configuration once, decide with the core, record the findings for the stack
 * policies, report the ones that belong to this policy. Each policy file holds
 * only its metadata.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { decide } from "../core/decide";
import type { FindingPolicy } from "../core/types";
import { PolicySettings, reportFindings, viewOfResourceArgs } from "./adapter";
import type { PolicyContext } from "./context";
import { commonTags, docsUrl, engineConfigSchema, frameworkOf } from "./metadata";

export type ResourcePolicyMetadata = Pick<ResourceValidationPolicy, "displayName" | "description" | "enforcementLevel" | "severity" | "remediationSteps"> & {
  readonly name: Exclude<FindingPolicy, "restricted-data-flow">;
  readonly tags: readonly string[];
};

export function makeResourcePolicy(ctx: PolicyContext, meta: ResourcePolicyMetadata): ResourceValidationPolicy {
  const { name } = meta;
  const settings = new PolicySettings(name, ctx.defaults);
  return {
    ...meta,
    url: docsUrl(name),
    framework: frameworkOf(ctx.framework),
    tags: [...commonTags, ...meta.tags],
    configSchema: engineConfigSchema(name),
    validateResource: (args, reportViolation) => {
      const s = settings.get(args.getConfig());
      const findings = decide(viewOfResourceArgs(args), s, ctx.clock);
      ctx.ledger.record(name, args.urn, findings, s.exemptions);
      reportFindings(name, findings, reportViolation, false);
    },
  };
}
