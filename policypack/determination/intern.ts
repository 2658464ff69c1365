/**
 * A run's table of compiled configuration (the `Interner` that `compile.ts`
 * takes): parts compiled from equal input, by canonical JSON, are one object.
 * Policies whose configurations repeat the same shared keys (the bundled
 * configs do) then hold the very same determination, scope, exemptions and
 * allowed regions, and the same `Settings.decision`, so one decision per
 * resource serves them all. Owned by the run (`RunState`), never by a module.
 */
import { isRecord, own } from "../core/props";
import type { Interner } from "./compile";

/** JSON with object keys sorted (own properties only): equal configurations give equal text. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(own(v, k))}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

export class SettingsInterner implements Interner {
  private readonly table = new Map<string, unknown>();

  /** At most this many parts are kept; past it the table starts again (sharing lost, nothing else). */
  static readonly maxEntries = 1024;

  key(value: unknown): string {
    return canonicalJson(value);
  }

  intern<T>(kind: string, key: string, build: () => T): T {
    const k = `${kind}\u0000${key}`;
    if (this.table.has(k)) return this.table.get(k) as T;
    const part = build();
    if (this.table.size >= SettingsInterner.maxEntries) this.table.clear();
    this.table.set(k, part);
    return part;
  }

  /** How many parts the table holds (tests). */
  get size(): number {
    return this.table.size;
  }
}
