/**
 * Region catalog lookup. Everything is precomputed once at module load into
 * Maps and per-table tries; a lookup does only bounded, linear-time string
 * work (trim, toLowerCase, a character walk) and allocates nothing but its
 * result. No regular expression is ever built from data, and no plain object
 * is indexed with caller input, so any string ("__proto__", "constructor",
 * huge or non-ASCII input) is safe.
 */
import type { EndpointSignal, Normalisation, ProviderFacts, RegionEntry, RegionTable } from "./types";
import { providers } from "./providers";
import { families, type FamilyEntry } from "./families";
import { globalLocations, globalTypes } from "./global";
import { endpointSignals } from "./signals";
import { iso3166Alpha2 } from "./iso3166";
import { aws } from "./regions/aws";
import { azure, azureNative } from "./regions/azure";
import { gcp, googleNative } from "./regions/gcp";
import { alicloud } from "./regions/alicloud";
import { tencentcloud } from "./regions/tencentcloud";
import { huaweicloud } from "./regions/huaweicloud";
import { volcengine } from "./regions/volcengine";
import { oci } from "./regions/oci";
import { yandex } from "./regions/yandex";
import { cloudru, sbercloud } from "./regions/cloudru";
import { ucloud } from "./regions/ucloud";
import { baiducloud } from "./regions/baiducloud";
import { jdcloud, ksyun, qingcloud } from "./regions/cn-terraform";
import { selectel, vkcs } from "./regions/ru-terraform";
import { bytepluscc } from "./regions/bytepluscc";

/** A location string resolved against one provider package's table. */
export interface Located {
  /** Pulumi package whose table resolved the string. */
  provider: string;
  /** Canonical region code of the entry. */
  region: string;
  entry: RegionEntry;
  /** How the string matched: the code itself, an alias, a zone of the region, or an OCI availability domain. */
  via: "region" | "alias" | "zone" | "availability-domain";
}

/** Every region table, in catalog order. */
const TABLES: readonly RegionTable[] = [
  aws,
  azure,
  azureNative,
  gcp,
  googleNative,
  alicloud,
  tencentcloud,
  huaweicloud,
  volcengine,
  oci,
  bytepluscc,
  ucloud,
  cloudru,
  sbercloud,
  yandex,
  baiducloud,
  ksyun,
  jdcloud,
  qingcloud,
  selectel,
  vkcs,
];

/** Longest raw location string considered; longer input is not a location. */
const MAX_LOCATION_LENGTH = 256;
/** Longest input `extractHost` will look at. */
const MAX_URL_LENGTH = 2048;
/** Longest DNS name (253) plus an optional trailing dot. */
const MAX_HOST_LENGTH = 254;
/** AWS Local / Wavelength Zone suffix: "-" then up to this many [a-z0-9-]. */
const MAX_EXTENDED_ZONE_SUFFIX = 20;
/** Providers whose zones may carry a Local / Wavelength Zone suffix ("us-east-1-bos-1a"). */
const EXTENDED_ZONE_PROVIDERS: ReadonlySet<string> = new Set(["aws"]);
/** Providers with OCI-style availability domains ("Uocm:PHX-AD-1"). */
const AVAILABILITY_DOMAIN_PROVIDERS: ReadonlySet<string> = new Set(["oci"]);
const PROVIDER_TYPE_PREFIX = "pulumi:providers:";

const CH_DASH = 45; // "-"
const CH_DOT = 46; // "."
const CH_COLON = 58; // ":"
const CH_0 = 48;
const CH_9 = 57;
const CH_A = 97; // "a"
const CH_Z = 122; // "z"
const CH_UNDERSCORE = 95; // "_"

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  entry: RegionEntry | undefined;
}

interface CompiledTable {
  readonly table: RegionTable;
  readonly byRegion: ReadonlyMap<string, RegionEntry>;
  readonly byAlias: ReadonlyMap<string, RegionEntry>;
  /** Character trie over region codes, for longest-prefix zone resolution. */
  readonly trie: TrieNode;
  readonly extendedZones: boolean;
  readonly availabilityDomains: boolean;
}

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

function isLower(c: number): boolean {
  return c >= CH_A && c <= CH_Z;
}

function isAlnum(c: number): boolean {
  return isLower(c) || isDigit(c);
}

function isWhitespace(c: number): boolean {
  // The characters String.prototype.trim removes.
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function normalise(kind: Normalisation, raw: string): string {
  const lowered = raw.trim().toLowerCase();
  if (kind === "lower") return lowered;
  let hasSpace = false;
  for (let i = 0; i < lowered.length; i++) {
    if (isWhitespace(lowered.charCodeAt(i))) {
      hasSpace = true;
      break;
    }
  }
  if (!hasSpace) return lowered;
  let out = "";
  for (let i = 0; i < lowered.length; i++) {
    if (!isWhitespace(lowered.charCodeAt(i))) out += lowered[i];
  }
  return out;
}

function compile(table: RegionTable): CompiledTable {
  const byRegion = new Map<string, RegionEntry>();
  const byAlias = new Map<string, RegionEntry>();
  const trie: TrieNode = { next: new Map(), entry: undefined };
  for (const entry of table.regions) {
    const code = normalise(table.normalise, entry.region);
    if (!byRegion.has(code)) byRegion.set(code, entry);
    let node = trie;
    for (let i = 0; i < code.length; i++) {
      const c = code.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), entry: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.entry === undefined) node.entry = entry;
  }
  for (const entry of table.regions) {
    for (const alias of entry.aliases ?? []) {
      const key = normalise(table.normalise, alias);
      if (key.length > 0 && !byRegion.has(key) && !byAlias.has(key)) byAlias.set(key, entry);
    }
  }
  return {
    table,
    byRegion,
    byAlias,
    trie,
    extendedZones: EXTENDED_ZONE_PROVIDERS.has(table.provider),
    availabilityDomains: AVAILABILITY_DOMAIN_PROVIDERS.has(table.provider),
  };
}

const COMPILED: ReadonlyMap<string, CompiledTable> = new Map(TABLES.map((t) => [t.provider, compile(t)]));
const PROVIDER_NAMES: readonly string[] = Object.freeze(TABLES.map((t) => t.provider));
const FACTS_BY_PACKAGE: ReadonlyMap<string, ProviderFacts> = new Map(providers.map((p) => [p.package, p]));
/** Package name → its family (every package of every family). */
const FAMILY_OF_PACKAGE: ReadonlyMap<string, FamilyEntry> = new Map(families.flatMap((f) => f.packages.map((p) => [p, f] as const)));
/** Terraform type prefixes ("aws_"), longest first, with the package they name. */
const TERRAFORM_PREFIXES: readonly { readonly prefix: string; readonly family: FamilyEntry }[] = families
  .flatMap((f) => f.terraformPrefixes.map((prefix) => ({ prefix, family: f })))
  .sort((a, b) => b.prefix.length - a.prefix.length);
/**
 * Facts of every package: its own where `providers.ts` has them, else derived
 * from its family (location keys of the family, vendor of the family's
 * canonical package).
 */
const FACTS: ReadonlyMap<string, ProviderFacts> = (() => {
  const out = new Map(FACTS_BY_PACKAGE);
  for (const f of families) {
    const base = FACTS_BY_PACKAGE.get(f.id);
    for (const pkg of f.packages) {
      if (out.has(pkg)) continue;
      out.set(pkg, {
        package: pkg,
        vendor: base?.vendor ?? f.id,
        headquarters: base?.headquarters ?? "",
        regionConfigKey: `${pkg}:${f.providerRegionKeys[0] ?? "region"}`,
        locationKeys: f.locationKeys,
        providerRegionKeys: f.providerRegionKeys,
        source: f.source,
      });
    }
  }
  return out;
})();
const ISO_CODES: ReadonlySet<string> = new Set(iso3166Alpha2);
/** Signals by their suffix (one lookup per label of a host, not one comparison per signal). */
const SIGNAL_BY_SUFFIX: ReadonlyMap<string, EndpointSignal> = new Map(endpointSignals.map((s) => [s.hostSuffix, s]));

/**
 * Whether `s.slice(start)` is a zone suffix: 1–3 alphanumerics after a "-"
 * ("cn-hangzhou-h", "ap-guangzhou-3", "us-central1-a"), or 1–3 alphanumerics
 * starting with a letter straight after the region ("us-east-1a",
 * "cn-north-4a"; a leading digit would read as another region number); for
 * AWS also "-" and up to 20 of [a-z0-9-] starting and ending alphanumeric
 * (Local / Wavelength Zones, "us-east-1-bos-1a").
 */
function isZoneSuffix(s: string, start: number, extended: boolean): boolean {
  const rest = s.length - start;
  if (rest <= 0) return false;
  const first = s.charCodeAt(start);
  if (first === CH_DASH) {
    const n = rest - 1;
    if (n >= 1 && n <= 3 && allAlnum(s, start + 1)) return true;
    if (!extended || n < 1 || n > MAX_EXTENDED_ZONE_SUFFIX) return false;
    if (!isAlnum(s.charCodeAt(start + 1)) || !isAlnum(s.charCodeAt(s.length - 1))) return false;
    for (let i = start + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isAlnum(c) && c !== CH_DASH) return false;
    }
    return true;
  }
  return rest <= 3 && isLower(first) && allAlnum(s, start);
}

function allAlnum(s: string, start: number): boolean {
  for (let i = start; i < s.length; i++) if (!isAlnum(s.charCodeAt(i))) return false;
  return true;
}

/** The longest region code r with s = r + zone suffix. */
function resolveZone(t: CompiledTable, s: string): RegionEntry | undefined {
  let node: TrieNode | undefined = t.trie;
  let best: RegionEntry | undefined;
  for (let i = 0; i < s.length && node !== undefined;) {
    node = node.next.get(s.charCodeAt(i));
    i++;
    if (node !== undefined && node.entry !== undefined && i < s.length && isZoneSuffix(s, i, t.extendedZones)) {
      best = node.entry;
    }
  }
  return best;
}

/** "<prefix>:<KEY or region>-AD-<n>" (prefix optional), already lower-cased. */
function resolveAvailabilityDomain(t: CompiledTable, s: string): RegionEntry | undefined {
  const colon = s.indexOf(":");
  let bodyStart = 0;
  if (colon >= 0) {
    if (colon === 0 || colon > 32 || !allAlnumRange(s, 0, colon)) return undefined;
    bodyStart = colon + 1;
  }
  const marker = s.lastIndexOf("-ad-");
  if (marker <= bodyStart) return undefined;
  const digits = s.length - (marker + 4);
  if (digits < 1 || digits > 3) return undefined;
  for (let i = marker + 4; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return undefined;
  const key = s.slice(bodyStart, marker);
  return t.byRegion.get(key) ?? t.byAlias.get(key);
}

function allAlnumRange(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAlnum(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Resolves a raw location string for one provider package: exact region
 * code, then alias, then (tables with `zonesBySuffix`) a zone of the
 * longest matching region, then (OCI) an availability domain. Returns
 * undefined for anything else, including unknown providers and input longer
 * than 256 characters.
 */
export function locate(provider: string, raw: string): Located | undefined {
  if (typeof provider !== "string" || typeof raw !== "string") return undefined;
  if (raw.length === 0 || raw.length > MAX_LOCATION_LENGTH) return undefined;
  const t = COMPILED.get(provider) ?? compiledOfFamily(provider);
  if (t === undefined) return undefined;
  const s = normalise(t.table.normalise, raw);
  if (s.length === 0) return undefined;
  const region = t.byRegion.get(s);
  if (region !== undefined) return { provider, region: region.region, entry: region, via: "region" };
  const alias = t.byAlias.get(s);
  if (alias !== undefined) return { provider, region: alias.region, entry: alias, via: "alias" };
  if (t.table.zonesBySuffix) {
    const zone = resolveZone(t, s);
    if (zone !== undefined) return { provider, region: zone.region, entry: zone, via: "zone" };
  }
  if (t.availabilityDomains) {
    const ad = resolveAvailabilityDomain(t, s);
    if (ad !== undefined) return { provider, region: ad.region, entry: ad, via: "availability-domain" };
  }
  return undefined;
}

function compiledOfFamily(pkg: string): CompiledTable | undefined {
  const table = FAMILY_OF_PACKAGE.get(pkg)?.table;
  return table === undefined ? undefined : COMPILED.get(table);
}

/** The region table of a provider package (its own, else its family's), if the catalog has one. */
export function regionTable(provider: string): RegionTable | undefined {
  return (COMPILED.get(provider) ?? compiledOfFamily(provider))?.table;
}

/** The family a package belongs to (`aws-native` → aws, `azapi` → azure), if the catalog knows it. */
export function familyOfPackage(pkg: string): FamilyEntry | undefined {
  return FAMILY_OF_PACKAGE.get(pkg);
}

/** The family of a resource type token (see `packageOfType`). */
export function familyOfType(typeToken: string): FamilyEntry | undefined {
  return FAMILY_OF_PACKAGE.get(packageOfType(typeToken));
}

/** Every family, in catalog order. */
export function catalogFamilies(): readonly FamilyEntry[] {
  return families;
}

/** Vendor facts of a provider package, if the catalog has them. */
export function providerFacts(provider: string): ProviderFacts | undefined {
  return FACTS.get(provider);
}

/** Provider packages that have a region table. */
export function catalogProviders(): readonly string[] {
  return PROVIDER_NAMES;
}

/**
 * Package of a resource type token: the part before the first ":"
 * ("alicloud:oss/bucket:Bucket" → "alicloud", also any-Terraform-provider
 * tokens "baiducloud:index/bosBucket:BosBucket"); for a provider resource
 * ("pulumi:providers:aws") the provider's package ("aws"); for a
 * Terraform-module child ("s3mod:tf:aws_s3_bucket") the package its
 * Terraform type prefix names ("aws"), or the module's name when no family
 * claims the prefix. Case-sensitive.
 */
export function packageOfType(typeToken: string): string {
  if (typeof typeToken !== "string") return "";
  if (typeToken.startsWith(PROVIDER_TYPE_PREFIX)) {
    const rest = PROVIDER_TYPE_PREFIX.length;
    const end = typeToken.indexOf(":", rest);
    return end < 0 ? typeToken.slice(rest) : typeToken.slice(rest, end);
  }
  const colon = typeToken.indexOf(":");
  if (colon < 0) return typeToken;
  if (typeToken.startsWith(TERRAFORM_MODULE_MARKER, colon)) {
    const tfType = typeToken.slice(colon + TERRAFORM_MODULE_MARKER.length);
    for (const { prefix, family } of TERRAFORM_PREFIXES) {
      if (tfType.startsWith(prefix)) return terraformPackage(family, prefix);
    }
  }
  return typeToken.slice(0, colon);
}

/** ":tf:" — the module part of a Terraform-module child's type token. */
const TERRAFORM_MODULE_MARKER = ":tf:";

/** The package a Terraform type prefix names: the family package spelled like the prefix ("azurerm_" → azurerm), else the family id. */
function terraformPackage(family: FamilyEntry, prefix: string): string {
  const name = prefix.slice(0, -1);
  return family.packages.includes(name) ? name : family.id;
}

/** Whether a type token is a provider resource ("pulumi:providers:<pkg>"). */
export function isProviderType(typeToken: string): boolean {
  return typeof typeToken === "string" && typeToken.startsWith(PROVIDER_TYPE_PREFIX) && typeToken.length > PROVIDER_TYPE_PREFIX.length;
}

/**
 * The endpoint signal whose suffix a host name lies under, on label
 * boundaries (host === suffix or host ends with "." + suffix), case-
 * insensitively; the most specific suffix wins. A trailing dot is ignored.
 */
export function endpointSignalFor(host: string): EndpointSignal | undefined {
  if (typeof host !== "string" || host.length === 0 || host.length > MAX_HOST_LENGTH) return undefined;
  let h = host.toLowerCase();
  if (h.charCodeAt(h.length - 1) === CH_DOT) h = h.slice(0, -1);
  // The host's label-boundary suffixes, longest first: the first one that is a signal is the most specific.
  for (let i = 0; ;) {
    const signal = SIGNAL_BY_SUFFIX.get(i === 0 ? h : h.slice(i));
    if (signal) return signal;
    const dot = h.indexOf(".", i);
    if (dot < 0) return undefined;
    i = dot + 1;
  }
}

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === CH_DASH || c === CH_DOT || c === CH_UNDERSCORE;
}

/** Lower-cased DNS name or IPv4 literal with valid labels, else undefined. */
function validHost(h: string, requireDot: boolean): string | undefined {
  if (h.length === 0 || h.length > MAX_HOST_LENGTH) return undefined;
  let labelLength = 0;
  let dots = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (!isHostChar(c)) return undefined;
    if (c === CH_DOT) {
      // Empty labels are invalid, except a single trailing dot.
      if (labelLength === 0) return undefined;
      if (i < h.length - 1) dots++;
      labelLength = 0;
    } else if (++labelLength > 63) {
      return undefined;
    }
  }
  if (requireDot && dots === 0) return undefined;
  return h;
}

/** Host inside "[...]" (IPv6 literal), lower-cased, without brackets. */
function ipv6Host(authority: string): string | undefined {
  const close = authority.indexOf("]");
  if (close < 2) return undefined;
  const after = authority.length - (close + 1);
  if (after > 0 && !isPort(authority, close + 1)) return undefined;
  for (let i = 1; i < close; i++) {
    const c = authority.charCodeAt(i);
    const hex = isDigit(c) || (c >= CH_A && c <= 102) || c === CH_COLON || c === CH_DOT;
    if (!hex) return undefined;
  }
  return authority.slice(1, close);
}

/** Whether s.slice(start) is ":" followed by a port number (0–65535). */
function isPort(s: string, start: number): boolean {
  if (s.charCodeAt(start) !== CH_COLON) return false;
  const n = s.length - start - 1;
  if (n < 1 || n > 5) return false;
  let port = 0;
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return false;
    port = port * 10 + (c - CH_0);
  }
  return port <= 65535;
}

function isSchemeChar(c: number, first: boolean): boolean {
  if (isLower(c)) return true;
  if (first) return false;
  return isDigit(c) || c === 43 /* + */ || c === CH_DASH || c === CH_DOT;
}

/**
 * The host name of a URL ("https://oss-cn-hangzhou.aliyuncs.com/x" →
 * "oss-cn-hangzhou.aliyuncs.com") or of a bare host name with optional
 * port and path ("oss-cn-hangzhou.aliyuncs.com:443/x"), lower-cased.
 * Bare names need at least one dot. Never throws; gives up (undefined) on
 * input over 2048 characters or anything that is not a host.
 */
export function extractHost(value: string): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_URL_LENGTH) return undefined;
  const trimmed = value.trim();
  // A host, a scheme or "//" starts with one of these; a value that starts with other ASCII (a JSON
  // document, a sentence in quotes) is not worth lower-casing. (Other characters may lower-case to ASCII.)
  const c0 = trimmed.charCodeAt(0);
  if (c0 < 128 && !isHostChar(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0) && c0 !== 91 /* [ */ && c0 !== 47 /* / */) return undefined;
  const v = trimmed.toLowerCase();
  if (v.length === 0) return undefined;

  let start = 0;
  let hasScheme = false;
  const sep = v.indexOf("://");
  if (sep > 0) {
    for (let i = 0; i < sep; i++) if (!isSchemeChar(v.charCodeAt(i), i === 0)) return undefined;
    start = sep + 3;
    hasScheme = true;
  } else if (v.startsWith("//")) {
    start = 2;
    hasScheme = true;
  }

  // Authority ends at the first "/", "?", "#" or "\".
  let end = v.length;
  for (let i = start; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92 /* \ */) {
      end = i;
      break;
    }
  }
  let authority = v.slice(start, end);
  const at = authority.lastIndexOf("@");
  if (at >= 0) {
    if (!hasScheme) return undefined;
    authority = authority.slice(at + 1);
  }
  if (authority.length === 0) return undefined;
  if (authority.charCodeAt(0) === 91 /* [ */) return ipv6Host(authority);

  const colon = authority.indexOf(":");
  if (colon >= 0) {
    if (!isPort(authority, colon)) return undefined;
    authority = authority.slice(0, colon);
  }
  return validHost(authority, !hasScheme);
}

const GLOBAL_EXACT: ReadonlySet<string> = new Set(globalTypes.filter((g) => !g.pattern.endsWith("*")).map((g) => g.pattern));
const GLOBAL_PREFIXES: readonly { readonly prefix: string; readonly except: readonly string[] }[] = globalTypes
  .filter((g) => g.pattern.endsWith("*"))
  .map((g) => ({ prefix: g.pattern.slice(0, -1), except: g.except ?? [] }));
/** "<package>:" of every prefix pattern. */
const GLOBAL_PACKAGES: ReadonlySet<string> = new Set(GLOBAL_PREFIXES.map((g) => g.prefix.slice(0, g.prefix.indexOf(":"))));
const GLOBAL_LOCATIONS: ReadonlySet<string> = new Set(globalLocations.map((g) => g.value));

/** Whether a resource type is global (IAM, DNS, CDN, organisation structure): no region finding applies. */
export function isGlobalType(typeToken: string): boolean {
  if (GLOBAL_EXACT.has(typeToken)) return true;
  // Every global prefix names its package: most tokens are ruled out by one set lookup.
  if (!GLOBAL_PACKAGES.has(packageOfType(typeToken))) return false;
  for (const g of GLOBAL_PREFIXES) {
    if (typeToken.startsWith(g.prefix) && !g.except.some((e) => typeToken.startsWith(e))) return true;
  }
  return false;
}

/** Whether a location value means "global" (Azure's and GCP's `global`). */
export function isGlobalLocation(raw: string): boolean {
  return raw.length <= 16 && GLOBAL_LOCATIONS.has(raw.trim().toLowerCase());
}

/**
 * Whether resources of a package are regional: the package belongs to a
 * family with a region table, so an absent region is a gap, not "clean".
 */
export function isRegionalPackage(pkg: string): boolean {
  return COMPILED.has(pkg) || compiledOfFamily(pkg) !== undefined;
}

/** Whether a string is an officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isIsoCode(code: string): boolean {
  return typeof code === "string" && ISO_CODES.has(code);
}
