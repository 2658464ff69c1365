/**
 * Reference edges: the values, property dependencies and dependencies of a
 * resource that name a restricted destination no mechanism accounted for,
 * and ARNs that place one. Endpoint hosts are not flows: the resource that
 * names one is decided at the resource (core/endpoints.ts), once.
 */
import type { Determination } from "../model";
import { isRecord, own, pathText, safeIdentifier } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { dependenciesOf, parseArn, placeOfArn, propertyDependenciesOf, tagPropertySet, urnsOf } from "./readers";
import type { Edge, Extracted, RefKind, Verdict } from "./types";

/** Kinds of key a plain property value is looked up by (besides URN, ARN and id). */
export const referenceKinds: readonly RefKind[] = ["azure", "gcp-network"];

/** What the reference scan asks of the analysis. */
export interface ReferenceContext {
  readonly det: Determination;
  /** The restricted destinations (and those whose verdict failed) by URN. */
  readonly destinationsByUrn: ReadonlyMap<string, ResourceView>;
  /** Whether `value` may name a destination other than `self` (see the analysis). */
  destinationNamedBy(value: string, self: ResourceView): "none" | "self" | "maybe";
  lookup(value: string, kinds: readonly RefKind[]): ResourceView | undefined;
  judgeView(view: ResourceView): Verdict;
  outsideFlows(type: string): boolean;
}

/** References that no mechanism handled: property values, property dependencies, dependencies. */
export function referenceEdges(r: ResourceView, extracted: Extracted, cx: ReferenceContext): Edge[] {
  const edges: Edge[] = [];
  const handled = extracted.handled;
  // Top-level keys the extractor analysed, and tags: not references.
  const isHandled = (key: string): boolean => handled.includes(key) || tagPropertySet.has(key);
  // The resources already accounted for (the resource itself, what its extractor found): built on the
  // first target, as most resources name none.
  let covered: Set<string> | undefined;
  /** A stack resource this one refers to that is a new, restricted destination. */
  const restrictedTarget = (target: ResourceView | undefined): target is ResourceView => {
    if (!target || cx.outsideFlows(target.type)) return false;
    if (!covered) {
      covered = new Set<string>([r.urn]);
      for (const e of extracted.edges) {
        if (e.source) covered.add(e.source.urn);
        if (e.dest.kind === "view") covered.add(e.dest.view.urn);
      }
      for (const k of handled) for (const u of propertyDependenciesOf(r, k)) covered.add(u);
    }
    if (covered.has(target.urn)) return false;
    covered.add(target.urn);
    return cx.judgeView(target).status === "restricted";
  };
  const det = cx.det;

  // 1. One walk over the property values: values naming a resource of the stack (URN, ARN, id, Azure id,
  //    GCP self link), or an ARN placing it: at most 256 strings, depth 6. The path is kept as a stack of
  //    keys and turned into text only for an edge.
  let refBudget = 256;
  const path: (string | number)[] = [];
  const referenceAt = (v: string): void => {
    if (v.length < 8 || v.length > 2048 || isUnknown(v)) return;
    const named = cx.destinationNamedBy(v, r);
    const hit = named === "maybe" ? cx.lookup(v, referenceKinds) : undefined;
    if (hit) {
      if (restrictedTarget(hit)) edges.push({ mechanism: "reference", path: `input:${pathText(path)}`, dest: { kind: "view", view: hit } });
      return;
    }
    const arn = parseArn(v);
    if (!arn) return;
    const place = placeOfArn(arn, det);
    if (!place || !place.jurisdictions.some((j) => det.jurisdictions.has(j))) return;
    // An ARN that names a resource of the stack is a reference to it, judged by its verdict, not by the ARN.
    if (named !== "maybe" && cx.lookup(v, referenceKinds)) return;
    const at = `input:${pathText(path)}`;
    edges.push({
      mechanism: "reference",
      path: at,
      dest: {
        kind: "places",
        pkg: "aws",
        resolution: { status: "known", source: at, places: [place] },
        label: "a resource outside this stack",
      },
    });
  };
  const walk = (v: unknown, depth: number): void => {
    if (refBudget <= 0 || depth > 6) return;
    if (typeof v === "string") {
      refBudget--;
      referenceAt(v);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && refBudget > 0; i++) {
        path.push(i);
        walk(v[i], depth + 1);
        path.pop();
      }
      return;
    }
    for (const k of Object.keys(v)) {
      if (refBudget <= 0) return;
      if (depth === 0 && isHandled(k)) continue;
      path.push(k);
      walk(own(v, k), depth + 1);
      path.pop();
    }
  };
  walk(r.inputs, 0);

  // 2. Property dependencies, then plain dependencies.
  const pd = own(r, "propertyDependencies");
  if (isRecord(pd)) {
    for (const k of Object.keys(pd).slice(0, 256)) {
      if (isHandled(k)) continue;
      for (const u of urnsOf(own(pd, k))) {
        const target = cx.destinationsByUrn.get(u); // only a restricted destination matters
        if (restrictedTarget(target))
          edges.push({ mechanism: "reference", path: `propertyDependencies:${safeIdentifier(k)}`, dest: { kind: "view", view: target } });
      }
    }
  }
  // Plain dependencies (dependsOn and the like) order operations; they count only for resources
  // without a type-specific flow, whose extractor already says where their data goes.
  if (extracted.edges.length === 0) {
    for (const u of dependenciesOf(r)) {
      const target = cx.destinationsByUrn.get(u); // only a restricted destination matters
      if (restrictedTarget(target)) edges.push({ mechanism: "dependency", path: "dependencies", dest: { kind: "view", view: target } });
    }
  }

  return edges;
}
