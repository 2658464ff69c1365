/** The report formats of `scan --format`. */
import { renderHtml } from "./html";
import { renderJson, renderJsonPieces } from "./json";
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

/** `render`, as pieces of text to write one after the other (the JSON report is not joined into one string). */
export function renderPieces(format: Format, report: ScanReport, text: TextOptions = { color: false, grouped: false }): readonly string[] {
  return format === "json" ? renderJsonPieces(report) : [render(format, report, text)];
}

export type { ScanReport } from "./model";
