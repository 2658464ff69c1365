/**
 * What the resource policies decided in this run, kept so the stack policies
 * (`exemption-review`, `migration-inventory`) summarise the same findings
 * rather than deciding again. One ledger per pack process; the engine runs
 * one preview or update per process. Pure data: no I/O.
 */
import type { Exemption, Finding, FindingPolicy } from "./types";

export class RunLedger {
  private readonly findingsByUrn = new Map<string, Finding[]>();
  private readonly exemptionsById = new Map<string, Exemption>();
  private readonly seenUrns = new Set<string>();
  private lastExemptions: readonly Exemption[] | undefined;
  private lastUrn: string | undefined;

  /** Records one policy's findings for one resource (replacing an earlier record of the same pair). */
  record(policy: FindingPolicy, urn: string, findings: readonly Finding[], exemptions: readonly Exemption[]): void {
    // The resource policies record the same resource one after another: add its URN once.
    if (urn !== this.lastUrn) {
      this.seenUrns.add(urn);
      this.lastUrn = urn;
    }
    if (exemptions !== this.lastExemptions) {
      this.lastExemptions = exemptions;
      for (const e of exemptions) if (!this.exemptionsById.has(e.id)) this.exemptionsById.set(e.id, e);
    }
    const prev = this.findingsByUrn.get(urn);
    let mine: Finding[] | undefined;
    for (const f of findings) if (f.policy === policy) (mine ??= []).push(f);
    if (!prev) {
      if (mine) this.findingsByUrn.set(urn, mine);
      return;
    }
    // Nothing of this policy to add or replace: the record stays as it is (most resources, most policies).
    if (!mine && !prev.some((f) => f.policy === policy)) return;
    const rest = prev.filter((f) => f.policy !== policy);
    if (mine) rest.push(...mine);
    if (rest.length) this.findingsByUrn.set(urn, rest);
    else this.findingsByUrn.delete(urn);
  }

  private flows: Finding[] | undefined;
  private placementCandidate = false;

  /** Notes that a resource of this run may be placed by another one of the stack (`core/placement.ts`). */
  notePlacementCandidate(): void {
    this.placementCandidate = true;
  }

  /** Whether a resource of this run may be placed by another one: the placement pass has something to do. */
  get mayPlace(): boolean {
    return this.placementCandidate;
  }

  /** Records the restricted-data-flow findings of this run's AnalyzeStack. */
  recordFlows(findings: readonly Finding[]): void {
    this.flows = [...findings];
  }

  /** The flow findings, when restricted-data-flow ran in this process. */
  flowFindings(): readonly Finding[] | undefined {
    return this.flows;
  }

  /** True when resource policies ran in this process (so stack policies can summarise them). */
  get hasRunData(): boolean {
    return this.seenUrns.size > 0;
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const list of this.findingsByUrn.values()) out.push(...list);
    return out;
  }

  exemptions(): Exemption[] {
    return [...this.exemptionsById.values()];
  }

  clear(): void {
    this.findingsByUrn.clear();
    this.exemptionsById.clear();
    this.seenUrns.clear();
    this.lastExemptions = undefined;
    this.lastUrn = undefined;
    this.flows = undefined;
    this.placementCandidate = false;
  }
}
