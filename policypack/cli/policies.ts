/**
 * The pack's policies as the scan reports them: names, titles, default
 * enforcement levels, severities and remediation text come from the same
 * policy definitions the pack serves (no second copy to drift).
 */
import { RunLedger } from "../core/ledger";
import type { Clock } from "../core/types";
import { compileSettings } from "../determination/compile";
import type { PolicyName } from "../determination/schema";
import { createPolicies } from "../policies";

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

export interface PolicyInfo {
  readonly name: PolicyName;
  readonly displayName: string;
  readonly description: string;
  readonly defaultLevel: EnforcementLevel;
  readonly severity: string;
  readonly remediationSteps: string;
  readonly url: string;
  readonly tags: readonly string[];
}

let cached: ReadonlyMap<PolicyName, PolicyInfo> | undefined;

export function policyInfo(): ReadonlyMap<PolicyName, PolicyInfo> {
  if (cached) return cached;
  const clock: Clock = () => new Date(0);
  const policies = createPolicies({ clock, ledger: new RunLedger(), framework: compileSettings({}).determination });
  const m = new Map<PolicyName, PolicyInfo>();
  for (const p of policies) {
    const name = p.name as PolicyName;
    m.set(name, {
      name,
      displayName: p.displayName ?? p.name,
      description: p.description,
      defaultLevel: p.enforcementLevel ?? "advisory",
      severity: p.severity ?? "medium",
      remediationSteps: p.remediationSteps ?? "",
      url: p.url ?? "",
      tags: p.tags ?? [],
    });
  }
  cached = m;
  return m;
}
