import { awsPeerings } from "../../../policypack/core/flows/aws-peering";
import { unknownString } from "../../../policypack/core/unknown";
import { describeModule, flows, of, res, usPerson } from "../../support/flow-views";

function check(type: string, mechanism: string, localKey: string, peerKey: string, localType: string): void {
  const local = res(localType, "local", { tags: usPerson }, { id: "local-1" });
  const peering = (more: Record<string, unknown>) => res(type, "peer", { [localKey]: "local-1", [peerKey]: "remote-1", ...more });
  expect(of(mechanism, flows([local, peering({ peerRegion: "ap-east-1" })]))).toEqual([
    { source: "local", region: "ap-east-1", blocking: true },
  ]);
  expect(flows([local, peering({ peerRegion: "eu-west-1" })])).toEqual([]);
  expect(flows([local, peering({})])).toEqual([]);
  expect(of(mechanism, flows([local, peering({ peerRegion: unknownString })], { unknownRegion: "defer" }))).toEqual([
    { source: "local", blocking: false },
  ]);
}

describeModule(awsPeerings, {
  "aws:ec2/vpcPeeringConnection:VpcPeeringConnection": () =>
    check("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "VPC peering", "vpcId", "peerVpcId", "aws:ec2/vpc:Vpc"),
  "aws:ec2transitgateway/peeringAttachment:PeeringAttachment": () =>
    check(
      "aws:ec2transitgateway/peeringAttachment:PeeringAttachment",
      "Transit Gateway peering",
      "transitGatewayId",
      "peerTransitGatewayId",
      "aws:ec2transitgateway/transitGateway:TransitGateway",
    ),
});
