/**
 * Secondary places of a resource: replicas, backups, failover partners,
 * multi-region members and paired regions, read from the entries of
 * `catalog/locations/`. Pure and linear: each entry that matches the type
 * token walks one property path; no I/O, no clock, no module-level mutable
 * state (the type index below is derived once from the data and never
 * changes).
 *
 * A restricted secondary place is a `restricted-region` finding on the
 * resource itself, naming the role ("replica in eastasia (HK)"); flows
 * between resources of the stack stay with `restricted-data-flow`.
 */
import { packageOfType } from "../catalog";
import { familyTableKey, firestoreMultiRegions, locationEntries, spannerConfigs, type LocationEntry } from "../catalog/locations";
import { secondaryRegionOf } from "../catalog/pairs";
import type { Determination } from "./model";
import { isUnknown, secretPlaceholder } from "./unknown";
import { own } from "./props";
import { placeOf, type Place, type RegionResolution } from "./region";
import type { FindingDraft, ResourceView, Settings } from "./types";

/** At most this many values are read per entry (a hostile list cannot make a resource slow). */
export const maxValuesPerEntry = 64;

/** One step of a compiled path: a key, and whether each item of the list under it is visited. */
interface Step {
  readonly key: string;
  readonly each: boolean;
}

const stepShape = /^[A-Za-z_][A-Za-z0-9_]*(\[\])?$/;

/** Compiles `a.b[].c` into steps; throws, naming the path, on anything else. */
export function compilePath(path: string): readonly Step[] {
  const parts = path.split(".");
  return parts.map((p) => {
    if (!stepShape.test(p)) throw new Error(`location path '${path}': bad segment '${p}'`);
    const each = p.endsWith("[]");
    return { key: each ? p.slice(0, -2) : p, each };
  });
}

interface Compiled {
  readonly entry: LocationEntry;
  readonly steps: readonly Step[];
  readonly when?: readonly Step[];
}

const compiled: readonly Compiled[] = locationEntries
  .filter((entry) => entry.coveredBy === undefined)
  .map((entry) => ({
    entry,
    steps: compilePath(entry.path),
    when: entry.when ? compilePath(entry.when.path) : undefined,
  }));

/** Exact type tokens → entries; prefixes (`aws:dynamodb/*`) are checked in order after. */
const byType: ReadonlyMap<string, readonly Compiled[]> = (() => {
  const m = new Map<string, Compiled[]>();
  for (const c of compiled) for (const t of c.entry.types) if (!t.endsWith("*")) (m.get(t) ?? m.set(t, []).get(t)!).push(c);
  return m;
})();
const byPrefix: readonly { readonly prefix: string; readonly c: Compiled }[] = compiled.flatMap((c) =>
  c.entry.types.filter((t) => t.endsWith("*")).map((t) => ({ prefix: t.slice(0, -1), c })),
);

/** Whether a type pattern (an exact token, or a prefix ending in `*`) matches a type token. */
export function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith("*") ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

/** The entries `locate` reads whose type patterns (exact token or `prefix*`) match a type token. */
export function entriesForType(type: string): readonly LocationEntry[] {
  return compiledFor(type).map((c) => c.entry);
}

/** The shared empty result (never modified). */
const none: readonly never[] = Object.freeze([]);

function compiledFor(type: string): readonly Compiled[] {
  const exact = byType.get(type);
  // Allocates only when a prefix entry matches (most tokens match none).
  let out: Compiled[] | undefined;
  for (const p of byPrefix) {
    if (!type.startsWith(p.prefix) || exact?.includes(p.c) || out?.includes(p.c)) continue;
    (out ??= exact ? [...exact] : []).push(p.c);
  }
  return out ?? exact ?? none;
}

/** A value found by walking a path, with its path as text. */
interface Hit {
  readonly value: unknown;
  readonly path: string;
}

interface WalkResult {
  readonly hits: readonly Hit[];
  /** The path of the first unknown (computed during preview) value met, if any. */
  readonly unknownAt?: string;
}

/**
 * Every value at `steps` under `props`. Lenient about list-or-object: a list
 * met where a key is expected is walked item by item, and `[]` over a plain
 * object visits that object (Pulumi renders one-item blocks either way).
 */
export function walkPath(props: unknown, steps: readonly Step[]): WalkResult {
  let current: Hit[] = [{ value: props, path: "" }];
  for (const step of steps) {
    const next: Hit[] = [];
    for (const h of current) {
      const holders: Hit[] = Array.isArray(h.value)
        ? h.value.slice(0, maxValuesPerEntry).map((v: unknown, i) => ({ value: v, path: `${h.path}[${i}]` }))
        : [h];
      for (const holder of holders) {
        if (isUnknown(holder.value)) return { hits: [], unknownAt: holder.path };
        const v = own(jsonObject(holder.value), step.key);
        const at = holder.path ? `${holder.path}.${step.key}` : step.key;
        if (v === undefined || v === null) continue;
        if (isUnknown(v)) return { hits: [], unknownAt: at };
        if (step.each && Array.isArray(v)) {
          for (let i = 0; i < v.length && next.length < maxValuesPerEntry; i++) next.push({ value: v[i], path: `${at}[${i}]` });
        } else if (next.length < maxValuesPerEntry) next.push({ value: v, path: at });
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return { hits: current };
}

/** Longest JSON string read as an object on a path (bounded work per entry). */
export const maxJsonBytes = 64 * 1024;

/** An object held as a JSON string (`"{...}"`) as the object; any other value as is. */
function jsonObject(v: unknown): unknown {
  if (typeof v !== "string" || v.length > maxJsonBytes || !v.trimStart().startsWith("{")) return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}

export type SecondaryStatus = "known" | "unknown" | "invalid" | "possible";

/** Where a resource keeps data besides its primary region, by one entry. */
export interface Secondary {
  readonly entry: LocationEntry;
  /**
   * `known`: the places are certain; `unknown`: a value cannot be known
   * during preview; `invalid`: the value is not a string; `possible`: the
   * places hold if a condition that cannot be known yet turns out true.
   */
  readonly status: SecondaryStatus;
  /** Property path, e.g. `input:locations[1].locationName`. */
  readonly source: string;
  readonly places: readonly Place[];
}

type Condition = "yes" | "no" | "maybe";

function checkCondition(c: Compiled, props: unknown): Condition {
  const when = c.entry.when;
  if (!when || !c.when) return "yes";
  const r = walkPath(props, c.when);
  if (r.unknownAt !== undefined) return "maybe";
  let present = false;
  for (const h of r.hits) {
    if (isUnknown(h.value) || h.value === secretPlaceholder) return "maybe";
    if (typeof h.value !== "string" || h.value === "") continue;
    present = true;
    const v = h.value.toLowerCase();
    if (when.match === "prefix" ? when.values.some((p) => v.startsWith(p)) : when.values.includes(v)) return "yes";
  }
  return present ? "no" : when.whenAbsent ? "yes" : "no";
}

/** The region codes a value names, by the entry's reader (before placing them). */
function regionsOf(entry: LocationEntry, raw: string, det: Determination): readonly Place[] {
  const key = familyTableKey[entry.family];
  switch (entry.read) {
    case "region":
    case "zone":
      return [placeOf(key, raw, det)];
    case "spanner-config": {
      const name = raw.slice(raw.lastIndexOf("/") + 1).toLowerCase();
      if (name.startsWith("regional-")) return [placeOf(key, name.slice("regional-".length), det)];
      const multi = spannerConfigs.get(name);
      return multi ? multi.regions.map((r) => placeOf(key, r, det)) : [placeOf(key, raw, det)];
    }
    case "firestore-location": {
      const multi = firestoreMultiRegions.get(raw.toLowerCase());
      return multi ? multi.regions.map((r) => placeOf(key, r, det)) : [placeOf(key, raw, det)];
    }
    case "paired-region":
      return pairsOf(key, [placeOf(key, raw, det)], det);
  }
}

function pairsOf(key: string, of: readonly Place[], det: Determination): readonly Place[] {
  const out: Place[] = [];
  for (const p of of) {
    if (!p.recognised || !p.region) continue;
    const pair = secondaryRegionOf(p.region);
    if (pair) out.push(placeOf(key, pair, det));
  }
  return out;
}

/**
 * The secondary places of a resource, one result per entry and value. A
 * place equal to a primary place is left out (the primary step judges it).
 * `paired-region` entries with nothing at their path take the pair of the
 * primary region.
 */
export function secondaryPlaces(resource: ResourceView, det: Determination, primary: RegionResolution): readonly Secondary[] {
  const matches = compiledFor(resource.type);
  if (matches.length === 0) return none;
  const prefix = resource.state === "outputs" ? "output:" : "input:";
  const primaryPlaces = primary.status === "known" ? primary.places : [];
  const out: Secondary[] = [];
  for (const c of matches) {
    const cond = checkCondition(c, resource.inputs);
    if (cond === "no") continue;
    const entry = c.entry;
    const r = walkPath(resource.inputs, c.steps);
    if (r.unknownAt !== undefined) {
      if (cond === "yes") out.push({ entry, status: "unknown", source: prefix + r.unknownAt, places: [] });
      continue;
    }
    if (r.hits.length === 0) {
      if (entry.read === "paired-region" && primaryPlaces.length > 0) {
        const places = pairsOf(familyTableKey[entry.family], primaryPlaces, det);
        if (places.length > 0)
          out.push({
            entry,
            status: cond === "yes" ? "known" : "possible",
            source: `${primary.status === "known" ? primary.source : prefix + entry.path} (paired region)`,
            places,
          });
      }
      continue;
    }
    let budget = maxValuesPerEntry;
    for (const h of r.hits) {
      if (budget <= 0) break;
      const values = Array.isArray(h.value) ? h.value.slice(0, budget) : [h.value];
      budget -= values.length;
      values.forEach((v, i) => {
        const source =
          prefix + (Array.isArray(h.value) ? `${h.path}[${i}]` : h.path) + (entry.read === "paired-region" ? " (paired region)" : "");
        if (v === undefined || v === null || v === "") return;
        if (isUnknown(v) || v === secretPlaceholder) {
          if (cond === "yes")
            out.push({ entry, status: "unknown", source: v === secretPlaceholder ? `${source} (secret)` : source, places: [] });
          return;
        }
        if (typeof v !== "string") {
          out.push({ entry, status: "invalid", source, places: [] });
          return;
        }
        const places = regionsOf(entry, v, det).filter((p) => !samePlace(p, primaryPlaces));
        if (places.length > 0) out.push({ entry, status: cond === "yes" ? "known" : "possible", source, places });
      });
    }
  }
  return out;
}

function samePlace(p: Place, among: readonly Place[]): boolean {
  for (const q of among) if ((q.region ?? q.raw) === (p.region ?? p.raw) && q.recognised === p.recognised) return true;
  return false;
}

/** How a place is named in a message: `replica in eastasia (HK)`. */
export function placeLabel(role: string, p: Place): string {
  const region = p.region ?? p.raw;
  return p.jurisdictions.length > 0 ? `${role} in ${region} (${p.jurisdictions.join(", ")})` : `${role} in ${region}`;
}

/**
 * Judges the secondary places of a resource as `decide` judges its primary
 * region: restricted jurisdiction, allowedRegions, uncatalogued; unknown
 * values follow `unknownRegion`. At most one draft per (rule, region).
 */
export function secondaryDrafts(resource: ResourceView, settings: Settings, primary: RegionResolution): readonly FindingDraft[] {
  // Most resources have no entry: one map lookup, no allocation.
  if (compiledFor(resource.type).length === 0) return none;
  const det = settings.determination;
  const secondaries = secondaryPlaces(resource, det, primary);
  if (secondaries.length === 0) return none;
  const pkg = packageOfType(resource.type);
  const allowed = settings.allowedRegions.get(pkg);
  const advisory = settings.unknownRegion !== "violation";
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  const push = (key: string, d: FindingDraft): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  for (const s of secondaries) {
    const role = s.entry.role;
    if (s.status === "unknown") {
      push(`u:${s.source}`, {
        target: "restricted-region",
        rule: "unknown-region",
        blocking: !advisory,
        regionSource: s.source,
        reason: `the ${role} location (${s.source}) cannot be known during preview; unknownRegion is '${settings.unknownRegion}'`,
      });
      continue;
    }
    if (s.status === "invalid") {
      push(`i:${s.source}`, {
        target: "restricted-region",
        rule: "uncatalogued-region",
        blocking: !advisory,
        regionSource: s.source,
        reason: `the ${role} location property (${s.source}) is not a region string`,
      });
      continue;
    }
    for (const p of s.places) {
      const region = p.region ?? p.raw;
      const label = placeLabel(role, p);
      const restricted = p.jurisdictions.filter((j) => det.jurisdictions.has(j));
      if (s.status === "possible") {
        // Only worth a (deferred) finding when the place would be restricted.
        if (restricted.length > 0)
          push(`p:${region}`, {
            target: "restricted-region",
            rule: "unknown-region",
            blocking: !advisory,
            region,
            jurisdictions: p.jurisdictions,
            regionSource: s.source,
            reason: `a ${label} may hold data (${s.entry.mechanism}; its setting cannot be known during preview); unknownRegion is '${settings.unknownRegion}'`,
          });
        continue;
      }
      if (restricted.length > 0) {
        push(`j:${region}`, {
          target: "restricted-region",
          rule: "jurisdiction",
          blocking: true,
          region,
          jurisdictions: p.jurisdictions,
          regionSource: s.source,
          reason: `${label}: ${s.entry.mechanism} places data in restricted jurisdiction ${restricted.join(", ")}`,
          effective: det.effective,
        });
      }
      if (allowed) {
        if (!allowed.some((g) => g.matches(region.toLowerCase()))) {
          push(`r:${region}`, {
            target: "restricted-region",
            rule: "residency",
            blocking: true,
            region,
            jurisdictions: p.jurisdictions,
            regionSource: s.source,
            reason: `${label}: region ${region} is outside allowedRegions for ${pkg} (${allowed.map((g) => g.source).join(", ")})`,
          });
        }
      } else if (!p.recognised) {
        push(`c:${region}`, {
          target: "restricted-region",
          rule: "uncatalogued-region",
          blocking: !advisory,
          region,
          regionSource: s.source,
          reason: `${label}: region ${region} is not in the catalog for ${pkg}, so its jurisdiction is unknown; add it under determination.regions`,
        });
      }
    }
  }
  return out;
}
