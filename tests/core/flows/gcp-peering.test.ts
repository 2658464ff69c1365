import { gcpPeering } from "../../../policypack/core/flows/gcp-peering";
import { unknownString } from "../../../policypack/core/unknown";
import { describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "VPC network peering";
const link = (n: string) => `https://www.googleapis.com/compute/v1/projects/p/global/networks/${n}`;
const network = (n: string) => res("gcp:compute/network:Network", n, { name: n, selfLink: link(n), labels: usPerson });
const subnet = (n: string, net: string, region: string) =>
  res("gcp:compute/subnetwork:Subnetwork", n, { name: n, network: link(net), region, ipCidrRange: "10.0.0.0/24" });

function peeringCase(): void {
  const peering = (peer: unknown) => res("gcp:compute/networkPeering:NetworkPeering", "p", { network: link("local"), peerNetwork: peer });
  const stack = [network("local"), network("far"), subnet("far-hk", "far", "asia-east2"), subnet("far-us", "far", "us-east1")];
  // The data reaches each subnet of the peer network; only the Hong Kong one is restricted.
  expect(of(mechanism, flows([...stack, peering(link("far"))]))).toEqual([
    { source: "local", dest: "far-hk", region: "asia-east2", blocking: true },
  ]);
  expect(of(mechanism, flows([...stack, peering("far")]))).toEqual([
    { source: "local", dest: "far-hk", region: "asia-east2", blocking: true },
  ]);
  expect(of(mechanism, flows([...stack, peering(unknownString)], { unknownRegion: "violation" }))).toEqual([
    { source: "local", blocking: true },
  ]);
  expect(flows([network("local"), network("far"), subnet("far-us", "far", "us-east1"), peering(link("far"))])).toEqual([]);
}

describeModule(gcpPeering, {
  "gcp:compute/networkPeering:NetworkPeering": peeringCase,
  // Subnets are collected by network for the peering; they have no flow of their own.
  "gcp:compute/subnetwork:Subnetwork": () => {
    expect(flows([network("far"), subnet("far-hk", "far", "asia-east2")])).toEqual([]);
    peeringCase();
  },
});
