/** KMS multi-Region keys: a replica key copies its primary's key material to another region. */
import { replicaOf, type ReplicaSpec } from "./shared";
import type { FlowModule } from "./types";

const spec: ReplicaSpec = {
  key: "primaryKeyArn",
  mechanism: "KMS multi-Region replica key",
  kinds: [],
  sourceTypes: ["aws:kms/key:Key", "aws:kms/externalKey:ExternalKey"],
};

export const kmsReplicas: FlowModule = {
  name: "kms-replicas",
  entries: [
    {
      mechanism: spec.mechanism,
      types: ["aws:kms/replicaKey:ReplicaKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/kms/replicakey/",
      read: (r, cx) => replicaOf(r, spec, cx),
    },
  ],
};
