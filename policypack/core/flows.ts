/**
 * Data flows: how U.S.-person data leaves a compliant resource for a
 * restricted provider or jurisdiction (replication, backups, peering,
 * endpoints). Works on the whole stack through one index built once, so the
 * cost is linear in the number of resources.
 */
import { isProviderType, packageOfType } from "../catalog";
import { matchExemption, utcDay } from "./exemptions";
import { findEndpointSignals } from "./region";
import { inScope } from "./scope";
import type { Clock, Finding, ResourceView, Settings } from "./types";

/** Finds every in-scope flow into a restricted destination. */
export function findFlows(resources: readonly ResourceView[], settings: Settings, clock: Clock): Finding[] {
  const today = utcDay(clock());
  const det = settings.determination;
  const out: Finding[] = [];
  for (const r of resources) {
    if (isProviderType(r.type)) continue;
    const pkg = packageOfType(r.type);
    if (det.providers.has(pkg)) continue; // already a restricted-provider finding
    if (inScope(r, settings.scope) === "out") continue;
    for (const hit of findEndpointSignals(r.inputs, "input")) {
      const vendor = hit.vendorPackage ? det.providers.get(hit.vendorPackage) : undefined;
      const restrictedPlace = hit.jurisdiction !== undefined && det.jurisdictions.has(hit.jurisdiction);
      if (!vendor && !restrictedPlace) continue;
      const exemption = matchExemption(settings.exemptions, r.urn, "restricted-data-flow", today);
      out.push({
        policy: "restricted-data-flow",
        rule: "flow",
        blocking: true,
        urn: r.urn,
        name: r.name,
        type: r.type,
        package: pkg,
        determinationId: det.id,
        citation: det.citation,
        reason: vendor
          ? `a property (${hit.source}) points at ${hit.host}, an endpoint of restricted provider package ${hit.vendorPackage}`
          : `a property (${hit.source}) points at ${hit.host}, in restricted jurisdiction ${hit.jurisdiction}`,
        destination: { package: hit.vendorPackage, jurisdictions: hit.jurisdiction ? [hit.jurisdiction] : undefined, via: hit.source },
        ...(exemption ? { exemption } : {}),
      });
    }
  }
  return out;
}
