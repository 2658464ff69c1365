import { dynamodbReplicas } from "../../../policypack/core/flows/dynamodb-replicas";
import { unknownString } from "../../../policypack/core/unknown";
import { acct, awsHk, awsUs, describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "DynamoDB global table replica";

describeModule(dynamodbReplicas, {
  "aws:dynamodb/table:Table": () => {
    const table = (replicas: unknown) => res("aws:dynamodb/table:Table", "orders", { name: "orders", tags: usPerson, replicas });
    expect(of(mechanism, flows([table([{ regionName: "us-west-2" }, { regionName: "ap-east-1" }])]))).toEqual([
      { source: "orders", region: "ap-east-1", blocking: true },
    ]);
    expect(flows([table([{ regionName: "us-west-2" }])])).toEqual([]);
    expect(of(mechanism, flows([table([{ regionName: unknownString }])], { unknownRegion: "defer" }))).toEqual([
      { source: "orders", blocking: false },
    ]);
  },
  "aws:dynamodb/tableReplica:TableReplica": () => {
    const table = res("aws:dynamodb/table:Table", "orders", {
      name: "orders",
      tags: usPerson,
      arn: `arn:aws:dynamodb:us-east-1:${acct}:table/orders`,
    });
    const replica = (p = awsHk) =>
      res(
        "aws:dynamodb/tableReplica:TableReplica",
        "orders-replica",
        { globalTableArn: `arn:aws:dynamodb:us-east-1:${acct}:table/orders` },
        { provider: p },
      );
    // The source is the table; the destination the replica, placed by its provider.
    expect(of(mechanism, flows([table, replica()]))).toEqual([
      { source: "orders", dest: "orders-replica", region: "ap-east-1", blocking: true },
    ]);
    expect(flows([table, replica(awsUs)]).filter((f) => f.destination?.via.startsWith(mechanism))).toEqual([]);
  },
});
