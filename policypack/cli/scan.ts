/**
 * The scan itself: inputs one at a time (read → parse → each view decided as
 * it is built), keeping only findings, then one report. Decides exactly as
 * the pack does: `decide()` per resource for each resource policy with that
 * policy's own settings (keeping the findings of that policy), and the
 * data-flow analysis of `findFlows()` over the whole stack (fed resource by
 * resource through `flowFinder`) for `restricted-data-flow`, and the
 * placements only the stack can decide (`placementFinder`) for
 * `restricted-region` and `upcoming-restriction`; disabled policies skipped.
 */
import { capFindings } from "../core/cap";
import { errorSummary } from "../core/decide";
import { flowFinder, type FlowFinder } from "../core/flows";
import { placementFinder, type PlacementFinder } from "../core/placement";
import type { Clock, DecisionSettings, Finding, FindingPolicy, Settings } from "../core/types";
import type { RunState } from "../policies/run-state";
import { policyMeta, policyNames, resourcePolicyNames } from "../core/policy-table";
import { repositoryUrl } from "../policies/metadata";
import { ReportBuilder, type PolicyEntry } from "../report/build";
import type { FailOn, ScanReport } from "../report/model";
import { InputError } from "../state/errors";
import { checkText, expandInputs, gunzipIfGzip, readStream, type BackendStack, type TextBytes } from "../state/read";
import { readSnapshotBytes, readSnapshotFile, type FileSnapshot, type ScanView, type Snapshot } from "../state/snapshot";
import type { ScanConfig } from "./config";
import { policyInfo } from "./policies";

export const toolName = "us-person-data-guard";
export const toolUrl = repositoryUrl;

export interface ScanParams {
  readonly operands: readonly string[];
  readonly cwd: string;
  /** Home directory for `file://~/…` backends (the CLI passes $HOME). */
  readonly home?: string;
  readonly config: ScanConfig;
  readonly now: Date;
  /** Whether `now` came from `--now` (the report says so). */
  readonly nowGiven?: boolean;
  readonly failOn: FailOn;
  readonly keepGoing: boolean;
  readonly toolVersion: string;
}

export interface ScanHooks {
  readonly stdin?: NodeJS.ReadableStream | string | Buffer;
  /** A warning about an input that was scanned (results may be incomplete). */
  readonly warn?: (line: string) => void;
  /** Called before each input of a multi-input run. */
  readonly progress?: (index: number, total: number, input: string) => void;
}

export type ScanResult =
  | { readonly kind: "report"; readonly report: ScanReport; readonly errors: readonly InputError[] }
  | { readonly kind: "aborted"; readonly error: InputError };

/**
 * Decides one stack resource by resource, as each is read: `decide()` for
 * each resource policy with that policy's own settings (shared where they
 * decide alike, keeping each policy's findings), and `restricted-data-flow`'s
 * finder fed the same resource, so the resource is read while it is in the
 * cache; `finish` adds the flows. Disabled policies are skipped.
 */
export class Analyser {
  private readonly groups: { settings: Settings; policies: Set<FindingPolicy>; placements?: PlacementFinder }[] = [];
  private readonly flows: FlowFinder | undefined;
  private readonly out: Finding[] = [];
  private readonly run: RunState;

  constructor(
    config: ScanConfig,
    private readonly clock: Clock,
  ) {
    this.run = config.run;
    // One group per decision part: policies whose settings decide alike share one decision per resource.
    const byDecision = new Map<DecisionSettings, { settings: Settings; policies: Set<FindingPolicy> }>();
    for (const name of resourcePolicyNames) {
      const policy = config.policies.get(name);
      if (!policy || policy.level === "disabled") continue;
      const g = byDecision.get(policy.settings.decision);
      if (g) g.policies.add(name);
      else {
        const ng = { settings: policy.settings, policies: new Set<FindingPolicy>([name]) };
        byDecision.set(policy.settings.decision, ng);
        this.groups.push(ng);
      }
    }
    const flows = config.policies.get("restricted-data-flow");
    this.flows = flows && flows.level !== "disabled" ? flowFinder(flows.settings, clock, { memo: this.run.memo }) : undefined;
    // Resources placed by another resource of the stack, as restricted-region and upcoming-restriction report them in AnalyzeStack.
    for (const g of this.groups)
      if (g.policies.has("restricted-region") || g.policies.has("upcoming-restriction")) g.placements = placementFinder(g.settings, clock);
  }

  /** Decides `view`; returns whether `finish` is likely to read its inputs again (see `FlowFinder.add`). */
  visit(view: ScanView): boolean {
    let keep = false;
    for (const g of this.groups) {
      const found = this.run.decide(view, g.settings, this.clock);
      for (const f of found) if (g.policies.has(f.policy)) this.out.push(f);
      if (g.placements?.add(view)) keep = true;
    }
    return (this.flows ? this.flows.add(view) : false) || keep;
  }

  /** The resource policies' findings about `view` alone (no data flows): for old copies pending deletion. */
  decideAlone(view: ScanView): Finding[] {
    const out: Finding[] = [];
    for (const g of this.groups) for (const f of this.run.decide(view, g.settings, this.clock)) if (g.policies.has(f.policy)) out.push(f);
    return [...capFindings(out)];
  }

  /**
   * The findings, in resource order, then the flows; one per (policy,
   * resource, kind of destination) with a count, as the pack reports them
   * (`capFindings`).
   */
  finish(): Finding[] {
    for (const g of this.groups) for (const f of g.placements?.finish() ?? []) if (g.policies.has(f.policy)) this.out.push(f);
    if (this.flows) for (const f of this.flows.finish()) if (f.policy === "restricted-data-flow") this.out.push(f);
    return [...capFindings(this.out)];
  }
}

/** The findings of one snapshot, in resource order; the policies' own settings, shared where equal. */
export function analyse(snapshot: Snapshot, config: ScanConfig, clock: Clock): Finding[] {
  const a = new Analyser(config, clock);
  for (const view of snapshot.resources) a.visit(view);
  return a.finish();
}

/** Standard input, read and checked (`checkText`). */
async function readStdin(label: string, hooks: ScanHooks): Promise<TextBytes> {
  const s = hooks.stdin;
  if (s === undefined) throw new InputError(label, "no standard input");
  const buf = typeof s === "string" ? Buffer.from(s, "utf8") : Buffer.isBuffer(s) ? s : await readStream(s);
  return checkText(gunzipIfGzip(buf, label), label);
}

function policyEntries(config: ScanConfig): PolicyEntry[] {
  const info = policyInfo();
  return policyNames.map((name) => {
    const i = info.get(name)!;
    const run = config.policies.get(name);
    const level = run?.level ?? i.defaultLevel;
    const determinationDriven = policyMeta(name).findings;
    return {
      name,
      displayName: i.displayName,
      description: i.description,
      enforcementLevel: level,
      severity: i.severity,
      url: i.url,
      remediationSteps: i.remediationSteps,
      ...(determinationDriven && run && level !== "disabled" ? { settings: run.settings } : {}),
    };
  });
}

/** `<project>/<stack>`; a legacy `<stack>.json` takes its project from its resources when they name one. */
function backendStackName(s: BackendStack, projects: readonly string[]): string {
  const project = s.project ?? (projects.length === 1 ? projects[0] : undefined);
  return project !== undefined ? `${project}/${s.stack}` : s.stack;
}

/** Runs a scan. Bad inputs abort it (or, with keepGoing, are listed in the report). */
export async function runScan(params: ScanParams, hooks: ScanHooks = {}): Promise<ScanResult> {
  const at = params.now;
  const clock: Clock = () => at;
  const review = params.config.policies.get("exemption-review");
  const builder = new ReportBuilder({
    tool: { name: toolName, version: params.toolVersion, url: toolUrl },
    now: at,
    nowGiven: params.nowGiven === true,
    failOn: params.failOn,
    policies: policyEntries(params.config),
    expiryWarningDays: review?.settings.expiryWarningDays ?? 30,
  });
  const entries = expandInputs(params.operands, params.cwd, params.home);
  const errors: InputError[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind === "error") {
      if (!params.keepGoing) return { kind: "aborted", error: entry.error };
      errors.push(entry.error);
      builder.addFailed(entry.error.input, entry.error.reason, entry.backendStack ? backendStackName(entry.backendStack, []) : undefined);
      continue;
    }
    hooks.progress?.(i, entries.length, entry.label);
    try {
      // Each resource is decided as soon as it is read (by a fresh analyser if the input is read a second time).
      let analyser: Analyser | undefined;
      const start = (): ((v: ScanView) => boolean) => {
        const a = (analyser = new Analyser(params.config, clock));
        return (v) => a.visit(v);
      };
      let read: FileSnapshot;
      if (entry.kind === "file") read = readSnapshotFile(entry.path, entry.label, { start });
      else {
        read = { snapshot: readSnapshotBytes(await readStdin(entry.label, hooks), entry.label, { start }), close: () => undefined };
      }
      let snapshot: Snapshot | undefined = read.snapshot;
      let findings: Finding[];
      const pending: Finding[] = [];
      try {
        findings = analyser!.finish();
        for (const v of snapshot.pendingDeletion) pending.push(...analyser!.decideAlone(v));
      } finally {
        read.close(); // views no longer read their inputs again
      }
      builder.addScanned(
        {
          input: entry.label,
          format: snapshot.format,
          ...(snapshot.version !== undefined ? { version: snapshot.version } : {}),
          stacks: snapshot.stacks,
          projects: snapshot.projects,
          resources: snapshot.resources.length + snapshot.pendingDeletion.length,
          secrets: snapshot.secrets,
          pendingDeletion: snapshot.pendingDeletion.length,
          warnings: snapshot.warnings,
          ...(entry.backendStack ? { stack: backendStackName(entry.backendStack, snapshot.projects) } : {}),
        },
        findings,
        pending,
      );
      for (const w of snapshot.warnings) hooks.warn?.(w);
      snapshot = undefined; // only the findings outlive this input
    } catch (e) {
      const error = e instanceof InputError ? e : new InputError(entry.label, `internal error while scanning (${errorSummary(e)})`);
      if (!params.keepGoing) return { kind: "aborted", error };
      errors.push(error);
      builder.addFailed(error.input, error.reason, entry.backendStack ? backendStackName(entry.backendStack, []) : undefined);
    }
  }
  return { kind: "report", report: builder.build(), errors };
}
