/**
 * The pack's six policies (SPEC.md "Pack and policies", names fixed): one
 * table of names and metadata that the pack's policy objects, the schema and
 * the `scan` CLI all read. Every list of policy names is derived from it.
 * Pure data: the core reads only the names.
 */

/** Enforcement levels a policy may be set to (Pulumi's). */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** What every policy entry carries. */
export interface PolicyMeta {
  readonly name: string;
  /** `resource`: one Analyze per resource; `stack`: one AnalyzeStack per run. */
  readonly kind: "resource" | "stack";
  /** Whether the policy reports findings of its own (`Finding.policy`), as opposed to a summary. */
  readonly findings: boolean;
  readonly displayName: string;
  readonly description: string;
  readonly enforcementLevel: Exclude<EnforcementLevel, "disabled" | "remediate">;
  readonly severity: "low" | "medium" | "high" | "critical";
  readonly remediationSteps: string;
  /** The policy's own tags (the pack adds `commonPolicyTags`). */
  readonly tags: readonly string[];
}

/** Tags every policy carries before its own. */
export const commonPolicyTags: readonly string[] = ["us-person-data", "data-security-program", "data-residency", "sovereignty"];

/** The policies, in the pack's fixed order. */
export const policyTable = [
  {
    name: "restricted-provider",
    kind: "resource",
    findings: true,
    displayName: "Restricted cloud provider",
    description:
      "Reports resources and provider resources (pulumi:providers:<pkg>) of a provider package that the security determination restricts for U.S.-person data, such as Alibaba Cloud (alicloud).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
      "Move the resource to a provider the determination allows (see the migration-inventory policy or `us-person-data-guard scan` for suggested targets). " +
      "If it holds no U.S.-person data, narrow `scope` to tagged resources, or add a time-boxed exemption with an id, reason, approver and expiry.",
    tags: ["provider"],
  },
  {
    name: "restricted-region",
    kind: "resource",
    findings: true,
    displayName: "Restricted region or jurisdiction",
    description:
      "Reports resources and provider resources whose region or location lies in a jurisdiction the security determination restricts (for example mainland China, Hong Kong, Macau, Russia), or outside the configured allowedRegions.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
      "Set the resource's region/location (or its provider's region, e.g. `pulumi config set aws:region us-east-1`) to one outside the restricted jurisdictions and inside allowedRegions. " +
      "During preview an unknown region is advisory with unknownRegion: defer; set it to a known value, or use unknownRegion: violation to fail closed.",
    tags: ["region"],
  },
  {
    name: "restricted-data-flow",
    kind: "stack",
    findings: true,
    displayName: "Restricted data flow",
    description:
      "Reports in-scope data that is replicated, copied, backed up, peered or sent to an endpoint in a restricted provider or jurisdiction, such as an S3 bucket in us-east-1 replicating into Hong Kong.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
      "Point the replication, backup copy, peering or endpoint at a destination outside the restricted jurisdictions and providers, or remove it. Exempt it only with an approved, time-boxed exemption.",
    tags: ["data-flow", "replication"],
  },
  {
    name: "upcoming-restriction",
    kind: "resource",
    findings: true,
    displayName: "Upcoming restriction",
    description:
      "Reports resources that a determination rule will restrict once its effective date arrives, so teams can migrate before the rule starts to block.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
      "Plan the move before the effective date shown in the message; the same resource will then be reported by restricted-provider or restricted-region at their enforcement level.",
    tags: ["planning"],
  },
  {
    name: "exemption-review",
    kind: "stack",
    findings: false,
    displayName: "Exemption review",
    description:
      "Summarises the exemptions configured for this run: expired ones (not honoured), ones that expire soon, ones that matched no resource, and the resources each active exemption covers.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
      "Renew or remove expired exemptions, plan the move for those about to expire, and delete exemptions that match nothing.",
    tags: ["exemptions", "audit"],
  },
  {
    name: "migration-inventory",
    kind: "stack",
    findings: false,
    displayName: "Migration inventory",
    description:
      "One summary of everything the determination says must move, grouped by provider, region and resource type, with suggested target services on AWS, Azure and GCP.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
      "Use the summary to plan the migration; `us-person-data-guard scan` produces the same inventory as Markdown, JSON, SARIF or HTML from exported stack states.",
    tags: ["migration", "planning"],
  },
] as const satisfies readonly PolicyMeta[];

type Entry = (typeof policyTable)[number];

/** Names of every policy in the pack (fixed). */
export type PolicyName = Entry["name"];
/** Policies whose findings `decide` and the flow analysis produce. */
export type FindingPolicy = Extract<Entry, { readonly findings: true }>["name"];
/** Finding policies decided per resource (`decide`). */
export type ResourcePolicyName = Extract<Entry, { readonly findings: true; readonly kind: "resource" }>["name"];
/** Stack policies that summarise the run (no findings of their own). */
export type SummaryPolicyName = Extract<Entry, { readonly findings: false }>["name"];

function namesWhere<N extends PolicyName>(keep: (e: PolicyMeta) => boolean): readonly N[] {
  return Object.freeze(policyTable.filter(keep).map((e) => e.name as N));
}

/** Every policy name, in the pack's order. */
export const policyNames: readonly PolicyName[] = namesWhere<PolicyName>(() => true);
/** The four finding policies, in the pack's order. */
export const findingPolicyNames: readonly FindingPolicy[] = namesWhere<FindingPolicy>((e) => e.findings);
/** The three resource policies, in the pack's order. */
export const resourcePolicyNames: readonly ResourcePolicyName[] = namesWhere<ResourcePolicyName>(
  (e) => e.findings && e.kind === "resource",
);

const byName: ReadonlyMap<string, PolicyMeta> = new Map(policyTable.map((e) => [e.name, e]));

/** The table entry of a policy. */
export function policyMeta(name: PolicyName): PolicyMeta {
  return byName.get(name)!;
}

const bits: ReadonlyMap<PolicyName, number> = new Map(policyNames.map((n, i) => [n, 1 << i]));

/** A policy's bit in a set of policies held as a number: its position in the pack (six policies, well within 31 bits). */
export function policyBit(name: PolicyName): number {
  return bits.get(name)!;
}

/** Whether a string names one of the pack's policies. */
export function isPolicyName(name: string): name is PolicyName {
  return byName.has(name);
}
