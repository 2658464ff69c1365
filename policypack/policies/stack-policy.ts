/**
 * Shared plumbing of the stack policies: their own configuration, and the
 * findings of this run — from the ledger the resource policies filled, or,
 * when a stack policy runs alone, decided here from the stack's resources.
 */
import type { StackValidationArgs } from "@pulumi/policy";
import { decide } from "../core/decide";
import { findPlacements } from "../core/placement";
import type { Finding, ResourceView, Settings } from "../core/types";
import { decidesAlike } from "../determination/compile";
import { viewOfStackResource } from "./adapter";
import type { PolicyContext } from "./context";

/**
 * The data-flow analysis, loaded on first use: only AnalyzeStack needs it,
 * and the pack loads nothing at start that its first Analyze does not need.
 */
let flowsModule: typeof import("../core/flows") | undefined;
export function findFlows(...args: Parameters<typeof import("../core/flows").findFlows>): Finding[] {
  flowsModule ??= require("../core/flows") as typeof import("../core/flows");
  return flowsModule.findFlows(...args);
}

function stackKey(args: StackValidationArgs): string {
  const rs = args.resources;
  return `${rs.length}\u0000${rs[0]?.urn ?? ""}\u0000${rs[rs.length - 1]?.urn ?? ""}`;
}

/**
 * The views of the stack of the AnalyzeStack call being served. The stack
 * policies run one after another within one call, each with its own copy of
 * the same resources, and they are synchronous, so nothing runs between
 * them: the first builds the views, the next ones reuse them. They are
 * dropped when the call is over (a `setImmediate` callback runs before the
 * event loop waits for I/O again) and keyed by the stack (resource count,
 * first and last URN), so no later call sees them, and another call could
 * only if it asked about the same stack in the same turn of the event loop
 * (the engine sends one AnalyzeStack per update).
 */
let callViews: { readonly key: string; readonly views: ResourceView[] } | undefined;

export function stackViews(args: StackValidationArgs): ResourceView[] {
  const key = stackKey(args);
  if (callViews && callViews.key === key) return callViews.views;
  const views = args.resources.map(viewOfStackResource);
  callViews = { key, views };
  setImmediate(() => {
    if (callViews?.views === views) callViews = undefined;
  });
  return views;
}

/**
 * The placements of this AnalyzeStack call (`core/placement.ts`): resources
 * placed by another resource of the stack, which `restricted-region` and
 * `upcoming-restriction` report there and the summaries count. Computed once
 * per call for settings that decide alike, and dropped when the call is over.
 */
let callPlacements: { readonly key: string; readonly settings: Settings; readonly findings: Finding[] } | undefined;

export function stackPlacements(args: StackValidationArgs, settings: Settings, clock: () => Date): Finding[] {
  const key = stackKey(args);
  if (callPlacements && callPlacements.key === key && decidesAlike(callPlacements.settings, settings)) return callPlacements.findings;
  const findings = findPlacements(stackViews(args), settings, clock);
  const entry = { key, settings, findings };
  callPlacements = entry;
  setImmediate(() => {
    if (callPlacements === entry) callPlacements = undefined;
  });
  return findings;
}

/**
 * The stack policies run one after another in the same AnalyzeStack call, each
 * with its own copy of the resources; a stack decided once is reused by the
 * next policy whose settings decide alike (key: settings, resource count,
 * first and last URN).
 */
let lastStack: { settings: Settings; key: string; findings: Finding[] } | undefined;

/**
 * Findings of the resource policies in this run (or decided now from the
 * stack with `settings`), with the placements only the stack can decide.
 */
export function runFindings(
  ctx: PolicyContext,
  args: StackValidationArgs,
  settings: Settings,
): { findings: Finding[]; fromLedger: boolean } {
  if (ctx.ledger.hasRunData)
    return { findings: [...ctx.ledger.findings(), ...stackPlacements(args, settings, ctx.clock)], fromLedger: true };
  const key = stackKey(args);
  if (lastStack && decidesAlike(lastStack.settings, settings) && lastStack.key === key)
    return { findings: lastStack.findings, fromLedger: false };
  const findings: Finding[] = [];
  for (const view of stackViews(args)) for (const f of decide(view, settings, ctx.clock)) findings.push(f);
  findings.push(...stackPlacements(args, settings, ctx.clock));
  lastStack = { settings, key, findings };
  return { findings, fromLedger: false };
}
