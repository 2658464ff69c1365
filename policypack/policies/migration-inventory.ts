import type { StackValidationPolicy } from "@pulumi/policy";
import { buildInventory, ranked } from "../core/inventory";
import { reportText } from "./adapter";
import type { PolicyName } from "../core/policy-table";
import type { PolicyContext } from "./context";
import { makeStackPolicy } from "./make-stack-policy";
import { runFindings } from "./stack-policy";

const name = "migration-inventory" satisfies PolicyName;

// The catalog of target services is loaded on first use: only AnalyzeStack needs it.
let targets: typeof import("../catalog/targets") | undefined;
function loadTargets(): typeof import("../catalog/targets") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, on first use
  return (targets ??= require("../catalog/targets") as typeof import("../catalog/targets"));
}

function top(m: ReadonlyMap<string, number>, n = 10): string {
  const r = ranked(m);
  const shown = r
    .slice(0, n)
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
  return r.length > n ? `${shown}; … (${r.length - n} more)` : shown;
}

/** One summary of everything that must move, with suggested targets. */
export function migrationInventory(ctx: PolicyContext): StackValidationPolicy {
  return makeStackPolicy(ctx, name, ({ settings: s, run, call }, reportViolation) => {
    const { findings } = runFindings(ctx, run, call, s);
    const inv = buildInventory(findings);
    if (inv.items.length === 0) return;
    const det = s.determination;
    const lines = [
      `Migration inventory under determination ${det.id} (${det.citation}): ${inv.toMove} resource(s) to move, ${inv.exempted} kept in place by exemptions.`,
      `By provider: ${top(inv.byProvider) || "none"}.`,
      `By region: ${top(inv.byRegion) || "none"}.`,
      `By jurisdiction: ${top(inv.byJurisdiction) || "none"}.`,
      `By type: ${top(inv.byType) || "none"}.`,
    ];
    const suggestions = new Set<string>();
    for (const [type] of ranked(inv.byType)) {
      const hit = loadTargets().suggestTargets(type);
      if (hit) {
        const t = hit.targets;
        suggestions.add(`${type} → ${t.aws.service} / ${t.azure.service} / ${t.gcp.service}${hit.exact ? "" : ` (${t.family})`}`);
      }
    }
    if (suggestions.size) lines.push(`Suggested targets (AWS / Azure / GCP): ${[...suggestions].slice(0, 15).join("; ")}.`);
    const exempt = inv.items.filter((i) => i.exemption?.status === "honoured");
    if (exempt.length)
      lines.push(
        `Kept by exemptions: ${[...new Set(exempt.map((i) => `${i.exemption!.id} (until ${i.exemption!.expires})`))].join(", ")}.`,
      );
    reportText(reportViolation, lines.join("\n"));
  });
}
