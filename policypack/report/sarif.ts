/**
 * SARIF 2.1.0 for code-scanning dashboards: one rule per determination-driven
 * policy, one result per finding. Levels: mandatory → error, advisory →
 * warning, exempted → note with an accepted external suppression naming the
 * exemption. Resources have no source line, so each result carries a logical
 * location whose fully qualified name is the URN, plus the scanned file.
 */
import { createHash } from "crypto";
import * as path from "path";
import { pathToFileURL } from "url";
import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import { findingPolicyNames } from "../core/policy-table";
import type { ReportFinding, ScanReport } from "./model";

/** One rule per finding policy, named in PascalCase ("restricted-data-flow" → "RestrictedDataFlow"). */
const ruleNames: ReadonlyMap<string, string> = new Map(
  findingPolicyNames.map((p) => [p, p.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase())]),
);

/** GitHub code scanning ranks security results by this 0–10 score. */
const securitySeverity: Readonly<Record<string, string>> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function ruleLevel(enforcementLevel: string): "error" | "warning" | "none" {
  return enforcementLevel === "mandatory" || enforcementLevel === "remediate"
    ? "error"
    : enforcementLevel === "advisory"
      ? "warning"
      : "none";
}

/** A relative URI reference for an input path (absolute paths become file: URLs). */
export function inputUri(input: string): string | undefined {
  if (input === "<stdin>") return undefined;
  if (path.isAbsolute(input)) return pathToFileURL(input).href;
  return input
    .split(/[\\/]+/)
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

function fingerprint(f: ReportFinding): string {
  return createHash("sha256").update(`${f.urn}\u0000${f.policy}\u0000${f.rule}`).digest("hex");
}

export function renderSarif(r: ScanReport): string {
  const rulePolicies = r.policies.filter((p) => ruleNames.has(p.name));
  const rules: ReportingDescriptor[] = rulePolicies.map((p) => ({
    id: p.name,
    name: ruleNames.get(p.name),
    shortDescription: { text: p.displayName },
    fullDescription: { text: p.description },
    help: { text: p.remediationSteps },
    ...(p.url ? { helpUri: p.url } : {}),
    defaultConfiguration: { level: ruleLevel(p.enforcementLevel), enabled: p.enforcementLevel !== "disabled" },
    properties: {
      tags: ["security", "us-person-data", p.name],
      "security-severity": securitySeverity[p.severity] ?? "5.5",
      precision: "high",
      enforcementLevel: p.enforcementLevel,
    },
  }));
  const ruleIndex = new Map(rulePolicies.map((p, i) => [p.name, i]));

  const results: Result[] = r.findings.map((f) => {
    const uri = inputUri(f.input);
    const location: Location = {
      logicalLocations: [{ fullyQualifiedName: f.urn, name: f.name, kind: "resource" }],
      ...(uri ? { physicalLocation: { artifactLocation: { uri } } } : {}),
    };
    return {
      ruleId: f.policy,
      ...(ruleIndex.has(f.policy) ? { ruleIndex: ruleIndex.get(f.policy) } : {}),
      level: f.exempted ? "note" : f.level === "mandatory" ? "error" : "warning",
      kind: "fail",
      message: { text: f.message },
      locations: [location],
      partialFingerprints: { "urnPolicyRule/v1": fingerprint(f) },
      ...(f.baseline ? { baselineState: f.baseline } : {}),
      ...(f.exempted && f.exemption
        ? {
            suppressions: [
              { kind: "external", status: "accepted", justification: `Exemption ${f.exemption.id} until ${f.exemption.expires}` },
            ],
          }
        : {}),
      properties: {
        rule: f.rule,
        package: f.package,
        type: f.type,
        ...(f.region !== undefined ? { region: f.region } : {}),
        ...(f.jurisdictions ? { jurisdictions: f.jurisdictions } : {}),
        determination: f.determination,
        citation: f.citation,
        ...(f.stack !== undefined ? { stack: f.stack } : {}),
        ...(f.project !== undefined ? { project: f.project } : {}),
        ...(f.effective !== undefined ? { effective: f.effective } : {}),
        ...(f.exemption ? { exemption: f.exemption.id, exemptionStatus: f.exemption.status, exemptionExpires: f.exemption.expires } : {}),
      },
    };
  });

  // Baseline findings now gone: reported as absent (SARIF baselineState), at no level.
  for (const f of r.baseline?.fixed ?? []) {
    results.push({
      ruleId: f.policy,
      ...(ruleIndex.has(f.policy) ? { ruleIndex: ruleIndex.get(f.policy) } : {}),
      level: "none",
      kind: "pass",
      message: {
        text: `Fixed since the baseline of ${r.baseline!.generatedAt}: ${f.name || f.urn} (${f.type}) is no longer reported by ${f.policy}.`,
      },
      locations: [{ logicalLocations: [{ fullyQualifiedName: f.urn, name: f.name, kind: "resource" }] }],
      baselineState: "absent",
      properties: { ...(f.region !== undefined ? { region: f.region } : {}), ...(f.stack !== undefined ? { stack: f.stack } : {}) },
    });
  }
  const failed = r.inputs.filter((i) => i.status === "failed");
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: r.tool.url,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: r.outcome !== "error",
            exitCode: r.exitCode,
            endTimeUtc: r.generatedAt,
            ...(failed.length
              ? {
                  toolExecutionNotifications: failed.map((i) => {
                    const uri = inputUri(i.input);
                    return {
                      level: "error" as const,
                      message: { text: `${i.input}: ${i.error ?? "could not be scanned"}` },
                      ...(uri ? { locations: [{ physicalLocation: { artifactLocation: { uri } } }] } : {}),
                    };
                  }),
                }
              : {}),
          },
        ],
        results,
        properties: {
          determinations: r.determinations.map((d) => ({ id: d.id, title: d.title, citation: d.citation, url: d.url })),
          failOn: r.failOn,
          clock: r.clock,
          ...(r.clock === "--now" ? { now: r.generatedAt } : {}),
          totals: r.totals,
          ...(r.stacks ? { stacks: r.stacks } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
