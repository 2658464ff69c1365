import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Warns about what would violate a rule whose `effective` date is still in the future. */
export function upcomingRestriction(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, {
    name: "upcoming-restriction",
    displayName: "Upcoming restriction",
    description:
      "Reports resources that a determination rule will restrict once its effective date arrives, so teams can migrate before the rule starts to block.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
      "Plan the move before the effective date shown in the message; the same resource will then be reported by restricted-provider or restricted-region at their enforcement level.",
    tags: ["planning"],
  });
}
