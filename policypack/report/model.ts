/**
 * The scan report: one value that every format renders. Its JSON form is the
 * `--format json` output, documented by `schema/scan-report.schema.json`
 * (`reportVersion` 1; fields are only ever added within a version).
 */
import type { InventoryItem } from "../core/inventory";
import type { DeterminationDescription } from "../core/model";
import type { Finding } from "../core/types";

export type Level = "mandatory" | "advisory";
/** `new`: only new mandatory findings (against `--baseline`) fail. */
export type FailOn = "none" | "advisory" | "mandatory" | "new";
export type InputFormat = "stack-export" | "stack-checkpoint" | "preview";

/** A policy as the report describes it. */
export interface PolicyDescription {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** Configured level: advisory, mandatory, remediate (acts as mandatory) or disabled. */
  readonly enforcementLevel: string;
  readonly severity: string;
  readonly url: string;
  readonly remediationSteps: string;
}

export interface ReportPolicy extends PolicyDescription {
  /** Non-exempt findings at mandatory level. */
  readonly mandatory: number;
  /** Non-exempt findings at advisory level. */
  readonly advisory: number;
  /** Findings covered by an honoured exemption. */
  readonly exempted: number;
}

export interface ReportDetermination extends DeterminationDescription {
  /** When the facts of the preset it is (or extends) were last checked against their sources. */
  readonly asOf?: string;
  readonly jurisdictions: readonly string[];
  readonly providers: readonly string[];
  /** Policies configured with this determination. */
  readonly policies: readonly string[];
}

export interface ReportInput {
  /** The input as named on the command line (or found in a directory); `<stdin>` for `-`. */
  readonly input: string;
  readonly status: "scanned" | "failed";
  readonly format?: InputFormat;
  readonly version?: number;
  readonly stacks?: readonly string[];
  readonly projects?: readonly string[];
  readonly resources?: number;
  readonly findings?: number;
  /** Secret values seen (replaced by a placeholder, never read). */
  readonly secrets?: number;
  /** The stack of a self-managed backend this input is, `<project>/<stack>`. */
  readonly stack?: string;
  /** Old copies marked `delete: true` (pending deletion after a replacement), counted in `resources`. */
  readonly pendingDeletion?: number;
  /** Why the results of this input may be incomplete. */
  readonly warnings?: readonly string[];
  /** One-line reason when the input could not be scanned. */
  readonly error?: string;
}

/** The fields a report finding carries over from the core's `Finding` unchanged. */
type FindingFields =
  | "policy"
  | "rule"
  | "urn"
  | "name"
  | "type"
  | "package"
  | "region"
  | "jurisdictions"
  | "regionSource"
  | "citation"
  | "reason"
  | "effective"
  | "exemption"
  | "destination"
  | "error";

export interface ReportFinding extends Pick<Finding, FindingFields> {
  /** Effective level: mandatory only when the policy is mandatory and the finding blocks. */
  readonly level: Level;
  /** Covered by an honoured exemption: reported, but neither a violation nor an advisory. */
  readonly exempted: boolean;
  readonly stack?: string;
  readonly project?: string;
  /** The determination's id (`determinationId` of the core's finding). */
  readonly determination: string;
  /** The pack's violation message for this finding (SPEC "Messages"). */
  readonly message: string;
  /** Against `--baseline`: absent in the baseline (new) or present in it (unchanged). */
  readonly baseline?: "new" | "unchanged";
  /** About an old copy marked `delete: true` (pending deletion after a replacement), still in the cloud. */
  readonly pendingDeletion?: true;
  readonly input: string;
}

export interface CountEntry {
  readonly key: string;
  readonly count: number;
}

export interface MoveGroup {
  readonly package: string;
  /** Absent when the region is not set or not known. */
  readonly region?: string;
  readonly jurisdictions: readonly string[];
  readonly count: number;
}

/** A resource of the migration inventory (`exempted`: kept in place by an honoured exemption). */
export interface InventoryEntry extends InventoryItem {
  /** An old copy marked `delete: true` in the state: still in the cloud until the engine deletes it. */
  readonly pendingDeletion?: true;
}

export interface TargetService {
  readonly service: string;
  /** Pulumi type token of the closest resource, when one exists. */
  readonly type?: string;
}

export interface TargetSuggestion {
  readonly type: string;
  readonly family: string;
  /** False when suggested from the type's module (service family), not an exact mapping. */
  readonly exact: boolean;
  /** Resources of this type to move. */
  readonly count: number;
  readonly aws: TargetService;
  readonly azure: TargetService;
  readonly gcp: TargetService;
}

export interface ReportInventory {
  /** Resources that must move (some non-exempt finding). */
  readonly toMove: number;
  /** Resources kept in place by exemptions. */
  readonly exempted: number;
  readonly byProvider: readonly CountEntry[];
  /** Resources to move per provider package and region (the bar chart). */
  readonly byProviderRegion: readonly MoveGroup[];
  readonly byJurisdiction: readonly CountEntry[];
  readonly byType: readonly CountEntry[];
  readonly targets: readonly TargetSuggestion[];
  readonly items: readonly InventoryEntry[];
}

export interface ReportExemption {
  readonly id: string;
  readonly reason: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
  readonly expires: string;
  /** expired: not honoured; expiring: within the warning window; active otherwise. */
  readonly status: "active" | "expiring" | "expired";
  /** Days from the scan date to `expires` (negative when expired). */
  readonly daysLeft: number;
  readonly resources: readonly string[];
  /** Policies it applies to; absent = all determination-driven policies. */
  readonly policies?: readonly string[];
  /** Distinct resources it matched in this scan. */
  readonly matched: number;
}

export interface ReportTotals {
  readonly inputs: number;
  readonly inputsFailed: number;
  readonly resources: number;
  readonly findings: number;
  readonly mandatory: number;
  readonly advisory: number;
  readonly exempted: number;
  readonly resourcesToMove: number;
  readonly resourcesExempted: number;
}

/** A baseline finding no longer found. */
export interface FixedFinding {
  readonly policy: string;
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly level: Level;
  readonly exempted: boolean;
  readonly region?: string;
  readonly stack?: string;
  readonly destination?: { readonly urn: string };
}

export interface BaselineSummary {
  /** The baseline report, as named on the command line. */
  readonly file: string;
  /** When the baseline was generated. */
  readonly generatedAt: string;
  readonly new: number;
  readonly unchanged: number;
  readonly fixed: readonly FixedFinding[];
  /** The baseline's resources to move per provider and region (the chart's "then"). */
  readonly byProviderRegion: readonly MoveGroup[];
}

/** One stack's counts (the per-stack table, when a report covers more than one stack). */
export interface StackRow {
  /** `<project>/<stack>` (for a backend) or the stacks an input holds, joined by `, `. */
  readonly stack: string;
  readonly input: string;
  readonly status: "scanned" | "failed";
  readonly resources: number;
  readonly mandatory: number;
  readonly advisory: number;
  readonly exempted: number;
  readonly error?: string;
}

export interface ScanReport {
  readonly reportVersion: 1;
  readonly tool: { readonly name: string; readonly version: string; readonly url: string };
  /** The scan's clock (`--now`, or the time of the run), ISO 8601. */
  readonly generatedAt: string;
  /** Where `generatedAt` came from: the system clock, or an explicit `--now` (a report judged at another instant). */
  readonly clock: "system" | "--now";
  readonly failOn: FailOn;
  /** The process exit code this report corresponds to. */
  readonly exitCode: 0 | 1 | 2;
  /** pass: nothing at or above --fail-on; fail: something is; error: an input could not be scanned. */
  readonly outcome: "pass" | "fail" | "error";
  readonly totals: ReportTotals;
  readonly policies: readonly ReportPolicy[];
  readonly determinations: readonly ReportDetermination[];
  readonly inputs: readonly ReportInput[];
  readonly findings: readonly ReportFinding[];
  readonly inventory: ReportInventory;
  readonly exemptions: readonly ReportExemption[];
  /** Against `--baseline`. */
  readonly baseline?: BaselineSummary;
  /** Per-stack counts, present when the scan covered more than one stack. */
  readonly stacks?: readonly StackRow[];
}
