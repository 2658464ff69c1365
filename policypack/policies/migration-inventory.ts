import type { StackValidationPolicy } from "@pulumi/policy";
import { buildInventory, ranked } from "../core/inventory";
import { PolicySettings, reportText } from "./adapter";
import type { PolicyContext } from "./context";
import { commonTags, docsUrl, engineConfigSchema, frameworkOf } from "./metadata";
import { runFindings } from "./stack-policy";

const name = "migration-inventory";

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
  const settings = new PolicySettings(name, ctx.defaults);
  return {
    name,
    displayName: "Migration inventory",
    description:
      "One summary of everything the determination says must move, grouped by provider, region and resource type, with suggested target services on AWS, Azure and GCP.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
      "Use the summary to plan the migration; `us-person-data-guard scan` produces the same inventory as Markdown, JSON, SARIF or HTML from exported stack states.",
    url: docsUrl(name),
    framework: frameworkOf(ctx.framework),
    tags: [...commonTags, "migration", "planning"],
    configSchema: engineConfigSchema(name),
    validateStack: (args, reportViolation) => {
      const s = settings.get(args.getConfig(), ctx.clock);
      const { findings } = runFindings(ctx, args, s);
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
    },
  };
}
