/**
 * The review of a run's exemptions, one implementation for the pack's
 * `exemption-review` policy and the scan report: which exemptions are
 * expired (not honoured), expire within the warning window, or are active,
 * and which resources each one matched. Pure: `today` is given.
 */
import { daysBetween, isHonoured } from "./exemptions";
import type { Exemption, Finding } from "./types";

export type ExemptionStatus = "expired" | "expiring" | "active";

export interface ExemptionReview {
  readonly exemption: Exemption;
  /** `expired`: past its last day, not honoured; `expiring`: honoured, ends within the warning window. */
  readonly status: ExemptionStatus;
  /** Days from today to the last day it is honoured (negative once expired). */
  readonly daysLeft: number;
  /** URNs of the resources it matched (honoured or not), each once, in finding order. */
  readonly matched: readonly string[];
}

/** The exemptions of several lists, one per id (the first one given wins), in order. */
export function exemptionsById(...lists: readonly (readonly Exemption[])[]): Exemption[] {
  const byId = new Map<string, Exemption>();
  for (const list of lists) for (const e of list) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}

/** Reviews `exemptions` against the run's `findings` (any finding naming an exemption counts as a match). */
export function reviewExemptions(
  exemptions: readonly Exemption[],
  findings: Iterable<Finding>,
  today: string,
  expiryWarningDays: number,
): ExemptionReview[] {
  const matched = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.exemption) continue;
    let urns = matched.get(f.exemption.id);
    if (!urns) matched.set(f.exemption.id, (urns = new Set()));
    urns.add(f.urn);
  }
  return exemptions.map((exemption) => {
    const daysLeft = daysBetween(today, exemption.expires);
    const status: ExemptionStatus = !isHonoured(exemption, today) ? "expired" : daysLeft <= expiryWarningDays ? "expiring" : "active";
    return { exemption, status, daysLeft, matched: [...(matched.get(exemption.id) ?? [])] };
  });
}
