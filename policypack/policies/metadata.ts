/** Shared metadata of the pack's policies: the table's entry, documentation link, framework, tags, config schema. */
import type { Policy, PolicyComplianceFramework, PolicyConfigSchema } from "@pulumi/policy";
import { commonPolicyTags, policyMeta, type PolicyName } from "../core/policy-table";
import { policyConfigProperties } from "../determination/schema";
import type { Determination } from "../determination/types";

export const repositoryUrl = "https://github.com/us-person-data-guard/us-person-data-guard";

/** README anchor of a policy. */
export function docsUrl(anchor: string): string {
  return `${repositoryUrl}#${anchor}`;
}

export function frameworkOf(det: Determination): PolicyComplianceFramework {
  return { name: det.title, version: det.id, reference: det.citation, specification: det.url };
}

export const commonTags = commonPolicyTags;

/** A policy's configSchema as the engine receives it (our Schema type is a read-only subset of theirs). */
export function engineConfigSchema(policy: PolicyName): PolicyConfigSchema {
  return { properties: { ...policyConfigProperties[policy] } as unknown as PolicyConfigSchema["properties"] };
}

/** Everything a policy object carries but its validate function, from the policy table (`core/policy-table.ts`). */
export function policyFields(name: PolicyName, framework: Determination): Policy {
  const m = policyMeta(name);
  return {
    name,
    displayName: m.displayName,
    description: m.description,
    enforcementLevel: m.enforcementLevel,
    severity: m.severity,
    remediationSteps: m.remediationSteps,
    url: docsUrl(name),
    framework: frameworkOf(framework),
    tags: [...commonPolicyTags, ...m.tags],
    configSchema: engineConfigSchema(name),
  };
}
