/**
 * Every host in every string of a property tree. Strings are decoded as
 * what they may hold: JSON documents (parsed and walked, up to
 * `maxJsonDepth` levels of JSON-in-string), URLs (WHATWG parser), bare
 * hosts and `host:port` in any text (connection strings, shell commands,
 * dynamic-provider code, YAML kubeconfigs), percent-encoded runs.
 *
 * Bounded by bytes and depth, never by a count of strings: padding a
 * resource with many short strings does not hide a later one; only more
 * than `maxBytes` of string data in total does (default 4 MiB, far above
 * what a real resource holds). Strings that cannot hold a host (shorter than
 * 4, no dot, no `%`, no `://`, not a JSON document) cost one `indexOf` each.
 *
 * Pure: no module state; the classifier decides which hosts matter.
 */
import { hasOwn, own, pathText } from "../props";
import { isUnknown, secretPlaceholder } from "../unknown";
import { notJson, parseJsonDocument } from "./json";
import { kindOf } from "./kinds";
import { kubeconfigServers, looksLikeKubeconfig } from "./kubeconfig";
import { scanHosts } from "./tokens";
import type { DecodeBounds, DecodedVia, HostClassifier, HostHit } from "./types";
import { secretHost } from "./types";
import { scanUrls } from "./url";

export type { DecodeBounds, DecodedVia, HostClassifier, HostHit } from "./types";
export { secretHost } from "./types";
export { scanHosts } from "./tokens";
export { scanUrls } from "./url";

/** A cheap test every string passes when a decoder could find a host the classifier accepts in it. */
export interface HostFilter {
  test(s: string): boolean;
}

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** A character without which `hostFilter`'s test is false: `.`, `%`, `\\`, or one past printable ASCII. */
const mayPass = /[.%\\\u007f-\uffff]/;

/**
 * A filter for `findHosts` from the host suffixes a classifier accepts
 * (every host it classifies ends with one of them, on a label boundary).
 * Every decoder yields a host that is a substring of the text, lower-cased,
 * unless the text holds a `%` (percent-decoding), a backslash (JSON and YAML
 * escapes) or a character outside printable ASCII (IDNA mapping of URL
 * hosts): so a string passes when it holds one of those, or, in any case, a
 * label that is the first label of a suffix followed by a dot (leading `-`
 * aside, as the host scanner strips them). One pass over the characters; a
 * label is looked up only where a dot ends it.
 */
export function hostFilter(suffixes: readonly string[]): HostFilter {
  const labels = new Set(suffixes.map((x) => x.toLowerCase().split(".")[0]!).filter((l) => l.length > 0));
  let longest = 0;
  for (const l of labels) longest = Math.max(longest, l.length);
  return {
    test(s: string): boolean {
      // Only a dot, `%`, a backslash or a character past `~` can make the loop below say yes; most strings
      // hold none, and one native search says so faster than the loop (measured: 860,000 strings of the
      // benchmark export's inputs, about a third of the time).
      if (!mayPass.test(s)) return false;
      let start = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c > 126 || c === 37 || c === 92) return true;
        if (c === 46) {
          let a = start;
          while (a < i && s.charCodeAt(a) === 45) a++;
          const n = i - a;
          if (n > 0 && n <= longest && labels.has(s.slice(a, i).toLowerCase())) return true;
          start = i + 1;
        } else if (!isLabelChar(c)) start = i + 1;
      }
      return false;
    },
  };
}

export const defaultDecodeBounds: DecodeBounds = { maxBytes: 4 * 1024 * 1024, maxDepth: 32, maxJsonDepth: 4 };

/** Most hits kept per search (the first hit already decides; the rest only count). */
const maxHits = 1024;

/** Secret envelope of the engine's wire/state format. */
const sigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";

interface Walk<T> {
  budget: number;
  readonly bounds: DecodeBounds;
  readonly classify: HostClassifier<T>;
  readonly path: (string | number)[];
  /** Made on the first hit: most searches find none. */
  hits: HostHit<T>[] | undefined;
  readonly skipTopLevel: ((key: string) => boolean) | undefined;
  readonly mayName: HostFilter;
  /** Path length where a secret value starts (-1: none): nothing inside a secret is named, its keys neither. */
  secretAt: number;
  readonly barren: BarrenStrings | undefined;
}

/**
 * Whole strings in which a search found nothing its classifier accepts, with
 * the depth they were searched at and the budget their search used. Stacks
 * repeat the same documents (assume-role policies, connection strings) in
 * many resources: a string met again at the same depth is skipped, and the
 * same budget is counted, so a search with it finds exactly what one without
 * it finds. Only for one classifier: whoever passes it keeps one per classifier.
 */
export interface BarrenStrings {
  readonly seen: Map<string, { readonly depth: number; readonly cost: number }>;
  /** Characters held, bounded by `barrenLimits.chars`. */
  chars: number;
}

/** Bounds of a `BarrenStrings`: entries, total characters, and the longest string kept. */
export const barrenLimits = { entries: 4096, chars: 4 * 1024 * 1024, longest: 64 * 1024 } as const;

export function createBarrenStrings(): BarrenStrings {
  return { seen: new Map(), chars: 0 };
}

function noteBarren(b: BarrenStrings, s: string, depth: number, cost: number): void {
  if (s.length > barrenLimits.longest) return;
  if (b.seen.size >= barrenLimits.entries || b.chars + s.length > barrenLimits.chars) {
    b.seen.clear();
    b.chars = 0;
  }
  if (!b.seen.has(s)) b.chars += s.length;
  b.seen.set(s, { depth, cost });
}

/** Could this string hold a host? Cheap: at most four `indexOf`s. */
function mayHoldHost(s: string): boolean {
  if (s.indexOf(".") >= 0 || s.indexOf("%") >= 0 || s.indexOf("://") >= 0) return true;
  const c = s.charCodeAt(0);
  return c === 123 || c === 91 || c <= 32;
}

/** The filter without a list of suffixes: any string that could hold some host (or a JSON document). */
const anyHost: HostFilter = { test: mayHoldHost };

function visitString<T>(s: string, depth: number, jsonDepth: number, secret: boolean, w: Walk<T>): void {
  if (s.length < 4 || w.budget <= 0 || isUnknown(s) || s === secretPlaceholder) return;
  if (!w.mayName.test(s)) return;
  const text = s.length > w.budget ? s.slice(0, w.budget) : s;
  // A whole top-level string (not one inside a decoded document) found barren before at this depth.
  const barren = jsonDepth === 0 && text === s ? w.barren : undefined;
  if (barren !== undefined) {
    const known = barren.seen.get(s);
    if (known !== undefined && known.depth === depth) {
      w.budget -= known.cost;
      return;
    }
  }
  const budget = w.budget;
  const before = w.hits === undefined ? 0 : w.hits.length;
  w.budget -= text.length;
  decodeString(text, depth, jsonDepth, secret, w);
  // Barren when nothing was accepted, the hit list was not full and the budget lasted (nothing was cut short).
  if (barren !== undefined && (w.hits === undefined ? 0 : w.hits.length) === before && before < maxHits && w.budget > 0)
    noteBarren(barren, s, depth, budget - w.budget);
}

function decodeString<T>(text: string, depth: number, jsonDepth: number, secret: boolean, w: Walk<T>): void {
  if (jsonDepth < w.bounds.maxJsonDepth) {
    const doc = parseJsonDocument(text);
    if (doc !== notJson) {
      walk(doc, depth + 1, jsonDepth + 1, secret, w);
      return;
    }
  }
  const key = w.path.length > 0 ? w.path[w.path.length - 1] : undefined;
  const hasUrl = text.indexOf("://") >= 0;
  let via: DecodedVia = looksLikeKubeconfig(text) ? "kubeconfig" : kindOf(text, key, hasUrl);
  if (jsonDepth > 0 && (via === "url" || via === "text")) via = "json";
  let seen: Set<string> | undefined;
  let pathString: string | undefined;
  const emit = (host: string): void => {
    if (w.hits !== undefined && w.hits.length >= maxHits) return;
    const h = host.endsWith(".") ? host.slice(0, -1) : host;
    if ((seen ??= new Set()).has(h)) return;
    seen.add(h);
    const info = w.classify(h);
    if (info === undefined) return;
    pathString ??= pathText(w.secretAt >= 0 ? w.path.slice(0, w.secretAt) : w.path);
    (w.hits ??= []).push({ host: secret ? secretHost : h, path: pathString, via, secret, info });
  };
  if (via === "kubeconfig") for (const server of kubeconfigServers(text)) scanUrls(server, emit);
  if (hasUrl) scanUrls(text, emit);
  scanHosts(text, emit);
}

function walk<T>(v: unknown, depth: number, jsonDepth: number, secret: boolean, w: Walk<T>): void {
  if (typeof v === "string") return visitString(v, depth, jsonDepth, secret, w);
  if (typeof v !== "object" || v === null || depth > w.bounds.maxDepth || w.budget <= 0) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && w.budget > 0; i++) {
      w.path.push(i);
      walk(v[i], depth + 1, jsonDepth, secret, w);
      w.path.pop();
    }
    return;
  }
  // A plain read: no prototype holds this key.
  if ((v as Readonly<Record<string, unknown>>)[sigKey] === secretSig) {
    const outer = w.secretAt;
    if (outer < 0) w.secretAt = w.path.length;
    walk(own(v, "value") ?? own(v, "plaintext"), depth + 1, jsonDepth, true, w);
    w.secretAt = outer;
    return;
  }
  // for-in with an own-property check: the keys Object.keys lists, in its order, without allocating the list
  // (a scan walks hundreds of thousands of small objects); own keys are then read directly.
  const record = v as Readonly<Record<string, unknown>>;
  for (const k in record) {
    if (!hasOwn.call(record, k)) continue;
    if (w.budget <= 0) return;
    if (depth === 0 && jsonDepth === 0 && w.skipTopLevel?.(k)) continue;
    w.path.push(k);
    // a key may be a host too: docker auth configs (`auths: {"registry.cn-…aliyuncs.com": …}`), host maps
    if (k.length >= 4 && k.indexOf(".") >= 0) visitString(k, depth + 1, w.bounds.maxJsonDepth, secret, w);
    walk(record[k], depth + 1, jsonDepth, secret, w);
    w.path.pop();
  }
}

/**
 * Hosts the classifier accepts, in every string of `tree` (own properties
 * only). `secret` marks a tree whose values are all secret.
 */
export function findHosts<T>(
  tree: unknown,
  classify: HostClassifier<T>,
  options: {
    readonly bounds?: DecodeBounds;
    readonly skipTopLevel?: (key: string) => boolean;
    readonly secret?: boolean;
    /**
     * A test no string can fail if any host decoded from it would be
     * classified (see `hostFilter`): the strings that fail it are not decoded.
     */
    readonly mayName?: HostFilter;
    /** Strings this classifier found nothing in before (read and added to; see `BarrenStrings`). */
    readonly barren?: BarrenStrings;
  } = {},
): readonly HostHit<T>[] {
  const bounds = options.bounds ?? defaultDecodeBounds;
  const w: Walk<T> = {
    budget: bounds.maxBytes,
    bounds,
    classify,
    path: [],
    hits: undefined,
    skipTopLevel: options.skipTopLevel,
    mayName: options.mayName ?? anyHost,
    secretAt: options.secret === true ? 0 : -1,
    barren: options.barren,
  };
  walk(tree, 0, 0, options.secret === true, w);
  return w.hits ?? noHits;
}

/** The shared result of a search that found nothing (never modified: callers only read results). */
const noHits: readonly HostHit<never>[] = Object.freeze([]);
