/** DynamoDB global tables: replicas of a table in other regions. */
import { own } from "../props";
import { isUnknown } from "../unknown";
import { items, knownString } from "./readers";
import { regionDest, replicaOf, unknownEdge } from "./shared";
import type { Edge, FlowModule } from "./types";

const mechanism = "DynamoDB global table replica";

export const dynamodbReplicas: FlowModule = {
  name: "dynamodb-replicas",
  entries: [
    {
      mechanism,
      types: ["aws:dynamodb/table:Table"],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/",
      // The destination is each replica's region.
      read: (r, cx) => {
        const edges: Edge[] = [];
        if (isUnknown(own(r.inputs, "replicas"))) edges.push(unknownEdge(mechanism, "input:replicas"));
        items(own(r.inputs, "replicas")).forEach((rep, i) => {
          const path = `input:replicas[${i}].regionName`;
          const region = own(rep, "regionName");
          if (isUnknown(region)) edges.push(unknownEdge(mechanism, path));
          else if (knownString(region))
            edges.push({ mechanism, path, dest: regionDest(cx.det, "aws", region as string, path, "a replica region") });
        });
        return { edges, handled: ["replicas"] };
      },
    },
    {
      mechanism,
      types: ["aws:dynamodb/tableReplica:TableReplica"],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/tablereplica/",
      // The replica is the destination; the table named by `globalTableArn` the source.
      read: (r, cx) => replicaOf(r, { key: "globalTableArn", mechanism, kinds: [], sourceTypes: ["aws:dynamodb/table:Table"] }, cx),
    },
  ],
};
