/**
 * Markdown for a pull-request comment: the verdict first, then what must
 * move and where, the findings, suggested targets, exemptions and the
 * determination with its citation. Long tables are cut so the comment stays
 * well under GitHub's 65,536-character limit; the JSON and HTML reports keep
 * everything.
 */
import { codeSpan, escapeMarkdown as md, jurisdictionList, safeUrl } from "./escape";
import type { ScanReport } from "./model";
import { baselineLine, thenAndNow } from "./baseline";
import { clockNote, headline, plural, stackColumns, verdict } from "./summary";

export const maxFindingRows = 100;
const maxGroupRows = 30;

function icon(r: ScanReport): string {
  if (r.outcome === "error") return "⚠️";
  if (r.outcome === "fail") return "🛑";
  return r.totals.advisory > 0 ? "🟡" : "✅";
}

function level(f: { exempted: boolean; level: string }): string {
  return f.exempted ? "exempt" : f.level === "mandatory" ? "**mandatory**" : "advisory";
}

export function renderMarkdown(r: ScanReport): string {
  const out: string[] = [];
  out.push(`## ${icon(r)} ${md(r.tool.name)}: ${md(verdict(r))}`, "");
  out.push(md(headline(r)), "");
  const note = clockNote(r);
  if (note) out.push(`> ${md(note)}`, "");
  if (r.baseline) {
    out.push(`**${md(baselineLine(r.baseline))}**`, "");
    const rows = thenAndNow(r);
    if (rows.length) {
      const max = Math.max(1, ...rows.map((x) => Math.max(x.then, x.now)));
      const bar = (n: number): string => "█".repeat(Math.round((n / max) * 20)) || (n > 0 ? "▏" : "");
      // An empty code span is not one in Markdown (it shows two backticks): nothing left is an empty line.
      const barCell = (b: string): string => (b ? `\`${b}\`` : "");
      out.push(
        `#### Left to move, ${md(r.baseline.generatedAt.slice(0, 10))} → now`,
        "",
        "| Provider | Region | Then | Now | |",
        "|---|---|---:|---:|---|",
      );
      for (const x of rows.slice(0, maxGroupRows))
        out.push(
          `| ${codeSpan(x.package)} | ${x.region !== undefined ? codeSpan(x.region) : "_not set_"} | ${x.then} | ${x.now} | ${barCell(bar(x.then))}<br>${barCell(bar(x.now))} |`,
        );
      out.push("");
    }
  }
  for (const d of r.determinations) {
    const url = safeUrl(d.url);
    const cite = url ? `[${md(d.citation)}](${url})` : md(d.citation);
    out.push(
      `Determination ${codeSpan(d.id)}: ${md(d.title)} — ${cite}${d.effective ? `, effective ${d.effective}` : ""}. Policies: ${d.policies.map(codeSpan).join(", ")}.`,
      "",
    );
  }

  const t = r.totals;
  out.push("| Mandatory | Advisory | Exempted | Resources to move | Kept by exemptions | Resources scanned |");
  out.push("|---:|---:|---:|---:|---:|---:|");
  out.push(`| ${t.mandatory} | ${t.advisory} | ${t.exempted} | ${t.resourcesToMove} | ${t.resourcesExempted} | ${t.resources} |`, "");

  if (r.stacks) {
    out.push(`### Stacks (${r.stacks.length})`, "", `| ${stackColumns.join(" | ")} |`, "|---|---:|---:|---:|---:|");
    for (const s of r.stacks) {
      out.push(
        s.status === "failed"
          ? `| ${codeSpan(s.stack)} | **failed**: ${md(s.error ?? "")} | | | |`
          : `| ${codeSpan(s.stack)} | ${s.resources} | ${s.mandatory} | ${s.advisory} | ${s.exempted} |`,
      );
    }
    out.push("");
  }

  const inv = r.inventory;
  if (inv.byProviderRegion.length) {
    out.push("### Resources to move by provider and region", "");
    out.push("| Provider | Region | Jurisdiction | Resources |", "|---|---|---|---:|");
    for (const g of inv.byProviderRegion.slice(0, maxGroupRows)) {
      out.push(
        `| ${codeSpan(g.package)} | ${g.region !== undefined ? codeSpan(g.region) : "_not set_"} | ${md(jurisdictionList(g.jurisdictions))} | ${g.count} |`,
      );
    }
    if (inv.byProviderRegion.length > maxGroupRows) out.push(`| … | ${inv.byProviderRegion.length - maxGroupRows} more | | |`);
    out.push("");
  }

  const shown = r.findings.filter((f) => !f.exempted);
  if (shown.length) {
    out.push(`### Findings (${shown.length})`, "");
    out.push("| Level | Policy | Resource | Type | Region | Why |", "|---|---|---|---|---|---|");
    for (const f of shown.slice(0, maxFindingRows)) {
      const region =
        f.region !== undefined
          ? `${codeSpan(f.region)}${f.jurisdictions?.length ? ` (${md(jurisdictionList(f.jurisdictions))})` : ""}`
          : "";
      const exp = f.exemption?.status === "expired" ? ` Exemption ${codeSpan(f.exemption.id)} expired ${f.exemption.expires}.` : "";
      const when = f.policy === "upcoming-restriction" && f.effective ? ` From ${f.effective}.` : "";
      out.push(
        `| ${level(f)} | ${codeSpan(f.policy)} | ${codeSpan(f.name)} | ${codeSpan(f.type)} | ${region} | ${md(f.reason)}.${when}${exp} |`,
      );
    }
    if (shown.length > maxFindingRows)
      out.push(
        "",
        `_${shown.length - maxFindingRows} more findings are not shown here: run the scan with \`--format html\` or \`--format json\` for all of them._`,
      );
    out.push("");
  }

  if (inv.targets.length) {
    out.push("### Suggested targets", "", "| Type | Resources | AWS | Azure | Google Cloud |", "|---|---:|---|---|---|");
    for (const s of inv.targets.slice(0, maxGroupRows)) {
      out.push(
        `| ${codeSpan(s.type)}${s.exact ? "" : ` (${md(s.family)})`} | ${s.count} | ${md(s.aws.service)} | ${md(s.azure.service)} | ${md(s.gcp.service)} |`,
      );
    }
    out.push("");
  }

  if (r.exemptions.length) {
    out.push("### Exemptions", "", "| Id | Status | Expires | Matched | Approved by | Ticket | Reason |", "|---|---|---|---:|---|---|---|");
    for (const e of r.exemptions) {
      const status =
        e.status === "expired"
          ? "**expired** (not honoured)"
          : e.status === "expiring"
            ? `expiring in ${plural(e.daysLeft, "day")}`
            : "active";
      out.push(
        `| ${codeSpan(e.id)} | ${status}${e.matched === 0 ? ", unused" : ""} | ${e.expires} | ${e.matched} | ${md(e.approvedBy ?? "")} | ${md(e.ticket ?? "")} | ${md(e.reason)} |`,
      );
    }
    out.push("");
  }

  const failed = r.inputs.filter((i) => i.status === "failed");
  out.push("<details><summary>Inputs</summary>", "");
  out.push("| Input | Format | Stack | Project | Resources | Findings |", "|---|---|---|---|---:|---:|");
  for (const i of r.inputs) {
    if (i.status === "failed") out.push(`| ${codeSpan(i.input)} | **failed**: ${md(i.error ?? "")} | | | | |`);
    else
      out.push(
        `| ${codeSpan(i.input)} | ${i.format} | ${(i.stacks ?? []).map(codeSpan).join(", ")} | ${(i.projects ?? []).map(codeSpan).join(", ")} | ${i.resources ?? 0} | ${i.findings ?? 0} |`,
      );
  }
  out.push("", "</details>", "");
  if (failed.length) out.push(`**${plural(failed.length, "input")} could not be scanned**; the totals above leave them out.`, "");
  out.push(
    `<sub>${md(r.tool.name)} ${md(r.tool.version)} · ${md(r.generatedAt)} · presets are templates with citations, not legal advice.</sub>`,
  );
  return `${out.join("\n")}\n`;
}
