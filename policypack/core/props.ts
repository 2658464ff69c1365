/**
 * Safe reads of untrusted property trees: own properties only (never the
 * prototype chain, so `__proto__` or `constructor` keys are plain data), and
 * no writes.
 */
export type Props = Readonly<Record<string, unknown>>;

const hasOwn = Object.prototype.hasOwnProperty;

export function isRecord(v: unknown): v is Props {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The own property `key` of `obj`, or undefined. */
export function own(obj: unknown, key: string): unknown {
  if (typeof obj !== "object" || obj === null) return undefined;
  return hasOwn.call(obj, key) ? (obj as Props)[key] : undefined;
}

/** Region codes and similar identifiers, made safe to print: bounded length, plain characters. */
export function safeIdentifier(raw: string): string {
  const cut = raw.length > 64 ? raw.slice(0, 64) : raw;
  let out = "";
  for (let i = 0; i < cut.length; i++) {
    const c = cut[i]!;
    out += /[A-Za-z0-9 ._:/-]/.test(c) ? c : "?";
  }
  return raw.length > 64 ? `${out}…` : out;
}
