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
 * Pure: no module state (the run's memo remembers provider hosts), no I/O.
 */
import { endpointSignalFor, isProviderType, locate } from "../catalog";
import { regionalHostPatterns, type RegionalHostPattern } from "../catalog/endpoints/regional";
import { registryDomains } from "../catalog/endpoints/registries";
import type { Determination } from "./model";
import { documentationLabels, endpointSignals } from "../catalog/signals";
import { createBarrenStrings, findHosts, hostFilter, type BarrenStrings, type HostFilter, type HostHit } from "./decode";
import { memoLimits, type DecideMemo, type ProviderHosts } from "./memo";
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

export interface EndpointFinding {
  readonly host: string;
  /** `input:<path>` or `provider:<path>`, plus how it was decoded. */
  readonly source: string;
  readonly info: HostInfo;
  readonly secret: boolean;
}

/**
 * Strings that may name a host `classifyHost` knows (derived from the same
 * suffixes): every other string is skipped undecoded. A constant, not state.
 */
export const mayNameKnownHost: HostFilter = hostFilter([
  ...endpointSignals.map((s) => s.hostSuffix),
  ...regionalHostPatterns.map((p) => p.hostSuffix),
  ...registryDomains.map((r) => r.hostSuffix),
]);
const known = { mayName: mayNameKnownHost } as const;
const knownSecret = { mayName: mayNameKnownHost, secret: true } as const;

/** `input:<path>`, with how the value was decoded when it was not a plain URL or text. */
function findingOf(h: HostHit<HostInfo>, prefix: string, key?: string): EndpointFinding {
  const path = key === undefined ? h.path : joinPath(key, h.path);
  return {
    host: h.host,
    source: `${prefix}:${path}${h.via === "url" || h.via === "text" ? "" : ` (${h.via})`}`,
    info: h.info,
    secret: h.secret,
  };
}

/** `key` followed by a path inside its value: `endpoints[0].s3`, `kubeconfig.clusters[0]`. */
function joinPath(key: string, path: string): string {
  return path === "" ? key : path.charCodeAt(0) === 91 ? `${key}${path}` : `${key}.${path}`;
}

/** A classifier keeping the hosts that matter under `det`. */
function relevantClassifier(det: Determination): (host: string) => HostInfo | undefined {
  return (host) => {
    const info = classifyHost(host);
    return info && relevantTo(info, det) ? info : undefined;
  };
}

/** Whether any string of `tree` names a host that matters under `det`. */
export function namesRelevantHost(tree: unknown, det: Determination): boolean {
  return findHosts(tree, relevantClassifier(det), known).length > 0;
}

/** Endpoint hosts relevant to `det` in the resource's inputs and in its provider resource's inputs. */
export function resourceEndpoints(resource: ResourceView, det: Determination, memo: DecideMemo): EndpointFinding[] {
  const classify = relevantClassifier(det);
  const isProvider = isProviderType(resource.type);
  const own = isProvider ? "provider" : resource.state === "outputs" ? "output" : "input";
  const out: EndpointFinding[] = [];
  for (const h of findHosts(resource.inputs, classify, { mayName: mayNameKnownHost, barren: barrenFor(det, memo) }))
    out.push(findingOf(h, own));
  // Secret values: searched like the rest, every hit printed as <secret>.
  for (const s of resource.secrets ?? []) for (const h of findHosts(s.value, classify, knownSecret)) out.push(findingOf(h, own, s.key));
  if (!isProvider && resource.provider) for (const h of providerHosts(resource.provider, det, memo).hits) out.push(h);
  return out;
}

/** The run's barren strings for `relevantClassifier(det)` (one set per determination). */
function barrenFor(det: Determination, memo: DecideMemo): BarrenStrings {
  let b = memo.barren.get(det);
  if (b === undefined) memo.barren.set(det, (b = createBarrenStrings()));
  return b;
}

/**
 * The endpoint hosts of a provider resource's inputs (and secrets): those
 * that matter under `det`, and the first whose location the catalog knows,
 * which places the provider (`region.ts`). Remembered in the run's memo for
 * the few provider objects seen last: every resource of a provider asks the
 * same question, and a scan shares one provider view among thousands of
 * resources (the pack builds a new view per request around the same inputs
 * object). Identity checks on a short list: the result is shared, never modified.
 */
export function providerHosts(provider: ProviderView, det: Determination, memo: DecideMemo): ProviderHosts {
  const recent = memo.providerHosts;
  for (const r of recent) if (r.inputs === provider.inputs && r.secrets === provider.secrets && r.det === det) return r;
  let place: EndpointFinding | undefined;
  let placing = false;
  // Keeps the relevant hosts, and the first located one (only one irrelevant host is ever kept,
  // so hosts that do not matter cannot use up the search's bound on hits).
  const classify = (host: string): HostInfo | undefined => {
    const info = classifyHost(host);
    if (info === undefined) return undefined;
    if (relevantTo(info, det)) return info;
    if (placing || info.jurisdictions.length === 0) return undefined;
    placing = true;
    return info;
  };
  const all: EndpointFinding[] = [];
  for (const h of findHosts(provider.inputs, classify, known)) all.push(findingOf(h, "provider"));
  for (const s of provider.secrets ?? [])
    for (const h of findHosts(s.value, classify, knownSecret)) all.push(findingOf(h, "provider", s.key));
  const hits: EndpointFinding[] = [];
  for (const f of all) {
    if (place === undefined && f.info.jurisdictions.length > 0) place = f;
    if (relevantTo(f.info, det)) hits.push(f);
  }
  const entry: ProviderHosts = { inputs: provider.inputs, secrets: provider.secrets, det, hits, place };
  if (recent.length >= memoLimits.providerHosts) recent.pop();
  recent.unshift(entry);
  return entry;
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
