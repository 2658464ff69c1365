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

/*
 * URN globs (exemptions). A URN is `urn:pulumi:<stack>::<project>::<type>::<name>`
 * where `<type>` is the resource's own type, preceded by its parents' types
 * joined with `$`. The separators — every run of two or more `:` and every
 * `$` — are structure, not text: `*` and `?` never match them. So a pattern
 * matches a URN exactly when both split at separators into the same sequence
 * of separators, and each pattern part matches the URN part in the same
 * position as an ordinary glob (so separators are written literally: `a:*:b`
 * never assembles a `::`). A wildcard can then neither reach from a name
 * into the next part (`…Bucket*` does not cover a bucket's children, whose
 * type part is `…Bucket$…`) nor cover a whole part's boundary.
 *
 * A pattern must also fix what it exempts: it must reach the type part (at
 * least three `::` separators, so every wildcard is confined to one part) and
 * either the resource's own type (the type part after its last `$`) or the
 * name (everything after the third `::`) must hold a letter or digit as a
 * literal. `urn:*`, `*:*`, `*u*`, `urn:pulumi:*::*::*::*` and a whole project
 * (`urn:pulumi:prod::shop::*`) are rejected; `urn:pulumi:*::*::*::logs*` (a
 * name) and `urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::*` (a type) are
 * accepted.
 */

const separator = /::+|\$/g;

interface Split {
  readonly parts: readonly string[];
  /** The separators between parts, joined with a NUL (compared as one string). */
  readonly seps: string;
}

function splitUrn(text: string): Split {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    parts.push(text.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { parts, seps: seps.join("\u0000") };
}

/** A URN split at its separators, to match many URN globs against one URN. */
export interface SplitUrn {
  readonly urn: string;
  readonly split: Split;
}

export function splitForMatch(urn: string): SplitUrn {
  return { urn, split: splitUrn(urn) };
}

export interface UrnGlob extends Glob {
  /** Match against a URN already split with `splitForMatch` (the same answer as `matches`). */
  matchesSplit(urn: SplitUrn): boolean;
}

export function compileUrnGlob(pattern: string): UrnGlob {
  const { parts, seps } = splitUrn(pattern);
  const globs = parts.map(compileGlob);
  // A part of only `*` may match nothing, joining the separators around it
  // (`a::*::b` against `a::::b`): then the split shapes differ and only a
  // character-by-character match can tell.
  const mayVanish = parts.some((p) => p.length > 0 && /^\**$/.test(p));
  const matchesSplit = ({ urn, split }: SplitUrn): boolean => {
    if (split.parts.length !== globs.length || split.seps !== seps) return mayVanish && matchesByCharacter(pattern, urn);
    for (let i = 0; i < globs.length; i++) if (!globs[i]!.matches(split.parts[i]!)) return false;
    return true;
  };
  return { source: pattern, matches: (text) => matchesSplit(splitForMatch(text)), matchesSplit };
}

/** Which characters are structure: `$`, and every `:` in a run of two or more. */
function separatorMask(text: string): boolean[] {
  const sep = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    sep[i] = c === "$" || (c === ":" && (text[i - 1] === ":" || text[i + 1] === ":"));
  }
  return sep;
}

/**
 * Glob match character by character: a wildcard never consumes a separator
 * character, and a separator character of the pattern matches only a
 * separator of the text (linear rows, O(pattern × text)).
 */
function matchesByCharacter(pattern: string, text: string): boolean {
  const sep = separatorMask(text);
  const patternSep = separatorMask(pattern);
  let prev: boolean[] = new Array<boolean>(text.length + 1).fill(false);
  prev[0] = true;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    const cur: boolean[] = new Array<boolean>(text.length + 1).fill(false);
    if (p === "*") cur[0] = prev[0]!;
    for (let j = 1; j <= text.length; j++) {
      if (p === "*") cur[j] = prev[j]! || (cur[j - 1]! && !sep[j - 1]);
      else cur[j] = prev[j - 1]! && (p === "?" ? !sep[j - 1]! : p === text[j - 1] && patternSep[i] === sep[j - 1]);
    }
    prev = cur;
  }
  return prev[text.length]!;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Why `pattern` may not be an exemption pattern (one clause), or undefined when it may. */
export function urnPatternProblem(pattern: string): string | undefined {
  // The parts between `::` separators: stack-and-prefix, project, type (with parents), name (may itself hold `::`).
  const top = pattern.split(/::+/);
  if (top.length < 4) {
    return "a pattern must name the resource type or name: write all four URN parts (urn:pulumi:<stack>::<project>::<type>::<name>), since `*` and `?` never match `::` or `$`";
  }
  const typePart = top[2]!;
  const ownType = typePart.slice(typePart.lastIndexOf("$") + 1);
  const name = top.slice(3).join("::");
  if (!letterOrDigit.test(ownType) && !letterOrDigit.test(name)) {
    return "a pattern must fix the resource type or the name: one of them needs a literal letter or digit, not only wildcards";
  }
  return undefined;
}
