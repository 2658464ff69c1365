/**
 * Shared plumbing of the stack policies: the findings of this run — from the
 * ledger the resource policies filled, or, when a stack policy runs alone,
 * decided here from the stack's resources — with the placements only the
 * stack can decide, and the views of the stack, all shared by the stack
 * policies of one AnalyzeStack call (`RunState.stackCall`).
 */
import { findPlacements } from "../core/placement";
import type { Clock, Finding, ResourceView, Settings } from "../core/types";
import { viewOfStackResource } from "./adapter";
import type { PolicyContext } from "./context";
import type { RunState, StackCall } from "./run-state";

/**
 * The data-flow analysis, loaded on first use: only AnalyzeStack needs it,
 * and the pack loads nothing at start that its first Analyze does not need.
 */
let flowsModule: typeof import("../core/flows") | undefined;
export function findFlows(...args: Parameters<typeof import("../core/flows").findFlows>): Finding[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, on first use
  flowsModule ??= require("../core/flows") as typeof import("../core/flows");
  return flowsModule.findFlows(...args);
}

/** The views of the call's stack, built once per call. */
export function stackViews(call: StackCall): ResourceView[] {
  return call.viewsOf((r) => viewOfStackResource(r, call.providers));
}

/**
 * The placements of the call's stack (`core/placement.ts`): resources placed
 * by another resource of the stack, which `restricted-region` and
 * `upcoming-restriction` report there and the summaries count.
 */
export function stackPlacements(call: StackCall, settings: Settings, clock: Clock): Finding[] {
  return call.placementsOf(settings, () => findPlacements(stackViews(call), settings, clock));
}

/**
 * Findings of the resource policies in this run (or decided now from the
 * call's stack with `settings`), with the placements only the stack can decide.
 */
export function runFindings(
  ctx: PolicyContext,
  run: RunState,
  call: StackCall,
  settings: Settings,
): { findings: Finding[]; fromLedger: boolean } {
  if (run.ledger.hasRunData) {
    // The resource policies note a resource that another may place (`notePlacementCandidate`): without one, nothing to add.
    if (!run.ledger.mayPlace) return { findings: run.ledger.findings(), fromLedger: true };
    return { findings: [...run.ledger.findings(), ...stackPlacements(call, settings, ctx.clock)], fromLedger: true };
  }
  const placed = stackPlacements(call, settings, ctx.clock);
  const findings = call.findingsOf(settings, () => {
    const out: Finding[] = [];
    for (const view of stackViews(call)) for (const f of run.decide(view, settings, ctx.clock)) out.push(f);
    return out;
  });
  return { findings: placed.length > 0 ? [...findings, ...placed] : findings, fromLedger: false };
}
