import { s3Replication } from "../../../policypack/core/flows/s3-replication";
import { unknownString } from "../../../policypack/core/unknown";
import { awsHk, describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "S3 replication";
const bucket = (type: string, name: string, p = {}, more: Record<string, unknown> = {}) =>
  res(type, name, { bucket: `${name}-1`, tags: usPerson, ...more }, { id: `${name}-1`, ...p });

describeModule(s3Replication, {
  "aws:s3/bucketReplicationConfig:BucketReplicationConfig": () => {
    const src = bucket("aws:s3/bucketV2:BucketV2", "orders");
    const hk = bucket("aws:s3/bucketV2:BucketV2", "orders-hk", { provider: awsHk });
    const us = bucket("aws:s3/bucketV2:BucketV2", "orders-us");
    const rule = (dest: unknown) => ({ bucket: "orders-1", rules: [{ status: "Enabled", destination: { bucket: dest } }] });
    // By bucket name, by ARN in the stack, by ARN outside it, and to a U.S. bucket (clear).
    expect(
      of(mechanism, flows([src, hk, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule("orders-hk-1"))])),
    ).toEqual([{ source: "orders", dest: "orders-hk", region: "ap-east-1", blocking: true }]);
    expect(
      of(mechanism, flows([src, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule("arn:aws:s3:ap-east-1::backup"))])),
    ).toEqual([{ source: "orders", region: "ap-east-1", blocking: true }]);
    expect(flows([src, us, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule("orders-us-1"))])).toEqual([]);
    // A destination unknown at preview follows unknownRegion.
    const unknown = flows([src, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule(unknownString))], {
      unknownRegion: "violation",
    });
    expect(of(mechanism, unknown)).toEqual([{ source: "orders", blocking: true }]);
    // A destination bucket outside the stack, named by an ARN without a region or by its name: unknownRegion, naming it.
    for (const dest of ["arn:aws:s3:::partner-archive", "partner-archive"]) {
      const stack = [src, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule(dest))];
      const advisory = flows(stack);
      expect(of(mechanism, advisory)).toEqual([{ source: "orders", blocking: false }]);
      expect(advisory[0]!.reason).toContain("bucket 'partner-archive' outside this stack, whose region cannot be determined");
      expect(advisory[0]!.reason).toContain("unknownRegion is 'defer'");
      expect(of(mechanism, flows(stack, { unknownRegion: "violation" }))).toEqual([{ source: "orders", blocking: true }]);
    }
    // In the stack, it is judged by its region; in another partition's ARN (aws-cn), by the partition.
    expect(flows([src, us, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule("arn:aws:s3:::orders-us-1"))])).toEqual(
      [],
    );
    expect(
      of(mechanism, flows([src, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", rule("arn:aws-cn:s3:::cn-copy"))])),
    ).toEqual([{ source: "orders", region: "aws-cn", blocking: true }]);
    // A source out of scope moves no U.S.-person data, wherever the copy is.
    const untagged = res("aws:s3/bucketV2:BucketV2", "logs", { bucket: "logs-1" }, { id: "logs-1" });
    const logRule = { bucket: "logs-1", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::elsewhere" } }] };
    expect(
      flows([untagged, res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", logRule)], {
        unknownRegion: "violation",
        scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] },
      }),
    ).toEqual([]);
  },
  "aws:s3/bucket:Bucket": () => {
    const hk = bucket("aws:s3/bucket:Bucket", "archive-hk", { provider: awsHk });
    const legacy = bucket(
      "aws:s3/bucket:Bucket",
      "legacy",
      {},
      { replicationConfiguration: { rules: [{ destination: { bucket: "arn:aws:s3:::archive-hk-1" } }] } },
    );
    expect(of(mechanism, flows([legacy, hk]))).toEqual([{ source: "legacy", dest: "archive-hk", region: "ap-east-1", blocking: true }]);
    expect(flows([bucket("aws:s3/bucket:Bucket", "plain"), hk])).toEqual([]);
    const outside = bucket(
      "aws:s3/bucket:Bucket",
      "legacy-out",
      {},
      { replicationConfiguration: { rules: [{ destination: { bucket: "arn:aws:s3:::somewhere-else" } }] } },
    );
    expect(of(mechanism, flows([outside], { unknownRegion: "violation" }))).toEqual([{ source: "legacy-out", blocking: true }]);
  },
  "aws:s3/bucketV2:BucketV2": () => {
    const hk = bucket("aws:s3/bucketV2:BucketV2", "archive-hk", { provider: awsHk });
    const legacy = bucket(
      "aws:s3/bucketV2:BucketV2",
      "legacy",
      {},
      { replicationConfigurations: [{ rules: [{ destination: [{ bucket: "archive-hk-1" }] }] }] },
    );
    expect(of(mechanism, flows([legacy, hk]))).toEqual([{ source: "legacy", dest: "archive-hk", region: "ap-east-1", blocking: true }]);
  },
});
