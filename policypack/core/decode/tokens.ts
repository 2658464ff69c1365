/**
 * Bare hosts and `host:port` anywhere inside text: a linear scan for runs
 * of host characters (letters, digits, `-`, `_`, `.`, `%`); every run with a
 * dot is a candidate. A run holding `%` is percent-decoded and scanned again
 * (`aliyuncs%2Ecom`). Allocates only for runs that contain a dot.
 */

function isRunChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95 || c === 37;
}

/** Strips leading/trailing dots and dashes; checks label lengths; undefined when not a DNS-shaped name with a dot. */
export function cleanHost(run: string): string | undefined {
  let a = 0;
  let b = run.length;
  while (a < b && (run.charCodeAt(a) === 46 || run.charCodeAt(a) === 45)) a++;
  while (b > a && (run.charCodeAt(b - 1) === 46 || run.charCodeAt(b - 1) === 45)) b--;
  if (b - a < 4 || b - a > 253) return undefined;
  const h = run.slice(a, b).toLowerCase();
  let label = 0;
  let dots = 0;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c === 46) {
      if (label === 0) return undefined;
      dots++;
      label = 0;
    } else if (++label > 63) return undefined;
  }
  return dots > 0 ? h : undefined;
}

/** Calls `emit` for each host-shaped run in `text` (each distinct run once per call is up to the caller). */
export function scanHosts(text: string, emit: (host: string) => void, decodePercent = true): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let dot = false;
    let pct = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isRunChar(c)) break;
      if (c === 46) dot = true;
      else if (c === 37) pct = true;
      i++;
    }
    if (pct && decodePercent) {
      let decoded: string | undefined;
      try {
        decoded = decodeURIComponent(text.slice(start, i));
      } catch {
        decoded = undefined;
      }
      if (decoded !== undefined) scanHosts(decoded, emit, false);
      continue;
    }
    if (!dot || pct) continue;
    const h = cleanHost(text.slice(start, i));
    if (h) emit(h);
  }
}
