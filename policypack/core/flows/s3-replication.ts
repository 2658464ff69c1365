/** S3 replication: a bucket's replication rules copy its objects to another bucket. */
import { own } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { items } from "./readers";
import { parseArn } from "./readers";
import { outsideDest, unknownDest } from "./shared";
import type { DestSpec, Edge, FlowContext, FlowModule, Ref } from "./types";

const mechanism = "S3 replication";
export const s3BucketTypes: readonly string[] = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
/** The inputs of an S3 bucket that can replicate it (the legacy inline configuration). */
const s3ReplicationKeys: readonly string[] = ["replicationConfiguration", "replicationConfigurations"];

const bucketName = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * A destination bucket named (by name or by an ARN, which holds no region)
 * but not in the stack: where it is cannot be read, so it follows unknownRegion.
 */
function outsideBucket(value: string, path: string): DestSpec {
  const arn = parseArn(value);
  const name = arn ? arn.resource.split("/")[0]! : value;
  const label = bucketName.test(name) ? `bucket '${name}' outside this stack` : "a bucket outside this stack";
  return outsideDest(
    "aws",
    path,
    label,
    "an S3 bucket name or ARN holds no region; manage or import the bucket in this stack so its region is known, or exempt the flow once its region is checked",
  );
}

/** The edges of replication `rules` (at `base`), each destination bucket found by name, ARN or dependency. */
function s3Rules(r: ResourceView, rules: unknown, base: string, src: Ref, depKey: string, cx: FlowContext): Edge[] {
  const edges: Edge[] = [];
  const source = src.kind === "view" ? src.view : undefined;
  const common0 = { mechanism, source, sourceUnknown: src.kind === "unknown", sourceExternal: src.kind === "external" };
  if (isUnknown(rules)) edges.push({ ...common0, path: base, dest: unknownDest(base) });
  items(rules).forEach((rule, i) => {
    const destBlock = own(rule, "destination");
    if (isUnknown(destBlock)) edges.push({ ...common0, path: `${base}[${i}].destination`, dest: unknownDest(`${base}[${i}].destination`) });
    const blocks = items(destBlock);
    blocks.forEach((d, j) => {
      const path = `${base}[${i}].destination${Array.isArray(destBlock) ? `[${j}]` : ""}.bucket`;
      const ref = cx.resolveRef(r, depKey, own(d, "bucket"), ["s3"], s3BucketTypes);
      const dest = cx.destFromRef(ref, path);
      const common = { ...common0, path };
      if (dest === "unknown") edges.push({ ...common, dest: unknownDest(path) });
      else if (dest) edges.push({ ...common, dest });
      else if (ref.kind === "external") edges.push({ ...common, dest: outsideBucket(ref.value, path) });
    });
  });
  return edges;
}

export const s3Replication: FlowModule = {
  name: "s3-replication",
  entries: [
    {
      mechanism,
      types: ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketreplicationconfig/",
      read: (r, cx) => {
        const src = cx.resolveRef(r, "bucket", own(r.inputs, "bucket"), ["s3"], s3BucketTypes);
        return { edges: s3Rules(r, own(r.inputs, "rules"), "input:rules", src, "rules", cx), handled: ["bucket", "rules"] };
      },
    },
    {
      mechanism,
      types: s3BucketTypes,
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucket/",
      onlyWith: s3ReplicationKeys,
      read: (r, cx) => {
        const edges: Edge[] = [];
        for (const key of s3ReplicationKeys) {
          items(own(r.inputs, key)).forEach((cfg, i) => {
            const base = Array.isArray(own(r.inputs, key)) ? `input:${key}[${i}]` : `input:${key}`;
            edges.push(...s3Rules(r, own(cfg, "rules"), `${base}.rules`, { kind: "none" }, key, cx));
          });
        }
        return { edges, handled: s3ReplicationKeys };
      },
    },
  ],
  identifiers: s3BucketTypes.map((type) => ({ kind: "s3", type, key: "bucket" })),
};
