import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Blocks every resource, and provider resource, of a provider package the determination restricts. Metadata: `core/policy-table.ts`. */
export function restrictedProvider(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, "restricted-provider");
}
