import type { StackValidationPolicy } from "@pulumi/policy";
import { exemptionsById, reviewExemptions } from "../core/exemption-review";
import { utcDay } from "../core/exemptions";
import type { Exemption } from "../core/types";
import { reportText } from "./adapter";
import type { PolicyName } from "../core/policy-table";
import type { PolicyContext } from "./context";
import { makeStackPolicy } from "./make-stack-policy";
import { findFlows, runFindings, stackViews } from "./stack-policy";

const name = "exemption-review" satisfies PolicyName;

function label(e: Exemption): string {
  const who = [e.approvedBy ? `approved by ${e.approvedBy}` : "", e.ticket ? `ticket ${e.ticket}` : ""].filter(Boolean).join(", ");
  return `Exemption ${e.id}${who ? ` (${who})` : ""}`;
}

/** Reviews the exemptions of this run: expired, expiring soon, unused, and what each active one covers. */
export function exemptionReview(ctx: PolicyContext): StackValidationPolicy {
  return makeStackPolicy(ctx, name, ({ settings: s, run, call }, reportViolation) => {
    const today = utcDay(ctx.clock());
    const { findings: resourceFindings, fromLedger } = runFindings(ctx, run, call, s);
    // Exemptions also silence data flows: count what restricted-data-flow matched
    // in this run, or find the flows here when it did not run.
    const flows = run.ledger.flowFindings() ?? findFlows(stackViews(call), s, ctx.clock);
    const exemptions = fromLedger ? exemptionsById(run.ledger.exemptions(), s.exemptions) : s.exemptions;
    const review = reviewExemptions(exemptions, [...resourceFindings, ...flows], today, s.expiryWarningDays);
    for (const { exemption: e, status, daysLeft, matched: urns } of review) {
      const list = urns.length ? `: ${urns.slice(0, 20).join(", ")}${urns.length > 20 ? `, … (${urns.length - 20} more)` : ""}` : "";
      if (status === "expired") {
        reportText(
          reportViolation,
          `${label(e)} expired on ${e.expires} and is not honoured; ${urns.length} resource(s) it matches are reported again${list}.`,
        );
      } else if (urns.length === 0) {
        reportText(
          reportViolation,
          `${label(e)} (expires ${e.expires}) matched no resource in this stack; remove it or fix its patterns (${e.patterns.map((p) => p.source).join(", ")}).`,
        );
      } else {
        const soon =
          status === "expiring"
            ? ` It expires in ${daysLeft} day(s), on ${e.expires}: renew it or plan the move.`
            : ` Expires ${e.expires}.`;
        reportText(reportViolation, `${label(e)} covers ${urns.length} resource(s)${list}.${soon} Reason: ${e.reason}`);
      }
    }
  });
}
