/**
 * The migration inventory: everything the determination says must move,
 * grouped by provider package, region/jurisdiction and resource type, plus the
 * exemptions that keep something in place. Built from findings only, so the
 * `migration-inventory` policy and the `scan` reports show the same numbers.
 */
import type { ExemptionMatch, Finding } from "./types";

/** A resource to move (or kept in place): its identity and location as its findings give them. */
export interface InventoryItem extends Pick<Finding, "urn" | "name" | "type" | "package" | "region" | "jurisdictions"> {
  /** Policies that report it (blocking or advisory). */
  readonly policies: readonly string[];
  /** Rules that matched, e.g. provider, jurisdiction. */
  readonly rules: readonly string[];
  /** True when every finding is an advisory deferral or upcoming rule. */
  readonly advisoryOnly: boolean;
  /** True when every finding is covered by an honoured exemption (exempted): the resource stays where it is. */
  readonly exempted: boolean;
  readonly exemption?: ExemptionMatch;
  readonly earliestEffective?: string;
}

export interface Inventory {
  readonly items: readonly InventoryItem[];
  /** Items that must move (not covered by an honoured exemption). */
  readonly toMove: number;
  readonly exempted: number;
  readonly byProvider: ReadonlyMap<string, number>;
  readonly byRegion: ReadonlyMap<string, number>;
  readonly byType: ReadonlyMap<string, number>;
  readonly byJurisdiction: ReadonlyMap<string, number>;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Groups findings per resource (URN), in first-seen order. Linear in the number of findings. */
export function buildInventory(findings: readonly Finding[]): Inventory {
  const byUrn = new Map<string, Finding[]>();
  // Findings of one resource are usually adjacent: compare with the previous URN before hashing.
  let lastUrn: string | undefined;
  let lastList: Finding[] | undefined;
  for (const f of findings) {
    if (f.urn === lastUrn) {
      lastList!.push(f);
      continue;
    }
    let list = byUrn.get(f.urn);
    if (list) list.push(f);
    else byUrn.set(f.urn, (list = [f]));
    lastUrn = f.urn;
    lastList = list;
  }
  const items: InventoryItem[] = [];
  const byProvider = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const byType = new Map<string, number>();
  const byJurisdiction = new Map<string, number>();
  let toMove = 0;
  let exempted = 0;
  for (const [urn, list] of byUrn) {
    const first = list[0]!;
    // One pass over the resource's findings: where it is, whether all are exempted or advisory,
    // the first exemption, the policies and rules (first-seen order), and the upcoming dates.
    let located: Finding | undefined;
    let allExempted = true;
    let advisoryOnly = true;
    let exemption: Finding["exemption"];
    let upcoming = false;
    let earliest: string | undefined;
    const policies: string[] = [];
    const rules: string[] = [];
    for (const f of list) {
      if (located === undefined && f.region !== undefined) located = f;
      if (f.exemption?.status !== "honoured") allExempted = false;
      if (f.blocking) advisoryOnly = false;
      if (exemption === undefined && f.exemption) exemption = f.exemption;
      if (f.policy === "upcoming-restriction") upcoming = true;
      if (f.effective && (earliest === undefined || f.effective < earliest)) earliest = f.effective;
      if (!policies.includes(f.policy)) policies.push(f.policy);
      if (!rules.includes(f.rule)) rules.push(f.rule);
    }
    const item: InventoryItem = {
      urn,
      name: first.name,
      type: first.type,
      package: first.package,
      region: located?.region,
      jurisdictions: located?.jurisdictions,
      policies,
      rules,
      advisoryOnly,
      exempted: allExempted,
      ...(exemption ? { exemption } : {}),
      // The earliest date a rule takes effect, when an upcoming-restriction finding says it is not yet in force.
      ...(upcoming && earliest !== undefined ? { earliestEffective: earliest } : {}),
    };
    items.push(item);
    if (allExempted) {
      exempted++;
      continue;
    }
    toMove++;
    bump(byProvider, item.package);
    bump(byRegion, item.region ? `${item.package} ${item.region}` : `${item.package} (region not set)`);
    bump(byType, item.type);
    for (const j of item.jurisdictions ?? []) bump(byJurisdiction, j);
  }
  return { items, toMove, exempted, byProvider, byRegion, byType, byJurisdiction };
}

/** Entries of a count map, largest first, then by key. */
export function ranked(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
