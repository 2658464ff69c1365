/**
 * Whole URLs inside text, read with Node's WHATWG `URL` parser so that what
 * a client would resolve is what is checked: percent-encoded hosts
 * (`aliyuncs%2Ecom`), IDNA dots (`。`), upper case, user-info.
 */

function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function isUrlEnd(c: number): boolean {
  // whitespace, quotes, brackets and separators that end a URL in prose, JSON or shell text
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 41 || c === 93 || c === 125 || c === 44 || c === 59;
}

/** Calls `emit` with the hostname of every `scheme://…` URL in `text`. */
export function scanUrls(text: string, emit: (host: string) => void): void {
  let from = 0;
  for (;;) {
    const sep = text.indexOf("://", from);
    if (sep < 0) return;
    let s = sep;
    while (s > 0 && isSchemeChar(text.charCodeAt(s - 1))) s--;
    let e = sep + 3;
    while (e < text.length && !isUrlEnd(text.charCodeAt(e))) e++;
    from = e > sep + 3 ? e : sep + 3;
    if (s === sep) continue;
    let host: string | undefined;
    try {
      host = new URL(text.slice(s, e)).hostname;
    } catch {
      host = undefined;
    }
    if (host) emit(host.toLowerCase().replace(/^\[|\]$/g, ""));
  }
}
