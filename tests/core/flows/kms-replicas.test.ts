import { kmsReplicas } from "../../../policypack/core/flows/kms-replicas";
import { acct, awsHk, describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "KMS multi-Region replica key";

function check(type: string): void {
  const arn = `arn:aws:kms:us-east-1:${acct}:key/mrk-1`;
  const key = res("aws:kms/key:Key", "primary", { multiRegion: true, arn, tags: usPerson });
  const replica = res(type, "replica", { primaryKeyArn: arn, tags: usPerson }, { provider: awsHk });
  expect(of(mechanism, flows([key, replica]))).toEqual([{ source: "primary", dest: "replica", region: "ap-east-1", blocking: true }]);
  // A primary outside the stack is placed by its ARN: from the U.S. into Hong Kong.
  expect(of(mechanism, flows([replica]))).toEqual([{ source: "replica", dest: "replica", region: "ap-east-1", blocking: true }]);
  // A replica in the U.S. is clear.
  expect(flows([key, res(type, "replica", { primaryKeyArn: arn, tags: usPerson })])).toEqual([]);
}

describeModule(kmsReplicas, {
  "aws:kms/replicaKey:ReplicaKey": () => check("aws:kms/replicaKey:ReplicaKey"),
  "aws:kms/replicaExternalKey:ReplicaExternalKey": () => check("aws:kms/replicaExternalKey:ReplicaExternalKey"),
});
