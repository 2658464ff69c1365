/**
 * Maps of resources by one kind of key, and the sample filters that let a
 * probe tell, from a few characters of a value, that no key can equal it.
 */
import type { ResourceView } from "../types";

/**
 * A hash of a string's length and its first, middle and last characters,
 * lower-cased, for the filters below; -1 when one of those characters is not
 * ASCII. Lower-casing maps ASCII to ASCII and keeps every position, except for
 * U+0130 (İ), whose lower case is two characters ("i" and U+0307): the hash
 * tells lower-cased equality only against keys without U+0307, and a filter
 * switches itself off when a key has one. Equal strings have equal hashes, so
 * the same filter serves keys matched as given (ARNs) and lower-cased (ids).
 */
export function sampleHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let a = s.charCodeAt(0);
  let b = s.charCodeAt(n >> 1);
  let c = s.charCodeAt(n - 1);
  if ((a | b | c) >= 128) return -1;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  if (c >= 65 && c <= 90) c += 32;
  let h = Math.imul(n, 0x9e3779b1) ^ (a << 14) ^ (b << 7) ^ c;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & 0xffff;
}

/** A combining dot above: a key with one may be the lower case of a value with U+0130. */
export const combiningDot = "\u0307";

/**
 * One bit per `sampleHash` of a set of keys: a clear bit means no key can
 * equal the value, as given or lower-cased — unless `off`, when a key holds
 * U+0307 and every value may.
 */
export class SampleFilter {
  private readonly bits = new Int32Array(2048);
  private off = false;

  add(key: string): void {
    if (key.includes(combiningDot)) this.off = true;
    const h = sampleHash(key);
    if (h >= 0) this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  /** Whether a value of this `sampleHash` (or -1) may equal a key. */
  mayHoldHash(h: number): boolean {
    return this.off || h < 0 || (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

/** Resources by one kind of key; `null` marks an ambiguous key (two resources claim it). */
export class KeyMap {
  private readonly map = new Map<string, ResourceView | null>();

  /**
   * `filter`: this map's keys, for `mayHold` (the small index of destinations
   * has one; the full index needs none); `shared`: a filter of several maps'
   * keys, which every key is added to as well.
   */
  constructor(
    private readonly filter?: SampleFilter,
    private readonly shared?: SampleFilter,
  ) {}

  add(key: string, view: ResourceView): void {
    const prev = this.map.get(key);
    if (prev === undefined) {
      this.map.set(key, view);
      this.filter?.add(key);
      this.shared?.add(key);
    } else if (prev !== null && prev.urn !== view.urn) this.map.set(key, null);
  }

  /**
   * False when no key can equal `value` (as given, or lower-cased for a map of
   * lower-case keys), told from a few of its characters without hashing or
   * lower-casing it: most values of a stack name no destination.
   */
  mayHold(value: string): boolean {
    if (this.map.size === 0) return false;
    return !this.filter || this.filter.mayHoldHash(sampleHash(value));
  }

  get(key: string): ResourceView | undefined {
    return this.map.get(key) ?? undefined;
  }

  /** The resource that claims `key`: `null` when several do, undefined when none does. */
  peek(key: string): ResourceView | null | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.map.size;
  }
}
