/**
 * Places resources that take their location from another resource of the
 * stack: an azure-native resource without a `location` of its own lies in
 * its resource group's. Only the whole stack can say where that group is,
 * so the resource policies (which see one resource) leave it, and this pass
 * (run by `restricted-region` and `upcoming-restriction` over the stack, and
 * by `scan`) decides it:
 *
 * - the group is in the stack, at a known location: the resource is decided
 *   by `decide` as if it set that location itself, and what that adds to its
 *   own decision (a restricted region, residency, a paired-region backup, an
 *   upcoming rule) is reported, naming the group;
 * - the group is outside the stack (or its location, or its name, cannot be
 *   known during preview): the region cannot be determined, which follows
 *   `unknownRegion` — advisory by default, mandatory with `violation` — with
 *   a message saying where the region comes from and how to make it explicit.
 *
 * A resource that is a child of another azure-native resource of the stack
 * whose region is known (a blob container of its account) lies where that
 * parent lies, which is judged itself: it is not reported here.
 *
 * Pure: no I/O, no clock but the injected one, no module-level mutable
 * state. Linear: one pass to index groups and note candidates, one over the
 * candidates.
 */
import { isGlobalType, isProviderType, packageOfType } from "../catalog";
import { decide } from "./decide";
import { isRecord, own } from "./props";
import { resolveRegion } from "./region";
import type { Clock, Finding, ResourceView, Settings } from "./types";
import { isUnknown, unknownString } from "./unknown";

/** Resource group types and the inputs that name them. */
const groupTypes: ReadonlyMap<string, readonly string[]> = new Map([
  ["azure-native:resources:ResourceGroup", ["resourceGroupName", "name"]],
  ["azure:core/resourceGroup:ResourceGroup", ["name"]],
]);
/** The package whose resources without a location take their group's. */
const placedPackage = "azure-native";
const groupKey = "resourceGroupName";
const groupName = /^[-\w.()]{1,90}$/;

/** Finds the findings of placement resource by resource: `add` every resource of the stack, then `finish`. */
export interface PlacementFinder {
  /** Adds the next resource; returns whether `finish` reads its inputs (a caller that lets inputs go keeps them). */
  add(view: ResourceView): boolean;
  finish(): Finding[];
}

function knownText(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 0 && !isUnknown(v) ? v : undefined;
}

function dependencyUrns(view: ResourceView, key: string): readonly string[] {
  const v = own(own(view, "propertyDependencies"), key);
  return Array.isArray(v) ? v.slice(0, 64).filter((u): u is string => typeof u === "string") : [];
}

/** The resource group an Azure resource id names (`/subscriptions/<s>/resourceGroups/<name>/…`). */
function groupInId(id: unknown): string | undefined {
  const text = knownText(id);
  if (!text || text.length > 2048 || !text.startsWith("/subscriptions/")) return undefined;
  const m = /\/resourcegroups\/([^/]+)/i.exec(text);
  return m ? m[1] : undefined;
}

/** The group `view` names: its `resourceGroupName`, else the group of its Azure id (outputs hold the id, not always the name). */
function namedGroup(view: ResourceView): unknown {
  const v = own(view.inputs, groupKey);
  return v !== undefined ? v : (groupInId(view.id) ?? groupInId(own(view.inputs, "id")));
}

/**
 * A cheap over-approximation of `placedByGroup`, for one resource as Analyze
 * sees it: an azure-native resource (not a group) without a `location` input
 * that names a group. A run with none has nothing to place.
 */
export function mayBePlacedByGroup(view: ResourceView): boolean {
  const type = view.type;
  if (!type.startsWith(`${placedPackage}:`) || groupTypes.has(type)) return false;
  return own(view.inputs, "location") === undefined && namedGroup(view) !== undefined;
}

/** Whether `view` is placed by its resource group: azure-native, regional, with no location of its own, naming a group. */
function placedByGroup(view: ResourceView, settings: Settings): boolean {
  const type = view.type;
  if (packageOfType(type) !== placedPackage || isProviderType(type) || type.startsWith("pulumi:") || isGlobalType(type)) return false;
  if (groupTypes.has(type) || namedGroup(view) === undefined) return false;
  return resolveRegion(view, settings.determination).status === "absent";
}

export function placementFinder(settings: Settings, clock: Clock): PlacementFinder {
  /** Groups by lower-case name (null: two groups share it) and by URN. */
  const groups = new Map<string, ResourceView | null>();
  const groupsByUrn = new Map<string, ResourceView>();
  /** URNs of azure-native resources whose own region is known (parents that place their children). */
  const placed = new Set<string>();
  const candidates: ResourceView[] = [];

  function addGroup(view: ResourceView, keys: readonly string[]): void {
    groupsByUrn.set(view.urn, view);
    for (const k of keys) {
      const name = knownText(own(view.inputs, k));
      if (!name) continue;
      const key = name.toLowerCase();
      groups.set(key, groups.has(key) && groups.get(key)?.urn !== view.urn ? null : view);
      return;
    }
  }

  /** The group a candidate names: in the stack, unknown (preview), or outside (its name). */
  function groupOf(view: ResourceView): { kind: "view"; view: ResourceView } | { kind: "unknown" } | { kind: "outside"; name: string } {
    const value = namedGroup(view);
    const viaDeps = dependencyUrns(view, groupKey)
      .map((u) => groupsByUrn.get(u))
      .filter((g): g is ResourceView => g !== undefined);
    if (isUnknown(value)) return viaDeps.length === 1 ? { kind: "view", view: viaDeps[0]! } : { kind: "unknown" };
    const name = knownText(value);
    if (!name) return { kind: "unknown" };
    const hit = groups.get(name.toLowerCase());
    if (hit) return { kind: "view", view: hit };
    if (hit === null) return viaDeps.length === 1 ? { kind: "view", view: viaDeps[0]! } : { kind: "unknown" };
    return { kind: "outside", name };
  }

  /** A child of another azure-native resource of the stack whose region is known (named by any input but the group). */
  function hasPlacedParent(view: ResourceView): boolean {
    const deps = own(view, "propertyDependencies");
    if (!isRecord(deps)) return false;
    for (const key of Object.keys(deps)) {
      if (key === groupKey) continue;
      for (const u of dependencyUrns(view, key)) if (u !== view.urn && placed.has(u)) return true;
    }
    return false;
  }

  /** `view` decided as if it set `location` itself. */
  function decideAt(view: ResourceView, location: string): Finding[] {
    return decide({ ...view, inputs: { ...view.inputs, location } }, settings, clock);
  }

  function place(view: ResourceView): Finding[] {
    if (hasPlacedParent(view)) return [];
    const group = groupOf(view);
    if (group.kind === "view") {
      const where = resolveRegion(group.view, settings.determination);
      const label = `resource group '${group.view.name}'`;
      if (where.status === "known") {
        const raw = where.places[0]?.raw;
        if (raw === undefined) return [];
        // What the group's location adds to the resource's own decision (which is, most often, nothing: decided once).
        const at = decideAt(view, raw).filter((f) => f.policy === "restricted-region" || f.policy === "upcoming-restriction");
        if (at.length === 0) return [];
        const before = new Set(decide(view, settings, clock).map(findingKey));
        return at
          .filter((f) => !before.has(findingKey(f)))
          .map((f) => ({
            ...f,
            regionSource: `resource-group:${f.regionSource ?? "location"}`,
            reason: `${f.reason} (the resource sets no location and lies in its ${label}'s)`,
          }));
      }
      if (where.status === "unknown") return undetermined(view, `its ${label}'s location cannot be known during preview`, "resource-group");
      return undetermined(view, `its ${label} sets no location either`, "none");
    }
    if (group.kind === "unknown")
      return undetermined(view, "the name of its resource group cannot be known during preview", "resource-group");
    const named = groupName.test(group.name) ? `resource group '${group.name}'` : "resource group";
    return undetermined(
      view,
      `it takes the location of its ${named}, which is not in this stack; set location on the resource, or manage the resource group in this stack`,
      "none",
    );
  }

  /** The unknownRegion finding of a resource whose group does not say where it is (as `decide` words an unknown region). */
  function undetermined(view: ResourceView, why: string, source: string): Finding[] {
    return decideAt(view, unknownString)
      .filter((f) => f.policy === "restricted-region" && f.rule === "unknown-region")
      .map((f) => ({
        ...f,
        regionSource: source,
        reason: `the region cannot be determined: the resource sets no location and ${why}; unknownRegion is '${settings.unknownRegion}'${
          f.reason.endsWith("(scope tags unknown during preview)") ? " (scope tags unknown during preview)" : ""
        }`,
      }));
  }

  return {
    add(view) {
      const keys = groupTypes.get(view.type);
      if (keys) {
        addGroup(view, keys);
        return true;
      }
      if (packageOfType(view.type) !== placedPackage) return false;
      let candidate: boolean;
      try {
        candidate = placedByGroup(view, settings);
        if (!candidate && resolveRegion(view, settings.determination).status === "known") placed.add(view.urn);
      } catch {
        candidate = false; // decide reports an unreadable resource itself
      }
      if (candidate) candidates.push(view);
      return candidate;
    },
    finish() {
      // A determination that restricts no jurisdiction and allows every region: no region changes a decision.
      if (settings.determination.jurisdictions.size === 0 && settings.allowedRegions.size === 0) return [];
      const out: Finding[] = [];
      for (const view of candidates) {
        if (settings.determination.providers.has(packageOfType(view.type))) continue; // restricted-provider covers it
        try {
          out.push(...place(view));
        } catch {
          // decide fails closed on the same resource when it is analysed alone
        }
      }
      return out;
    },
  };
}

function findingKey(f: Finding): string {
  return `${f.policy}|${f.rule}|${f.region ?? ""}|${f.blocking ? 1 : 0}`;
}

/** The placement findings of a whole stack. */
export function findPlacements(resources: readonly ResourceView[], settings: Settings, clock: Clock): Finding[] {
  const finder = placementFinder(settings, clock);
  for (const r of resources) finder.add(r);
  return finder.finish();
}
