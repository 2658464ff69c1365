import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// Orders of U.S. persons in us-east-1 (the default provider, stack config
// aws:region), replicated by S3 Cross-Region Replication into Hong Kong
// (ap-east-1) through an explicit provider. What the pack reports:
//   restricted-region     the replica bucket (and its versioning) in ap-east-1 (HK);
//   restricted-data-flow  bucket 'orders' → 'orders-replica' in ap-east-1 (HK),
//                         via the BucketReplicationConfig 'orders-to-hong-kong'.
// No data-source invokes, so previews need no cloud API beyond the providers'.
const tags = { "data-classification": "us-person", owner: "orders-platform" };

// The explicit provider repeats the default provider's offline switches, when set,
// so that a preview with fake credentials behaves alike for both.
const awsConfig = new pulumi.Config("aws");
const hongKong = new aws.Provider("hong-kong", {
  region: "ap-east-1",
  skipCredentialsValidation: awsConfig.getBoolean("skipCredentialsValidation"),
  skipRequestingAccountId: awsConfig.getBoolean("skipRequestingAccountId"),
  skipMetadataApiCheck: awsConfig.getBoolean("skipMetadataApiCheck"),
});

const orders = new aws.s3.Bucket("orders", { forceDestroy: true, tags });
const ordersVersioning = new aws.s3.BucketVersioning("orders", {
  bucket: orders.id,
  versioningConfiguration: { status: "Enabled" },
});

const replica = new aws.s3.Bucket("orders-replica", { forceDestroy: true, tags }, { provider: hongKong });
const replicaVersioning = new aws.s3.BucketVersioning(
  "orders-replica",
  { bucket: replica.id, versioningConfiguration: { status: "Enabled" } },
  { provider: hongKong },
);

const replicationRole = new aws.iam.Role("orders-replication", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
  tags,
});

new aws.iam.RolePolicy("orders-replication", {
  role: replicationRole.id,
  policy: pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource: [orders.arn] },
      {
        Effect: "Allow",
        Action: ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
        Resource: [pulumi.interpolate`${orders.arn}/*`],
      },
      {
        Effect: "Allow",
        Action: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
        Resource: [pulumi.interpolate`${replica.arn}/*`],
      },
    ],
  }),
});

// Replication needs versioning on both buckets first.
new aws.s3.BucketReplicationConfig(
  "orders-to-hong-kong",
  {
    role: replicationRole.arn,
    bucket: orders.id,
    rules: [
      {
        id: "everything",
        status: "Enabled",
        filter: {},
        deleteMarkerReplication: { status: "Enabled" },
        destination: { bucket: replica.arn, storageClass: "STANDARD" },
      },
    ],
  },
  { dependsOn: [ordersVersioning, replicaVersioning] },
);

export const ordersBucket = orders.bucket;
export const replicaBucket = replica.bucket;
