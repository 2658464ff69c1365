/**
 * Escaping for every output format. Resource names, types and URNs come from
 * the scanned files and can hold any character; nothing from an input reaches
 * an output without passing through one of these.
 */

/** HTML text and attribute values (double- or single-quoted). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

// C0/C1 controls, and bidirectional overrides/isolates that can disguise text in a terminal or a diff.
// eslint-disable-next-line no-control-regex
const unsafeTerminal = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Any character either replacement below touches: most text has none and is returned as it is.
// eslint-disable-next-line no-control-regex
const needsTerminalEscape = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** One line of terminal text: control characters and bidi overrides become `?`, newlines spaces. */
export function terminalSafe(s: string): string {
  if (!needsTerminalEscape.test(s)) return s;
  return s.replace(/[\r\n\t]+/g, " ").replace(unsafeTerminal, "?");
}

/** Markdown inline text: ASCII punctuation that means something is backslash-escaped; no line breaks. */
export function escapeMarkdown(s: string): string {
  return terminalSafe(s).replace(/[\\`*_{}[\]<>()#+!|~&:@]/g, (c) => `\\${c}`);
}

/** A Markdown code span that shows `s` literally, safe inside a GFM table cell. */
export function codeSpan(s: string): string {
  const text = terminalSafe(s).replace(/\|/g, "\\|");
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === "`" ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") || text.endsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** An http(s) URL safe to link to, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : undefined;
}

/** Jurisdictions for display: "CN, HK" or "". */
export function jurisdictionList(j: readonly string[] | undefined): string {
  return j && j.length ? j.join(", ") : "";
}

/** "pkg region (CN)" for a provider/region group. */
export function placeLabel(pkg: string, region: string | undefined, jurisdictions: readonly string[] | undefined): string {
  const j = jurisdictionList(jurisdictions);
  return `${pkg} ${region ?? "(region not set)"}${j ? ` (${j})` : ""}`;
}
