import { azureGeoStorage, geoSkus } from "../../../policypack/core/flows/azure-geo-storage";
import { unknownString } from "../../../policypack/core/unknown";
import { describeModule, flows, of, provider, res, usPerson } from "../../support/flow-views";

const mechanism = "Azure geo-redundant storage";
const hkNative = provider("azure-native", "hk", { location: "eastasia" });
const hkClassic = provider("azure", "hk", { location: "eastasia" });

describeModule(azureGeoStorage, {
  "azure-native:storage:StorageAccount": () => {
    const account = (sku: unknown, p = hkNative) =>
      res("azure-native:storage:StorageAccount", "sa", { tags: usPerson, sku, kind: "StorageV2" }, { provider: p });
    // East Asia (Hong Kong) pairs with Southeast Asia: the pair is outside the restricted jurisdictions.
    expect(flows([account({ name: "Standard_GRS" })])).toEqual([]);
    expect(flows([account({ name: "Standard_LRS" })])).toEqual([]);
    // A U.S. account is paired in the U.S.
    expect(flows([account({ name: "Standard_RAGRS" }, provider("azure-native", "us", { location: "eastus" }))])).toEqual([]);
    const sea = provider("azure-native", "sea", { location: "southeastasia" });
    expect(of(mechanism, flows([account({ name: "Standard_GZRS" }, sea)]))).toEqual([{ source: "sa", region: "eastasia", blocking: true }]);
    expect(of(mechanism, flows([account(unknownString, sea)], { unknownRegion: "violation" }))).toEqual([{ source: "sa", blocking: true }]);
    expect(of(mechanism, flows([account({ name: unknownString }, sea)], { unknownRegion: "violation" }))).toEqual([
      { source: "sa", blocking: true },
    ]);
  },
  "azure:storage/account:Account": () => {
    const sea = provider("azure", "sea", { location: "southeastasia" });
    const account = (t: unknown, p = sea) =>
      res("azure:storage/account:Account", "sa", { tags: usPerson, accountReplicationType: t, location: undefined }, { provider: p });
    expect(of(mechanism, flows([account("RAGRS")]))).toEqual([{ source: "sa", region: "eastasia", blocking: true }]);
    expect(flows([account("ZRS")])).toEqual([]);
    expect(flows([account("GRS", hkClassic)])).toEqual([]);
  },
});

describe("geo-redundant SKUs", () => {
  it("are lower-case, and each has a Standard_ form", () => {
    for (const s of geoSkus) expect(s).toBe(s.toLowerCase());
    for (const s of geoSkus) if (!s.startsWith("standard_")) expect(geoSkus.has(`standard_${s}`)).toBe(true);
  });
});
