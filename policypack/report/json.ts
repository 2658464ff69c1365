/** `--format json`: the report itself, described by schema/scan-report.schema.json. */
import type { ScanReport } from "./model";

export function renderJson(r: ScanReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
