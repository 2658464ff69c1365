/** The six policies of the pack, in a fixed order. */
import type { Policies } from "@pulumi/policy";
import { runOf, type PolicyContext, type RunContext } from "./context";
import { exemptionReview } from "./exemption-review";
import { migrationInventory } from "./migration-inventory";
import { restrictedDataFlow } from "./restricted-data-flow";
import { restrictedProvider } from "./restricted-provider";
import { restrictedRegion } from "./restricted-region";
import { upcomingRestriction } from "./upcoming-restriction";

/** The pack's policies, sharing one run state: `ctx.run`, or one made here around `ctx.ledger`. */
export function createPolicies(context: PolicyContext): Policies {
  const ctx: RunContext = { ...context, run: runOf(context) };
  return [
    restrictedProvider(ctx),
    restrictedRegion(ctx),
    restrictedDataFlow(ctx),
    upcomingRestriction(ctx),
    exemptionReview(ctx),
    migrationInventory(ctx),
  ];
}
