/**
 * Regions written into a resource's own identifiers: AWS ARNs
 * (`arn:aws:rds:ap-east-1:123:db:x`, or the `aws-cn` partition, which is in
 * China even when the ARN has no region, as IAM ARNs do), GCP self links and
 * relative names (`…/regions/asia-east2/…`, `…/zones/asia-east2-a/…`,
 * `…/locations/asia-east2/…`). States and resources discovered in a cloud
 * account carry no stack config, so these are what places them.
 * Pure and bounded: a few known keys, strings of at most 2,048 characters.
 */
import { own, safeIdentifier, type Props } from "./props";

/** A location read from an identifier: a region code to look up, or a partition that alone fixes the jurisdiction. */
export type IdentifierLocation =
  { readonly key: string; readonly region: string } | { readonly key: string; readonly partition: string; readonly jurisdiction: string };

/** Output keys that hold a resource's own identifiers, in the order they are read. */
const identifierKeys = ["arn", "selfLink", "id", "name"] as const;
const maxIdentifierLength = 2048;

/** AWS partitions whose jurisdiction is fixed whatever the region (botocore partitions.json). */
const partitionJurisdictions: ReadonlyMap<string, string> = new Map([["aws-cn", "CN"]]);

/** `arn:partition:service:region:account:resource` → partition and region (region may be empty). */
export function arnParts(s: string): { readonly partition: string; readonly service: string; readonly region: string } | undefined {
  if (!s.startsWith("arn:")) return undefined;
  const parts = s.split(":", 5);
  if (parts.length < 5 || !parts[1] || !parts[2]) return undefined;
  return { partition: parts[1], service: parts[2], region: parts[3]! };
}

/** The region or zone in a GCP self link or relative name. */
export function gcpPathLocation(s: string): string | undefined {
  for (const marker of ["/regions/", "/zones/", "/locations/"]) {
    const at = s.indexOf(marker);
    if (at < 0) continue;
    const start = at + marker.length;
    let end = s.indexOf("/", start);
    if (end < 0) end = s.length;
    const value = s.slice(start, end);
    if (value.length > 0 && value.length <= 64 && value !== "global" && value !== "-") return value;
  }
  return undefined;
}

/** The first location the resource's identifiers name, if any. */
export function identifierLocation(props: Props, id?: string): IdentifierLocation | undefined {
  for (const key of identifierKeys) {
    const v = key === "id" ? (own(props, key) ?? id) : own(props, key);
    if (typeof v !== "string" || v.length === 0 || v.length > maxIdentifierLength) continue;
    const arn = arnParts(v);
    if (arn) {
      if (arn.region) return { key, region: arn.region };
      const jurisdiction = partitionJurisdictions.get(arn.partition);
      if (jurisdiction) return { key, partition: safeIdentifier(arn.partition), jurisdiction };
      continue;
    }
    const gcp = v.indexOf("/") >= 0 ? gcpPathLocation(v) : undefined;
    if (gcp) return { key, region: gcp };
  }
  return undefined;
}
