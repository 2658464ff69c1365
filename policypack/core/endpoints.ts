/**
 * Endpoints a resource's own inputs name, decided at the resource. Every
 * string input of the resource (and of the provider resource it is deployed
 * through) is decoded (`core/decode`); each host is classified from catalog
 * data: a restricted vendor's domain (`catalog/signals.ts`), a regional host
 * of an unrestricted cloud whose region lies in a restricted jurisdiction
 * (`catalog/endpoints/regional.ts`, resolved through the region catalog),
 * or a restricted vendor's container registry (`catalog/endpoints/registries.ts`:
 * advisory only). At most one draft per (policy, rule, blocking) with a count.
 *
 * Pure: no module state, no I/O.
 */
import { endpointSignalFor, isProviderType, locate } from "../catalog";
import { regionalHostPatterns, type RegionalHostPattern } from "../catalog/endpoints/regional";
import { registryDomains } from "../catalog/endpoints/registries";
import { documentationLabels } from "../catalog/signals";
import type { Determination } from "./model";
import { findHosts, type HostHit } from "./decode";
import type { ProviderView, ResourceView } from "./types";

/** What a host is, from catalog data alone. */
export interface HostInfo {
  /** Package of the vendor that runs the endpoint (a regional host of an unrestricted cloud names its family). */
  readonly vendorPackage?: string;
  /** Jurisdictions the endpoint lies in, when the host says so. */
  readonly jurisdictions: readonly string[];
  /** Region code read from the host, when a regional pattern matched. */
  readonly region?: string;
  /** A restricted vendor's container registry (image pulls are advisory). */
  readonly registry: boolean;
}

function endsWithLabel(host: string, suffix: string): boolean {
  return (
    host === suffix || (host.length > suffix.length && host.endsWith(suffix) && host.charCodeAt(host.length - suffix.length - 1) === 46)
  );
}

/** Is `host` a restricted vendor's container registry? Returns the vendor package. */
export function registryVendorOf(host: string): string | undefined {
  for (const r of registryDomains) {
    if (!endsWithLabel(host, r.hostSuffix)) continue;
    if (r.firstLabelPrefix !== undefined && !host.startsWith(r.firstLabelPrefix)) continue;
    return r.vendorPackage;
  }
  return undefined;
}

function regionOfLabel(
  family: string,
  label: string,
  mode: "label" | "label-prefix",
  strip: readonly string[] | undefined,
): { region: string; jurisdictions: readonly string[] } | undefined {
  const candidates: string[] = [label];
  for (const p of strip ?? []) if (label.startsWith(p) && label.length > p.length) candidates.push(label.slice(p.length));
  if (mode === "label-prefix")
    for (let i = label.lastIndexOf("-"); i > 0; i = label.lastIndexOf("-", i - 1)) candidates.push(label.slice(0, i));
  for (const c of candidates) {
    const hit = locate(family, c);
    if (hit && (hit.via === "region" || hit.via === "alias")) return { region: hit.region, jurisdictions: hit.entry.jurisdictions };
  }
  return undefined;
}

/** Regional host patterns by suffix (derived once from the catalog; never modified). */
const patternsBySuffix: ReadonlyMap<string, readonly RegionalHostPattern[]> = (() => {
  const m = new Map<string, RegionalHostPattern[]>();
  for (const p of regionalHostPatterns) m.set(p.hostSuffix, [...(m.get(p.hostSuffix) ?? []), p]);
  return m;
})();

/** The region a regional host of an unrestricted cloud names, resolved to jurisdictions. */
export function regionalHostInfo(host: string): HostInfo | undefined {
  // the host's proper label-boundary suffixes, longest first: one map lookup per label
  for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) {
    const ps = patternsBySuffix.get(host.slice(dot + 1));
    if (ps === undefined) continue;
    for (const p of ps) {
      const r = regionInHost(host, p);
      if (r) return r;
    }
  }
  return undefined;
}

function regionInHost(host: string, p: RegionalHostPattern): HostInfo | undefined {
  const labels = host.slice(0, host.length - p.hostSuffix.length - 1).split(".");
  // the region is in one of the two labels before the suffix (<svc>.<region>.<suffix>, <bucket>.s3.<region>.vpce.<suffix> aside)
  for (let i = labels.length - 1; i >= 0 && i >= labels.length - 2; i--) {
    const r = regionOfLabel(p.family, labels[i]!, p.regionIn, p.stripPrefixes);
    if (r) return { vendorPackage: p.family, jurisdictions: r.jurisdictions, region: r.region, registry: false };
  }
  return undefined;
}

/** `<label>.<suffix>` where the label names a documentation or support site (`help.aliyun.com`). */
function isDocumentationHost(host: string, suffix: string): boolean {
  const n = host.length - suffix.length - 1;
  if (n <= 0 || host.charCodeAt(n) !== 46) return false;
  const label = host.slice(0, n);
  return label.indexOf(".") < 0 && documentationLabels.labels.has(label);
}

/** Catalog facts about one lower-case host, or undefined when the catalog knows nothing of it. */
export function classifyHost(host: string): HostInfo | undefined {
  const s = endpointSignalFor(host);
  if (s && isDocumentationHost(host, s.hostSuffix)) return undefined;
  if (s)
    return {
      vendorPackage: s.vendorPackage,
      jurisdictions: s.jurisdiction ? [s.jurisdiction] : [],
      registry: registryVendorOf(host) !== undefined,
    };
  return regionalHostInfo(host);
}

/** A host that matters under `det`: a restricted vendor, or a restricted jurisdiction. */
export function relevantTo(info: HostInfo, det: Determination): boolean {
  if (info.vendorPackage !== undefined && det.providers.has(info.vendorPackage)) return true;
  for (const j of info.jurisdictions) if (det.jurisdictions.has(j)) return true;
  return false;
}

/** `key` followed by a path inside its value: `endpoints[0].s3`, `kubeconfig.clusters[0]`. */
function joinPath(key: string, path: string): string {
  return path === "" ? key : path.charCodeAt(0) === 91 ? `${key}${path}` : `${key}.${path}`;
}

export interface EndpointFinding {
  readonly host: string;
  /** `input:<path>` or `provider:<path>`, plus how it was decoded. */
  readonly source: string;
  readonly info: HostInfo;
  readonly secret: boolean;
}

/** Endpoint hosts relevant to `det` in the resource's inputs and in its provider resource's inputs. */
export function resourceEndpoints(resource: ResourceView, det: Determination): EndpointFinding[] {
  const classify = (host: string): HostInfo | undefined => {
    const info = classifyHost(host);
    return info && relevantTo(info, det) ? info : undefined;
  };
  const out: EndpointFinding[] = [];
  const add = (hits: readonly HostHit<HostInfo>[], prefix: string): void => {
    for (const h of hits)
      out.push({
        host: h.host,
        source: `${prefix}:${h.path}${h.via === "url" || h.via === "text" ? "" : ` (${h.via})`}`,
        info: h.info,
        secret: h.secret,
      });
  };
  // Secret values: searched like the rest, every hit printed as <secret>.
  const addSecrets = (secrets: ResourceView["secrets"], prefix: string): void => {
    for (const s of secrets ?? [])
      add(
        findHosts(s.value, classify, { secret: true }).map((h) => ({ ...h, path: joinPath(s.key, h.path) })),
        prefix,
      );
  };
  const isProvider = isProviderType(resource.type);
  const own = isProvider ? "provider" : resource.state === "outputs" ? "output" : "input";
  add(findHosts(resource.inputs, classify), own);
  addSecrets(resource.secrets, own);
  if (!isProvider && resource.provider) out.push(...providerEndpoints(resource.provider, det, classify));
  return out;
}

/**
 * The endpoint hits of a provider resource's inputs, remembered for the few
 * provider objects seen last: every resource of a provider asks the same
 * question, and a scan shares one provider view among thousands of
 * resources. Inputs are never modified once read, so the object identifies
 * its content (keyed by the inputs object: the pack builds a new view per
 * request around the same provider). The result is shared: callers must not
 * modify it.
 */
const recentProviders: {
  readonly inputs: ProviderView["inputs"];
  readonly secrets: ProviderView["secrets"];
  readonly det: Determination;
  readonly hits: readonly EndpointFinding[];
}[] = [];
const recentProvidersLimit = 8;
function providerEndpoints(
  provider: ProviderView,
  det: Determination,
  classify: (host: string) => HostInfo | undefined,
): readonly EndpointFinding[] {
  for (const r of recentProviders) if (r.inputs === provider.inputs && r.secrets === provider.secrets && r.det === det) return r.hits;
  const hits: EndpointFinding[] = [];
  const add = (found: readonly HostHit<HostInfo>[], key?: string): void => {
    for (const h of found) {
      const path = key === undefined ? h.path : joinPath(key, h.path);
      hits.push({
        host: h.host,
        source: `provider:${path}${h.via === "url" || h.via === "text" ? "" : ` (${h.via})`}`,
        info: h.info,
        secret: h.secret,
      });
    }
  };
  add(findHosts(provider.inputs, classify));
  for (const s of provider.secrets ?? []) add(findHosts(s.value, classify, { secret: true }), s.key);
  if (recentProviders.length >= recentProvidersLimit) recentProviders.pop();
  recentProviders.unshift({ inputs: provider.inputs, secrets: provider.secrets, det, hits });
  return hits;
}

/** One group of endpoint hits that becomes one finding. */
export interface EndpointGroup {
  readonly kind: "vendor" | "jurisdiction" | "image";
  readonly first: EndpointFinding;
  readonly count: number;
  /** The restricted vendor package (vendor, image) or jurisdiction (jurisdiction). */
  readonly subject: string;
}

/**
 * Groups endpoint hits by destination kind: a restricted vendor's endpoint,
 * a restricted-jurisdiction endpoint of an unrestricted vendor, a restricted
 * vendor's registry (image). `ownPackage` is skipped as a vendor (a resource
 * of a restricted package is blocked by type already).
 */
export function groupEndpoints(hits: readonly EndpointFinding[], det: Determination, ownPackage: string): EndpointGroup[] {
  const groups = new Map<
    string,
    { kind: EndpointGroup["kind"]; first: EndpointFinding; count: number; subject: string; hosts: Set<string> }
  >();
  for (const h of hits) {
    const vendor = h.info.vendorPackage;
    let kind: EndpointGroup["kind"];
    let subject: string;
    if (vendor !== undefined && det.providers.has(vendor)) {
      if (vendor === ownPackage) continue;
      kind = h.info.registry ? "image" : "vendor";
      subject = vendor;
    } else {
      const j = h.info.jurisdictions.find((x) => det.jurisdictions.has(x));
      if (j === undefined) continue;
      kind = "jurisdiction";
      subject = j;
    }
    const g = groups.get(kind);
    const key = `${h.host}\u0000${h.source}`;
    if (!g) groups.set(kind, { kind, first: h, count: 1, subject, hosts: new Set([key]) });
    else if (!g.hosts.has(key)) {
      g.hosts.add(key);
      g.count++;
    }
  }
  return [...groups.values()].map(({ kind, first, count, subject }) => ({ kind, first, count, subject }));
}

/** "an endpoint (h, at s)" or "3 endpoints, first h (at s)". */
export function describeGroup(g: EndpointGroup, noun: string, plural = `${noun}s`): string {
  const at = `${g.first.host} at ${g.first.source}`;
  return g.count === 1 ? `${noun} ${at}` : `${g.count} ${plural}, first ${at}`;
}
