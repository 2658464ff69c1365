/**
 * Exemptions: URN globs with an expiry. An exemption is honoured through its
 * `expires` day (UTC) and not after; an expired one is still reported so the
 * message can name it.
 */
import { splitForMatch } from "./glob";
import type { Exemption, ExemptionMatch, FindingPolicy } from "./types";

/** YYYY-MM-DD of an instant, in UTC. */
export function utcDay(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError("the clock returned an invalid date");
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD, UTC); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isHonoured(e: Exemption, today: string): boolean {
  return today <= e.expires;
}

/**
 * The exemption that applies to `urn` for `policy`: an honoured one when any
 * matches, otherwise the first expired match (so the message can name it).
 */
export function matchExemption(
  exemptions: readonly Exemption[],
  urn: string,
  policy: FindingPolicy,
  today: string,
): ExemptionMatch | undefined {
  if (exemptions.length === 0) return undefined;
  const split = splitForMatch(urn);
  let expired: ExemptionMatch | undefined;
  for (const e of exemptions) {
    if (e.policies && !e.policies.has(policy)) continue;
    let hit = false;
    for (const g of e.patterns)
      if (g.matchesSplit(split)) {
        hit = true;
        break;
      }
    if (!hit) continue;
    if (isHonoured(e, today)) return { id: e.id, status: "honoured", expires: e.expires };
    expired ??= { id: e.id, status: "expired", expires: e.expires };
  }
  return expired;
}

/** Default of `maxExemptionDays`: an exemption may not run more than a year ahead. */
export const defaultMaxExemptionDays = 365;

export interface ExemptionTooFar {
  /** Position in the configured `exemptions` list. */
  readonly index: number;
  readonly id: string;
  readonly expires: string;
  /** Days from today to `expires`. */
  readonly days: number;
}

/**
 * The first exemption whose `expires` is more than `maxDays` days after
 * `today` (YYYY-MM-DD, UTC), or undefined. Settings reject such an exemption
 * at first use: a far-off expiry is a permanent exemption in disguise.
 */
export function exemptionBeyondHorizon(exemptions: readonly Exemption[], maxDays: number, today: string): ExemptionTooFar | undefined {
  for (let i = 0; i < exemptions.length; i++) {
    const e = exemptions[i]!;
    const days = daysBetween(today, e.expires);
    if (days > maxDays) return { index: i, id: e.id, expires: e.expires, days };
  }
  return undefined;
}
