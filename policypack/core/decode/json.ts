/**
 * JSON documents held in strings: SDKs JSON-encode nested provider config
 * (aws `endpoints`), ECS container definitions and IAM policies. A string
 * that starts with `{` or `[` (after white space) and ends with the matching
 * bracket is parsed; the caller walks the result.
 */

const NOT_JSON = Symbol("not-json");

/** The parsed document, or `notJson` when the string is not an object/array document. */
export function parseJsonDocument(s: string): unknown {
  let a = 0;
  while (a < s.length && s.charCodeAt(a) <= 32) a++;
  const c = s.charCodeAt(a);
  if (c !== 123 && c !== 91) return NOT_JSON;
  let b = s.length - 1;
  while (b > a && s.charCodeAt(b) <= 32) b--;
  const d = s.charCodeAt(b);
  if (!((c === 123 && d === 125) || (c === 91 && d === 93))) return NOT_JSON;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return NOT_JSON;
  }
}

export const notJson: unknown = NOT_JSON;
