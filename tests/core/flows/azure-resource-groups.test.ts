import { azureResourceGroups } from "../../../policypack/core/flows/azure-resource-groups";
import { provider, flows, res, typesOf, usPerson } from "../../support/flow-views";

describe("flow module azure-resource-groups", () => {
  it("reads no type itself; its identifiers place a resource without a location in its resource group's", () => {
    expect(typesOf(azureResourceGroups)).toEqual([]);
    expect(azureResourceGroups.identifiers?.map((i) => i.type).sort()).toEqual([
      "azure-native:resources:ResourceGroup",
      "azure:core/resourceGroup:ResourceGroup",
    ]);
    const bare = provider("azure-native", "bare", {});
    const sub = "/subscriptions/0000/resourceGroups/rg-hk/providers/Microsoft.Sql/servers";
    const rg = res(
      "azure-native:resources:ResourceGroup",
      "rg-hk",
      { resourceGroupName: "rg-hk", location: "eastasia" },
      { provider: bare },
    );
    const far = res(
      "azure-native:sql:Server",
      "far",
      { serverName: "far", resourceGroupName: "rg-hk" },
      { provider: bare, id: `${sub}/far` },
    );
    const app = res("azure-native:web:WebApp", "app", { tags: usPerson, siteConfig: { connection: `${sub}/far` } });
    const found = flows([app, far, rg]);
    expect(found.map((f) => [f.name, f.destination?.urn?.split("::").pop(), f.destination?.region])).toEqual([["app", "far", "eastasia"]]);
    expect(
      flows([
        app,
        far,
        res("azure-native:resources:ResourceGroup", "rg-hk", { resourceGroupName: "rg-hk", location: "eastus" }, { provider: bare }),
      ]),
    ).toEqual([]);
  });
});
