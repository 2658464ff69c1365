/**
 * `--baseline PREVIOUS.json`: each finding is `new` or `unchanged` against
 * an earlier `--format json` report; the baseline's findings now gone are
 * `fixed`. A finding's identity is (policy, URN) and, for flows, the
 * destination. `--fail-on new` fails only for new mandatory findings.
 */
import { isRecord, own } from "../core/props";
import { FileError } from "../state/errors";
import type { BaselineSummary, FixedFinding, MoveGroup, ReportFinding, ScanReport } from "./model";

/** A baseline report as read: where it came from, what it judged by, its findings and its chart. */
export interface Baseline extends Pick<BaselineSummary, "file" | "generatedAt" | "byProviderRegion"> {
  readonly determinations: readonly string[];
  readonly findings: readonly FixedFinding[];
}

/** A baseline that cannot be used: one line naming the file. */
export class BaselineError extends FileError {}

/** Identity of a finding across scans. */
export function findingKey(f: { readonly policy: string; readonly urn: string; readonly destination?: { readonly urn?: string } }): string {
  return f.destination?.urn !== undefined ? `${f.policy}\u0000${f.urn}\u0000${f.destination.urn}` : `${f.policy}\u0000${f.urn}`;
}

/** Reads a parsed earlier JSON report; throws BaselineError naming `file` when it is not one. */
export function parseBaseline(doc: unknown, file: string): Baseline {
  const bad = (what: string): never => {
    throw new BaselineError(file, `not a ${"us-person-data-guard"} --format json report (${what})`);
  };
  if (!isRecord(doc)) bad("not a JSON object");
  if (own(doc, "reportVersion") !== 1) bad("reportVersion is not 1");
  const generatedAt = own(doc, "generatedAt");
  if (typeof generatedAt !== "string" || Number.isNaN(Date.parse(generatedAt))) bad("no generatedAt");
  const dets = own(doc, "determinations");
  if (!Array.isArray(dets)) bad("no determinations");
  const determinations = (dets as unknown[]).map((d) =>
    isRecord(d) && typeof own(d, "id") === "string" ? (own(d, "id") as string) : bad("a determination has no id"),
  );
  const list = own(doc, "findings");
  if (!Array.isArray(list)) bad("no findings list");
  const findings: FixedFinding[] = [];
  (list as unknown[]).forEach((f, i) => {
    if (!isRecord(f)) return bad(`findings[${i}] is not an object`);
    const policy = own(f, "policy");
    const urn = own(f, "urn");
    if (typeof policy !== "string" || typeof urn !== "string") return bad(`findings[${i}] has no policy or urn`);
    const str = (k: string): string | undefined => (typeof own(f, k) === "string" ? (own(f, k) as string) : undefined);
    const dest = own(f, "destination");
    const destUrn = isRecord(dest) && typeof own(dest, "urn") === "string" ? (own(dest, "urn") as string) : undefined;
    findings.push({
      policy,
      urn,
      name: str("name") ?? "",
      type: str("type") ?? "",
      level: own(f, "level") === "mandatory" ? "mandatory" : "advisory",
      exempted: own(f, "exempted") === true,
      ...(str("region") !== undefined ? { region: str("region") } : {}),
      ...(str("stack") !== undefined ? { stack: str("stack") } : {}),
      ...(destUrn !== undefined ? { destination: { urn: destUrn } } : {}),
    });
  });
  const inv = own(doc, "inventory");
  const groups = isRecord(inv) ? own(inv, "byProviderRegion") : undefined;
  const byProviderRegion: MoveGroup[] = Array.isArray(groups)
    ? groups.filter(isRecord).map((g) => ({
        package: typeof own(g, "package") === "string" ? (own(g, "package") as string) : "",
        ...(typeof own(g, "region") === "string" ? { region: own(g, "region") as string } : {}),
        jurisdictions: Array.isArray(own(g, "jurisdictions"))
          ? (own(g, "jurisdictions") as unknown[]).filter((j): j is string => typeof j === "string")
          : [],
        count: typeof own(g, "count") === "number" ? (own(g, "count") as number) : 0,
      }))
    : [];
  return { file, generatedAt: generatedAt as string, determinations, findings, byProviderRegion };
}

/**
 * The report with each finding marked against the baseline, the baseline
 * summary, and (under `--fail-on new`) the exit code from new mandatory
 * findings only. Throws BaselineError when the baseline was made under other
 * determinations than this scan's.
 */
export function applyBaseline(r: ScanReport, b: Baseline): ScanReport {
  const now = [...new Set(r.determinations.map((d) => d.id))].sort();
  const then = [...new Set(b.determinations)].sort();
  if (now.join("\u0000") !== then.join("\u0000")) {
    throw new BaselineError(
      b.file,
      `baseline is from another determination (${then.join(", ") || "none"}, this scan uses ${now.join(", ") || "none"})`,
    );
  }
  const before = new Set(b.findings.map(findingKey));
  const current = new Set<string>();
  let added = 0;
  let unchanged = 0;
  let newMandatory = 0;
  const findings: ReportFinding[] = r.findings.map((f) => {
    const key = findingKey(f);
    current.add(key);
    const state = before.has(key) ? "unchanged" : "new";
    if (state === "new") {
      added++;
      if (f.level === "mandatory" && !f.exempted) newMandatory++;
    } else unchanged++;
    return { ...f, baseline: state };
  });
  const fixed = b.findings.filter((f) => !current.has(findingKey(f)));
  const baseline: BaselineSummary = {
    file: b.file,
    generatedAt: b.generatedAt,
    new: added,
    unchanged,
    fixed,
    byProviderRegion: b.byProviderRegion,
  };
  if (r.failOn !== "new" || r.outcome === "error") return { ...r, findings, baseline };
  return { ...r, findings, baseline, exitCode: newMandatory > 0 ? 1 : 0, outcome: newMandatory > 0 ? "fail" : "pass" };
}

/** "N new, M unchanged, K fixed since <date>". */
export function baselineLine(b: BaselineSummary): string {
  return `${b.new} new, ${b.unchanged} unchanged, ${b.fixed.length} fixed since ${b.generatedAt.slice(0, 10)} (baseline ${b.file})`;
}

/** Resources to move per provider and region, then (baseline) and now, for the chart. */
export function thenAndNow(r: ScanReport): { package: string; region?: string; then: number; now: number }[] {
  const rows = new Map<string, { package: string; region?: string; then: number; now: number }>();
  const row = (g: MoveGroup): { package: string; region?: string; then: number; now: number } => {
    const k = `${g.package}\u0000${g.region ?? ""}`;
    let e = rows.get(k);
    if (!e) rows.set(k, (e = { package: g.package, ...(g.region !== undefined ? { region: g.region } : {}), then: 0, now: 0 }));
    return e;
  };
  for (const g of r.baseline?.byProviderRegion ?? []) row(g).then += g.count;
  for (const g of r.inventory.byProviderRegion) row(g).now += g.count;
  return [...rows.values()].sort(
    (a, b) => b.then + b.now - (a.then + a.now) || (a.package < b.package ? -1 : a.package > b.package ? 1 : 0),
  );
}
