import { azureResourceGroups } from "../../../policypack/core/flows/azure-resource-groups";
import { unknownString } from "../../../policypack/core/unknown";
import { provider, flows, res, typesOf, usPerson } from "../../support/flow-views";

describe("flow module azure-resource-groups", () => {
  it("reads no type itself (its post-pass reads the resources placed by their group); its identifiers place a resource without a location in its resource group's", () => {
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
    expect(found.map((f) => [f.name, f.destination?.urn?.split("::").pop(), f.destination?.region])).toEqual([
      ["app", "far", "eastasia"],
      // 'far' itself lies in its resource group's region.
      ["far", "rg-hk", "eastasia"],
    ]);
    expect(
      flows([
        app,
        far,
        res("azure-native:resources:ResourceGroup", "rg-hk", { resourceGroupName: "rg-hk", location: "eastus" }, { provider: bare }),
      ]),
    ).toEqual([]);
  });
});

describe("an azure-native resource without a location is placed by its resource group", () => {
  const bare = provider("azure-native", "bare", {});
  const group = (name: string, location: string) =>
    res("azure-native:resources:ResourceGroup", name, { resourceGroupName: name, location }, { provider: bare });
  const server = (name: string, rg: unknown, propDeps?: Record<string, string[]>) =>
    res("azure-native:sql:Server", name, { serverName: name, resourceGroupName: rg, tags: usPerson }, { provider: bare, propDeps });
  const brief = (fs: ReturnType<typeof flows>) => fs.map((f) => ({ name: f.name, blocking: f.blocking, region: f.destination?.region }));

  it("a resource group in a restricted region places the resource there (a finding on the resource, whatever unknownRegion says)", () => {
    const found = flows([server("srv", "rg-hk"), group("rg-hk", "eastasia")]);
    expect(brief(found)).toEqual([{ name: "srv", blocking: true, region: "eastasia" }]);
    expect(found[0]!.reason).toContain("'rg-hk' (azure-native:resources:ResourceGroup) in eastasia, restricted jurisdiction HK");
    expect(flows([server("srv", "RG-US"), group("rg-us", "eastus")], { unknownRegion: "violation" })).toEqual([]);
  });

  it("a resource group outside the stack follows unknownRegion: advisory by default, mandatory with violation, naming the group", () => {
    const stack = [server("srv", "rg-elsewhere")];
    const advisory = flows(stack);
    expect(brief(advisory)).toEqual([{ name: "srv", blocking: false, region: undefined }]);
    expect(advisory[0]!.reason).toContain("resource group 'rg-elsewhere' outside this stack, whose region cannot be determined");
    expect(advisory[0]!.reason).toContain("set location on the resource");
    expect(brief(flows(stack, { unknownRegion: "violation" }))).toEqual([{ name: "srv", blocking: true, region: undefined }]);
  });

  it("a resource group name unknown at preview is found through the property dependency, else follows unknownRegion", () => {
    const rg = group("rg-hk", "eastasia");
    const viaDep = server("srv", unknownString, { resourceGroupName: [rg.urn] });
    expect(brief(flows([rg, viaDep]))).toEqual([{ name: "srv", blocking: true, region: "eastasia" }]);
    expect(brief(flows([server("srv", unknownString)], { unknownRegion: "violation" }))).toEqual([
      { name: "srv", blocking: true, region: undefined },
    ]);
  });

  it("nothing for a resource with its own location, out of scope, global, or without a resource group", () => {
    const own = res(
      "azure-native:sql:Server",
      "own",
      { serverName: "own", resourceGroupName: "rg-x", location: "eastus", tags: usPerson },
      { provider: bare },
    );
    expect(flows([own], { unknownRegion: "violation" })).toEqual([]);
    const tagged = {
      unknownRegion: "violation" as const,
      scope: { mode: "tagged" as const, tagKeys: ["data-classification"], tagValues: ["us-person"] },
    };
    const untagged = res("azure-native:sql:Server", "untagged", { serverName: "u", resourceGroupName: "rg-x" }, { provider: bare });
    expect(flows([untagged], tagged)).toEqual([]);
    const zone = res("azure-native:privatedns:PrivateZone", "z", { resourceGroupName: "rg-x", tags: usPerson }, { provider: bare });
    expect(flows([zone], { unknownRegion: "violation" })).toEqual([]);
    // A child of a resource of the stack whose region is known lies where its parent does (the parent is judged itself).
    const account = res(
      "azure-native:storage:StorageAccount",
      "acct",
      { accountName: "acct", resourceGroupName: "rg-x", location: "eastus", tags: usPerson },
      { provider: bare },
    );
    const container = res(
      "azure-native:storage:BlobContainer",
      "c",
      { accountName: "acct", resourceGroupName: "rg-x", containerName: "c", tags: usPerson },
      { provider: bare, propDeps: { accountName: [account.urn] } },
    );
    expect(flows([account, container], { unknownRegion: "violation" })).toEqual([]);
    const role = res("azure-native:authorization:RoleAssignment", "ra", { scope: "/subscriptions/0", tags: usPerson }, { provider: bare });
    expect(flows([role], { unknownRegion: "violation" })).toEqual([]);
  });
});
