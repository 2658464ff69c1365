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
import { isDefaultProvider, isGlobalLocation, locate, packageOfType } from "../catalog";
import { identifierLocation } from "./identifiers";
import { saasPlaces } from "../catalog/saas";
import { environmentSignals } from "../catalog/environments";
import { providerInputsOf } from "./module-provider";
import { normaliseRegionKey } from "./model";
import type { Determination } from "./model";
import { isUnknown, secretPlaceholder } from "./unknown";
import { own, safeIdentifier, unrecognisedLocation, type Props } from "./props";
import type { ProviderView, ResourceView } from "./types";
import { createMemo, memoLimits, type DecideMemo } from "./memo";
import { providerHosts } from "./endpoints";
import { computeTypeFacts, typeFacts } from "./type-facts";

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
 * Locates one region string for a package, honouring determination overrides
 * first. With a memo, places are remembered per determination, package and
 * value (a stack names the same few regions thousands of times): two levels
 * of maps, so a lookup hashes the value itself and never builds a combined key.
 */
export function placeOf(pkg: string, raw: string, determination: Determination, memo?: DecideMemo): Place {
  if (memo === undefined || raw.length > 256) return locatePlace(pkg, raw, determination);
  let byPackage = memo.places.get(determination);
  if (!byPackage) memo.places.set(determination, (byPackage = new Map<string, Map<string, Place>>()));
  let cache = byPackage.get(pkg);
  if (!cache) {
    if (byPackage.size >= memoLimits.packages) byPackage.clear();
    byPackage.set(pkg, (cache = new Map<string, Place>()));
  }
  let place = cache.get(raw);
  if (!place) {
    place = locatePlace(pkg, raw, determination);
    if (cache.size >= memoLimits.placesPerPackage) cache.clear();
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
  memo: DecideMemo | undefined,
): RegionResolution | undefined {
  for (const key of keys) {
    const v = own(props, key);
    if (v === undefined || v === null || v === "") continue;
    const source = `${sourcePrefix}${key}`;
    if (isUnknown(v)) return { status: "unknown", source };
    if (v === secretPlaceholder) return { status: "unknown", source: `${source} (secret)` };
    if (typeof v === "string") {
      if (isGlobalLocation(v)) return { status: "global", source };
      return { status: "known", source, places: [placeOf(pkg, v, determination, memo)] };
    }
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      const places: Place[] = [];
      for (const item of v.length > 64 ? v.slice(0, 64) : v) {
        if (isUnknown(item)) return { status: "unknown", source };
        if (item === secretPlaceholder) return { status: "unknown", source: `${source} (secret)` };
        if (typeof item !== "string") return { status: "invalid", source };
        places.push(placeOf(pkg, item, determination, memo));
      }
      return { status: "known", source, places };
    }
    return { status: "invalid", source };
  }
  return undefined;
}

/**
 * Resolves the region(s) of a resource or provider resource. With a memo, the
 * last resolution is remembered by view and determination: a scan asks for
 * the same resource twice in a row (its decision, then its part in the
 * data-flow analysis). Views are never modified once built, so the object
 * identifies its content; the result is shared, and never modified either.
 */
export function resolveRegion(resource: ResourceView, determination: Determination, memo?: DecideMemo): RegionResolution {
  const last = memo?.lastResolution;
  if (last !== undefined && last.view === resource && last.det === determination) return last.resolution;
  const resolution = resolveRegionOf(resource, determination, memo);
  if (memo) memo.lastResolution = { view: resource, det: determination, resolution };
  return resolution;
}

function resolveRegionOf(resource: ResourceView, determination: Determination, memo: DecideMemo | undefined): RegionResolution {
  const resolution = resolveFromInputsAndProvider(resource, determination, memo);
  // A state (or a discovered resource) has no stack config, and a secret region
  // cannot be read: the resource's own identifiers still say where it is.
  if (resolution.status === "absent" || (resolution.status === "unknown" && resolution.source.endsWith("(secret)"))) {
    const fromIds = identifierLocation(resource.inputs, resource.id);
    if (fromIds) {
      const source = `${resource.state === "outputs" ? "output" : "input"}:${fromIds.key}`;
      if ("region" in fromIds)
        return { status: "known", source, places: [placeOf(packageOfType(resource.type), fromIds.region, determination, memo)] };
      return { status: "known", source, places: [{ raw: fromIds.partition, jurisdictions: [fromIds.jurisdiction], recognised: true }] };
    }
  }
  return resolution;
}

function resolveFromInputsAndProvider(
  resource: ResourceView,
  determination: Determination,
  memo: DecideMemo | undefined,
): RegionResolution {
  const tf = memo ? typeFacts(resource.type, memo) : computeTypeFacts(resource.type);
  const isProvider = tf.provider;
  const pkg = tf.pkg;
  const facts = tf.facts;
  if (isProvider) {
    const self = readLocation(pkg, resource.inputs, facts?.providerRegionKeys ?? ["region", "location"], "provider:", determination, memo);
    if (self) return self;
  } else {
    const saas = saasResolution(resource, determination, memo);
    if (saas) return saas;
    for (const o of placementOverrides) {
      if (o.type !== resource.type) continue;
      const holder = own(resource.inputs, o.path[0]);
      if (holder !== undefined && holder !== null && typeof holder === "object") {
        const placed = readLocation(pkg, holder as Props, [o.path[1]], `input:${o.path[0]}.`, determination, memo);
        if (placed) return placed;
      } else if (isUnknown(holder)) return { status: "unknown", source: `input:${o.path[0]}` };
    }
    const self = readLocation(
      pkg,
      resource.inputs,
      facts?.locationKeys ?? fallbackLocationKeys,
      resource.state === "outputs" ? "output:" : "input:",
      determination,
      memo,
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
          providerSourcePrefix(p),
          determination,
          memo,
        )
      : undefined;
    if (self && viaProvider?.status !== "known") return self;
    if (viaProvider) return viaProvider;
  }
  // Provider-wide signals: a sovereign environment places everything the provider makes.
  const providerView = isProvider ? resource : resource.provider;
  if (providerView) {
    const props = isProvider ? resource.inputs : (providerInputsOf(resource) ?? providerView.inputs);
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
    // An endpoint the catalog locates (a restricted vendor's domain, a sovereign or regional host).
    const placed = providerHosts(providerView, determination, memo ?? createMemo()).place;
    if (placed)
      return {
        status: "known",
        source: placed.source,
        places: [
          placed.info.region !== undefined
            ? { raw: placed.host, region: placed.info.region, jurisdictions: placed.info.jurisdictions, recognised: true }
            : { raw: placed.host, jurisdictions: placed.info.jurisdictions, recognised: true },
        ],
      };
  }
  return { status: "absent" };
}

/**
 * A data-holding SaaS resource (MongoDB Atlas, Confluent, Aiven, Elastic
 * Cloud, Redis Cloud) is placed by the cloud region it runs in, looked up in
 * that cloud's table, so it is judged like the cloud's own resources.
 */
function saasResolution(resource: ResourceView, determination: Determination, memo: DecideMemo | undefined): RegionResolution | undefined {
  const found = saasPlaces(resource.type, resource.inputs);
  if (found.length === 0) return undefined;
  const prefix = resource.state === "outputs" ? "output:" : "input:";
  const hidden = found.find((p) => isUnknown(p.region) || p.region === secretPlaceholder);
  if (hidden) return { status: "unknown", source: `${prefix}${hidden.path}${hidden.region === secretPlaceholder ? " (secret)" : ""}` };
  return {
    status: "known",
    source: `${prefix}${found[0]!.path}`,
    places: found.map((p) => placeOf(p.family, p.region, determination, memo)),
  };
}

/** The engine fills a default provider from stack config (`aws:region`). */
function providerSourcePrefix(p: ProviderView): string {
  return isDefaultProvider(p.type, p.name) ? "stack-config:" : "provider:";
}
