/** Azure virtual network peering: a peering (or a network's inline peerings) joins two networks. */
import { own } from "../props";
import type { ResourceView } from "../types";
import { items } from "./readers";
import { unknownEdge } from "./shared";
import type { Edge, FlowContext, FlowModule, Ref } from "./types";

const mechanism = "Azure virtual network peering";
const networkTypes: readonly string[] = ["azure-native:network:VirtualNetwork", "azure:network/virtualNetwork:VirtualNetwork"];

/** The edge to the remote network held in `value` (read from input `key`), when in the stack or unknown. */
function vnetEdge(r: ResourceView, key: string, value: unknown, path: string, src: Ref, cx: FlowContext): Edge | undefined {
  const ref = cx.resolveRef(r, key, value, ["azure"], networkTypes);
  const source = src.kind === "view" ? src.view : undefined;
  if (ref.kind === "view") return { mechanism, path, source, dest: { kind: "view", view: ref.view } };
  if (ref.kind === "unknown") return { ...unknownEdge(mechanism, path), source };
  return undefined;
}

/** A peering resource: its own network by name, the remote one by id. */
function peering(
  r: ResourceView,
  cx: FlowContext,
  ownType: string,
  remoteKey: string,
  remote: unknown,
  remotePath: string,
): { edges: Edge[]; handled: string[] } {
  const src = cx.resolveRef(
    r,
    "virtualNetworkName",
    cx.azureName("virtualnetworks", own(r.inputs, "virtualNetworkName")),
    ["azure"],
    [ownType],
  );
  const edge = vnetEdge(r, remoteKey, remote, remotePath, src, cx);
  return { edges: edge ? [edge] : [], handled: [remoteKey, "virtualNetworkName"] };
}

export const azureVnetPeering: FlowModule = {
  name: "azure-vnet-peering",
  entries: [
    {
      mechanism,
      types: ["azure-native:network:VirtualNetworkPeering"],
      citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/network/virtualnetworkpeering/",
      read: (r, cx) =>
        peering(
          r,
          cx,
          "azure-native:network:VirtualNetwork",
          "remoteVirtualNetwork",
          own(own(r.inputs, "remoteVirtualNetwork"), "id"),
          "input:remoteVirtualNetwork.id",
        ),
    },
    {
      mechanism,
      types: ["azure:network/virtualNetworkPeering:VirtualNetworkPeering"],
      citation: "https://www.pulumi.com/registry/packages/azure/api-docs/network/virtualnetworkpeering/",
      read: (r, cx) =>
        peering(
          r,
          cx,
          "azure:network/virtualNetwork:VirtualNetwork",
          "remoteVirtualNetworkId",
          own(r.inputs, "remoteVirtualNetworkId"),
          "input:remoteVirtualNetworkId",
        ),
    },
    {
      mechanism,
      types: ["azure-native:network:VirtualNetwork"],
      citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/network/virtualnetwork/",
      read: (r, cx) => {
        const edges: Edge[] = [];
        items(own(r.inputs, "virtualNetworkPeerings")).forEach((p, i) => {
          const e = vnetEdge(
            r,
            "virtualNetworkPeerings",
            own(own(p, "remoteVirtualNetwork"), "id"),
            `input:virtualNetworkPeerings[${i}].remoteVirtualNetwork.id`,
            { kind: "none" },
            cx,
          );
          if (e) edges.push(e);
        });
        return { edges, handled: ["virtualNetworkPeerings"] };
      },
    },
  ],
  identifiers: [
    { kind: "azure", type: "azure-native:network:VirtualNetwork", collection: "virtualnetworks", name: ["virtualNetworkName", "name"] },
    { kind: "azure", type: "azure:network/virtualNetwork:VirtualNetwork", collection: "virtualnetworks", name: ["name"] },
  ],
};
