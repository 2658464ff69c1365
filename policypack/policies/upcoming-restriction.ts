import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Warns about what would violate a rule whose `effective` date is still in the future. Metadata: `core/policy-table.ts`. */
export function upcomingRestriction(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, "upcoming-restriction");
}
