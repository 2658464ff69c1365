/**
 * The analysis driver. One pass (`add`) indexes each resource (by URN; as a
 * destination when it is one) and notes what its values could name; `finish`
 * runs each resource's mechanism reader (from the registry), scans the rest
 * of its properties for references, then runs the post-passes. Every lookup
 * is a Map hit and every walk is bounded, so the cost is linear in the stack.
 */
import { packageOfType } from "../../catalog";
import { errorSummary } from "../decide";
import { isRecord, own } from "../props";
import { placeOf, resolveRegion, type RegionResolution } from "../region";
import { namesRelevantHost } from "../endpoints";
import type { DecideMemo } from "../memo";
import type { Finding, ResourceView, Settings } from "../types";
import { isUnknown } from "../unknown";
import { FindingWriter } from "./findings";
import { SampleFilter } from "./key-maps";
import { collectProbes, ProbeList, probeAlways, probeAzure } from "./probes";
import { azureIdKeys, gcpNetworkName, knownString, lower, parseArn, placeOfArn, propertyDependenciesOf } from "./readers";
import { referenceEdges, type ReferenceContext } from "./references";
import { resourceGroupTypes } from "./azure-resource-groups";
import { collector, type Registry } from "./registry";
import { nothingExtracted } from "./shared";
import { StackIndex } from "./stack-index";
import { TypeRoles } from "./type-roles";
import { none, type DestSpec, type Edge, type Extracted, type FlowContext, type Ref, type RefKind, type Verdict } from "./types";
import { judge, judgeVendor } from "./verdict";

/** azure-native resources without a location of their own default to their resource group's (see `locateView`). */
function placedByResourceGroup(view: ResourceView, resolution: RegionResolution): boolean {
  return resolution.status === "absent" && packageOfType(view.type) === "azure-native";
}

export class FlowAnalysis implements FlowContext, ReferenceContext {
  /** Every resource by URN (the last one when a URN repeats): built on first use (see `byUrn`). */
  private urnIndex: Map<string, ResourceView> | undefined;
  /** Every resource by its other identifiers: built on first use (see `index`). */
  private fullIndex: StackIndex | undefined;
  /**
   * The resources a plain reference could make a flow into: restricted
   * destinations, and those whose verdict cannot be computed (the
   * referring resource then fails closed, as it would when judging them).
   * The generic reference scan probes this small index with the raw value
   * and asks the full index, whose answer (precedence between kinds of key,
   * ambiguity) is the one that counts, only when the value may name one of
   * them: most stacks never build the full index.
   */
  private readonly destinations: StackIndex;
  /** The destinations by URN (the last one when a URN repeats). */
  readonly destinationsByUrn = new Map<string, ResourceView>();
  /**
   * The `sampleHash` of every key a plain value is probed with in
   * `destinations` (ARN, id, GCP network name) and of every destination URN:
   * a value whose hash is not here names no destination.
   */
  private readonly destinationFilter = new SampleFilter();
  /** The resources, in order. */
  private readonly resources: ResourceView[] = [];
  /** Per resource (by position): where its probes start in `probes` (see `collectProbes`). */
  private readonly probeStart: number[] = [];
  private readonly probes = new ProbeList();
  /** Per resource (by position): of a type in `typesWithOwnAnalysis`, with none of the keys it lists (its reader finds nothing). */
  private readonly idle: boolean[] = [];
  /** Resources whose destination check waits for the whole stack (see `placedByStack`). */
  private readonly deferred: ResourceView[] = [];
  private readonly regions = new Map<ResourceView, RegionResolution>();
  private readonly verdicts = new Map<ResourceView, Verdict>();
  private readonly collected: ReturnType<typeof collector>;
  private readonly roles: TypeRoles;
  private readonly writer: FindingWriter;
  readonly det: Settings["determination"];

  constructor(
    private readonly registry: Registry,
    settings: Settings,
    today: string,
    clockError: string | undefined,
    /** Run the reference analysis on every resource, probes or not (tests check the probes against it). */
    private readonly exhaustive: boolean,
    private readonly memo: DecideMemo,
  ) {
    this.det = settings.determination;
    this.destinations = new StackIndex(registry.identifiers, this.destinationFilter);
    this.collected = collector(registry);
    this.roles = new TypeRoles(registry, this.det);
    this.writer = new FindingWriter(
      settings,
      today,
      clockError,
      (v) => this.regionOf(v),
      (d) => this.judgeDest(d),
    );
  }

  /**
   * Takes one resource of the stack: indexes it (by URN; as a destination
   * when it is one) and notes what its property values could name
   * (`collectProbes`). Everything here reads the resource alone, so a caller
   * that has just read it (the scan, building it) finds it in the cache.
   */
  add(r: ResourceView): boolean {
    this.resources.push(r);
    this.idle.push(false);
    // The lazily built indexes stay complete if something built them already.
    this.urnIndex?.set(r.urn, r);
    if (this.fullIndex) this.addToFullIndex(this.fullIndex, r);
    const role = this.roles.of(r.type);
    // A resource placed through another one (an Azure resource without a location takes its resource
    // group's) is judged once every resource is known, as that one may come later.
    const deferred = this.placedByStack(r);
    let destination = false;
    if (deferred) this.deferred.push(r);
    else destination = this.indexDestination(r);
    this.probeStart.push(this.probes.length);
    try {
      // restricted-provider covers a resource of a restricted package: `finish` reads none of its references.
      if (!role.covered) collectProbes(r, this.det, this.probes);
    } catch {
      this.probes.push(probeAlways); // unreadable: the analysis reads it, and reports what it finds
    }
    // What `finish` reads: resources placed late, and, unless restricted-provider covers them, destinations
    // (their own values name themselves, so their references are read) and types with an analysis of their own.
    if (deferred) return true;
    if (role.covered) return false;
    const keys = role.analysedKeys;
    if (keys !== undefined && !keys.some((k) => own(r.inputs, k) !== undefined))
      this.idle[this.resources.length - 1] = true; // the reader would find nothing
    else if (role.analysed) return true;
    return destination;
  }

  /** The findings, once every resource has been added. */
  finish(): Finding[] {
    this.probeStart.push(this.probes.length);
    for (const r of this.deferred) this.indexDestination(r);
    for (let i = 0; i < this.resources.length; i++) {
      const r = this.resources[i]!;
      if (this.roles.of(r.type).collected) this.collected.add(r);
      this.analyseResource(r, i);
    }
    const collected = (type: string): readonly ResourceView[] => this.collected.get(type);
    for (const p of this.registry.postPasses) this.guard(undefined, () => p.run(collected, this));
    return this.writer.out;
  }

  /**
   * Whether the values of resource `i` may name a destination, or hold a
   * restricted ARN or endpoint (see `collectProbes`): when not,
   * `referenceEdges` would find nothing, and is not run.
   */
  private mayReference(i: number): boolean {
    // A GCP network destination is named by a part of a value (".../networks/<name>"), which probes do not note.
    if (this.exhaustive || this.destinations.gcpNetwork.size > 0) return true;
    const end = this.probeStart[i + 1]!;
    for (let k = this.probeStart[i]!; k < end; k++) {
      const h = this.probes.at(k);
      if (h === probeAlways) return true;
      if (h === probeAzure) {
        if (this.destinations.azure.size > 0) return true;
      } else if (this.destinationFilter.mayHoldHash(h)) return true;
    }
    return false;
  }

  /**
   * Every resource by URN. Only a value or dependency that is a URN is looked
   * up this way, and most stacks have none that could matter, so the map is
   * built on first use. Verdicts, regions and scopes are kept per resource,
   * not per URN, so a URN that repeats (an ill-formed state) cannot lend one
   * copy's verdict to the other.
   */
  private get byUrn(): Map<string, ResourceView> {
    if (!this.urnIndex) {
      this.urnIndex = new Map();
      for (const r of this.resources) this.urnIndex.set(r.urn, r);
    }
    return this.urnIndex;
  }

  private get index(): StackIndex {
    if (!this.fullIndex) {
      this.fullIndex = new StackIndex(this.registry.identifiers);
      for (const r of this.resources) this.addToFullIndex(this.fullIndex, r);
    }
    return this.fullIndex;
  }

  private addToFullIndex(index: StackIndex, r: ResourceView): void {
    try {
      index.addView(r);
    } catch {
      // An unreadable resource is still analysed, where a failure is reported.
    }
  }

  /** Whether `locateView` places `r` through the stack index (see there), so it can be judged only once all are added. */
  private placedByStack(r: ResourceView): boolean {
    // Only azure-native resources are placed by their group: no other needs its region resolved here.
    const role = this.roles.of(r.type);
    if (role.outside || !role.azureNative) return false;
    try {
      return placedByResourceGroup(r, resolveRegion(r, this.det, this.memo));
    } catch {
      return false; // indexDestination fails closed on the same error
    }
  }

  /** Indexes `r` when it is a destination; returns whether it is. */
  private indexDestination(r: ResourceView): boolean {
    if (this.roles.of(r.type).outside) return false; // never a destination of a plain reference
    let candidate: boolean;
    try {
      candidate = this.isRestricted(r);
    } catch {
      candidate = true;
    }
    if (!candidate) return false;
    this.destinationsByUrn.set(r.urn, r);
    this.destinationFilter.add(r.urn);
    try {
      this.destinations.addView(r);
    } catch {
      // The full index stops at the same property, so both hold the same keys for it.
    }
    return true;
  }

  /** `judgeView(view).status === "restricted"`, without building or memoising the verdict. */
  private isRestricted(view: ResourceView): boolean {
    const det = this.det;
    if (this.roles.of(view.type).covered) return true;
    const where = this.locateView(view);
    if (where.status !== "known") return false;
    for (const p of where.places) for (const j of p.jurisdictions) if (det.jurisdictions.has(j)) return true;
    return false;
  }

  /**
   * What `lookup(value, referenceKinds)` could return, judged with
   * the same probes on the small index of destinations: "none" (no
   * destination), "self" (only `self`, which is never a new destination: a
   * resource often names its own id), or "maybe" (ask the full index).
   */
  destinationNamedBy(value: string, self: ResourceView): "none" | "self" | "maybe" {
    if (value.startsWith("urn:pulumi:")) return this.destinationsByUrn.has(value) ? "maybe" : "none";
    const d = this.destinations;
    if (this.destinationsByUrn.size === 0) return "none";
    // A hit on `self` alone is "self"; any other hit (or an ambiguous key, null) is "maybe".
    let named: "none" | "self" = "none";
    let hit: ResourceView | null | undefined;
    if (value.startsWith("arn:") && d.arn.mayHold(value) && (hit = d.arn.peek(value)) !== undefined) {
      if (hit === null || hit.urn !== self.urn) return "maybe";
      named = "self";
    }
    if (d.id.mayHold(value) && (hit = d.id.peek(lower(value))) !== undefined) {
      if (hit === null || hit.urn !== self.urn) return "maybe";
      named = "self";
    }
    if (d.azure.size > 0 && value.startsWith("/subscriptions/")) return "maybe";
    if (d.gcpNetwork.size > 0) {
      const name = gcpNetworkName(value);
      if (name !== undefined && d.gcpNetwork.mayHold(name) && (hit = d.gcpNetwork.peek(name)) !== undefined) {
        if (hit === null || hit.urn !== self.urn) return "maybe";
        named = "self";
      }
    }
    return named;
  }

  // --- region / verdict memos -------------------------------------------------

  regionOf(view: ResourceView): RegionResolution {
    let r = this.regions.get(view);
    if (!r) {
      r = this.locateView(view);
      this.regions.set(view, r);
    }
    return r;
  }

  /** The resource group an azure-native resource names (`resourceGroupName`): in the stack, unknown at preview, or outside. */
  private resourceGroupOf(view: ResourceView): Ref {
    const value = own(view.inputs, "resourceGroupName");
    if (isUnknown(value)) return this.viaDependencies(view, "resourceGroupName", resourceGroupTypes);
    const rg = knownString(value);
    if (!rg) return none;
    const rgView = this.index.azure.get(`resourcegroups/${lower(rg)}`);
    return rgView && rgView.urn !== view.urn ? { kind: "view", view: rgView } : { kind: "external", value: rg };
  }

  private locateView(view: ResourceView): RegionResolution {
    let r = resolveRegion(view, this.det, this.memo);
    if (placedByResourceGroup(view, r)) {
      const rg = this.resourceGroupOf(view);
      const rgView = rg.kind === "view" ? rg.view : undefined;
      if (rgView) {
        const viaRg = resolveRegion(rgView, this.det, this.memo);
        if (viaRg.status === "known") r = { status: "known", source: `resource-group:${viaRg.source}`, places: viaRg.places };
        else if (viaRg.status === "unknown") r = { status: "unknown", source: `resource-group:${viaRg.source}` };
      }
    }
    return r;
  }

  judgeView(view: ResourceView): Verdict {
    let v = this.verdicts.get(view);
    if (!v) {
      v = judge(this.det, packageOfType(view.type), this.regionOf(view));
      this.verdicts.set(view, v);
    }
    return v;
  }

  judgeDest(d: DestSpec): Verdict {
    if (d.kind === "view") return this.judgeView(d.view);
    if (d.kind === "places") return judge(this.det, d.pkg, d.resolution);
    return judgeVendor(this.det, d);
  }

  outsideFlows(type: string): boolean {
    return this.roles.of(type).outside;
  }

  /**
   * Resolves a reference held in `value` (read from top-level input `key` of
   * `holder`): by URN, ARN, id or a kind-specific name; an unknown value
   * through the holder's property dependencies, narrowed to `types`.
   */
  resolveRef(holder: ResourceView, key: string, value: unknown, kinds: readonly RefKind[], types?: readonly string[]): Ref {
    if (value === undefined || value === null || value === "") return none;
    if (isUnknown(value)) return this.viaDependencies(holder, key, types);
    if (typeof value !== "string") return none;
    const hit = this.lookup(value, kinds);
    if (hit && hit.urn !== holder.urn) return { kind: "view", view: hit };
    return { kind: "external", value };
  }

  viaDependencies(holder: ResourceView, key: string, types?: readonly string[]): Ref {
    const candidates: ResourceView[] = [];
    for (const urn of propertyDependenciesOf(holder, key)) {
      const v = this.byUrn.get(urn);
      if (!v || v.urn === holder.urn) continue;
      if (types && !types.includes(v.type)) continue;
      if (!candidates.some((c) => c.urn === v.urn)) candidates.push(v);
    }
    return candidates.length === 1 ? { kind: "view", view: candidates[0]! } : { kind: "unknown" };
  }

  lookup(value: string, kinds: readonly RefKind[]): ResourceView | undefined {
    if (value.length > 2048) return undefined;
    if (value.startsWith("urn:pulumi:")) return this.byUrn.get(value);
    const idx = this.index;
    const direct = (value.startsWith("arn:") ? idx.arn.get(value) : undefined) ?? idx.id.get(lower(value));
    if (direct) return direct;
    for (const k of kinds) {
      let hit: ResourceView | undefined;
      switch (k) {
        case "s3": {
          const arn = parseArn(value);
          hit = idx.s3.get(arn && arn.service === "s3" ? arn.resource.split("/")[0]! : value);
          break;
        }
        case "rds": {
          const arn = parseArn(value);
          const ident = arn ? arn.resource.slice(arn.resource.indexOf(":") + 1) : value;
          hit = idx.rds.get(lower(ident));
          break;
        }
        case "azure": {
          for (const key of value.startsWith("/subscriptions/") ? azureIdKeys(value) : []) if ((hit = idx.azure.get(key))) break;
          break;
        }
        case "gcp-network": {
          const name = gcpNetworkName(value);
          hit = name ? idx.gcpNetwork.get(name) : undefined;
          break;
        }
      }
      if (hit) return hit;
    }
    return undefined;
  }

  /** A destination from a resolved reference; external values placed by ARN when possible. */
  destFromRef(ref: Ref, path: string): DestSpec | "unknown" | undefined {
    if (ref.kind === "view") return { kind: "view", view: ref.view };
    if (ref.kind === "unknown") return "unknown";
    if (ref.kind === "external") return this.destFromArn(ref.value, path);
    return undefined;
  }

  destFromArn(value: string, path: string): DestSpec | undefined {
    const arn = parseArn(value);
    if (!arn) return undefined;
    const place = placeOfArn(arn, this.det);
    return place
      ? {
          kind: "places",
          pkg: "aws",
          resolution: { status: "known", source: path, places: [place] },
          label: "a resource outside this stack",
        }
      : undefined;
  }

  /** The reader of `r`'s type, or nothing. */
  private extract(r: ResourceView): Extracted {
    const entry = this.roles.of(r.type).reader;
    return entry ? entry.read(r, this) : nothingExtracted;
  }

  azureName(collection: string, v: unknown): unknown {
    const s = knownString(v);
    if (!s || s.startsWith("/subscriptions/")) return v;
    return this.index.azure.get(`${collection}/${lower(s)}`)?.urn ?? v;
  }

  /** Resource `i`'s flows (guarded as `guard` does, without a closure per resource). */
  private analyseResource(r: ResourceView, i: number): void {
    try {
      const role = this.roles.of(r.type);
      if (role.outside || role.covered) return; // restricted-provider covers a restricted package
      if (role.exclusive) {
        this.collected.add(r); // read by its post-pass alone
        return;
      }
      const extracted = this.idle[i] ? { edges: [], handled: role.analysedKeys! } : this.extract(r);
      this.emitAll(r, extracted.edges);
      if (!role.controlPlane && this.mayReference(i)) this.emitAll(r, referenceEdges(r, extracted, this));
    } catch (e) {
      this.failed(r, e);
    }
  }

  /** Runs `fn`; on an error, reports the resource if it looks like it references something restricted. */
  guard(r: ResourceView | undefined, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (r) this.failed(r, e);
    }
  }

  private failed(r: ResourceView, e: unknown): void {
    let looks: boolean;
    try {
      looks = this.restrictedLooking(r);
    } catch {
      looks = true;
    }
    if (looks) this.writer.emitError(r, errorSummary(e));
  }

  private restrictedLooking(r: ResourceView): boolean {
    const det = this.det;
    const pkg = packageOfType(r.type);
    if (namesRelevantHost(r.inputs, det)) return true;
    let budget = 256;
    let found = false;
    const walk = (v: unknown, depth: number): void => {
      if (found || budget <= 0 || depth > 6) return;
      if (typeof v === "string") {
        budget--;
        if (v.length > 2048) return;
        const arn = parseArn(v);
        const place = arn ? placeOfArn(arn, this.det) : v.length <= 32 ? placeOf(pkg, v, det) : undefined;
        if (place && place.jurisdictions.some((j) => det.jurisdictions.has(j))) found = true;
        return;
      }
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length && budget > 0; i++) walk(v[i], depth + 1);
        return;
      }
      if (isRecord(v)) for (const k of Object.keys(v)) walk(own(v, k), depth + 1);
    };
    walk(r.inputs, 0);
    return found;
  }

  emitAll(declarer: ResourceView, edges: readonly Edge[]): void {
    for (const e of edges) this.writer.emit(declarer, e);
  }
}
