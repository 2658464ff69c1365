/**
 * Aggregates what each input yielded into one `ScanReport`. Inputs are
 * added one at a time and only their findings are kept, so a scan of many
 * stacks holds one stack's resources at a time. Pure: no I/O.
 */
import { suggestTargets } from "../catalog/targets";
import { exemptionsById, reviewExemptions } from "../core/exemption-review";
import { utcDay } from "../core/exemptions";
import { buildInventory, ranked, type Inventory } from "../core/inventory";
import { messageFor } from "../core/message";
import type { Finding, FindingPolicy, Settings } from "../core/types";
import { presets } from "../determination/presets";
import { parseUrn, stackPrefixOf } from "../state/urn";
import type {
  FailOn,
  InventoryEntry,
  Level,
  MoveGroup,
  PolicyDescription,
  ReportDetermination,
  ReportExemption,
  ReportFinding,
  ReportInput,
  ReportPolicy,
  ScanReport,
  StackRow,
  TargetSuggestion,
} from "./model";

/** The as-of date of the nearest preset in a determination's lineage (none for a determination of its own). */
function asOf(lineage: readonly string[]): { asOf?: string } {
  for (const id of lineage) {
    const p = presets.get(id);
    if (p) return { asOf: p.asOf };
  }
  return {};
}

export interface PolicyEntry extends PolicyDescription {
  /** Settings of a determination-driven policy that runs (absent for disabled or stack-summary policies). */
  readonly settings?: Settings;
}

export interface BuildOptions {
  readonly tool: { readonly name: string; readonly version: string; readonly url: string };
  readonly now: Date;
  /** Whether `now` was given by `--now` rather than read from the system clock. */
  readonly nowGiven?: boolean;
  readonly failOn: FailOn;
  readonly policies: readonly PolicyEntry[];
  /** Exemptions expiring within this many days are flagged. */
  readonly expiryWarningDays: number;
}

/** What one scanned input yielded, as its report entry says it (`findings` and `status` are the builder's). */
export type ScannedInput = Required<Pick<ReportInput, "input" | "format" | "stacks" | "projects" | "resources" | "secrets">> &
  Pick<ReportInput, "version" | "pendingDeletion" | "warnings" | "stack">;

function isMandatoryLevel(level: string | undefined): boolean {
  return level === "mandatory" || level === "remediate";
}

type MergedInventory = Omit<Inventory, "items"> & { readonly items: readonly InventoryEntry[] };

function addCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, n] of b) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

/** The live resources' inventory plus that of old copies pending deletion (marked). */
function mergeInventories(live: Inventory, pending: Inventory): MergedInventory {
  if (pending.items.length === 0) return live;
  return {
    items: [...live.items, ...pending.items.map((i) => ({ ...i, pendingDeletion: true as const }))],
    toMove: live.toMove + pending.toMove,
    exempted: live.exempted + pending.exempted,
    byProvider: addCounts(live.byProvider, pending.byProvider),
    byRegion: addCounts(live.byRegion, pending.byRegion),
    byType: addCounts(live.byType, pending.byType),
    byJurisdiction: addCounts(live.byJurisdiction, pending.byJurisdiction),
  };
}

export class ReportBuilder {
  private readonly inputs: ReportInput[] = [];
  private readonly findings: ReportFinding[] = [];
  private readonly core: Finding[] = [];
  private readonly pendingCore: Finding[] = [];
  private readonly levels = new Map<string, string>();
  private resources = 0;

  constructor(private readonly options: BuildOptions) {
    for (const p of options.policies) this.levels.set(p.name, p.enforcementLevel);
  }

  /** The effective level of a finding. */
  levelOf(f: Finding): Level {
    return isMandatoryLevel(this.levels.get(f.policy)) && f.blocking ? "mandatory" : "advisory";
  }

  /** An input's findings; `pending` are those about old copies pending deletion (`delete: true`). */
  addScanned(input: ScannedInput, findings: readonly Finding[], pending: readonly Finding[] = []): void {
    this.resources += input.resources;
    this.inputs.push({
      input: input.input,
      status: "scanned",
      format: input.format,
      ...(input.version !== undefined ? { version: input.version } : {}),
      stacks: input.stacks,
      projects: input.projects,
      resources: input.resources,
      findings: findings.length + pending.length,
      secrets: input.secrets,
      ...(input.stack !== undefined ? { stack: input.stack } : {}),
      ...(input.pendingDeletion ? { pendingDeletion: input.pendingDeletion } : {}),
      ...(input.warnings && input.warnings.length > 0 ? { warnings: input.warnings } : {}),
    });
    this.addFindings(input, findings, false);
    if (pending.length > 0) this.addFindings(input, pending, true);
  }

  private addFindings(input: ScannedInput, findings: readonly Finding[], pending: boolean): void {
    let lastPrefix = "\u0000";
    let stack: string | undefined;
    let project: string | undefined;
    const core = pending ? this.pendingCore : this.core;
    for (const f of findings) {
      core.push(f);
      if (!f.urn.startsWith(lastPrefix)) {
        const p = parseUrn(f.urn);
        stack = p?.stack;
        project = p?.project;
        lastPrefix = p ? stackPrefixOf(p) : "\u0000";
      }
      // Built by assignment, not spreads: a big scan has hundreds of thousands of findings.
      const out: { -readonly [K in keyof ReportFinding]: ReportFinding[K] } = {
        policy: f.policy,
        rule: f.rule,
        level: this.levelOf(f),
        exempted: f.exemption?.status === "honoured",
        urn: f.urn,
        name: f.name,
        type: f.type,
        package: f.package,
        determination: f.determinationId,
        citation: f.citation,
        reason: f.reason,
        message: messageFor(f),
        input: input.input,
      };
      if (stack !== undefined) out.stack = stack;
      if (project !== undefined) out.project = project;
      if (f.region !== undefined) out.region = f.region;
      if (f.jurisdictions) out.jurisdictions = f.jurisdictions;
      if (f.regionSource !== undefined) out.regionSource = f.regionSource;
      if (f.effective !== undefined) out.effective = f.effective;
      if (f.exemption) out.exemption = { id: f.exemption.id, status: f.exemption.status, expires: f.exemption.expires };
      if (f.destination) out.destination = stripUndefined(f.destination);
      if (f.error !== undefined) out.error = f.error;
      if (pending) out.pendingDeletion = true;
      this.findings.push(out);
    }
  }

  addFailed(input: string, reason: string, stack?: string): void {
    this.inputs.push({ input, status: "failed", ...(stack !== undefined ? { stack } : {}), error: reason });
  }

  /** One row per input when the inputs hold more than one stack in all; undefined otherwise. */
  private stackRows(): StackRow[] | undefined {
    const names = this.inputs.map(
      (i) =>
        i.stack ??
        (i.stacks && i.stacks.length > 0
          ? i.projects && i.projects.length === 1 && i.stacks.length === 1
            ? `${i.projects[0]}/${i.stacks[0]}`
            : i.stacks.join(", ")
          : i.input),
    );
    const distinct = new Set<string>();
    for (const i of this.inputs) {
      if (i.stack !== undefined) distinct.add(i.stack);
      else for (const s of i.stacks ?? [i.input]) distinct.add(`${i.input}\u0000${s}`);
    }
    if (distinct.size < 2) return undefined;
    const counts = new Map<string, { mandatory: number; advisory: number; exempted: number }>();
    for (const i of this.inputs) counts.set(i.input, { mandatory: 0, advisory: 0, exempted: 0 });
    for (const f of this.findings) {
      const c = counts.get(f.input);
      if (!c) continue;
      if (f.exempted) c.exempted++;
      else if (f.level === "mandatory") c.mandatory++;
      else c.advisory++;
    }
    return this.inputs.map((i, k) => ({
      stack: names[k]!,
      input: i.input,
      status: i.status,
      resources: i.resources ?? 0,
      ...counts.get(i.input)!,
      ...(i.error !== undefined ? { error: i.error } : {}),
    }));
  }

  get failedInputs(): number {
    return this.inputs.filter((i) => i.status === "failed").length;
  }

  build(): ScanReport {
    const o = this.options;
    const today = utcDay(o.now);
    let mandatory = 0;
    let advisory = 0;
    let exempted = 0;
    const perPolicy = new Map<string, { mandatory: number; advisory: number; exempted: number }>();
    for (const p of o.policies) perPolicy.set(p.name, { mandatory: 0, advisory: 0, exempted: 0 });
    for (const f of this.findings) {
      const c = perPolicy.get(f.policy)!;
      if (f.exempted) {
        exempted++;
        c.exempted++;
      } else if (f.level === "mandatory") {
        mandatory++;
        c.mandatory++;
      } else {
        advisory++;
        c.advisory++;
      }
    }
    const failed = this.failedInputs;
    const blocking = o.failOn === "mandatory" ? mandatory : o.failOn === "advisory" ? mandatory + advisory : 0;
    const exitCode: 0 | 1 | 2 = failed > 0 ? 2 : blocking > 0 ? 1 : 0;

    // Old copies pending deletion share their URN with the live resource: inventoried apart, then added.
    const inv = mergeInventories(buildInventory(this.core), buildInventory(this.pendingCore));
    const items = inv.items.map((i) => {
      const item: { -readonly [K in keyof InventoryEntry]: InventoryEntry[K] } = {
        urn: i.urn,
        name: i.name,
        type: i.type,
        package: i.package,
        policies: i.policies,
        rules: i.rules,
        advisoryOnly: i.advisoryOnly,
        // A resource stays in place only when every finding about it is covered by an honoured exemption.
        exempted: i.exempted,
      };
      if (i.region !== undefined) item.region = i.region;
      if (i.jurisdictions) item.jurisdictions = i.jurisdictions;
      if (i.exemption) item.exemption = { id: i.exemption.id, status: i.exemption.status, expires: i.exemption.expires };
      if (i.earliestEffective !== undefined) item.earliestEffective = i.earliestEffective;
      if (i.pendingDeletion) item.pendingDeletion = true;
      return item;
    });
    const moves = new Map<string, { package: string; region?: string; jurisdictions: Set<string>; count: number }>();
    const typeCounts = new Map<string, number>();
    for (const i of items) {
      if (i.exempted) continue;
      const key = `${i.package}\u0000${i.region ?? ""}`;
      let g = moves.get(key);
      if (!g)
        moves.set(
          key,
          (g = { package: i.package, ...(i.region !== undefined ? { region: i.region } : {}), jurisdictions: new Set(), count: 0 }),
        );
      g.count++;
      for (const j of i.jurisdictions ?? []) g.jurisdictions.add(j);
      typeCounts.set(i.type, (typeCounts.get(i.type) ?? 0) + 1);
    }
    const byProviderRegion: MoveGroup[] = [...moves.values()]
      .map((g) => ({
        package: g.package,
        ...(g.region !== undefined ? { region: g.region } : {}),
        jurisdictions: [...g.jurisdictions].sort(),
        count: g.count,
      }))
      .sort((a, b) => b.count - a.count || cmp(a.package, b.package) || cmp(a.region ?? "", b.region ?? ""));
    const targets: TargetSuggestion[] = [];
    for (const [type, count] of ranked(typeCounts)) {
      const s = suggestTargets(type);
      if (!s) continue;
      const t = s.targets;
      targets.push({ type, family: t.family, exact: s.exact, count, aws: service(t.aws), azure: service(t.azure), gcp: service(t.gcp) });
    }

    const stacks = this.stackRows();
    const policies: ReportPolicy[] = o.policies.map((p) => ({
      name: p.name,
      displayName: p.displayName,
      description: p.description,
      enforcementLevel: p.enforcementLevel,
      severity: p.severity,
      url: p.url,
      remediationSteps: p.remediationSteps,
      ...perPolicy.get(p.name)!,
    }));

    return {
      reportVersion: 1,
      tool: o.tool,
      generatedAt: o.now.toISOString(),
      clock: o.nowGiven ? "--now" : "system",
      failOn: o.failOn,
      exitCode,
      outcome: failed > 0 ? "error" : blocking > 0 ? "fail" : "pass",
      totals: {
        inputs: this.inputs.length,
        inputsFailed: failed,
        resources: this.resources,
        findings: this.findings.length,
        mandatory,
        advisory,
        exempted,
        resourcesToMove: inv.toMove,
        resourcesExempted: inv.exempted,
      },
      policies,
      determinations: this.determinations(),
      inputs: this.inputs,
      findings: this.findings,
      inventory: {
        toMove: inv.toMove,
        exempted: inv.exempted,
        byProvider: ranked(inv.byProvider).map(([key, count]) => ({ key, count })),
        byProviderRegion,
        byJurisdiction: ranked(inv.byJurisdiction).map(([key, count]) => ({ key, count })),
        byType: ranked(inv.byType).map(([key, count]) => ({ key, count })),
        targets,
        items,
      },
      exemptions: this.exemptions(today),
      ...(stacks ? { stacks } : {}),
    };
  }

  private determinations(): ReportDetermination[] {
    const byId = new Map<string, { d: Settings["determination"]; policies: string[] }>();
    for (const p of this.options.policies) {
      if (!p.settings) continue;
      const d = p.settings.determination;
      const e = byId.get(d.id);
      if (e) e.policies.push(p.name);
      else byId.set(d.id, { d, policies: [p.name] });
    }
    return [...byId.values()].map(({ d, policies }) => ({
      id: d.id,
      title: d.title,
      authority: d.authority,
      citation: d.citation,
      url: d.url,
      ...(d.effective !== undefined ? { effective: d.effective } : {}),
      ...asOf(d.lineage),
      jurisdictions: [...d.jurisdictions].sort(),
      providers: [...d.providers.keys()].sort(),
      policies,
    }));
  }

  private exemptions(today: string): ReportExemption[] {
    const configured = exemptionsById(...this.options.policies.map((p) => p.settings?.exemptions ?? []));
    return reviewExemptions(configured, this.core, today, this.options.expiryWarningDays).map(
      ({ exemption: e, status, daysLeft, matched }) => ({
        id: e.id,
        reason: e.reason,
        ...(e.approvedBy !== undefined ? { approvedBy: e.approvedBy } : {}),
        ...(e.ticket !== undefined ? { ticket: e.ticket } : {}),
        expires: e.expires,
        status,
        daysLeft,
        resources: e.patterns.map((g) => g.source),
        ...(e.policies ? { policies: [...e.policies] as FindingPolicy[] } : {}),
        matched: matched.length,
      }),
    );
  }
}

function service(t: { readonly service: string; readonly type?: string }): { service: string; type?: string } {
  return t.type !== undefined ? { service: t.service, type: t.type } : { service: t.service };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stripUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
