/**
 * Findings of the flow analysis: an edge becomes a restricted-data-flow
 * finding when its source is in scope and its destination not clear, once
 * per source, destination and mechanism; a failed analysis becomes a
 * fail-closed finding.
 */
import { packageOfType } from "../../catalog";
import { errorSummary } from "../decide";
import { matchExemption } from "../exemptions";
import type { Place, RegionResolution } from "../region";
import { inScope, type ScopeDecision } from "../scope";
import type { Finding, ResourceView, Settings } from "../types";
import type { DestSpec, Edge, Verdict } from "./types";
import { placesRegion, restrictedOf, union } from "./verdict";

export class FindingWriter {
  private readonly scopes = new Map<ResourceView, ScopeDecision>();
  private readonly seen = new Set<string>();
  readonly out: Finding[] = [];

  constructor(
    private readonly settings: Settings,
    private readonly today: string,
    private readonly clockError: string | undefined,
    private readonly regionOf: (view: ResourceView) => RegionResolution,
    private readonly judgeDest: (d: DestSpec) => Verdict,
  ) {}

  private scopeOf(view: ResourceView): ScopeDecision {
    let s = this.scopes.get(view);
    if (!s) {
      s = inScope(view, this.settings.scope);
      this.scopes.set(view, s);
    }
    return s;
  }

  private restrictedOf(places: readonly Place[]): string[] {
    return restrictedOf(this.settings.determination, places);
  }

  emit(declarer: ResourceView, e: Edge): void {
    const det = this.settings.determination;
    const source = e.source ?? declarer;
    if (e.source && this.settings.determination.providers.has(packageOfType(source.type))) return;

    // Scope: the source's data (or the declaring resource's, which describes the same data).
    const scopes = [this.scopeOf(source), ...(source === declarer ? [] : [this.scopeOf(declarer)])];
    const scope: ScopeDecision = scopes.includes("in") ? "in" : scopes.includes("unknown") ? "unknown" : "out";
    if (scope === "out") return;

    const verdict = this.judgeDest(e.dest);
    if (verdict.status === "clear") return;

    // Where the data comes from (for a replica whose primary is outside the stack: the primary's ARN region).
    const origin: RegionResolution | undefined =
      e.sourcePlaces ?? (e.sourceUnknown || e.sourceExternal ? undefined : this.regionOf(source));
    const originPlaces = origin && origin.status === "known" ? origin.places : [];
    const sourceRestricted = new Set(this.restrictedOf(originPlaces));
    if (
      verdict.status === "restricted" &&
      !verdict.providerReason &&
      !e.selfPlacement &&
      verdict.restricted.every((j) => sourceRestricted.has(j))
    ) {
      return; // nothing crosses into a new restricted jurisdiction: restricted-region reports the source itself
    }
    if (verdict.status === "unknown" && sourceRestricted.size > 0 && !e.selfPlacement) return;

    const destView = e.dest.kind === "view" ? e.dest.view : undefined;
    const destKey = destView?.urn ?? `${verdict.pkg ?? ""}|${verdict.region ?? ""}|${e.path}`;
    const dedupe = `${source.urn}|${destKey}|${e.mechanism}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);

    const upcoming = verdict.effective !== undefined && verdict.effective > this.today;
    let blocking: boolean;
    let reason = this.reasonFor(e, source, declarer, verdict, originPlaces);
    if (verdict.status === "unknown") blocking = this.settings.unknownRegion === "violation";
    else if (e.sourceUnknown) {
      blocking = this.settings.unknownRegion === "violation";
      reason += `; the source cannot be known during preview (unknownRegion is '${this.settings.unknownRegion}')`;
    } else blocking = true;
    if (scope === "unknown") {
      blocking = blocking && this.settings.unknownRegion === "violation";
      reason += " (scope tags unknown during preview)";
    }
    if (upcoming) {
      blocking = false;
      reason += `; the rule takes effect on ${verdict.effective}, until then this flow is advisory`;
    }

    let exemption;
    let error = this.clockError;
    try {
      exemption =
        matchExemption(this.settings.exemptions, source.urn, "restricted-data-flow", this.today) ??
        (declarer !== source ? matchExemption(this.settings.exemptions, declarer.urn, "restricted-data-flow", this.today) : undefined);
    } catch (err) {
      error ??= errorSummary(err);
    }

    const subject = this.regionOf(source);
    const subjectPlaces = subject.status === "known" ? subject.places : [];
    const subjectPlace = subjectPlaces[0];
    const via = `${e.mechanism}: ${declarer.urn} ${e.path}`;
    this.out.push({
      policy: "restricted-data-flow",
      rule: "flow",
      blocking,
      urn: source.urn,
      name: source.name,
      type: source.type,
      package: packageOfType(source.type),
      ...(subjectPlace && subject.status === "known"
        ? { region: placesRegion(subjectPlaces, det.jurisdictions), jurisdictions: union(subjectPlaces), regionSource: subject.source }
        : {}),
      determinationId: det.id,
      citation: det.citation,
      reason,
      ...(upcoming ? { effective: verdict.effective } : {}),
      ...(exemption ? { exemption } : {}),
      destination: {
        ...(destView ? { urn: destView.urn, type: destView.type } : {}),
        ...(verdict.pkg ? { package: verdict.pkg } : {}),
        ...(verdict.region ? { region: verdict.region } : {}),
        ...(verdict.jurisdictions ? { jurisdictions: verdict.jurisdictions } : {}),
        via,
      },
      ...(error ? { error } : {}),
    });
  }

  private reasonFor(e: Edge, source: ResourceView, declarer: ResourceView, v: Verdict, originPlaces: readonly Place[]): string {
    const what =
      e.mechanism === "endpoint"
        ? `an endpoint (${e.path})`
        : e.mechanism === "reference" || e.mechanism === "dependency"
          ? `a ${e.mechanism} (${e.path})`
          : `${e.mechanism} (${e.path})`;
    const originRegion = placesRegion(originPlaces, this.settings.determination.jurisdictions);
    const from = e.sourceExternal
      ? "a source outside this stack"
      : e.sourceUnknown
        ? "a source"
        : e.sourcePlaces && !e.source
          ? `a primary${originRegion ? ` in ${originRegion}` : ""} outside this stack`
          : `'${source.name}'${originRegion ? ` in ${originRegion}` : ""}`;
    const by = declarer !== source ? ` declared by '${declarer.name}'` : "";
    const d = e.dest;
    if (v.status === "unknown" && d.kind === "places" && d.outside !== undefined)
      return `${what}${by} sends data from ${from} to ${d.label}, whose region cannot be determined (${d.outside}); unknownRegion is '${this.settings.unknownRegion}'`;
    if (v.status === "unknown")
      return `${what}${by} sends data from ${from} to a destination that cannot be known during preview; unknownRegion is '${this.settings.unknownRegion}'`;
    const to = d.kind === "view" ? `'${d.view.name}' (${d.view.type})` : d.kind === "vendor" ? `endpoint ${d.host}` : d.label;
    const at = v.region && d.kind !== "vendor" ? ` in ${v.region}` : "";
    const because = v.providerReason
      ? `restricted provider package ${v.pkg}: ${v.providerReason}`
      : `restricted jurisdiction ${v.restricted.join(", ")}`;
    return `${what}${by} sends data from ${from} to ${to}${at}, ${because}`;
  }

  emitError(r: ResourceView, error: string): void {
    const det = this.settings.determination;
    const key = `${r.urn}|error`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({
      policy: "restricted-data-flow",
      rule: "flow",
      blocking: true,
      urn: r.urn,
      name: r.name,
      type: r.type,
      package: packageOfType(r.type),
      determinationId: det.id,
      citation: det.citation,
      reason:
        "the data-flow analysis of this resource failed and it references a restricted provider or jurisdiction, so it is reported by failing closed",
      destination: { via: "unanalysed (internal error)" },
      error,
    });
  }
}
