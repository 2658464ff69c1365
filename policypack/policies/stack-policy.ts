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

/** Findings of the resource policies in this run, or decided now from the stack with `settings`. */
export function runFindings(ctx: PolicyContext, args: StackValidationArgs, settings: Settings): { findings: Finding[]; fromLedger: boolean } {
  if (ctx.ledger.hasRunData) return { findings: ctx.ledger.findings(), fromLedger: true };
  const findings: Finding[] = [];
  for (const view of stackViews(args)) findings.push(...decide(view, settings, ctx.clock));
  return { findings, fromLedger: false };
}
