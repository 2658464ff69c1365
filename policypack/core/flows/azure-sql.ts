/** Azure SQL geo-replicas (secondary databases) and failover groups. */
import { packageOfType } from "../../catalog";
import { own } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { items, knownString, lower } from "./readers";
import { outsideDest, regionDest, replicaOf, unknownEdge } from "./shared";
import type { DestSpec, Edge, Extracted, FlowContext, FlowEntry, FlowModule } from "./types";

const secondaryMechanism = "Azure SQL geo-replica";
const failoverMechanism = "Azure SQL failover group";

/** A database type and the input naming the primary of a secondary. */
interface SecondarySpec {
  readonly type: string;
  readonly citation: FlowEntry["citation"];
  readonly key: string;
}

/** A failover group type and the input naming its own server (a name or an id). */
interface FailoverSpec {
  readonly type: string;
  readonly citation: FlowEntry["citation"];
  readonly serverKey: string;
  /** The server is given by name, not by id. */
  readonly byName: boolean;
  readonly serverTypes: readonly string[];
}

function sqlSecondary(r: ResourceView, spec: SecondarySpec, cx: FlowContext): Extracted {
  const key = spec.key;
  const mode = knownString(own(r.inputs, "createMode"));
  if (!mode || !["secondary", "onlinesecondary"].includes(lower(mode))) return { edges: [], handled: [key, "createMode"] };
  const rep = replicaOf(r, { key, mechanism: secondaryMechanism, kinds: ["azure"], sourceTypes: [spec.type] }, cx);
  return { edges: rep.edges, handled: [key, "createMode"] };
}

const serverName = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A partner server outside the stack, named by an Azure id (which holds no region) and no location: unknownRegion. */
function outsidePartner(r: ResourceView, id: string, path: string): DestSpec {
  const name = id.slice(id.lastIndexOf("/") + 1).toLowerCase();
  return outsideDest(
    packageOfType(r.type),
    path,
    serverName.test(name) ? `partner server '${name}' outside this stack` : "a partner server outside this stack",
    "an Azure resource id holds no region; manage the partner server in this stack, or give its location",
  );
}

function failoverGroup(r: ResourceView, spec: FailoverSpec, cx: FlowContext): Extracted {
  const { serverKey, serverTypes: types } = spec;
  const x = r.inputs;
  const serverValue = spec.byName ? cx.azureName("servers", own(x, serverKey)) : own(x, serverKey);
  const src = cx.resolveRef(r, serverKey, serverValue, ["azure"], types);
  const source = src.kind === "view" ? src.view : undefined;
  const edges: Edge[] = [];
  const mechanism = failoverMechanism;
  for (const key of ["partnerServers", "partnerServer"]) {
    if (isUnknown(own(x, key))) edges.push({ ...unknownEdge(mechanism, `input:${key}`), source });
    items(own(x, key)).forEach((p, i) => {
      const path = Array.isArray(own(x, key)) ? `input:${key}[${i}].id` : `input:${key}.id`;
      const ref = cx.resolveRef(r, key, own(p, "id"), ["azure"], types);
      if (ref.kind === "view") edges.push({ mechanism, path, source, dest: { kind: "view", view: ref.view } });
      else if (ref.kind === "unknown") edges.push({ ...unknownEdge(mechanism, path), source });
      else {
        const loc = knownString(own(p, "location"));
        if (loc)
          edges.push({
            mechanism,
            path: `input:${key}.location`,
            source,
            dest: regionDest(cx.det, packageOfType(r.type), loc, path, "the partner server"),
          });
        else if (ref.kind === "external") edges.push({ mechanism, path, source, dest: outsidePartner(r, ref.value, path) });
      }
    });
  }
  return { edges, handled: [serverKey, "partnerServers", "partnerServer"] };
}

const secondaries: readonly SecondarySpec[] = [
  {
    type: "azure-native:sql:Database",
    citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/sql/database/",
    key: "sourceDatabaseId",
  },
  {
    type: "azure:mssql/database:Database",
    citation: "https://www.pulumi.com/registry/packages/azure/api-docs/mssql/database/",
    key: "creationSourceDatabaseId",
  },
];

const failovers: readonly FailoverSpec[] = [
  {
    type: "azure-native:sql:FailoverGroup",
    citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/sql/failovergroup/",
    serverKey: "serverName",
    byName: true,
    serverTypes: ["azure-native:sql:Server"],
  },
  {
    type: "azure:mssql/failoverGroup:FailoverGroup",
    citation: "https://www.pulumi.com/registry/packages/azure/api-docs/mssql/failovergroup/",
    serverKey: "serverId",
    byName: false,
    serverTypes: ["azure:mssql/server:Server"],
  },
];

export const azureSql: FlowModule = {
  name: "azure-sql",
  entries: [
    ...secondaries.map((s): FlowEntry => ({
      mechanism: secondaryMechanism,
      types: [s.type],
      citation: s.citation,
      read: (r, cx) => sqlSecondary(r, s, cx),
    })),
    ...failovers.map((s): FlowEntry => ({
      mechanism: failoverMechanism,
      types: [s.type],
      citation: s.citation,
      read: (r, cx) => failoverGroup(r, s, cx),
    })),
  ],
  identifiers: [
    { kind: "azure", type: "azure-native:sql:Server", collection: "servers", name: ["serverName", "name"] },
    { kind: "azure", type: "azure:mssql/server:Server", collection: "servers", name: ["name"] },
    { kind: "azure", type: "azure:sql/sqlServer:SqlServer", collection: "servers", name: ["name"] },
    {
      kind: "azure",
      type: "azure-native:sql:Database",
      collection: "databases",
      name: ["databaseName", "name"],
      parent: { collection: "servers", keys: ["serverName"] },
    },
    {
      kind: "azure",
      type: "azure:mssql/database:Database",
      collection: "databases",
      name: ["name"],
      parent: { collection: "servers", keys: ["serverId"] },
    },
  ],
};
