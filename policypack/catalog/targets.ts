/**
 * Migration equivalents: for a resource type of a restricted provider, the
 * service to move it to on AWS, Azure and GCP. Plain data, cited per entry
 * (each vendor's own product page or migration guide names the equivalent).
 */
import type { Source } from "./types";

export interface TargetServices {
  /** Resource type token of the restricted provider, e.g. "alicloud:oss/bucket:Bucket". */
  readonly type: string;
  /** Service family, e.g. "object storage". */
  readonly family: string;
  readonly aws: { readonly service: string; readonly type: string };
  readonly azure: { readonly service: string; readonly type: string };
  readonly gcp: { readonly service: string; readonly type: string };
  readonly source: Source;
}

const alibabaComparison: Source = {
  title: "Alibaba Cloud: product mapping to AWS, Azure and Google Cloud",
  url: "https://www.alibabacloud.com/help/en/product-mapping",
  checked: "2026-11-28",
};

export const targets: readonly TargetServices[] = [
  {
    type: "alicloud:oss/bucket:Bucket",
    family: "object storage",
    aws: { service: "Amazon S3", type: "aws:s3/bucketV2:BucketV2" },
    azure: { service: "Azure Blob Storage", type: "azure-native:storage:BlobContainer" },
    gcp: { service: "Cloud Storage", type: "gcp:storage/bucket:Bucket" },
    source: alibabaComparison,
  },
  {
    type: "alicloud:ecs/instance:Instance",
    family: "virtual machines",
    aws: { service: "Amazon EC2", type: "aws:ec2/instance:Instance" },
    azure: { service: "Azure Virtual Machines", type: "azure-native:compute:VirtualMachine" },
    gcp: { service: "Compute Engine", type: "gcp:compute/instance:Instance" },
    source: alibabaComparison,
  },
  {
    type: "alicloud:rds/instance:Instance",
    family: "managed relational database",
    aws: { service: "Amazon RDS", type: "aws:rds/instance:Instance" },
    azure: { service: "Azure Database for MySQL/PostgreSQL", type: "azure-native:dbforpostgresql:Server" },
    gcp: { service: "Cloud SQL", type: "gcp:sql/databaseInstance:DatabaseInstance" },
    source: alibabaComparison,
  },
];

const byType: ReadonlyMap<string, TargetServices> = new Map(targets.map((t) => [t.type, t]));

/** Suggested targets for a resource type, when known. */
export function targetsFor(type: string): TargetServices | undefined {
  return byType.get(type);
}
