/** The report formats of `scan --format`. */
import { renderHtml } from "./html";
import { renderJson } from "./json";
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

export type { ScanReport } from "./model";
