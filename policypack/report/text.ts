/**
 * Plain text for terminals and logs. Both forms open with the same header,
 * which names each determination (id, title, citation, effective and as-of
 * dates) once. On a terminal (`grouped`): findings grouped by input, then by
 * provider and region, then by resource, coloured unless NO_COLOR is set.
 * Elsewhere: one short line per finding (level, policy, type, name, region
 * and jurisdiction, stack) for grep and CI logs; the citation and the full
 * message are in the header and in the JSON/SARIF reports. Both end with the
 * same summary.
 */
import pc from "picocolors";
import { jurisdictionList, placeLabel, terminalSafe as t } from "./escape";
import type { ReportFinding, ScanReport } from "./model";
import { baselineLine } from "./baseline";
import { clockNote, headline, plural, verdict } from "./summary";

export interface TextOptions {
  readonly color: boolean;
  readonly grouped: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;
/** For the flat lines, which are never coloured. */
const noColors: Colors = pc.createColors(false);

function levelTag(f: ReportFinding, c: Colors, grouped: boolean): string {
  if (f.exempted) return grouped ? c.green("○ exempt   ") : "EXEMPT";
  if (f.level === "mandatory") return grouped ? c.red(c.bold("✖ mandatory")) : "MANDATORY";
  return grouped ? c.yellow("▲ advisory ") : "ADVISORY";
}

/** The stack a finding belongs to, `<project>/<stack>` when both are known. */
function stackOf(f: ReportFinding): string {
  if (f.stack === undefined) return "";
  return f.project !== undefined ? `${f.project}/${f.stack}` : f.stack;
}

/** What follows the fixed fields of a flat finding line: exemption, destination, dates, baseline state. */
function flatNotes(f: ReportFinding): string {
  const notes: string[] = [];
  if (f.exemption)
    notes.push(
      f.exempted
        ? `exempted by ${t(f.exemption.id)} until ${f.exemption.expires}`
        : `exemption ${t(f.exemption.id)} expired ${f.exemption.expires}`,
    );
  if (f.destination) {
    const j = jurisdictionList(f.destination.jurisdictions);
    notes.push(`to ${t(f.destination.region ?? "(region not set)")}${j ? ` (${j})` : ""}`);
  }
  if (f.policy === "upcoming-restriction" && f.effective) notes.push(`from ${f.effective}`);
  if (f.pendingDeletion) notes.push("pending deletion");
  if (f.baseline) notes.push(f.baseline);
  if (f.error) notes.push(`error: ${t(f.error)}`);
  return notes.length ? `; ${notes.join("; ")}` : "";
}

/** One short line per finding: level, policy, type, name, region (jurisdiction), stack, then notes. */
function flatLine(f: ReportFinding): string {
  const j = jurisdictionList(f.jurisdictions);
  const region = `${t(f.region ?? "(region not set)")}${j ? ` (${j})` : ""}`;
  const stack = stackOf(f);
  return `${levelTag(f, noColors, false)} ${f.policy} ${t(f.type)} '${t(f.name)}' ${region}${stack ? ` stack ${t(stack)}` : ""}${flatNotes(f)}`;
}

function flat(r: ScanReport): string[] {
  return r.findings.map(flatLine);
}

/**
 * The header: the tool, then each determination once, with its citation and dates. With more than one,
 * each names its policies: a finding's policy says which determination judged it.
 */
function header(r: ScanReport, c: Colors): string[] {
  const lines = [c.bold(`${r.tool.name} scan`)];
  if (r.determinations.length === 0) lines.push("No determination-driven policy is enabled.");
  const many = r.determinations.length > 1;
  for (const d of r.determinations) {
    const dates = [d.effective ? `effective ${d.effective}` : "", d.asOf ? `facts as of ${d.asOf}` : ""].filter(Boolean).join(", ");
    lines.push(`Determination ${c.bold(t(d.id))}${many ? ` (${d.policies.join(", ")})` : ""}: ${t(d.title)}`);
    lines.push(`  citation: ${t(d.citation)}${dates ? `; ${dates}` : ""}`);
  }
  return lines;
}

function grouped(r: ScanReport, c: Colors): string[] {
  const lines: string[] = [];
  const byInput = new Map<string, ReportFinding[]>();
  for (const f of r.findings) {
    const l = byInput.get(f.input);
    if (l) l.push(f);
    else byInput.set(f.input, [f]);
  }
  for (const input of r.inputs) {
    if (input.status === "failed") {
      lines.push(`${c.red("✖")} ${c.bold(t(input.input))} ${c.red(`could not be scanned: ${t(input.error ?? "")}`)}`, "");
      continue;
    }
    const where = [
      input.stacks?.length ? `stack ${input.stacks.map(t).join(", ")}` : "",
      input.projects?.length ? `project ${input.projects.map(t).join(", ")}` : "",
      plural(input.resources ?? 0, "resource"),
    ]
      .filter(Boolean)
      .join(" · ");
    const findings = byInput.get(input.input) ?? [];
    lines.push(`${findings.length ? c.bold("●") : c.green("✔")} ${c.bold(t(input.input))} ${c.dim(`(${input.format}; ${where})`)}`);
    if (findings.length === 0) {
      lines.push(`    ${c.green("nothing restricted")}`, "");
      continue;
    }
    const byPlace = new Map<string, ReportFinding[]>();
    for (const f of findings) {
      const key = placeLabel(f.package, f.region, f.jurisdictions);
      const l = byPlace.get(key);
      if (l) l.push(f);
      else byPlace.set(key, [f]);
    }
    for (const [place, list] of byPlace) {
      lines.push(`  ${c.cyan(t(place))}`);
      let lastUrn = "";
      for (const f of list) {
        if (f.urn !== lastUrn) {
          lines.push(`    ${c.bold(t(f.type))} ${t(f.name)}`);
          lastUrn = f.urn;
        }
        const exemption = f.exemption
          ? c.dim(
              f.exempted
                ? ` (exempted by ${t(f.exemption.id)} until ${f.exemption.expires})`
                : ` (exemption ${t(f.exemption.id)} expired ${f.exemption.expires})`,
            )
          : "";
        const when = f.policy === "upcoming-restriction" && f.effective ? ` from ${f.effective}` : "";
        lines.push(`      ${levelTag(f, c, true)} ${c.dim(f.policy)}${when}: ${t(f.reason)}${exemption}`);
      }
    }
    lines.push("");
  }
  return lines;
}

export function renderText(r: ScanReport, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const lines: string[] = [];
  lines.push(...header(r, c));
  lines.push(headline(r));
  const note = clockNote(r);
  if (note) lines.push(c.yellow(note));
  if (r.baseline) lines.push(baselineLine(r.baseline));
  lines.push("");
  if (r.stacks) {
    lines.push(c.bold(`Stacks (${r.stacks.length}):`));
    const w = Math.max(...r.stacks.map((s) => s.stack.length));
    for (const s of r.stacks) {
      lines.push(
        s.status === "failed"
          ? `  ${t(s.stack).padEnd(w)}  FAILED: ${t(s.error ?? "")} (${t(s.input)})`
          : `  ${t(s.stack).padEnd(w)}  ${plural(s.resources, "resource")}, ${s.mandatory} mandatory, ${s.advisory} advisory, ${s.exempted} exempted`,
      );
    }
    lines.push("");
  }
  if (options.grouped) lines.push(...grouped(r, c));
  else {
    const f = flat(r);
    lines.push(...f);
    if (f.length) lines.push("");
    for (const input of r.inputs) {
      lines.push(
        input.status === "failed"
          ? `input ${t(input.input)}: FAILED: ${t(input.error ?? "")}`
          : `input ${t(input.input)}: ${input.format}${input.version !== undefined ? ` v${input.version}` : ""}, stack ${(input.stacks ?? []).map(t).join(", ") || "-"}, project ${(input.projects ?? []).map(t).join(", ") || "-"}, ${plural(input.resources ?? 0, "resource")}, ${plural(input.findings ?? 0, "finding")}`,
      );
    }
    lines.push("");
  }

  const inv = r.inventory;
  if (inv.byProviderRegion.length) {
    lines.push(c.bold(`Resources to move: ${inv.toMove}`) + (inv.exempted ? ` (${inv.exempted} kept by exemptions)` : ""));
    for (const g of inv.byProviderRegion) lines.push(`  ${t(placeLabel(g.package, g.region, g.jurisdictions))}: ${g.count}`);
    if (inv.targets.length) {
      lines.push("Suggested targets:");
      for (const s of inv.targets)
        lines.push(
          `  ${t(s.type)} (${s.count}${s.exact ? "" : `, ${s.family}`}) → AWS: ${s.aws.service}; Azure: ${s.azure.service}; Google Cloud: ${s.gcp.service}`,
        );
    }
    lines.push("");
  }
  if (r.exemptions.length) {
    lines.push(c.bold("Exemptions:"));
    for (const e of r.exemptions) {
      const status =
        e.status === "expired"
          ? c.red(`expired ${e.expires}, not honoured`)
          : e.status === "expiring"
            ? c.yellow(`expires ${e.expires} (in ${plural(e.daysLeft, "day")})`)
            : `until ${e.expires}`;
      const who = [e.approvedBy ? `approved by ${t(e.approvedBy)}` : "", e.ticket ? `ticket ${t(e.ticket)}` : ""]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `  ${t(e.id)}: ${status}; matched ${plural(e.matched, "resource")}${e.matched === 0 ? c.yellow(" (unused)") : ""}${who ? `; ${who}` : ""}; ${t(e.reason)}`,
      );
    }
    lines.push("");
  }
  const juris = jurisdictionList(inv.byJurisdiction.map((j) => `${j.key} ${j.count}`));
  if (juris) lines.push(`By jurisdiction: ${juris}`);
  const v = verdict(r);
  lines.push(r.outcome === "pass" ? c.green(c.bold(v)) : r.outcome === "fail" ? c.red(c.bold(v)) : c.red(c.bold(v)));
  return `${lines.join("\n")}\n`;
}
