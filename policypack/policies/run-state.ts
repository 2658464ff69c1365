/**
 * The state of one run — the pack's process serving one preview or update,
 * or one `scan` — in one object, owned by the policy context (`createContext`)
 * or by the scan: the compiled-settings intern table, the ledger of findings,
 * the decision shared by the resource policies of one Analyze call, the
 * views and findings shared by the stack policies of one AnalyzeStack call,
 * and the core's memo. Nothing of a run is kept at module level.
 */
import type { PolicyResource } from "@pulumi/policy";
import { decide } from "../core/decide";
import { createMemo, type DecideMemo } from "../core/memo";
import { RunLedger } from "../core/ledger";
import { policyBit, policyNames, policyTable, type PolicyName } from "../core/policy-table";
import type { Clock, DecisionSettings, Finding, FindingPolicy, ResourceView, Settings } from "../core/types";
import { SettingsInterner } from "../determination/intern";
import { ProviderViews } from "./provider-views";

/** The last stack policy of the pack: a call's shared state is let go once it has run. */
const lastStackPosition = Math.max(...policyTable.map((e, i) => (e.kind === "stack" ? i : -1)));

/**
 * What the stack policies of one AnalyzeStack call share: the views of the
 * stack (built by the first policy that needs them) and the findings decided
 * from them, one list per distinct `Settings.decision`.
 */
export class StackCall {
  private views: ResourceView[] | undefined;
  private readonly decided = new Map<DecisionSettings, Finding[]>();

  constructor(
    /** Position in the pack (`policyNames`) of the last stack policy that ran in this call. */
    public position: number,
    readonly resources: readonly PolicyResource[],
    /** The run's provider views, shared by the views of the stack. */
    readonly providers?: ProviderViews,
  ) {}

  /** The views of the stack, built once per call with `view`. */
  viewsOf(view: (r: PolicyResource) => ResourceView): ResourceView[] {
    return (this.views ??= this.resources.map(view));
  }

  /** The findings of the stack under `settings`, decided once per call per decision part. */
  findingsOf(settings: Settings, decideAll: () => Finding[]): Finding[] {
    let found = this.decided.get(settings.decision);
    if (!found) this.decided.set(settings.decision, (found = decideAll()));
    return found;
  }

  private readonly placed = new Map<DecisionSettings, Finding[]>();

  /** The placements only the stack decides (`core/placement.ts`) under `settings`, once per call per decision part. */
  placementsOf(settings: Settings, place: () => Finding[]): Finding[] {
    let found = this.placed.get(settings.decision);
    if (!found) this.placed.set(settings.decision, (found = place()));
    return found;
  }
}

/** Whether two resource lists are the same stack: the same URNs in the same order. */
function sameStack(a: readonly PolicyResource[], b: readonly PolicyResource[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.urn !== b[i]!.urn) return false;
  return true;
}

export class RunState {
  /** Compiled settings of this run, interned: equal configurations share parts and `decision`s. */
  readonly settings = new SettingsInterner();
  /** The core's memory for this run (core/memo.ts): every decision and the scan's flow finder share it. */
  readonly memo: DecideMemo = createMemo();
  /** One view per provider configuration, so the memo's provider entries hit across requests (`provider-views.ts`). */
  readonly providers = new ProviderViews();

  /** The decision of the resource being analysed (see `sharedDecision`); `usedBy` has one bit per policy (`policyNames`). */
  private decision: { urn: string; decision: DecisionSettings; findings: Finding[]; usedBy: number } | undefined;
  private stack: StackCall | undefined;

  constructor(
    /** What the resource policies decided in this run, for the stack policies. */
    readonly ledger: RunLedger = new RunLedger(),
  ) {}

  /** Decides one resource with the run's memo. */
  decide(view: ResourceView, settings: Settings, clock: Clock): Finding[] {
    return decide(view, settings, clock, this.memo);
  }

  /**
   * One Analyze call runs the three resource policies on the same resource,
   * one after another, and one decision yields the findings of all three. So
   * the first policy decides (`keepDecision`) and each next one whose settings
   * decide alike (the same `decision` part) reuses it, once: a policy that
   * already used it starts a new decision (the next Analyze of that URN, e.g.
   * the update after a preview, is decided afresh), and so does another URN.
   */
  sharedDecision(policy: FindingPolicy, urn: string, settings: Settings): Finding[] | undefined {
    const d = this.decision;
    const bit = policyBit(policy);
    if (!d || d.urn !== urn || d.decision !== settings.decision || (d.usedBy & bit) !== 0) return undefined;
    d.usedBy |= bit;
    return d.findings;
  }

  keepDecision(policy: FindingPolicy, urn: string, settings: Settings, findings: Finding[]): void {
    const d = this.decision;
    if (d === undefined) this.decision = { urn, decision: settings.decision, findings, usedBy: policyBit(policy) };
    else {
      d.urn = urn;
      d.decision = settings.decision;
      d.findings = findings;
      d.usedBy = policyBit(policy);
    }
  }

  /**
   * The AnalyzeStack call a stack policy runs in. @pulumi/policy runs a
   * pack's stack policies in the pack's order, one after another, over the
   * same resources; so a policy further on in the pack than the previous
   * one, over the same stack (the same URNs in order), is in the same call,
   * and any other starts a new call. The last stack policy of the pack lets
   * the call go.
   */
  stackCall(policy: PolicyName, resources: readonly PolicyResource[]): StackCall {
    const position = policyNames.indexOf(policy);
    let call = this.stack;
    if (call && position > call.position && sameStack(call.resources, resources)) call.position = position;
    else call = new StackCall(position, resources, this.providers);
    this.stack = position >= lastStackPosition ? undefined : call;
    return call;
  }
}
