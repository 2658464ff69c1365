/**
 * Probes: what a resource's values could name, noted as it is added and read
 * again once the stack's destinations are known (see `mayReference`).
 */
import { hasOwn, own, isRecord, type Props } from "../props";
import type { Determination } from "../model";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { sampleHash } from "./key-maps";
import { dependenciesOf, placeOfArnText, tagPropertySet, urnsOf } from "./readers";

/** Where probes are noted: an array, or a `ProbeList`. */
export interface ProbeOut {
  push(probe: number): unknown;
}

/**
 * The probes of a whole stack, in one growing typed array: 4 bytes a probe
 * (a `sampleHash` is 16 bits, the markers negative), where an array of
 * numbers takes 8 and leaves a copy in the old generation each time it grows
 * (a 100,000-resource stack notes about 600,000).
 */
export class ProbeList implements ProbeOut {
  private items = new Int32Array(1024);
  length = 0;

  push(probe: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = probe;
  }

  at(i: number): number {
    return this.items[i]!;
  }
}

/** A probe that always calls for the reference analysis. */
export const probeAlways = -1;
/** A probe naming an Azure resource id: calls for the analysis when the stack has Azure destinations. */
export const probeAzure = -2;
/** Strings a probe walk reads before it gives up and calls for the analysis (the analysis reads 256). */
const probeStringBudget = 1024;

interface ProbeWalk {
  budget: number;
  always: boolean;
  readonly det: Determination;
  readonly out: ProbeOut;
}

/**
 * Notes in `out`, for one resource, what `referenceEdges` could act on, as
 * numbers read again once the stack's destinations are known: the
 * `sampleHash` of every value it would probe for a destination (property
 * values, property dependencies, dependencies), `probeAzure` for an Azure
 * resource id, and `probeAlways` for what needs no index to matter (an ARN
 * in a restricted place, a value
 * that cannot be hashed, or more values than the budget). It reads more than
 * `referenceEdges` does (every top-level key but tags, more strings), so a resource with no matching note has no reference edge.
 * (A GCP network named inside a longer value is not noted: a stack with a
 * GCP network destination has every resource analysed, see `mayReference`.)
 */
export function collectProbes(r: ResourceView, det: Determination, out: ProbeOut): void {
  const w: ProbeWalk = { budget: probeStringBudget, always: false, det, out };
  walkProbes(r.inputs, 0, w);
  if (w.always) {
    out.push(probeAlways);
    return;
  }
  const pd = own(r, "propertyDependencies");
  if (isRecord(pd)) for (const k of Object.keys(pd).slice(0, 256)) for (const u of urnsOf(own(pd, k))) out.push(sampleHash(u));
  for (const u of dependenciesOf(r)) out.push(sampleHash(u));
}

function walkProbes(v: unknown, depth: number, w: ProbeWalk): void {
  if (w.always || depth > 6) return;
  if (typeof v === "string") {
    if (--w.budget < 0) w.always = true;
    else probeString(v, w);
    return;
  }
  if (typeof v !== "object" || v === null) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && !w.always; i++) walkProbes(v[i], depth + 1, w);
    return;
  }
  // for-in with an own-property check: the keys Object.keys lists, in its order, without allocating the list.
  for (const k in v) {
    if (w.always) return;
    if (!hasOwn.call(v, k) || (depth === 0 && tagPropertySet.has(k))) continue;
    walkProbes((v as Props)[k], depth + 1, w);
  }
}

function probeString(v: string, w: ProbeWalk): void {
  const det = w.det;
  if (v.length < 8 || v.length > 2048 || isUnknown(v)) return;
  if (v.startsWith("arn:")) {
    const place = placeOfArnText(v, det);
    if (place && place.jurisdictions.some((j) => det.jurisdictions.has(j))) {
      w.always = true;
      return;
    }
  }
  if (v.startsWith("/subscriptions/")) w.out.push(probeAzure);
  const h = sampleHash(v);
  if (h < 0) {
    w.always = true;
    return;
  }
  w.out.push(h);
}
