/**
 * The pack's policies as the scan reports them: names, titles, default
 * enforcement levels, severities and remediation text are the policy table's
 * (`core/policy-table.ts`), the same entries the pack's policy objects are
 * built from (no second copy to drift).
 */
import { commonPolicyTags, policyMeta, policyNames, type EnforcementLevel, type PolicyName } from "../core/policy-table";
import { docsUrl } from "../policies/metadata";

export type { EnforcementLevel };

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

const info: ReadonlyMap<PolicyName, PolicyInfo> = new Map(
  policyNames.map((name) => {
    const m = policyMeta(name);
    const entry: PolicyInfo = {
      name,
      displayName: m.displayName,
      description: m.description,
      defaultLevel: m.enforcementLevel,
      severity: m.severity,
      remediationSteps: m.remediationSteps,
      url: docsUrl(name),
      tags: [...commonPolicyTags, ...m.tags],
    };
    return [name, entry] as const;
  }),
);

export function policyInfo(): ReadonlyMap<PolicyName, PolicyInfo> {
  return info;
}
