/** Small readers of property values and identifiers, shared by the flow analysis and its mechanisms. */
import { placeOf, type Place } from "../region";
import { isRecord, own } from "../props";
import { tagProperties } from "../scope";
import type { Determination } from "../model";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";

/** Items of a value that may be a list or a single object (bridged max-1 blocks). */
export function items(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v.length > 256 ? v.slice(0, 256) : v;
  return isRecord(v) ? [v] : [];
}

/** A known, non-empty string, or undefined. */
export function knownString(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 0 && !isUnknown(v) ? v : undefined;
}

export const tagPropertySet: ReadonlySet<string> = new Set(tagProperties);

export function lower(s: string): string {
  return s.toLowerCase();
}

/**
 * Fields a view may carry beyond `ResourceView` (stack policies and state
 * exports know them): `id`, `dependencies` and `propertyDependencies` as
 * URNs. Read through `own`, so absent fields cost nothing.
 */
export function viewId(view: ResourceView): string | undefined {
  return knownString(own(view, "id")) ?? knownString(own(view.inputs, "id"));
}

export function urnsOf(v: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(v)) return out;
  for (let i = 0; i < v.length && i < 256; i++) {
    const d: unknown = v[i];
    const urn = typeof d === "string" ? d : knownString(own(d, "urn"));
    if (urn && urn.startsWith("urn:pulumi:")) out.push(urn);
  }
  return out;
}

export function dependenciesOf(view: ResourceView): string[] {
  return urnsOf(own(view, "dependencies"));
}

export function propertyDependenciesOf(view: ResourceView, key: string): string[] {
  return urnsOf(own(own(view, "propertyDependencies"), key));
}

export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly resource: string;
}

/** arn:partition:service:region:account:resource */
export function parseArn(s: string): Arn | undefined {
  if (!s.startsWith("arn:") || s.length > 2048) return undefined;
  const parts = s.split(":");
  if (parts.length < 6) return undefined;
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]!, resource: parts.slice(5).join(":") };
}

/** Azure resource id → lower-case keys for its last one and two `type/name` pairs. */
export function azureIdKeys(id: string): string[] {
  if (id.length > 2048) return [];
  const segs = id.split("/").filter((s) => s.length > 0);
  const p = segs.findIndex((s) => lower(s) === "providers");
  if (p < 0) {
    // A resource group id: /subscriptions/<s>/resourceGroups/<name>
    const rg = segs.findIndex((s) => lower(s) === "resourcegroups");
    return rg >= 0 && segs[rg + 1] ? [`resourcegroups/${lower(segs[rg + 1]!)}`] : [];
  }
  const pairs = segs.slice(p + 2); // skip "providers", namespace
  const keys: string[] = [];
  const n = Math.floor(pairs.length / 2);
  if (n >= 2) keys.push(lower(pairs.slice((n - 2) * 2, n * 2).join("/")));
  if (n >= 1) keys.push(lower(pairs.slice((n - 1) * 2, n * 2).join("/")));
  return keys;
}

/** The network name of a GCP network reference (self link, relative name or plain name). */
export function gcpNetworkName(ref: string): string | undefined {
  const at = ref.lastIndexOf("networks/");
  const name = at >= 0 ? ref.slice(at + "networks/".length) : ref.indexOf("/") < 0 ? ref : undefined;
  return name && name.indexOf("/") < 0 ? lower(name) : undefined;
}

// ---------------------------------------------------------------------------
// The stack index
// ---------------------------------------------------------------------------

/** Where an ARN's region (or, without one, its partition: `aws-cn` or another) places it. */
function placeOfArnParts(region: string, chinaPartition: boolean, det: Determination): Place | undefined {
  if (region) return placeOf("aws", region, det);
  if (chinaPartition) return { raw: "aws-cn", region: "aws-cn", jurisdictions: ["CN"], recognised: true };
  return undefined;
}

export function placeOfArn(arn: Arn, det: Determination): Place | undefined {
  return placeOfArnParts(arn.region, arn.partition === "aws-cn", det);
}

/**
 * `placeOfArn(parseArn(s))` without building the ARN: the probes ask it of
 * every `arn:` string of every resource, and most (IAM roles, S3 buckets)
 * name no region.
 */
export function placeOfArnText(s: string, det: Determination): Place | undefined {
  if (!s.startsWith("arn:") || s.length > 2048) return undefined;
  const p1 = s.indexOf(":", 4);
  const p2 = p1 < 0 ? -1 : s.indexOf(":", p1 + 1);
  const p3 = p2 < 0 ? -1 : s.indexOf(":", p2 + 1);
  // six parts at least: arn:partition:service:region:account:resource
  if (p3 < 0 || s.indexOf(":", p3 + 1) < 0) return undefined;
  // The partition is compared in place, not sliced: the probes ask this of every `arn:` string.
  return placeOfArnParts(s.slice(p2 + 1, p3), p1 === 10 && s.startsWith("aws-cn", 4), det);
}
