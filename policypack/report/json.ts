/**
 * `--format json`: the report itself, described by
 * schema/scan-report.schema.json. Laid out for people and diffs as well as
 * machines: objects indented, and the long lists (findings, inventory items)
 * one compact element per line, which also keeps a 100,000-resource report
 * small and quick to write.
 */
import type { ScanReport } from "./model";

/** Text of about this many characters is handed to the writer at a time. */
const batchChars = 1 << 20;

/**
 * The report's text as it is made, handed on in batches: a batch is written
 * and let go before the next is made, so the 30 MB of a large report never
 * live at once (measured on 100,000 resources: rendering and writing 195 →
 * 111–150 ms, peak memory 245 → 196–201 MiB; BENCHMARKS.md).
 */
class Batches {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly limit: number,
  ) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(text);
  }
}

/** Lists written one element per line. */
const compactLists: ReadonlySet<string> = new Set(["findings", "items"]);

function write(value: unknown, indent: string, key: string | undefined, out: Batches): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const inner = `${indent}  `;
    out.push("[\n");
    if (key !== undefined && compactLists.has(key)) {
      const sep = `,\n${inner}`;
      out.push(inner);
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.push(sep);
        out.push(JSON.stringify(value[i]) ?? "null");
      }
      out.push("\n");
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

/**
 * Writes the report with `writeText`, in batches of about a mebibyte, each
 * made just before it is written: a 100,000-resource report is about 30 MB.
 */
export function renderJsonTo(r: ScanReport, writeText: (text: string) => void, limit = batchChars): void {
  const out = new Batches(writeText, limit);
  write(r, "", undefined, out);
  out.push("\n");
  out.flush();
}

export function renderJson(r: ScanReport): string {
  const parts: string[] = [];
  renderJsonTo(r, (text) => parts.push(text), Infinity);
  return parts.join("");
}
