/** RDS read replicas, Aurora cross-region replicas and Aurora global databases. */
import { own } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { items, knownString, lower } from "./readers";
import { replicaOf } from "./shared";
import type { Edge, FlowModule } from "./types";

const instanceType = "aws:rds/instance:Instance";
const clusterType = "aws:rds/cluster:Cluster";
const globalClusterType = "aws:rds/globalCluster:GlobalCluster";
const globalMechanism = "Aurora global database";

/** Members of one global database, and its primary when the global cluster names it. */
interface Group {
  members: ResourceView[];
  primary?: ResourceView;
}

export const rdsReplicas: FlowModule = {
  name: "rds-replicas",
  entries: [
    {
      mechanism: "RDS cross-region read replica",
      types: [instanceType],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/",
      read: (r, cx) =>
        replicaOf(
          r,
          { key: "replicateSourceDb", mechanism: "RDS cross-region read replica", kinds: ["rds"], sourceTypes: [instanceType] },
          cx,
        ),
    },
    {
      mechanism: "Aurora cross-region replica",
      types: [clusterType],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/rds/cluster/",
      read: (r, cx) => {
        const rep = replicaOf(
          r,
          {
            key: "replicationSourceIdentifier",
            mechanism: "Aurora cross-region replica",
            kinds: ["rds"],
            sourceTypes: [clusterType, instanceType],
          },
          cx,
        );
        return { edges: rep.edges, handled: [...rep.handled, "globalClusterIdentifier"] };
      },
    },
    {
      mechanism: globalMechanism,
      types: [globalClusterType],
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/rds/globalcluster/",
      // Members in the stack: the global database's flows are its clusters' (the post-pass below).
      // A member outside the stack (an ARN in `globalClusterMembers`, an output) is placed by its ARN.
      read: (r, cx) => {
        const edges: Edge[] = [];
        items(own(r.inputs, "globalClusterMembers")).forEach((m, i) => {
          const path = `input:globalClusterMembers[${i}].dbClusterArn`;
          const ref = cx.resolveRef(r, "globalClusterMembers", own(m, "dbClusterArn"), ["rds"], [clusterType]);
          if (ref.kind !== "external") return; // in the stack, unknown until created (its cluster is analysed), or absent
          const dest = cx.destFromArn(ref.value, path);
          if (dest) edges.push({ mechanism: globalMechanism, path, dest });
        });
        return { edges, handled: ["sourceDbClusterIdentifier", "globalClusterMembers"] };
      },
    },
  ],
  postPasses: [
    {
      mechanism: globalMechanism,
      citation: "https://www.pulumi.com/registry/packages/aws/api-docs/rds/globalcluster/",
      collects: [clusterType, globalClusterType],
      // Clusters grouped by their global cluster: each member not clear is a destination of the primary
      // (or of a clear member).
      run: (collected, cx) => {
        const groups = new Map<string, Group>();
        const gcByIdent = new Map<string, ResourceView>();
        for (const g of collected(globalClusterType)) {
          const ident = knownString(own(g.inputs, "globalClusterIdentifier"));
          if (ident) gcByIdent.set(lower(ident), g);
          const key = `gc:${g.urn}`;
          const group = groups.get(key) ?? { members: [] };
          const primaryRef = cx.resolveRef(
            g,
            "sourceDbClusterIdentifier",
            own(g.inputs, "sourceDbClusterIdentifier"),
            ["rds"],
            [clusterType],
          );
          if (primaryRef.kind === "view") {
            group.primary = primaryRef.view;
            if (!group.members.includes(primaryRef.view)) group.members.push(primaryRef.view);
          }
          groups.set(key, group);
        }
        for (const c of collected(clusterType)) {
          const v = own(c.inputs, "globalClusterIdentifier");
          if (v === undefined || v === null || v === "") continue;
          let key: string | undefined;
          const s = knownString(v);
          if (s) key = gcByIdent.has(lower(s)) ? `gc:${gcByIdent.get(lower(s))!.urn}` : `gcid:${lower(s)}`;
          else if (isUnknown(v)) {
            const ref = cx.viaDependencies(c, "globalClusterIdentifier", [globalClusterType]);
            if (ref.kind === "view") key = `gc:${ref.view.urn}`;
          }
          if (!key) continue;
          const group = groups.get(key) ?? { members: [] };
          if (!group.members.includes(c)) group.members.push(c);
          groups.set(key, group);
        }
        for (const group of groups.values()) {
          if (group.members.length < 2) continue;
          for (const m of group.members) {
            cx.guard(m, () => {
              const mv = cx.judgeView(m);
              if (mv.status === "clear") return;
              const others = group.members.filter((o) => o !== m);
              const src =
                group.primary && group.primary !== m
                  ? group.primary
                  : (others.find((o) => cx.judgeView(o).status === "clear") ?? others[0]!);
              cx.emitAll(m, [
                { mechanism: globalMechanism, path: "input:globalClusterIdentifier", source: src, dest: { kind: "view", view: m } },
              ]);
            });
          }
        }
      },
    },
  ],
  identifiers: [
    { kind: "rds", type: instanceType, key: "identifier" },
    { kind: "rds", type: clusterType, key: "clusterIdentifier" },
    { kind: "rds", type: globalClusterType, key: "globalClusterIdentifier" },
  ],
};
