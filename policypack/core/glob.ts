/**
 * Glob matching for exemption URNs and allowed regions: `*` matches any run of
 * characters (including none), `?` exactly one; the whole string must match.
 * No regular expressions are built from configuration. A pattern is split once
 * into literal segments; matching anchors the first and last segment and finds
 * the middle ones left to right, never backtracking, so time is bounded by
 * O(|text| × |pattern|) and linear for patterns whose middle segments have no `?`.
 */

export interface Glob {
  readonly source: string;
  matches(text: string): boolean;
}

/** Does `seg` (with `?` wildcards) match `text` at offset `at`? */
function segmentAt(text: string, at: number, seg: string): boolean {
  if (at + seg.length > text.length) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c !== 63 /* ? */ && c !== text.charCodeAt(at + i)) return false;
  }
  return true;
}

/** Leftmost position >= from where `seg` matches, or -1. */
function findSegment(text: string, from: number, seg: string): number {
  if (seg.indexOf("?") < 0) return text.indexOf(seg, from);
  for (let at = from; at + seg.length <= text.length; at++) {
    if (segmentAt(text, at, seg)) return at;
  }
  return -1;
}

export function compileGlob(pattern: string): Glob {
  const parts = pattern.split("*");
  if (parts.length === 1) {
    const only = parts[0]!;
    const literal = only.indexOf("?") < 0;
    return {
      source: pattern,
      matches: (text) => (literal ? text === only : text.length === only.length && segmentAt(text, 0, only)),
    };
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((p) => p.length > 0);
  const minLength = parts.reduce((n, p) => n + p.length, 0);
  return {
    source: pattern,
    matches(text: string): boolean {
      if (text.length < minLength) return false;
      if (!segmentAt(text, 0, first)) return false;
      const tailStart = text.length - last.length;
      if (!segmentAt(text, tailStart, last)) return false;
      let pos = first.length;
      for (const seg of middle) {
        const at = findSegment(text, pos, seg);
        if (at < 0 || at + seg.length > tailStart) return false;
        pos = at + seg.length;
      }
      return pos <= tailStart;
    },
  };
}

/** True when any glob matches. */
export function anyMatch(globs: readonly Glob[], text: string): boolean {
  for (const g of globs) if (g.matches(text)) return true;
  return false;
}
