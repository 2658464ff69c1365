/**
 * `--write-exemptions FILE`: a `--policy-pack-config` file that grandfathers
 * what the scan found. It holds the `--config` settings (or the defaults)
 * plus one exemption per stack, `<prefix>-<project>-<stack>`, listing the
 * exact URNs of that stack's current non-exempt findings, under every policy
 * (as the bundled example configs do). Exact URNs satisfy the trust rules
 * (a pattern must fix type or name); `expires` is checked here: a real
 * calendar date, after the scan's day, at most `maxExpiryDays` ahead.
 */
import * as fs from "fs";
import { isRecord, own } from "../core/props";
import { policyNames } from "../determination/schema";
import type { ExemptionInput } from "../determination/types";
import type { ReportFinding } from "../report/model";
import { parseUrn } from "../state/urn";
import { writeProblem } from "./output";

export const defaultIdPrefix = "GRANDFATHERED";
/** The longest an exemption may run (the pack's default `maxExemptionDays`). */
export const maxExpiryDays = 365;

export interface ExemptionRequest {
  readonly file: string;
  readonly expires: string;
  readonly reason: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
  readonly idPrefix: string;
  readonly force: boolean;
}

const dayMs = 86_400_000;

/** Why `--expires` is not acceptable at `now`, or undefined when it is. */
export function expiresProblem(expires: string, now: Date): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (!m) return `--expires '${expires.slice(0, 40)}' is not a date (expected YYYY-MM-DD)`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return `--expires '${expires}' is not a real calendar date`;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (t <= today) return `--expires ${expires} is not in the future`;
  if (t - today > maxExpiryDays * dayMs)
    return `--expires ${expires} is more than ${maxExpiryDays} days ahead (exemptions must be reviewed at least yearly)`;
  return undefined;
}

/** Checks the request before the scan: options, date, the prefix, and the file (kept unless --force). */
export function requestProblem(r: ExemptionRequest, target: string, now: Date): string | undefined {
  if (r.reason.trim() === "") return "--reason must not be empty";
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r.idPrefix))
    return `--id-prefix '${r.idPrefix.slice(0, 40)}' must be letters, digits, '.', '_' or '-'`;
  const bad = expiresProblem(r.expires, now);
  if (bad) return bad;
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) return `${r.file}: is a directory`;
  if (st && !r.force) return `${r.file}: already exists (pass --force to replace it)`;
  const unwritable = writeProblem(target);
  return unwritable ? `${r.file}: ${unwritable}` : undefined;
}

/** An exemption entry for one stack, written under every policy, so it names no policies. */
export type StackExemption = Omit<ExemptionInput, "policies">;

/** One exemption per stack holding non-exempt findings, in first-seen order, each with its distinct exact URNs. */
export function stackExemptions(findings: readonly ReportFinding[], r: ExemptionRequest): StackExemption[] {
  const byStack = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.exempted) continue;
    const p = parseUrn(f.urn);
    if (!p) continue;
    const id = `${r.idPrefix}-${p.project}-${p.stack}`;
    let set = byStack.get(id);
    if (!set) byStack.set(id, (set = new Set()));
    set.add(f.urn);
  }
  return [...byStack].map(([id, urns]) => ({
    id,
    resources: [...urns],
    reason: r.reason,
    ...(r.approvedBy !== undefined ? { approvedBy: r.approvedBy } : {}),
    ...(r.ticket !== undefined ? { ticket: r.ticket } : {}),
    expires: r.expires,
  }));
}

/**
 * The config file's JSON: `raw` (the `--config` document, already validated,
 * or `{}` for the defaults) with the exemptions added under every policy,
 * after the ones it already has (an exemption of the same id is replaced).
 */
export function exemptionsConfig(raw: unknown, exemptions: readonly StackExemption[]): Record<string, unknown> {
  const base: Record<string, unknown> = isRecord(raw) ? { ...raw } : {};
  const ids = new Set(exemptions.map((e) => e.id));
  for (const name of policyNames) {
    const value = own(base, name);
    const entry: Record<string, unknown> = typeof value === "string" ? { enforcementLevel: value } : isRecord(value) ? { ...value } : {};
    const existing = own(entry, "exemptions");
    const kept: unknown[] = Array.isArray(existing)
      ? existing.filter((e) => !(isRecord(e) && typeof own(e, "id") === "string" && ids.has(own(e, "id") as string)))
      : [];
    entry["exemptions"] = [...kept, ...exemptions];
    base[name] = entry;
  }
  return base;
}
