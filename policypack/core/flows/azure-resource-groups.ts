/**
 * Azure resource groups: no flow of their own, but an azure-native resource
 * without a location is placed in its resource group's, found by name.
 */
import type { FlowModule } from "./types";

export const azureResourceGroups: FlowModule = {
  name: "azure-resource-groups",
  identifiers: [
    { kind: "azure", type: "azure-native:resources:ResourceGroup", collection: "resourcegroups", name: ["resourceGroupName", "name"] },
    { kind: "azure", type: "azure:core/resourceGroup:ResourceGroup", collection: "resourcegroups", name: ["name"] },
  ],
};
