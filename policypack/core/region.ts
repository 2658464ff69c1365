/**
 * Where is a resource? Region resolution in the order SPEC fixes, first hit
 * wins: (1) the resource's own location inputs (`region`, `location`, `zone`,
 * `availabilityZone` and the provider-specific forms listed per package in
 * `catalog/providers.ts`); (2) its provider resource, explicit or default (a
 * default provider's props are the stack config, e.g. `aws:region`); (3)
 * provider-wide signals: sovereign-cloud environments and endpoint hosts.
 * Endpoint overrides are also reported when a region was found, because they,
 * not the region, decide where the traffic goes.
 */
import { extractHost, endpointSignalFor, isGlobalLocation, isProviderType, locate, packageOfType, providerFacts } from "../catalog";
import { identifierLocation } from "./identifiers";
import { saasPlaces } from "../catalog/saas";
import { environmentSignals } from "../catalog/environments";
import { providerInputsOf } from "./module-provider";
import { normaliseRegionKey } from "./model";
import type { Determination } from "./model";
import { isUnknown, secretPlaceholder } from "./unknown";
import { own, pathText, safeIdentifier, unrecognisedLocation, type Props } from "./props";
import type { ResourceView } from "./types";

export interface Place {
  /** The value as given, made safe to print. */
  readonly raw: string;
  /** Canonical region code when recognised. */
  readonly region?: string;
  /** Jurisdictions of the location; empty when not recognised. */
  readonly jurisdictions: readonly string[];
  readonly recognised: boolean;
}

export type RegionResolution =
  | { readonly status: "absent" }
  | { readonly status: "unknown"; readonly source: string }
  | { readonly status: "known"; readonly source: string; readonly places: readonly Place[] }
  /** The location value says the resource is not regional (Azure's and GCP's `global`). */
  | { readonly status: "global"; readonly source: string }
  /** A value that is not a string (or list of strings): not a region, but not nothing. */
  | { readonly status: "invalid"; readonly source: string };

export interface EndpointHit {
  readonly host: string;
  readonly jurisdiction?: string;
  readonly vendorPackage?: string;
  readonly source: string;
}

const fallbackLocationKeys = ["region", "location", "zone", "availabilityZone"];

/**
 * Placement that overrides the location key: a GCS bucket with custom
 * dual-region placement stores data only in `customPlacementConfig.dataLocations`
 * (its `location` is then the multi-region name, e.g. ASIA).
 */
const placementOverrides: readonly { readonly package: string; readonly type: string; readonly path: readonly [string, string] }[] = [
  { package: "gcp", type: "gcp:storage/bucket:Bucket", path: ["customPlacementConfig", "dataLocations"] },
];

/**
 * Places are memoised per determination, package and value: a stack names
 * the same few regions thousands of times. Two levels of maps, so a lookup
 * hashes the value itself and never builds a combined key. Bounded, so
 * hostile input cannot grow it without limit.
 */
const placeCache = new WeakMap<Determination, Map<string, Map<string, Place>>>();
const placeCacheLimit = 4096;

/** Locates one region string for a package, honouring determination overrides first. */
export function placeOf(pkg: string, raw: string, determination: Determination): Place {
  if (raw.length > 256) return locatePlace(pkg, raw, determination);
  let byPackage = placeCache.get(determination);
  if (!byPackage) placeCache.set(determination, (byPackage = new Map()));
  let cache = byPackage.get(pkg);
  if (!cache) {
    if (byPackage.size >= 32) byPackage.clear();
    byPackage.set(pkg, (cache = new Map()));
  }
  let place = cache.get(raw);
  if (!place) {
    place = locatePlace(pkg, raw, determination);
    if (cache.size >= placeCacheLimit) cache.clear();
    cache.set(raw, place);
  }
  return place;
}

function locatePlace(pkg: string, raw: string, determination: Determination): Place {
  const override = determination.regions.get(pkg)?.get(normaliseRegionKey(raw));
  if (override) return { raw: safeIdentifier(raw), region: override.region, jurisdictions: [override.jurisdiction], recognised: true };
  const hit = locate(pkg, raw);
  if (hit) return { raw: safeIdentifier(raw), region: hit.region, jurisdictions: hit.entry.jurisdictions, recognised: true };
  return { raw: unrecognisedLocation(raw), jurisdictions: [], recognised: false };
}

function readLocation(
  pkg: string,
  props: Props,
  keys: readonly string[],
  sourcePrefix: string,
  determination: Determination,
): RegionResolution | undefined {
  for (const key of keys) {
    const v = own(props, key);
    if (v === undefined || v === null || v === "") continue;
    const source = `${sourcePrefix}${key}`;
    if (isUnknown(v)) return { status: "unknown", source };
    if (v === secretPlaceholder) return { status: "unknown", source: `${source} (secret)` };
    if (typeof v === "string") {
      if (isGlobalLocation(v)) return { status: "global", source };
      return { status: "known", source, places: [placeOf(pkg, v, determination)] };
    }
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      const places: Place[] = [];
      for (const item of v.length > 64 ? v.slice(0, 64) : v) {
        if (isUnknown(item)) return { status: "unknown", source };
        if (item === secretPlaceholder) return { status: "unknown", source: `${source} (secret)` };
        if (typeof item !== "string") return { status: "invalid", source };
        places.push(placeOf(pkg, item, determination));
      }
      return { status: "known", source, places };
    }
    return { status: "invalid", source };
  }
  return undefined;
}

/**
 * The last resolution made, by view and determination: a scan asks for the
 * same resource twice in a row (its decision, then its part in the data-flow
 * analysis). Views are never modified once built, so the object identifies
 * its content; the result is shared, and never modified either.
 */
let lastView: ResourceView | undefined;
let lastDetermination: Determination | undefined;
let lastResolution: RegionResolution | undefined;

/** Resolves the region(s) of a resource or provider resource. */
export function resolveRegion(resource: ResourceView, determination: Determination): RegionResolution {
  if (lastResolution !== undefined && lastView === resource && lastDetermination === determination) return lastResolution;
  const resolution = resolveRegionOf(resource, determination);
  lastView = resource;
  lastDetermination = determination;
  lastResolution = resolution;
  return resolution;
}

function resolveRegionOf(resource: ResourceView, determination: Determination): RegionResolution {
  const resolution = resolveFromInputsAndProvider(resource, determination);
  // A state (or a discovered resource) has no stack config, and a secret region
  // cannot be read: the resource's own identifiers still say where it is.
  if (resolution.status === "absent" || (resolution.status === "unknown" && resolution.source.endsWith("(secret)"))) {
    const fromIds = identifierLocation(resource.inputs, resource.id);
    if (fromIds) {
      const source = `${resource.state === "outputs" ? "output" : "input"}:${fromIds.key}`;
      if ("region" in fromIds)
        return { status: "known", source, places: [placeOf(packageOfType(resource.type), fromIds.region, determination)] };
      return { status: "known", source, places: [{ raw: fromIds.partition, jurisdictions: [fromIds.jurisdiction], recognised: true }] };
    }
  }
  return resolution;
}

function resolveFromInputsAndProvider(resource: ResourceView, determination: Determination): RegionResolution {
  const isProvider = isProviderType(resource.type);
  const pkg = packageOfType(resource.type);
  const facts = providerFacts(pkg);
  if (isProvider) {
    const self = readLocation(pkg, resource.inputs, facts?.providerRegionKeys ?? ["region", "location"], "provider:", determination);
    if (self) return self;
  } else {
    const saas = saasResolution(resource, determination);
    if (saas) return saas;
    for (const o of placementOverrides) {
      if (o.type !== resource.type) continue;
      const holder = own(resource.inputs, o.path[0]);
      if (holder !== undefined && holder !== null && typeof holder === "object") {
        const placed = readLocation(pkg, holder as Props, [o.path[1]], `input:${o.path[0]}.`, determination);
        if (placed) return placed;
      } else if (isUnknown(holder)) return { status: "unknown", source: `input:${o.path[0]}` };
    }
    const self = readLocation(
      pkg,
      resource.inputs,
      facts?.locationKeys ?? fallbackLocationKeys,
      resource.state === "outputs" ? "output:" : "input:",
      determination,
    );
    // An unknown *output* location (a computed `region` at a create preview)
    // takes the provider's value, which is what the provider will fill in.
    // An unknown *input* stays unknown: the program chose another region.
    const unknownOutput = self !== undefined && self.status === "unknown" && resource.state === "outputs";
    if (self && !unknownOutput) return self;
    const p = resource.provider;
    const viaProvider = p
      ? readLocation(
          pkg,
          providerInputsOf(resource)!,
          facts?.providerRegionKeys ?? ["region", "location"],
          providerSourcePrefix(p.urn),
          determination,
        )
      : undefined;
    if (self && viaProvider?.status !== "known") return self;
    if (viaProvider) return viaProvider;
  }
  // Provider-wide signals: a sovereign environment places everything the provider makes.
  const props = isProvider ? resource.inputs : providerInputsOf(resource);
  if (props) {
    for (const s of environmentSignals) {
      if (s.package !== pkg) continue;
      const v = own(props, s.key);
      if (isUnknown(v)) return { status: "unknown", source: `provider:${s.key}` };
      if (typeof v === "string" && v.toLowerCase() === s.value) {
        return {
          status: "known",
          source: `provider:${s.key}`,
          places: [{ raw: s.value, jurisdictions: [s.jurisdiction], recognised: true }],
        };
      }
    }
    const hits = providerEndpointSignals(props);
    const placed = hits.find((h) => h.jurisdiction !== undefined);
    if (placed)
      return {
        status: "known",
        source: placed.source,
        places: [{ raw: placed.host, jurisdictions: [placed.jurisdiction!], recognised: true }],
      };
  }
  return { status: "absent" };
}

/**
 * A data-holding SaaS resource (MongoDB Atlas, Confluent, Aiven, Elastic
 * Cloud, Redis Cloud) is placed by the cloud region it runs in, looked up in
 * that cloud's table, so it is judged like the cloud's own resources.
 */
function saasResolution(resource: ResourceView, determination: Determination): RegionResolution | undefined {
  const found = saasPlaces(resource.type, resource.inputs);
  if (found.length === 0) return undefined;
  const prefix = resource.state === "outputs" ? "output:" : "input:";
  const hidden = found.find((p) => isUnknown(p.region) || p.region === secretPlaceholder);
  if (hidden) return { status: "unknown", source: `${prefix}${hidden.path}${hidden.region === secretPlaceholder ? " (secret)" : ""}` };
  return { status: "known", source: `${prefix}${found[0]!.path}`, places: found.map((p) => placeOf(p.family, p.region, determination)) };
}

function providerSourcePrefix(urn: string): string {
  // Default providers are named "default" or "default_<version>"; the engine fills them from stack config.
  return urn.startsWith("default", urn.lastIndexOf("::") + 2) ? "stack-config:" : "provider:";
}

/** Bounds of an endpoint walk: strings read, and depth (exported for walks that fuse it with another). */
export const endpointWalkMaxStrings = 256;
export const endpointWalkMaxDepth = 5;

/**
 * The endpoint hit one string of a walk makes, or undefined. `path` is the
 * walk's key stack, turned into text only on a hit.
 */
export function endpointHitOf(v: string, sourcePrefix: string, path: readonly (string | number)[]): EndpointHit | undefined {
  if (v.indexOf(".") < 0 || isUnknown(v)) return undefined;
  const host = extractHost(v);
  if (!host) return undefined;
  const s = endpointSignalFor(host);
  return s
    ? {
        host: safeIdentifier(host),
        jurisdiction: s.jurisdiction,
        vendorPackage: s.vendorPackage,
        source: `${sourcePrefix}:${pathText(path)}`,
      }
    : undefined;
}

/** State of one endpoint walk: the path is kept as a stack and turned into text only on a hit. */
interface SignalWalk {
  budget: number;
  readonly path: (string | number)[];
  readonly hits: EndpointHit[];
  readonly sourcePrefix: string;
  readonly skipTopLevel: ((key: string) => boolean) | undefined;
}

function walkSignals(v: unknown, depth: number, w: SignalWalk): void {
  if (w.budget <= 0 || depth > endpointWalkMaxDepth) return;
  if (typeof v === "string") {
    w.budget--;
    const hit = endpointHitOf(v, w.sourcePrefix, w.path);
    if (hit) w.hits.push(hit);
    return;
  }
  if (typeof v !== "object" || v === null) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && w.budget > 0; i++) {
      w.path.push(i);
      walkSignals(v[i], depth + 1, w);
      w.path.pop();
    }
    return;
  }
  for (const k of Object.keys(v)) {
    if (w.budget <= 0) return;
    if (depth === 0 && w.skipTopLevel?.(k)) continue;
    w.path.push(k);
    walkSignals(own(v, k), depth + 1, w);
    w.path.pop();
  }
}

/**
 * Endpoint hosts in a property tree that belong to a restricted vendor or sit
 * in a sovereign partition. Bounded: at most `endpointWalkMaxStrings`
 * strings, depth `endpointWalkMaxDepth`; only own properties are read. Top-level keys for which
 * `skipTopLevel` returns true are not visited.
 */
export function findEndpointSignals(props: Props, sourcePrefix: string, skipTopLevel?: (key: string) => boolean): EndpointHit[] {
  const w: SignalWalk = { budget: endpointWalkMaxStrings, path: [], hits: [], sourcePrefix, skipTopLevel };
  walkSignals(props, 0, w);
  return w.hits;
}

/**
 * `findEndpointSignals(props, "provider")`, remembered for the few provider
 * inputs objects seen last: every resource of a provider asks the same
 * question, and a scan shares one provider view among thousands of
 * resources. Views are never modified once built, so the object identifies
 * its content. Identity checks on a short list, not a WeakMap: the pack
 * deserialises every request afresh, and inserting each new object into a
 * WeakMap cost more than the walk it saves (measured). The result is shared:
 * callers must not modify it.
 */
const recentProviders: { readonly props: Props; readonly hits: readonly EndpointHit[] }[] = [];
const recentProvidersLimit = 8;
export function providerEndpointSignals(props: Props): readonly EndpointHit[] {
  for (const r of recentProviders) if (r.props === props) return r.hits;
  const hits = findEndpointSignals(props, "provider");
  if (recentProviders.length >= recentProvidersLimit) recentProviders.pop();
  recentProviders.unshift({ props, hits });
  return hits;
}
