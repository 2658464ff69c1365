/** Character codes and classes shared by the catalog's string walks (region codes, zones, hosts). */

export const CH_DASH = 45; // "-"
export const CH_DOT = 46; // "."
export const CH_COLON = 58; // ":"
export const CH_0 = 48;
export const CH_9 = 57;
export const CH_A = 97; // "a"
export const CH_Z = 122; // "z"
export const CH_UNDERSCORE = 95; // "_"

export function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

export function isLower(c: number): boolean {
  return c >= CH_A && c <= CH_Z;
}

export function isAlnum(c: number): boolean {
  return isLower(c) || isDigit(c);
}

export function isWhitespace(c: number): boolean {
  // The characters String.prototype.trim removes.
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
