/** Verdicts on destinations: whether a place or package is restricted, and how to name it. */
import type { Determination } from "../model";
import type { Place, RegionResolution } from "../region";
import type { DestSpec, Verdict } from "./types";

export function placesRegion(places: readonly Place[], restricted: ReadonlySet<string>): string | undefined {
  const pick = places.filter((p) => p.jurisdictions.some((j) => restricted.has(j)));
  const use = pick.length ? pick : places;
  const names = [...new Set(use.map((p) => p.region ?? p.raw))];
  return names.length ? names.slice(0, 8).join("+") : undefined;
}

export function union(places: readonly Place[]): string[] {
  const s = new Set<string>();
  for (const p of places) for (const j of p.jurisdictions) s.add(j);
  return [...s];
}

export function restrictedOf(det: Determination, places: readonly Place[]): string[] {
  return union(places).filter((j) => det.jurisdictions.has(j));
}

export function judge(det: Determination, pkg: string, resolution: RegionResolution): Verdict {
  const rule = det.providers.get(pkg);
  if (rule) {
    const places = resolution.status === "known" ? resolution.places : [];
    return {
      status: "restricted",
      pkg,
      region: places.length ? placesRegion(places, det.jurisdictions) : undefined,
      jurisdictions: places.length ? union(places) : undefined,
      restricted: restrictedOf(det, places),
      providerReason: rule.reason,
      effective: rule.effective ?? det.effective,
      regionSource: resolution.status === "absent" ? undefined : resolution.source,
    };
  }
  if (resolution.status === "unknown") return { status: "unknown", pkg, restricted: [], regionSource: resolution.source };
  if (resolution.status !== "known") return { status: "clear", pkg, restricted: [] };
  const restricted = restrictedOf(det, resolution.places);
  // A clear verdict is only ever asked for its status: skip naming its places.
  if (!restricted.length) return { status: "clear", pkg, restricted };
  return {
    status: "restricted",
    pkg,
    region: placesRegion(resolution.places, det.jurisdictions),
    jurisdictions: union(resolution.places),
    restricted,
    effective: det.effective,
    regionSource: resolution.source,
  };
}

/** The verdict on an endpoint host. */
export function judgeVendor(det: Determination, d: Extract<DestSpec, { kind: "vendor" }>): Verdict {
  const rule = d.pkg ? det.providers.get(d.pkg) : undefined;
  const restricted = d.jurisdiction && det.jurisdictions.has(d.jurisdiction) ? [d.jurisdiction] : [];
  return {
    status: rule || restricted.length ? "restricted" : "clear",
    pkg: d.pkg,
    region: d.host,
    jurisdictions: d.jurisdiction ? [d.jurisdiction] : undefined,
    restricted,
    providerReason: rule?.reason,
    effective: rule ? (rule.effective ?? det.effective) : det.effective,
  };
}
