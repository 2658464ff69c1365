import { environmentEntries, environmentSignals } from "../../policypack/catalog/environments";
import { families } from "../../policypack/catalog/families";
import { decide } from "../../policypack/core/decide";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, defaultProvider, explicitProvider, providerResource, resource } from "../support/views";

const settings = compileSettings({});

describe("sovereign-cloud environments (catalog/environments.ts)", () => {
  it("is data with a citation and a note per entry; every spelling lower-case and in one entry only", () => {
    const seen = new Set<string>();
    for (const e of environmentEntries) {
      expect(e.source.url).toMatch(/^https:\/\//);
      expect(e.note.length).toBeGreaterThan(10);
      expect(families.some((f) => f.id === e.family)).toBe(true);
      for (const v of e.values) {
        expect(v).toBe(v.toLowerCase());
        expect(seen.has(`${e.family}|${v}`)).toBe(false);
        seen.add(`${e.family}|${v}`);
      }
    }
  });

  it("derives one signal per package of the family (and azuread), key and sovereign spelling", () => {
    const azure = families.find((f) => f.id === "azure")!;
    for (const pkg of [...azure.packages, "azuread"]) {
      for (const value of ["china", "azurechinacloud", "usgovernment", "azureusgovernment", "azuregermancloud"])
        expect(environmentSignals.some((s) => s.package === pkg && s.key === "environment" && s.value === value)).toBe(true);
    }
    // The public cloud is recognised but places nothing: the region decides.
    expect(environmentSignals.some((s) => s.value === "public" || s.value === "azurecloud")).toBe(false);
  });

  const cases: [string, string, string][] = [
    ["azure-native", "azure-native:storage:StorageAccount", "AzureChinaCloud"],
    ["azure-native", "azure-native:storage:StorageAccount", "china"],
    ["azure", "azure:storage/account:Account", "AzureChinaCloud"],
    ["azapi", "azapi:index/resource:Resource", "china"],
    ["azuread", "azuread:index/user:User", "AzureChinaCloud"],
  ];
  it.each(cases)("a %s provider: %s under environment %s is placed in CN (restricted)", (pkg, type, env) => {
    void pkg;
    const p = defaultProvider(pkg, { environment: env });
    const fs = decide(resource(type, "r", {}, p), settings, clock);
    expect(fs.find((f) => f.policy === "restricted-region")).toMatchObject({ jurisdictions: ["CN"], regionSource: "provider:environment" });
    // The provider resource itself, explicit.
    const own = decide(providerResource(explicitProvider(pkg, "cn", { environment: env })), settings, clock);
    expect(own.find((f) => f.policy === "restricted-region")).toMatchObject({ jurisdictions: ["CN"] });
  });

  it("US Government, German and public clouds are not restricted", () => {
    for (const env of ["usgovernment", "AzureUSGovernment", "AzureGermanCloud", "public", "AzureCloud"]) {
      const p = explicitProvider("azure-native", "p", { environment: env });
      expect(decide(resource("azure-native:storage:StorageAccount", "s", {}, p), settings, clock)).toEqual([]);
      expect(
        decide(resource("azuread:index/user:User", "u", {}, explicitProvider("azuread", "p", { environment: env })), settings, clock),
      ).toEqual([]);
    }
  });

  it("an ARM endpoint of Azure in China (metadataHost) places the provider in CN", () => {
    const p = explicitProvider("azure", "cn", { metadataHost: "management.chinacloudapi.cn" });
    const fs = decide(resource("azure:storage/account:Account", "s", {}, p), settings, clock);
    expect(fs.find((f) => f.policy === "restricted-region")).toMatchObject({ jurisdictions: ["CN"] });
  });
});
