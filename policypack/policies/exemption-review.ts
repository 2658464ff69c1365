import type { StackValidationPolicy } from "@pulumi/policy";
import { daysBetween, isHonoured, utcDay } from "../core/exemptions";
import type { Exemption } from "../core/types";
import { PolicySettings, reportText } from "./adapter";
import type { PolicyContext } from "./context";
import { commonTags, docsUrl, engineConfigSchema, frameworkOf } from "./metadata";
import { findFlows, runFindings, stackViews } from "./stack-policy";

const name = "exemption-review";

function label(e: Exemption): string {
  const who = [e.approvedBy ? `approved by ${e.approvedBy}` : "", e.ticket ? `ticket ${e.ticket}` : ""].filter(Boolean).join(", ");
  return `Exemption ${e.id}${who ? ` (${who})` : ""}`;
}

/** Reviews the exemptions of this run: expired, expiring soon, unused, and what each active one covers. */
export function exemptionReview(ctx: PolicyContext): StackValidationPolicy {
  const settings = new PolicySettings(name, ctx.defaults);
  return {
    name,
    displayName: "Exemption review",
    description:
      "Summarises the exemptions configured for this run: expired ones (not honoured), ones that expire soon, ones that matched no resource, and the resources each active exemption covers.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
      "Renew or remove expired exemptions, plan the move for those about to expire, and delete exemptions that match nothing.",
    url: docsUrl(name),
    framework: frameworkOf(ctx.framework),
    tags: [...commonTags, "exemptions", "audit"],
    configSchema: engineConfigSchema(name),
    validateStack: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const today = utcDay(ctx.clock());
      const { findings: resourceFindings, fromLedger } = runFindings(ctx, args, s);
      // Exemptions also silence data flows: count what restricted-data-flow matched
      // in this run, or find the flows here when it did not run.
      const flows = ctx.ledger.flowFindings() ?? findFlows(stackViews(args), s, ctx.clock);
      const findings = [...resourceFindings, ...flows];
      const exemptions = fromLedger ? mergeById(ctx.ledger.exemptions(), s.exemptions) : s.exemptions;
      const covered = new Map<string, Set<string>>();
      for (const f of findings) {
        if (!f.exemption) continue;
        const set = covered.get(f.exemption.id) ?? new Set<string>();
        set.add(f.urn);
        covered.set(f.exemption.id, set);
      }
      for (const e of exemptions) {
        const urns = [...(covered.get(e.id) ?? [])];
        const list = urns.length ? `: ${urns.slice(0, 20).join(", ")}${urns.length > 20 ? `, … (${urns.length - 20} more)` : ""}` : "";
        if (!isHonoured(e, today)) {
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
          const days = daysBetween(today, e.expires);
          const soon =
            days <= s.expiryWarningDays
              ? ` It expires in ${days} day(s), on ${e.expires}: renew it or plan the move.`
              : ` Expires ${e.expires}.`;
          reportText(reportViolation, `${label(e)} covers ${urns.length} resource(s)${list}.${soon} Reason: ${e.reason}`);
        }
      }
    },
  };
}

function mergeById(a: readonly Exemption[], b: readonly Exemption[]): Exemption[] {
  const m = new Map<string, Exemption>();
  for (const e of [...a, ...b]) if (!m.has(e.id)) m.set(e.id, e);
  return [...m.values()];
}
