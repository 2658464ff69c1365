import { locate } from "../../policypack/catalog";
import { azureRegionPairs, pairSources, secondaryRegionOf } from "../../policypack/catalog/pairs";

describe("catalog/pairs: Azure region pairs", () => {
  it("cites https sources", () => {
    expect(pairSources.length).toBeGreaterThan(0);
    for (const s of pairSources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.title.length).toBeGreaterThan(10);
      expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(azureRegionPairs.map((p) => [p.a, p.b] as const))("%s and %s are catalogued Azure regions (both packages)", (a, b) => {
    for (const pkg of ["azure-native", "azure"]) {
      expect(locate(pkg, a)?.region).toBe(a);
      expect(locate(pkg, b)?.region).toBe(b);
    }
  });

  it("lists each region at most once as the first of a row, and never pairs a region with itself", () => {
    const firsts = azureRegionPairs.map((p) => p.a);
    expect(new Set(firsts).size).toBe(firsts.length);
    for (const p of azureRegionPairs) expect(p.a).not.toBe(p.b);
  });

  it("is symmetric for two-way pairs", () => {
    for (const p of azureRegionPairs.filter((x) => x.direction === "both")) {
      expect(secondaryRegionOf(p.a)).toBe(p.b);
      expect(secondaryRegionOf(p.b)).toBe(p.a);
    }
  });

  it("keeps Microsoft's documented one-way pairs one-way", () => {
    for (const p of azureRegionPairs.filter((x) => x.direction === "one-way")) {
      expect(secondaryRegionOf(p.a)).toBe(p.b);
      expect(secondaryRegionOf(p.b)).not.toBe(p.a);
    }
    expect(secondaryRegionOf("westus3")).toBe("eastus");
    expect(secondaryRegionOf("eastus")).toBe("westus");
    expect(secondaryRegionOf("brazilsouth")).toBe("southcentralus");
    expect(secondaryRegionOf("southcentralus")).toBe("northcentralus");
    expect(secondaryRegionOf("westindia")).toBe("southindia");
    expect(secondaryRegionOf("southindia")).toBe("centralindia");
  });

  it.each([
    ["eastasia", "southeastasia"],
    ["southeastasia", "eastasia"],
    ["chinaeast", "chinanorth"],
    ["chinanorth", "chinaeast"],
    ["chinaeast2", "chinanorth2"],
    ["chinanorth2", "chinaeast2"],
    ["chinaeast3", "chinanorth3"],
    ["chinanorth3", "chinaeast3"],
    ["eastus", "westus"],
    ["westus", "eastus"],
    ["eastus2", "centralus"],
    ["northeurope", "westeurope"],
    ["uksouth", "ukwest"],
  ])("%s pairs with %s", (a, b) => {
    expect(secondaryRegionOf(a)).toBe(b);
  });

  it("accepts display names in any case", () => {
    expect(secondaryRegionOf("Southeast Asia")).toBe("eastasia");
    expect(secondaryRegionOf("CHINA EAST 2")).toBe("chinanorth2");
    expect(secondaryRegionOf(" East US ")).toBe("westus");
  });

  it("has no secondary for nonpaired or unknown regions", () => {
    for (const r of [
      "italynorth",
      "polandcentral",
      "israelcentral",
      "qatarcentral",
      "mexicocentral",
      "spaincentral",
      "newzealandnorth",
      "nowhere",
      "",
      "__proto__",
      "x".repeat(1000),
    ]) {
      expect(secondaryRegionOf(r)).toBeUndefined();
    }
  });

  it("crosses jurisdictions only where the catalog says so: Singapore's pair is Hong Kong, China pairs stay in CN", () => {
    const j = (r: string) => locate("azure-native", r)?.entry.jurisdictions;
    expect(j(secondaryRegionOf("southeastasia")!)).toEqual(["HK"]);
    for (const r of ["chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3"])
      expect(j(secondaryRegionOf(r)!)).toEqual(["CN"]);
    const crossBorder = azureRegionPairs.filter((p) => JSON.stringify(j(p.a)) !== JSON.stringify(j(p.b))).map((p) => `${p.a}>${p.b}`);
    expect(crossBorder.sort()).toEqual(["brazilsouth>southcentralus", "eastasia>southeastasia", "northeurope>westeurope"]);
  });
});
