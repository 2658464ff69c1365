/** The report formats of `scan --format`. */
import { renderHtml } from "./html";
import { renderJson, renderJsonTo } from "./json";
import { renderMarkdown } from "./markdown";
import type { ScanReport } from "./model";
import { renderSarif } from "./sarif";
import { renderText, type TextOptions } from "./text";

export const formats = ["text", "markdown", "json", "sarif", "html"] as const;
export type Format = (typeof formats)[number];

export function render(format: Format, report: ScanReport, text: TextOptions = { color: false, grouped: false }): string {
  switch (format) {
    case "text":
      return renderText(report, text);
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report);
    case "html":
      return renderHtml(report);
  }
}

/**
 * A rendered report: its text, or (the JSON report, about 30 MB for 100,000
 * resources) a function that hands its text to `write` in batches, made as
 * they are written.
 */
export type ReportText = string | ((write: (text: string) => void) => void);

/** `render`, as `ReportText`: the JSON report is made while it is written, never held whole. */
export function renderOutput(format: Format, report: ScanReport, text: TextOptions = { color: false, grouped: false }): ReportText {
  return format === "json" ? (write) => renderJsonTo(report, write) : render(format, report, text);
}

export type { ScanReport } from "./model";
