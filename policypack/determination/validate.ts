/**
 * A tiny evaluator for the JSON Schema subset in `schema.ts`, so the pack can
 * check configuration at first use without loading a schema library on the
 * preview path. It evaluates only this project's own schemas (patterns come
 * from `schema.ts`, never from configuration) and reports the first problem
 * as one line naming the key path. `tests/determination/validate.test.ts`
 * proves it agrees with ajv on valid and invalid configurations.
 */
import { hasOwn } from "../core/props";
import type { Schema } from "./schema";

export interface SchemaProblem {
  /** Dotted key path, e.g. `exemptions[0].expires`. */
  readonly path: string;
  readonly message: string;
}

const patternCache = new Map<string, RegExp>();
function compiledPattern(p: string): RegExp {
  let re = patternCache.get(p);
  if (!re) {
    re = new RegExp(p, "u");
    patternCache.set(p, re);
  }
  return re;
}

/** Whether a YYYY-MM-DD string names a day that exists (proleptic Gregorian, UTC). */
export function isCalendarDate(s: string): boolean {
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(schemaType: NonNullable<Schema["type"]>, v: unknown): boolean {
  const t = typeOf(v);
  if (schemaType === "number") return t === "number" || t === "integer";
  return t === schemaType;
}

/** Renders a value for an error message: only short, safe scalars; never secrets or structures. */
function show(v: unknown): string {
  if (typeof v === "string") {
    const s = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return JSON.stringify(s.replace(/[^\x20-\x7e]/g, "?"));
  }
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return typeOf(v);
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function enumText(values: readonly unknown[], description?: string): string {
  if (values.length > 8) return description ? description.replace(/\.$/, "") : `one of ${values.length} allowed values`;
  return `one of ${values.map((x) => JSON.stringify(x)).join(", ")}`;
}

/** Validates `value` against `schema`; returns the first problem found, or undefined. */
export function validate(schema: Schema, value: unknown, path = ""): SchemaProblem | undefined {
  const at = path || "(config)";
  if (schema.oneOf) {
    // Pick the branch whose declared type fits the value and report its problem;
    // this gives "unknown preset" rather than "matches no branch".
    const fitting = schema.oneOf.filter((b) => b.type === undefined || typeMatches(b.type, value));
    if (fitting.length === 0) {
      const types = [...new Set(schema.oneOf.map((b) => b.type ?? "value"))].join(" or ");
      return { path: at, message: `must be ${types}, got ${typeOf(value)}` };
    }
    let first: SchemaProblem | undefined;
    let matches = 0;
    for (const b of fitting) {
      const p = validate(b, value, path);
      if (!p) matches++;
      else if (!first) first = p;
    }
    if (matches === 1) return undefined;
    if (matches > 1) return { path: at, message: "matches more than one allowed form" };
    return first;
  }
  if (schema.type && !typeMatches(schema.type, value)) {
    return {
      path: at,
      message: `must be ${schema.type === "object" ? "an object" : schema.type === "array" ? "an array" : `a ${schema.type}`}, got ${typeOf(value)}`,
    };
  }
  if (schema.not && !validate(schema.not, value, path)) {
    return { path: at, message: `${show(value)} ${schema.not.description ?? "is not allowed"}` };
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum)
      return { path: at, message: `must be at least ${schema.minimum}, got ${value}` };
    if (schema.maximum !== undefined && value > schema.maximum)
      return { path: at, message: `must be at most ${schema.maximum}, got ${value}` };
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    return { path: at, message: `${show(value)} is not allowed; expected ${enumText(schema.enum, schema.description)}` };
  }
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      return { path: at, message: schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters` };
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      return { path: at, message: `must be at most ${schema.maxLength} characters` };
    }
    if (schema.format === "date" && !isCalendarDate(value)) {
      return { path: at, message: `${show(value)} is not a valid date (YYYY-MM-DD that exists)` };
    }
    if (schema.pattern !== undefined && !compiledPattern(schema.pattern).test(value)) {
      return {
        path: at,
        message: `${show(value)} has an invalid format${schema.description ? ` (${schema.description.replace(/\.$/, "")})` : ""}`,
      };
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      return { path: at, message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}` };
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      return { path: at, message: `must have at most ${schema.maxItems} items` };
    }
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const p = validate(schema.items, value[i], join(path, i));
        if (p) return p;
      }
    }
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      for (let i = 0; i < value.length; i++) {
        const key = JSON.stringify(value[i]);
        if (seen.has(key)) return { path: join(path, i), message: `duplicate item ${show(value[i])}` };
        seen.add(key);
      }
    }
  }
  if (typeOf(value) === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      return { path: at, message: `must have at most ${schema.maxProperties} keys` };
    }
    for (const r of schema.required ?? []) {
      if (!hasOwn.call(obj, r)) return { path: join(path, r), message: "is required" };
    }
    const props = schema.properties ?? {};
    for (const k of keys) {
      const sub = hasOwn.call(props, k) ? props[k] : undefined;
      if (schema.propertyNames) {
        const p = validate(schema.propertyNames, k, join(path, k));
        if (p) return { path: p.path, message: `key ${show(k)} ${p.message.replace(/^".*?" /, "")}` };
      }
      if (sub) {
        const p = validate(sub, obj[k], join(path, k));
        if (p) return p;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(props);
        return { path: join(path, k), message: `unknown key${known.length ? `; expected ${enumText(known)}` : ""}` };
      } else if (typeof schema.additionalProperties === "object") {
        const p = validate(schema.additionalProperties, obj[k], join(path, k));
        if (p) return p;
      }
    }
  }
  return undefined;
}
