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
  private recorded = false;
  private lastExemptions: readonly Exemption[] | undefined;
  /** The URN recorded last and its record (`findingsByUrn`'s entry): the policies of one Analyze call record the same URN in turn. */
  private lastUrn: string | undefined;
  private lastRecord: Finding[] | undefined;

  /** Records one policy's findings for one resource (replacing an earlier record of the same pair). */
  record(policy: FindingPolicy, urn: string, findings: readonly Finding[], exemptions: readonly Exemption[]): void {
    this.recorded = true;
    if (exemptions !== this.lastExemptions) {
      this.lastExemptions = exemptions;
      for (const e of exemptions) if (!this.exemptionsById.has(e.id)) this.exemptionsById.set(e.id, e);
    }
    const prev = urn === this.lastUrn ? this.lastRecord : this.findingsByUrn.get(urn);
    this.lastUrn = urn;
    let mine: Finding[] | undefined;
    for (const f of findings) if (f.policy === policy) (mine ??= []).push(f);
    if (!prev) {
      if (mine) this.findingsByUrn.set(urn, mine);
      this.lastRecord = mine;
      return;
    }
    // Nothing of this policy to add or replace: the record stays as it is (most resources, most policies).
    this.lastRecord = prev;
    if (!mine && !prev.some((f) => f.policy === policy)) return;
    const rest = prev.filter((f) => f.policy !== policy);
    if (mine) rest.push(...mine);
    if (rest.length) this.findingsByUrn.set(urn, rest);
    else this.findingsByUrn.delete(urn);
    this.lastRecord = rest.length ? rest : undefined;
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
    return this.recorded;
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
    this.recorded = false;
    this.lastExemptions = undefined;
    this.lastUrn = undefined;
    this.lastRecord = undefined;
    this.flows = undefined;
    this.placementCandidate = false;
  }
}
