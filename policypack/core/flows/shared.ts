/** Readers shared by several mechanisms: unknown and regional destinations, "this resource is a replica of". */
import type { Determination } from "../model";
import { own } from "../props";
import { placeOf } from "../region";
import type { ResourceView } from "../types";
import { parseArn, placeOfArn } from "./readers";
import type { DestSpec, Edge, Extracted, FlowContext, RefKind } from "./types";

export const nothingExtracted: Extracted = { edges: [], handled: [] };

export function unknownDest(path: string): DestSpec {
  return { kind: "places", pkg: "", resolution: { status: "unknown", source: path }, label: "a destination" };
}

/**
 * A destination outside the stack whose region nothing says (an S3 ARN holds
 * none): it follows `unknownRegion`, as a region unknown at preview does.
 * `label` names it ("bucket 'x' outside this stack"), `hint` says how its
 * region could be made known.
 */
export function outsideDest(pkg: string, path: string, label: string, hint: string): DestSpec {
  return { kind: "places", pkg, resolution: { status: "unknown", source: path }, label, outside: hint };
}

export function unknownEdge(mechanism: string, path: string): Edge {
  return { mechanism, path, dest: unknownDest(path) };
}

export function regionDest(det: Determination, pkg: string, region: string, path: string, label: string): DestSpec {
  return { kind: "places", pkg, resolution: { status: "known", source: path, places: [placeOf(pkg, region, det)] }, label };
}

/** How a replica names its primary. */
export interface ReplicaSpec {
  /** Top-level input naming the primary. */
  readonly key: string;
  readonly mechanism: string;
  readonly kinds: readonly RefKind[];
  /** Types the primary may be (narrows an unknown value through property dependencies). */
  readonly sourceTypes: readonly string[];
}

/** The declaring resource is a replica of `key`: the source is the primary, the destination the replica itself. */
export function replicaOf(r: ResourceView, spec: ReplicaSpec, cx: FlowContext): Extracted {
  const { key, mechanism, kinds } = spec;
  const v = own(r.inputs, key);
  if (v === undefined || v === null || v === "") return { edges: [], handled: [key] };
  const ref = cx.resolveRef(r, key, v, kinds, spec.sourceTypes);
  const path = `input:${key}`;
  const edge: Edge = { mechanism, path, dest: { kind: "view", view: r } };
  if (ref.kind === "view") return { edges: [{ ...edge, source: ref.view }], handled: [key] };
  if (ref.kind === "unknown") return { edges: [{ ...edge, sourceUnknown: true }], handled: [key] };
  if (ref.kind === "external") {
    const arn = parseArn(ref.value);
    const place = arn ? placeOfArn(arn, cx.det) : undefined;
    if (place) return { edges: [{ ...edge, sourcePlaces: { status: "known", source: path, places: [place] } }], handled: [key] };
    // A plain identifier names a primary in the replica's own region: nothing crosses a border.
    if (!arn && kinds.includes("rds")) return { edges: [], handled: [key] };
    return { edges: [{ ...edge, sourceExternal: true }], handled: [key] };
  }
  return { edges: [], handled: [key] };
}
