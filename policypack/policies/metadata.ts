/** Shared metadata of the pack's policies: documentation links, framework, tags. */
import type { PolicyComplianceFramework } from "@pulumi/policy";
import type { Determination } from "../determination/types";

export const repositoryUrl = "https://github.com/us-person-data-guard/us-person-data-guard";

/** README anchor of a policy. */
export function docsUrl(anchor: string): string {
  return `${repositoryUrl}#${anchor}`;
}

export function frameworkOf(det: Determination): PolicyComplianceFramework {
  return { name: det.title, version: det.id, reference: det.citation, specification: det.url };
}

export const commonTags = ["us-person-data", "data-security-program", "data-residency", "sovereignty"];

import type { PolicyConfigSchema } from "@pulumi/policy";
import { policyConfigProperties, type PolicyName } from "../determination/schema";

/** A policy's configSchema as the engine receives it (our Schema type is a read-only subset of theirs). */
export function engineConfigSchema(policy: PolicyName): PolicyConfigSchema {
  return { properties: { ...policyConfigProperties[policy] } as unknown as PolicyConfigSchema["properties"] };
}
