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

/** Collapses findings of the same kind on the same resource into one with `count`. */
export function capFindings(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length < 2) return findings;
  // Findings group only within one policy and resource: a list where no (policy, resource) pair repeats
  // (a whole scan's, most of the time) is returned as it is, without building a key for every finding.
  const perResource = new Map<string, number>();
  let repeats = false;
  for (const f of findings) {
    const pair = `${f.policy}\u0000${f.urn}`;
    const n = perResource.get(pair);
    perResource.set(pair, n === undefined ? 1 : n + 1);
    if (n !== undefined) repeats = true;
  }
  if (!repeats) return findings;
  const groups = new Map<unknown, { first: Finding; count: number }>();
  for (const f of findings) {
    // A finding alone on its (policy, resource) pair is its own group: keyed by itself.
    const key = perResource.get(`${f.policy}\u0000${f.urn}`)! > 1 ? kindOf(f) : f;
    const g = groups.get(key);
    if (g) g.count += f.count ?? 1;
    else groups.set(key, { first: f, count: f.count ?? 1 });
  }
  if (groups.size === findings.length) return findings;
  const out: Finding[] = [];
  for (const { first, count } of groups.values()) out.push(count === (first.count ?? 1) ? first : { ...first, count });
  return out;
}
