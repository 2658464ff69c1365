import fc from "fast-check";
import { RunLedger } from "../../policypack/core/ledger";
import type { Exemption, Finding, FindingPolicy } from "../../policypack/core/types";

const policies: readonly FindingPolicy[] = ["restricted-provider", "restricted-region", "upcoming-restriction"];
const finding = (policy: FindingPolicy, urn: string, n: number): Finding => ({ policy, urn, rule: `r${n}` }) as unknown as Finding;
const none: readonly Exemption[] = [];

/** The ledger's meaning, written the obvious way: per URN, per policy, the last list recorded. */
class Reference {
  private readonly byUrn = new Map<string, Map<FindingPolicy, Finding[]>>();
  record(policy: FindingPolicy, urn: string, findings: readonly Finding[]): void {
    const mine = findings.filter((f) => f.policy === policy);
    let m = this.byUrn.get(urn);
    if (!m) this.byUrn.set(urn, (m = new Map<FindingPolicy, Finding[]>()));
    m.set(policy, mine);
  }
  findings(): Finding[] {
    return [...this.byUrn.values()].flatMap((m) => [...m.values()].flat());
  }
}

const key = (f: Finding): string => `${f.urn} ${f.policy} ${f.rule}`;

describe("RunLedger", () => {
  it("keeps each policy's findings per resource, replacing an earlier record of the same pair", () => {
    const l = new RunLedger();
    expect(l.hasRunData).toBe(false);
    l.record("restricted-provider", "a", [finding("restricted-provider", "a", 1), finding("restricted-region", "a", 2)], none);
    l.record("restricted-region", "a", [finding("restricted-provider", "a", 1), finding("restricted-region", "a", 2)], none);
    l.record("restricted-provider", "b", [], none);
    expect(l.hasRunData).toBe(true);
    expect(l.findings().map(key).sort()).toEqual(["a restricted-provider r1", "a restricted-region r2"]);
    // the update after a preview decides the resource again: the new record replaces the old one
    l.record("restricted-provider", "a", [], none);
    expect(l.findings().map(key)).toEqual(["a restricted-region r2"]);
    l.record("restricted-region", "a", [], none);
    expect(l.findings()).toEqual([]);
  });

  it("collects the exemptions of every settings it saw, once per id", () => {
    const l = new RunLedger();
    const e1 = { id: "e1" } as Exemption;
    const e2 = { id: "e2" } as Exemption;
    l.record("restricted-provider", "a", [], [e1]);
    l.record("restricted-region", "a", [], [e1]);
    l.record("restricted-provider", "b", [], [e1, e2]);
    expect(l.exemptions().map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("clear() forgets everything, including the URN recorded last", () => {
    const l = new RunLedger();
    l.record("restricted-provider", "a", [finding("restricted-provider", "a", 1)], none);
    l.clear();
    expect(l.hasRunData).toBe(false);
    l.record("restricted-region", "a", [], none);
    expect(l.findings()).toEqual([]);
  });

  it("agrees with the obvious per-URN, per-policy record on any sequence of records (property)", () => {
    const step = fc.record({
      policy: fc.constantFrom(...policies),
      urn: fc.constantFrom("a", "b", "c"),
      found: fc.array(fc.record({ policy: fc.constantFrom(...policies), n: fc.integer({ min: 0, max: 3 }) }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const l = new RunLedger();
        const ref = new Reference();
        for (const s of steps) {
          const findings = s.found.map((f) => finding(f.policy, s.urn, f.n));
          l.record(s.policy, s.urn, findings, none);
          ref.record(s.policy, s.urn, findings);
        }
        expect(l.findings().map(key).sort()).toEqual(ref.findings().map(key).sort());
      }),
    );
  });
});
