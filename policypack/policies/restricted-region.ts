import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { makeResourcePolicy } from "./resource-policy";

/** Blocks resources and providers placed in a restricted jurisdiction, or outside `allowedRegions`. */
export function restrictedRegion(ctx: PolicyContext): ResourceValidationPolicy {
  return makeResourcePolicy(ctx, {
    name: "restricted-region",
    displayName: "Restricted region or jurisdiction",
    description:
      "Reports resources and provider resources whose region or location lies in a jurisdiction the security determination restricts (for example mainland China, Hong Kong, Macau, Russia), or outside the configured allowedRegions.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
      "Set the resource's region/location (or its provider's region, e.g. `pulumi config set aws:region us-east-1`) to one outside the restricted jurisdictions and inside allowedRegions. " +
      "During preview an unknown region is advisory with unknownRegion: defer; set it to a known value, or use unknownRegion: violation to fail closed.",
    tags: ["region"],
  });
}
