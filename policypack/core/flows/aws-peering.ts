/** AWS VPC peering and Transit Gateway peering: the peer is in `peerRegion`, or in the stack. */
import { own } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { knownString } from "./readers";
import { regionDest, unknownEdge } from "./shared";
import type { Extracted, FlowContext, FlowEntry } from "./types";
import type { FlowModule } from "./types";

/** A peering's keys: its own side, the peer, and the types either side may be. */
interface PeeringSpec {
  readonly mechanism: string;
  readonly type: string;
  readonly citation: FlowEntry["citation"];
  readonly localKey: string;
  readonly peerKey: string;
  readonly sideTypes: readonly string[];
}

function awsPeering(r: ResourceView, spec: PeeringSpec, cx: FlowContext): Extracted {
  const { mechanism, localKey, peerKey, sideTypes: types } = spec;
  const handled = [localKey, peerKey, "peerRegion"];
  const src = cx.resolveRef(r, localKey, own(r.inputs, localKey), [], types);
  const source = src.kind === "view" ? src.view : undefined;
  const region = own(r.inputs, "peerRegion");
  const path = "input:peerRegion";
  if (isUnknown(region)) return { edges: [{ ...unknownEdge(mechanism, path), source }], handled };
  const known = knownString(region);
  if (known) return { edges: [{ mechanism, path, source, dest: regionDest(cx.det, "aws", known, path, "the peer") }], handled };
  // No peerRegion: the peer is in the requester's region, unless the peer is in the stack with another provider.
  const peer = cx.resolveRef(r, peerKey, own(r.inputs, peerKey), [], types);
  if (peer.kind === "view")
    return { edges: [{ mechanism, path: `input:${peerKey}`, source, dest: { kind: "view", view: peer.view } }], handled };
  return { edges: [], handled };
}

const specs: readonly PeeringSpec[] = [
  {
    mechanism: "VPC peering",
    type: "aws:ec2/vpcPeeringConnection:VpcPeeringConnection",
    citation: "https://www.pulumi.com/registry/packages/aws/api-docs/ec2/vpcpeeringconnection/",
    localKey: "vpcId",
    peerKey: "peerVpcId",
    sideTypes: ["aws:ec2/vpc:Vpc"],
  },
  {
    mechanism: "Transit Gateway peering",
    type: "aws:ec2transitgateway/peeringAttachment:PeeringAttachment",
    citation: "https://www.pulumi.com/registry/packages/aws/api-docs/ec2transitgateway/peeringattachment/",
    localKey: "transitGatewayId",
    peerKey: "peerTransitGatewayId",
    sideTypes: ["aws:ec2transitgateway/transitGateway:TransitGateway"],
  },
];

export const awsPeerings: FlowModule = {
  name: "aws-peering",
  entries: specs.map((s) => ({ mechanism: s.mechanism, types: [s.type], citation: s.citation, read: (r, cx) => awsPeering(r, s, cx) })),
};
