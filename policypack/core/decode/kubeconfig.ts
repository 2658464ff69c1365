/**
 * YAML kubeconfigs held in strings (`clusters[].cluster.server`). A
 * kubeconfig is recognised by its `clusters:` key and a `server:` entry;
 * each `server:` value is read line by line (no YAML library on the pack
 * path: the values are plain scalars, optionally quoted). The whole text is
 * tokenised as well by the caller, so hosts elsewhere in it are not lost.
 */

export function looksLikeKubeconfig(s: string): boolean {
  return s.indexOf("server:") >= 0 && s.indexOf("clusters:") >= 0;
}

/** The `server:` values of a YAML kubeconfig, in order. */
export function kubeconfigServers(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const k = s.indexOf("server:", from);
    if (k < 0) return out;
    from = k + 7;
    // must start a key: preceded by start, newline, space or "{"
    const before = k === 0 ? 10 : s.charCodeAt(k - 1);
    if (!(before === 10 || before === 32 || before === 9 || before === 123 || before === 44)) continue;
    let e = s.indexOf("\n", from);
    if (e < 0) e = s.length;
    let v = s.slice(from, e).trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    if (v.length > 0) out.push(v);
  }
}
