/** GCP VPC network peering: data reaches the subnets of the peer network. */
import { own } from "../props";
import type { ResourceView } from "../types";
import { unknownEdge } from "./shared";
import type { Edge, FlowContext, FlowModule } from "./types";

const mechanism = "VPC network peering";
const networkType = "gcp:compute/network:Network";
const subnetType = "gcp:compute/subnetwork:Subnetwork";
const peeringType = "gcp:compute/networkPeering:NetworkPeering";

/** A peering's edges: one to each subnet of the peer network (a network has no region; its subnets do). */
function peeringEdges(r: ResourceView, subnetsByNetwork: ReadonlyMap<string, readonly ResourceView[]>, cx: FlowContext): Edge[] {
  const types = [networkType];
  const src = cx.resolveRef(r, "network", own(r.inputs, "network"), ["gcp-network"], types);
  const peer = cx.resolveRef(r, "peerNetwork", own(r.inputs, "peerNetwork"), ["gcp-network"], types);
  const source = src.kind === "view" ? src.view : undefined;
  if (peer.kind === "unknown") return [{ ...unknownEdge(mechanism, "input:peerNetwork"), source }];
  if (peer.kind !== "view") return [];
  const subnets = subnetsByNetwork.get(peer.view.urn) ?? [];
  const edges: Edge[] = [];
  for (const s of subnets.slice(0, 256))
    edges.push({ mechanism, path: `input:peerNetwork → ${s.urn}`, source, dest: { kind: "view", view: s } });
  return edges;
}

export const gcpPeering: FlowModule = {
  name: "gcp-peering",
  postPasses: [
    {
      mechanism,
      citation: "https://www.pulumi.com/registry/packages/gcp/api-docs/compute/networkpeering/",
      collects: [subnetType, peeringType],
      exclusive: [peeringType],
      run: (collected, cx) => {
        const subnetsByNetwork = new Map<string, ResourceView[]>();
        cx.guard(undefined, () => {
          for (const s of collected(subnetType)) {
            const ref = cx.resolveRef(s, "network", own(s.inputs, "network"), ["gcp-network"], [networkType]);
            if (ref.kind !== "view") continue;
            const list = subnetsByNetwork.get(ref.view.urn);
            if (list) list.push(s);
            else subnetsByNetwork.set(ref.view.urn, [s]);
          }
        });
        for (const p of collected(peeringType)) cx.guard(p, () => cx.emitAll(p, peeringEdges(p, subnetsByNetwork, cx)));
      },
    },
  ],
  identifiers: [{ kind: "gcp-network", type: networkType, key: "name", selfLink: "selfLink" }],
};
