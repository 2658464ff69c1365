/**
 * The data-flow analysis skips the reference walk of a resource whose probes
 * (noted as it is added) match no destination of the stack. Skipping must
 * never change a finding: over generated stacks whose values name each other
 * by id, ARN, URN (in any letter case), hold endpoints, restricted ARNs, Azure
 * ids, GCP network links, non-ASCII text and unknowns, the findings equal
 * those of the exhaustive analysis, which walks every resource.
 * Replay a failure with FC_SEED=<seed printed>; `npm run test:fuzz` runs more.
 */
import fc from "fast-check";
import { findFlows, flowFinder } from "../../policypack/core/flows";
import type { Finding, ResourceView } from "../../policypack/core/types";
import { compileSettings } from "../../policypack/determination/compile";
import { fcParams } from "../support/arbitraries";
import { build, plan, providers } from "../support/flow-stacks";
import { clock } from "../support/views";

const settingsList = [
  compileSettings({}),
  compileSettings({ unknownRegion: "violation" }),
  compileSettings({ determination: "alibaba-cloud-review" }),
];

function exhaustive(resources: readonly ResourceView[], si: number): Finding[] {
  const f = flowFinder(settingsList[si]!, clock, { exhaustive: true });
  for (const r of resources) f.add(r);
  return f.finish();
}

describe("flow probes (property)", () => {
  it("skipping the reference walk where no probe matches never changes the findings", () => {
    let withFlows = 0;
    fc.assert(
      fc.property(plan, fc.nat(settingsList.length - 1), (p, si) => {
        const resources = build(p);
        const expected = exhaustive(resources, si);
        expect(findFlows(resources, settingsList[si]!, clock)).toEqual(expected);
        if (expected.length > 0) withFlows++;
      }),
      fcParams(300),
    );
    // The generated stacks do make flows: the comparison is not between two empty lists.
    expect(withFlows).toBeGreaterThan(10);
  });
});

describe("flow probes (cases the generator rarely makes)", () => {
  const s = settingsList[0]!;
  const hk = providers[1]!;
  const use1 = providers[0]!;
  const dest = (id: string): ResourceView => ({
    type: "aws:s3/bucketV2:BucketV2",
    urn: "urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::dest",
    name: "dest",
    id,
    inputs: { bucket: id },
    provider: hk,
  });
  const from = (value: string): ResourceView => ({
    type: "aws:lambda/function:Function",
    urn: "urn:pulumi:prod::p::aws:lambda/function:Function::fn",
    name: "fn",
    inputs: { environment: { variables: { TARGET: value } } },
    provider: use1,
  });

  it("a value naming a GCP network destination inside a longer link is still a reference", () => {
    const net: ResourceView = {
      type: "gcp:compute/network:Network",
      urn: "urn:pulumi:prod::p::gcp:compute/network:Network::vpc",
      name: "vpc",
      inputs: { name: "shared-vpc" },
      provider: providers[7]!,
    };
    const vm: ResourceView = {
      type: "gcp:compute/instance:Instance",
      urn: "urn:pulumi:prod::p::gcp:compute/instance:Instance::vm",
      name: "vm",
      inputs: { networkInterfaces: [{ network: "projects/p/global/networks/shared-vpc" }] },
      provider: providers[6]!,
    };
    const found = findFlows([net, vm], s, clock);
    expect(found).toEqual(exhaustive([net, vm], 0));
    expect(found.map((f) => f.destination?.urn)).toEqual([net.urn]);
  });

  it.each([
    ["U+0130, whose lower case is longer", "i\u0307stanbul-bucket", "\u0130stanbul-bucket"],
    ["U+0130 inside, where no sampled character shows it", "acmei\u0307bucket-ord", "acme\u0130bucket-ord"],
    ["the Kelvin sign, whose lower case is ASCII", "kelvin-bucket", "\u212Aelvin-bucket"],
    ["upper case", "acme-orders", "ACME-ORDERS"],
  ])("a value naming a destination through %s is still a reference", (_what, id, value) => {
    const resources = [dest(id), from(value)];
    const found = findFlows(resources, s, clock);
    expect(found).toEqual(exhaustive(resources, 0));
    expect(found.map((f) => f.destination?.urn)).toEqual(["urn:pulumi:prod::p::aws:s3/bucketV2:BucketV2::dest"]);
  });
});

describe("flow destinations placed by a later resource", () => {
  it("an Azure resource placed by its resource group, listed after it, is a destination", () => {
    // The provider has no location: the account takes its resource group's, and the group comes later in the stack.
    const bare = providers.find((p) => p.name === "bare")!;
    const account: ResourceView = {
      type: "azure-native:storage:StorageAccount",
      urn: "urn:pulumi:prod::p::azure-native:storage:StorageAccount::acct",
      name: "acct",
      id: "/subscriptions/0/resourceGroups/rg-cn/providers/Microsoft.Storage/storageAccounts/acctcn",
      inputs: { resourceGroupName: "rg-cn", accountName: "acctcn" },
      provider: bare,
    };
    const app: ResourceView = {
      type: "azure-native:web:WebApp",
      urn: "urn:pulumi:prod::p::azure-native:web:WebApp::app",
      name: "app",
      inputs: { location: "eastus", siteConfig: { appSettings: [{ name: "STORAGE", value: account.id }] } },
      provider: bare,
    };
    const group: ResourceView = {
      type: "azure-native:resources:ResourceGroup",
      urn: "urn:pulumi:prod::p::azure-native:resources:ResourceGroup::rg",
      name: "rg",
      inputs: { resourceGroupName: "rg-cn", location: "chinaeast2" },
      provider: bare,
    };
    for (const order of [
      [group, account, app],
      [account, app, group],
      [app, account, group],
    ]) {
      const found = findFlows(order, settingsList[0]!, clock);
      expect(found.map((f) => [f.urn, f.destination?.urn])).toEqual([[app.urn, account.urn]]);
    }
  });
});
