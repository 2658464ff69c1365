/**
 * Hosts: the host name of a URL or bare host (`extractHost`) and the
 * endpoint signal a host lies under (`endpointSignalFor`). Bounded,
 * linear-time character walks; never throws.
 */
import { CH_0, CH_A, CH_COLON, CH_DASH, CH_DOT, CH_UNDERSCORE, isAlnum, isDigit, isLower } from "./chars";
import { endpointSignals } from "./signals";
import type { EndpointSignal } from "./types";

/** Longest input `extractHost` will look at. */
const MAX_URL_LENGTH = 2048;
/** Longest DNS name (253) plus an optional trailing dot. */
const MAX_HOST_LENGTH = 254;

/** Signals by their suffix (one lookup per label of a host, not one comparison per signal). */
const SIGNAL_BY_SUFFIX: ReadonlyMap<string, EndpointSignal> = new Map(endpointSignals.map((s) => [s.hostSuffix, s]));

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
