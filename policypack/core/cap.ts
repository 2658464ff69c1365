/**
 * One finding per (policy, resource, kind of destination), with a count: a
 * resource naming 640 restricted ARNs is one finding that says "(and 639
 * more)", not 640 lines. Findings group when everything the engine sees of
 * them would be alike — policy, resource, rule, destination package and
 * jurisdictions, whether it blocks, and its exemption — so capping never
 * turns a blocking finding into an advisory one or hides an exemption. The
 * first finding of each group stands for it, in the order of first
 * appearance. Pure: applied by the adapters (pack policies, scan) on the
 * core's outputs.
 */
import { policyBit } from "./policy-table";
import type { Finding } from "./types";

function kindOf(f: Finding): string {
  const d = f.destination;
  const juris = d?.jurisdictions ?? f.jurisdictions;
  return [
    f.policy,
    f.urn,
    f.rule,
    f.blocking ? "1" : "0",
    f.exemption ? `${f.exemption.status}:${f.exemption.id}` : "",
    d ? `${d.package ?? ""}` : f.package,
    juris ? [...juris].sort().join(",") : "",
  ].join("\u0000");
}

/**
 * Whether some policy has two findings about one resource: only then can
 * findings group. Looks each URN up once (a whole scan's list, most of the
 * time, has no such pair) and stops at the first pair.
 */
function policyRepeatsOnAResource(findings: readonly Finding[]): boolean {
  const policiesByUrn = new Map<string, number>();
  for (const f of findings) {
    const bit = policyBit(f.policy);
    const mask = policiesByUrn.get(f.urn) ?? 0;
    if ((mask & bit) !== 0) return true;
    policiesByUrn.set(f.urn, mask | bit);
  }
  return false;
}

/** Collapses findings of the same kind on the same resource into one with `count`. */
export function capFindings(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length < 2 || !policyRepeatsOnAResource(findings)) return findings;
  const groups = new Map<string, { first: Finding; count: number }>();
  for (const f of findings) {
    const key = kindOf(f);
    const g = groups.get(key);
    if (g) g.count += f.count ?? 1;
    else groups.set(key, { first: f, count: f.count ?? 1 });
  }
  if (groups.size === findings.length) return findings;
  const out: Finding[] = [];
  for (const { first, count } of groups.values()) out.push(count === (first.count ?? 1) ? first : { ...first, count });
  return out;
}
