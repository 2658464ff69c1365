/**
 * `--format json`: the report itself, described by
 * schema/scan-report.schema.json. Laid out for people and diffs as well as
 * machines: objects indented, and the long lists (findings, inventory items)
 * one compact element per line, which also keeps a 100,000-resource report
 * small and quick to write.
 */
import type { ScanReport } from "./model";

/** Lists written one element per line. */
const compactLists: ReadonlySet<string> = new Set(["findings", "items"]);

function write(value: unknown, indent: string, key: string | undefined, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const inner = `${indent}  `;
    out.push("[\n");
    if (key !== undefined && compactLists.has(key)) {
      // One piece per element, joined once: the long lists have hundreds of thousands of elements.
      const lines: string[] = new Array<string>(value.length);
      for (let i = 0; i < value.length; i++) lines[i] = JSON.stringify(value[i]) ?? "null";
      out.push(inner, lines.join(`,\n${inner}`), "\n");
    } else {
      value.forEach((v, i) => {
        out.push(inner);
        write(v, inner, undefined, out);
        out.push(i < value.length - 1 ? ",\n" : "\n");
      });
    }
    out.push(`${indent}]`);
    return;
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (keys.length === 0) {
      out.push("{}");
      return;
    }
    const inner = `${indent}  `;
    out.push("{\n");
    keys.forEach((k, i) => {
      out.push(`${inner}${JSON.stringify(k)}: `);
      write((value as Record<string, unknown>)[k], inner, k, out);
      out.push(i < keys.length - 1 ? ",\n" : "\n");
    });
    out.push(`${indent}}`);
    return;
  }
  out.push(JSON.stringify(value) ?? "null");
}

export function renderJson(r: ScanReport): string {
  const out: string[] = [];
  write(r, "", undefined, out);
  out.push("\n");
  return out.join("");
}
