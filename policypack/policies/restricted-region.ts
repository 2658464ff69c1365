import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Blocks resources and providers placed in a restricted jurisdiction, or outside `allowedRegions`. Metadata: `core/policy-table.ts`. */
export function restrictedRegion(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, "restricted-region");
}
