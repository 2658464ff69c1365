/**
 * Shared plumbing of the stack policies: their own configuration, and the
 * findings of this run — from the ledger the resource policies filled, or,
 * when a stack policy runs alone, decided here from the stack's resources.
 */
import type { StackValidationArgs } from "@pulumi/policy";
import { decide } from "../core/decide";
import type { Finding, ResourceView, Settings } from "../core/types";
import { viewOfStackResource } from "./adapter";
import type { PolicyContext } from "./context";

export function stackViews(args: StackValidationArgs): ResourceView[] {
  return args.resources.map(viewOfStackResource);
}

/**
 * The stack policies run one after another in the same AnalyzeStack call, each
 * with its own copy of the resources; a stack decided once is reused by the
 * next policy with the same settings (key: settings object, resource count,
 * first and last URN).
 */
let lastStack: { settings: Settings; key: string; findings: Finding[] } | undefined;

function stackKey(args: StackValidationArgs): string {
  const rs = args.resources;
  return `${rs.length}\u0000${rs[0]?.urn ?? ""}\u0000${rs[rs.length - 1]?.urn ?? ""}`;
}

/** Findings of the resource policies in this run, or decided now from the stack with `settings`. */
export function runFindings(ctx: PolicyContext, args: StackValidationArgs, settings: Settings): { findings: Finding[]; fromLedger: boolean } {
  if (ctx.ledger.hasRunData) return { findings: ctx.ledger.findings(), fromLedger: true };
  const key = stackKey(args);
  if (lastStack && lastStack.settings === settings && lastStack.key === key) return { findings: lastStack.findings, fromLedger: false };
  const findings: Finding[] = [];
  for (const r of args.resources) for (const f of decide(viewOfStackResource(r), settings, ctx.clock)) findings.push(f);
  lastStack = { settings, key, findings };
  return { findings, fromLedger: false };
}
