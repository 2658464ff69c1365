/** Sentences every format shares: the verdict and the totals. */
import type { ScanReport } from "./model";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One-line verdict, e.g. "FAIL: 3 mandatory findings (exit 1, --fail-on mandatory)". */
export function verdict(r: ScanReport): string {
  const t = r.totals;
  const counts = `${t.mandatory} mandatory, ${t.advisory} advisory, ${t.exempted} exempted`;
  switch (r.outcome) {
    case "error":
      return `ERROR: ${plural(t.inputsFailed, "input")} could not be scanned; ${counts} (exit 2)`;
    case "fail":
      return `FAIL: ${counts} (exit 1, --fail-on ${r.failOn})`;
    default:
      // Exit 0 with mandatory findings only happens under --fail-on none: say what was found, not "PASS".
      return t.mandatory > 0
        ? `RESTRICTED, not failing: ${counts} (exit 0, --fail-on ${r.failOn})`
        : `PASS: ${counts} (exit 0, --fail-on ${r.failOn})`;
  }
}

/** The headline: what the scan saw and what must move. */
export function headline(r: ScanReport): string {
  const t = r.totals;
  return `${plural(t.inputs - t.inputsFailed, "input")} scanned, ${plural(t.resources, "resource")}; ${plural(t.resourcesToMove, "resource")} to move, ${t.resourcesExempted} kept by exemptions.`;
}

/** Said when the report was judged at an instant given by `--now`, not the system clock; undefined otherwise. */
export function clockNote(r: ScanReport): string | undefined {
  return r.clock === "--now"
    ? `Judged as of ${r.generatedAt} given by --now, not the system clock: expiry and effective dates are as of that instant.`
    : undefined;
}

/** Column heads of the per-stack table. */
export const stackColumns = ["Stack", "Resources", "Mandatory", "Advisory", "Exempted"] as const;
