import { rdsReplicas } from "../../../policypack/core/flows/rds-replicas";
import { acct, awsHk, describeModule, flows, of, res, usPerson } from "../../support/flow-views";

describeModule(rdsReplicas, {
  "aws:rds/instance:Instance": () => {
    const mechanism = "RDS cross-region read replica";
    const primary = res("aws:rds/instance:Instance", "db", { identifier: "orders-db", tags: usPerson });
    const replica = (src: string, p = awsHk) =>
      res("aws:rds/instance:Instance", "db-hk", { identifier: "orders-hk", replicateSourceDb: src }, { provider: p });
    expect(of(mechanism, flows([primary, replica("orders-db")]))).toEqual([
      { source: "db", dest: "db-hk", region: "ap-east-1", blocking: true },
    ]);
    expect(of(mechanism, flows([primary, replica(`arn:aws:rds:us-east-1:${acct}:db:ORDERS-DB`)]))).toEqual([
      { source: "db", dest: "db-hk", region: "ap-east-1", blocking: true },
    ]);
    // A plain identifier outside the stack names a primary in the replica's own region.
    expect(of(mechanism, flows([replica("elsewhere")]))).toEqual([]);
  },
  "aws:rds/cluster:Cluster": () => {
    const mechanism = "Aurora cross-region replica";
    const primary = res("aws:rds/cluster:Cluster", "c", { clusterIdentifier: "orders", tags: usPerson });
    const replica = res(
      "aws:rds/cluster:Cluster",
      "c-hk",
      { clusterIdentifier: "orders-hk", replicationSourceIdentifier: `arn:aws:rds:us-east-1:${acct}:cluster:orders` },
      { provider: awsHk },
    );
    expect(of(mechanism, flows([primary, replica]))).toEqual([{ source: "c", dest: "c-hk", region: "ap-east-1", blocking: true }]);
    // Global database members (the post-pass): the primary's data reaches a member in Hong Kong.
    const global = res("aws:rds/globalCluster:GlobalCluster", "g", {
      globalClusterIdentifier: "orders-global",
      sourceDbClusterIdentifier: "orders",
    });
    const member = res(
      "aws:rds/cluster:Cluster",
      "m-hk",
      { clusterIdentifier: "orders-m", globalClusterIdentifier: "orders-global" },
      { provider: awsHk },
    );
    const usMember = res("aws:rds/cluster:Cluster", "m-us", { clusterIdentifier: "orders-u", globalClusterIdentifier: "orders-global" });
    expect(of("Aurora global database", flows([primary, global, member]))).toEqual([
      { source: "c", dest: "m-hk", region: "ap-east-1", blocking: true },
    ]);
    expect(flows([primary, global, usMember])).toEqual([]);
  },
  "aws:rds/globalCluster:GlobalCluster": () => {
    const global = (arn: string) =>
      res("aws:rds/globalCluster:GlobalCluster", "g", {
        globalClusterIdentifier: "orders-global",
        tags: usPerson,
        globalClusterMembers: [{ dbClusterArn: arn, isWriter: false }],
      });
    expect(of("Aurora global database", flows([global(`arn:aws:rds:ap-east-1:${acct}:cluster:far`)]))).toEqual([
      { source: "g", region: "ap-east-1", blocking: true },
    ]);
    expect(flows([global(`arn:aws:rds:us-west-2:${acct}:cluster:near`)])).toEqual([]);
  },
});
