/**
 * Azure resource groups: no flow of their own, but an azure-native resource
 * without a location is placed in its resource group's, found by name (see
 * `locateView`; the placement of the resource itself is judged by
 * `core/placement.ts`).
 */
import type { FlowModule } from "./types";

const identifiers = [
  { kind: "azure", type: "azure-native:resources:ResourceGroup", collection: "resourcegroups", name: ["resourceGroupName", "name"] },
  { kind: "azure", type: "azure:core/resourceGroup:ResourceGroup", collection: "resourcegroups", name: ["name"] },
] as const;

/** The types of an Azure resource group, which a resource without a location of its own takes it from. */
export const resourceGroupTypes: readonly string[] = identifiers.map((i) => i.type);

export const azureResourceGroups: FlowModule = {
  name: "azure-resource-groups",
  identifiers,
};
