/**
 * Reading a large stack export one resource at a time. `JSON.parse` of a
 * whole 100,000-resource export decodes all of it to one string and builds
 * every object before the first one is read, keeping them all alive
 * together. Decoding and parsing each resource on its own works on a few
 * kilobytes at a time, and lets most of what a resource holds (outputs,
 * timestamps) die young: on the benchmark export, that measured about 25 %
 * faster than decoding and parsing it whole, with half the memory.
 *
 * A pretty-printed export (what `pulumi stack export` writes) has its
 * `resources` array on lines of its own:
 *
 *     ········"resources": [
 *     ············{
 *     ················"urn": …
 *     ············},
 *     ············{ …
 *     ········]
 *
 * A raw newline never occurs inside a JSON string, and a `{` that starts a
 * line indented by exactly the first element's indentation starts an element
 * (lines inside an element are indented deeper). So the elements are found
 * by looking for `{` bytes, a fast search, and checking the few bytes before
 * each. Only ASCII bytes are compared, and no byte of a multi-byte UTF-8
 * character is ASCII, so this works on the undecoded bytes.
 *
 * Nothing here is trusted. The caller parses every element and the rest of
 * the document (`skeleton`: the document with a sentinel in place of the
 * array) with `JSON.parse`, and reads the document whole instead when any of
 * them fails or the sentinel is not where the resources are read from.
 * JSON's grammar is unambiguous: when the skeleton and each element parse,
 * and only white space and one comma separate the elements, the document is
 * exactly the skeleton with those elements as its resources.
 */

/** What stands in for the resources array in the skeleton: a string no export holds. */
export const resourcesSentinel = "\u0000us-person-data-guard:resources\u0000";
const sentinelJson = JSON.stringify(resourcesSentinel);

export interface ResourceElements {
  /** The document with `resourcesSentinel` in place of the array, as JSON text. */
  readonly skeleton: string;
  /** The elements' byte ranges `[start, end)`, in order, without the separating commas. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The most bytes before or after the array that are read as the skeleton. */
const maxSkeletonBytes = 1 << 20;

const NL = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const LBRACE = 0x7b;
const resourcesKey = Buffer.from('"resources"', "latin1");

function isSpace(c: number | undefined): boolean {
  return c === SPACE || c === NL || c === 0x0d || c === TAB;
}

/** Where the line holding `pos` starts, and how many indentation bytes (spaces, tabs) it has. */
function lineIndent(buf: Buffer, pos: number): { start: number; length: number } {
  let start = pos;
  while (start > 0 && buf[start - 1] !== NL) start--;
  let e = start;
  while (e < pos && (buf[e] === SPACE || buf[e] === TAB)) e++;
  return { start, length: e - start };
}

/**
 * The position of the next `{` at or after `from` that starts a line whose
 * indentation is the `n` bytes at `indentAt`, or -1.
 */
function nextElementLine(buf: Buffer, from: number, indentAt: number, n: number): number {
  for (let p = buf.indexOf(LBRACE, from); p >= 0; p = buf.indexOf(LBRACE, p + 1)) {
    if (p - n - 1 < 0 || buf[p - n - 1] !== NL) continue;
    let k = 0;
    while (k < n && buf[p - n + k] === buf[indentAt + k]) k++;
    if (k === n) return p;
  }
  return -1;
}

/** Whether the line starting after the newline at `nl` is the `n` indentation bytes at `indentAt` and then `]`. */
function isCloseLine(buf: Buffer, nl: number, indentAt: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (buf[nl + 1 + k] !== buf[indentAt + k]) return false;
  return buf[nl + 1 + n] === 0x5d /* ] */;
}

/** The first line at or after `from` (and before `limit`) that closes the array, as the position of its newline, or -1. */
function closeLine(buf: Buffer, from: number, limit: number, indentAt: number, n: number): number {
  for (let nl = buf.indexOf(NL, from); nl >= 0 && nl < limit; nl = buf.indexOf(NL, nl + 1)) {
    if (isCloseLine(buf, nl, indentAt, n)) return nl;
  }
  return -1;
}

/**
 * The elements of the first `"resources": [` array of `buf` (UTF-8 JSON
 * text), when the document has the layout above; undefined otherwise (the
 * caller reads it whole). `decode` turns a byte range into text.
 */
export function resourceElements(buf: Buffer, decode: (start: number, end: number) => string): ResourceElements | undefined {
  const key = buf.indexOf(resourcesKey);
  if (key < 0 || key > maxSkeletonBytes) return undefined;
  let open = key + resourcesKey.length;
  while (isSpace(buf[open])) open++;
  if (buf[open] !== 0x3a /* : */) return undefined;
  open++;
  while (isSpace(buf[open])) open++;
  if (buf[open] !== 0x5b /* [ */) return undefined;
  const keyLine = lineIndent(buf, key);
  let first = open + 1;
  while (isSpace(buf[first])) first++;
  if (buf[first] !== LBRACE) return undefined;
  const elem = lineIndent(buf, first);
  // The first element on a line of its own, indented deeper than the key.
  if (elem.start <= open || elem.start + elem.length !== first || elem.length <= keyLine.length) return undefined;
  const n = elem.length;

  const starts: number[] = [];
  const ends: number[] = [];
  let start = first;
  let close = -1;
  while (close < 0) {
    const next = nextElementLine(buf, start + 1, elem.start, n);
    // The element ends before the next one, with a comma between; the last, before the array's `]` line.
    let end = next < 0 ? buf.length : next - n - 1;
    while (end > start && isSpace(buf[end - 1])) end--;
    if (next >= 0 && buf[end - 1] === 0x2c /* , */) {
      end--;
    } else {
      const nl = closeLine(buf, start, next < 0 ? buf.length : next, keyLine.start, keyLine.length);
      if (nl < 0) return undefined;
      close = nl + 1 + keyLine.length;
      end = nl;
    }
    while (end > start && isSpace(buf[end - 1])) end--;
    starts.push(start);
    ends.push(end);
    start = next;
  }
  if (buf.length - close > maxSkeletonBytes) return undefined;
  return { skeleton: decode(0, open) + sentinelJson + decode(close + 1, buf.length), starts, ends };
}
