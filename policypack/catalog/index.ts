/**
 * The catalog's lookups. This module resolves region and zone strings
 * against the region tables; `tokens.ts` (packages, families, provider and
 * global types) and `hosts.ts` (hosts, endpoint signals) are re-exported
 * here, so callers import everything from "catalog". Everything is precomputed once at module load into
 * Maps and per-table tries; a lookup does only bounded, linear-time string
 * work (trim, toLowerCase, a character walk) and allocates nothing but its
 * result. No regular expression is ever built from data, and no plain object
 * is indexed with caller input, so any string ("__proto__", "constructor",
 * huge or non-ASCII input) is safe.
 */
import type { Normalisation, RegionEntry, RegionTable } from "./types";
import { CH_DASH, isAlnum, isDigit, isLower, isWhitespace } from "./chars";
import { familyOfPackage } from "./tokens";
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

export {
  catalogFamilies,
  familyOfPackage,
  familyOfType,
  isDefaultProvider,
  isGlobalLocation,
  isGlobalType,
  isProviderType,
  packageOfType,
  providerFacts,
} from "./tokens";
export { endpointSignalFor, extractHost } from "./hosts";

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
/** AWS Local / Wavelength Zone suffix: "-" then up to this many [a-z0-9-]. */
const MAX_EXTENDED_ZONE_SUFFIX = 20;
/** Providers whose zones may carry a Local / Wavelength Zone suffix ("us-east-1-bos-1a"). */
const EXTENDED_ZONE_PROVIDERS: ReadonlySet<string> = new Set(["aws"]);
/** Providers with OCI-style availability domains ("Uocm:PHX-AD-1"). */
const AVAILABILITY_DOMAIN_PROVIDERS: ReadonlySet<string> = new Set(["oci"]);

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
const ISO_CODES: ReadonlySet<string> = new Set(iso3166Alpha2);
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
  const table = familyOfPackage(pkg)?.table;
  return table === undefined ? undefined : COMPILED.get(table);
}

/** The region table of a provider package (its own, else its family's), if the catalog has one. */
export function regionTable(provider: string): RegionTable | undefined {
  return (COMPILED.get(provider) ?? compiledOfFamily(provider))?.table;
}

/** Provider packages that have a region table. */
export function catalogProviders(): readonly string[] {
  return PROVIDER_NAMES;
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
