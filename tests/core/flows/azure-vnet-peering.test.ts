import { azureVnetPeering } from "../../../policypack/core/flows/azure-vnet-peering";
import { describeModule, flows, of, provider, res, usPerson } from "../../support/flow-views";

const mechanism = "Azure virtual network peering";
const sub = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks";
const hkNative = provider("azure-native", "hk", { location: "eastasia" });
const hkClassic = provider("azure", "hk", { location: "eastasia" });

describeModule(azureVnetPeering, {
  "azure-native:network:VirtualNetworkPeering": () => {
    const local = res(
      "azure-native:network:VirtualNetwork",
      "local",
      { virtualNetworkName: "local", tags: usPerson },
      { id: `${sub}/local` },
    );
    const far = res("azure-native:network:VirtualNetwork", "far", { virtualNetworkName: "far" }, { provider: hkNative, id: `${sub}/far` });
    const peering = res("azure-native:network:VirtualNetworkPeering", "p", {
      virtualNetworkName: "local",
      remoteVirtualNetwork: { id: `${sub}/far` },
    });
    expect(of(mechanism, flows([local, far, peering]))).toEqual([{ source: "local", dest: "far", region: "eastasia", blocking: true }]);
    expect(flows([local, peering])).toEqual([]);
  },
  "azure:network/virtualNetworkPeering:VirtualNetworkPeering": () => {
    const local = res("azure:network/virtualNetwork:VirtualNetwork", "local", { name: "local", tags: usPerson }, { id: `${sub}/local` });
    const far = res("azure:network/virtualNetwork:VirtualNetwork", "far", { name: "far" }, { provider: hkClassic, id: `${sub}/far` });
    const peering = res("azure:network/virtualNetworkPeering:VirtualNetworkPeering", "p", {
      virtualNetworkName: "local",
      remoteVirtualNetworkId: `${sub}/far`,
    });
    expect(of(mechanism, flows([local, far, peering]))).toEqual([{ source: "local", dest: "far", region: "eastasia", blocking: true }]);
  },
  "azure-native:network:VirtualNetwork": () => {
    const far = res("azure-native:network:VirtualNetwork", "far", { virtualNetworkName: "far" }, { provider: hkNative, id: `${sub}/far` });
    const local = res("azure-native:network:VirtualNetwork", "local", {
      virtualNetworkName: "local",
      tags: usPerson,
      virtualNetworkPeerings: [{ name: "to-far", remoteVirtualNetwork: { id: `${sub}/far` } }],
    });
    expect(of(mechanism, flows([far, local]))).toEqual([{ source: "local", dest: "far", region: "eastasia", blocking: true }]);
  },
});
