/**
 * Safe reads of untrusted property trees: own properties only (never the
 * prototype chain, so `__proto__` or `constructor` keys are plain data), and
 * no writes.
 */
export type Props = Readonly<Record<string, unknown>>;

/** `hasOwn.call(obj, key)`: whether `key` is an own property of `obj`. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- meant to be unbound: always called as hasOwn.call(obj, key)
export const hasOwn = Object.prototype.hasOwnProperty;

export function isRecord(v: unknown): v is Props {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The own property `key` of `obj`, or undefined. */
export function own(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null) return undefined;
  // Read first: most keys asked for are absent, and an absent key needs no own-property check.
  const v = (obj as Props)[key];
  return v !== undefined && hasOwn.call(obj, key) ? v : undefined;
}

/** Region codes and similar identifiers, made safe to print: bounded length, plain characters. */
const plainIdentifier = /^[A-Za-z0-9 ._:/-]{0,64}$/;
export function safeIdentifier(raw: string): string {
  if (plainIdentifier.test(raw)) return raw;
  const cut = raw.length > 64 ? raw.slice(0, 64) : raw;
  let out = "";
  for (let i = 0; i < cut.length; i++) {
    const c = cut[i]!;
    out += /[A-Za-z0-9 ._:/-]/.test(c) ? c : "?";
  }
  return raw.length > 64 ? `${out}…` : out;
}

/** A property path kept as a stack of keys and indexes, as text: `rules[0].destination.bucket`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${safeIdentifier(p)}` : safeIdentifier(p);
  return out;
}

const regionShape = /^[a-z]{2,12}(-[a-z0-9]{1,12}){1,4}$/;

/**
 * How an unrecognised location value is shown: verbatim only when it has the
 * shape of a region code (`cn-east-9`), otherwise redacted, so a value that is
 * not a region identifier never reaches a message.
 */
export function unrecognisedLocation(raw: string): string {
  return raw.length <= 40 && regionShape.test(raw) ? raw : `${redactedMark}${raw.length} chars>`;
}

const redactedMark = "<unrecognised value, ";

/** Whether a shown location is the redacted form of a value that is not region-shaped. */
export function isRedacted(shown: string): boolean {
  return shown.startsWith(redactedMark);
}
