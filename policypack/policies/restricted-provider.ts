import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Blocks every resource, and provider resource, of a provider package the determination restricts. */
export function restrictedProvider(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, {
    name: "restricted-provider",
    displayName: "Restricted cloud provider",
    description:
      "Reports resources and provider resources (pulumi:providers:<pkg>) of a provider package that the security determination restricts for U.S.-person data, such as Alibaba Cloud (alicloud).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
      "Move the resource to a provider the determination allows (see the migration-inventory policy or `us-person-data-guard scan` for suggested targets). " +
      "If it holds no U.S.-person data, narrow `scope` to tagged resources, or add a time-boxed exemption with an id, reason, approver and expiry.",
    tags: ["provider"],
  });
}
