/** The six policies of the pack, in a fixed order. */
import type { Policies } from "@pulumi/policy";
import type { PolicyContext } from "./context";
import { exemptionReview } from "./exemption-review";
import { migrationInventory } from "./migration-inventory";
import { restrictedDataFlow } from "./restricted-data-flow";
import { restrictedProvider } from "./restricted-provider";
import { restrictedRegion } from "./restricted-region";
import { upcomingRestriction } from "./upcoming-restriction";

export function createPolicies(ctx: PolicyContext): Policies {
  return [
    restrictedProvider(ctx),
    restrictedRegion(ctx),
    restrictedDataFlow(ctx),
    upcomingRestriction(ctx),
    exemptionReview(ctx),
    migrationInventory(ctx),
  ];
}
