import { findPlacements } from "../../policypack/core/placement";
import { messageFor } from "../../policypack/core/message";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import type { SettingsInput } from "../../policypack/determination/types";
import type { Finding } from "../../policypack/core/types";
import { clock, provider, res, usPerson } from "../support/flow-views";

const place = (stack: Parameters<typeof findPlacements>[0], s: SettingsInput = {}): Finding[] =>
  findPlacements(stack, compileSettings(s), clock);
const brief = (fs: readonly Finding[]) =>
  fs.map((f) => ({ policy: f.policy, rule: f.rule, name: f.name, blocking: f.blocking, region: f.region }));

describe("placement: an azure-native resource without a location lies in its resource group's", () => {
  const bare = provider("azure-native", "bare", {});
  const group = (name: string, location: unknown) =>
    res("azure-native:resources:ResourceGroup", name, { resourceGroupName: name, location }, { provider: bare });
  const server = (name: string, rg: unknown, propDeps?: Record<string, string[]>) =>
    res("azure-native:sql:Server", name, { serverName: name, resourceGroupName: rg, tags: usPerson }, { provider: bare, propDeps });

  it("a group of the stack in a restricted region places the resource there: restricted-region, naming the group, whatever unknownRegion says", () => {
    const found = place([server("srv", "rg-hk"), group("rg-hk", "eastasia")]);
    expect(brief(found)).toEqual([{ policy: "restricted-region", rule: "jurisdiction", name: "srv", blocking: true, region: "eastasia" }]);
    expect(found[0]!.reason).toContain("resource group 'rg-hk'");
    expect(found[0]!.regionSource).toBe("resource-group:input:location");
    expect(messageFor(found[0]!)).toContain("region eastasia (HK)");
    // Names match case-insensitively, wherever the group is listed.
    expect(brief(place([group("RG-HK", "East Asia"), server("srv", "rg-hk")]))).toHaveLength(1);
    expect(place([server("srv", "rg-us"), group("rg-us", "eastus")], { unknownRegion: "violation" })).toEqual([]);
  });

  it("decides the resource as if it set the location: allowedRegions, and a database's paired-region backup", () => {
    const resid = place([server("srv", "rg-eu"), group("rg-eu", "westeurope")], {
      allowedRegions: { "azure-native": ["eastus", "westus"] },
    });
    expect(brief(resid)).toEqual([{ policy: "restricted-region", rule: "residency", name: "srv", blocking: true, region: "westeurope" }]);
    const db = res(
      "azure-native:sql:Database",
      "db",
      { databaseName: "db", serverName: "srv", resourceGroupName: "rg-sea", tags: usPerson },
      { provider: bare },
    );
    const backup = place([db, group("rg-sea", "southeastasia")]);
    expect(brief(backup)).toEqual([{ policy: "restricted-region", rule: "jurisdiction", name: "db", blocking: true, region: "eastasia" }]);
    expect(backup[0]!.reason).toContain("backup in eastasia (HK)");
  });

  it("a group outside the stack follows unknownRegion: advisory by default, mandatory with violation, saying how to make it explicit", () => {
    const advisory = place([server("srv", "rg-elsewhere")]);
    expect(brief(advisory)).toEqual([
      { policy: "restricted-region", rule: "unknown-region", name: "srv", blocking: false, region: undefined },
    ]);
    expect(advisory[0]!.reason).toContain("resource group 'rg-elsewhere', which is not in this stack");
    expect(advisory[0]!.reason).toContain("set location on the resource");
    expect(advisory[0]!.reason).toContain("unknownRegion is 'defer'");
    expect(messageFor(advisory[0]!)).toContain("region not set");
    expect(brief(place([server("srv", "rg-elsewhere")], { unknownRegion: "violation" }))[0]!.blocking).toBe(true);
  });

  it("a group name or location unknown at preview: found through the property dependency, else unknownRegion", () => {
    const rg = group("rg-hk", "eastasia");
    expect(brief(place([rg, server("srv", unknownString, { resourceGroupName: [rg.urn] })]))[0]).toMatchObject({ rule: "jurisdiction" });
    expect(brief(place([server("srv", unknownString)], { unknownRegion: "violation" }))).toEqual([
      { policy: "restricted-region", rule: "unknown-region", name: "srv", blocking: true, region: undefined },
    ]);
    const later = place([group("rg-x", unknownString), server("srv", "rg-x")]);
    expect(later[0]!.reason).toContain("location cannot be known during preview");
  });

  it("reads the group from the resource's Azure id when its properties (outputs) do not name it", () => {
    const fromId = res(
      "azure-native:sql:Server",
      "srv",
      { name: "srv", tags: usPerson },
      { provider: bare, id: "/subscriptions/0/resourceGroups/rg-hk/providers/Microsoft.Sql/servers/srv" },
    );
    expect(brief(place([group("rg-hk", "eastasia"), fromId]))).toEqual([
      { policy: "restricted-region", rule: "jurisdiction", name: "srv", blocking: true, region: "eastasia" },
    ]);
    const outside = place([
      { ...fromId, id: undefined, inputs: { ...fromId.inputs, id: "/subscriptions/0/resourceGroups/rg-far/providers/x/y/z" } },
    ]);
    expect(outside[0]!.reason).toContain("resource group 'rg-far', which is not in this stack");
  });

  it("honours exemptions and scope as decide does", () => {
    const exempt = place([server("srv", "rg-elsewhere")], {
      unknownRegion: "violation",
      exemptions: [{ id: "EXC-1", resources: ["urn:pulumi:prod::app::azure-native:sql:Server::srv"], reason: "r", expires: "2027-01-31" }],
    });
    expect(exempt[0]!.exemption).toMatchObject({ id: "EXC-1", status: "honoured" });
    const tagged = {
      unknownRegion: "violation" as const,
      scope: { mode: "tagged" as const, tagKeys: ["data-classification"], tagValues: ["us-person"] },
    };
    const untagged = res("azure-native:sql:Server", "u", { serverName: "u", resourceGroupName: "rg-x" }, { provider: bare });
    expect(place([untagged], tagged)).toEqual([]);
  });

  it("nothing for a resource with its own location, a global type, a child of a placed parent, or one naming no group", () => {
    const own = res(
      "azure-native:sql:Server",
      "own",
      { serverName: "own", resourceGroupName: "rg-x", location: "eastus", tags: usPerson },
      { provider: bare },
    );
    const zone = res("azure-native:privatedns:PrivateZone", "z", { resourceGroupName: "rg-x", tags: usPerson }, { provider: bare });
    const account = res(
      "azure-native:storage:StorageAccount",
      "acct",
      { accountName: "acct", resourceGroupName: "rg-x", location: "eastus" },
      { provider: bare },
    );
    const container = res(
      "azure-native:storage:BlobContainer",
      "c",
      { accountName: "acct", resourceGroupName: "rg-x", containerName: "c", tags: usPerson },
      { provider: bare, propDeps: { accountName: [account.urn] } },
    );
    const role = res("azure-native:authorization:RoleAssignment", "ra", { scope: "/subscriptions/0", tags: usPerson }, { provider: bare });
    const sub = res("azure-native:web:WebApp", "nogroup", { tags: usPerson }, { provider: bare });
    expect(place([own, zone, account, container, role, sub], { unknownRegion: "violation" })).toEqual([]);
    // A location from the provider places it too.
    const east = provider("azure-native", "east", { location: "eastus" });
    expect(place([res("azure-native:sql:Server", "p", { serverName: "p", resourceGroupName: "rg-x" }, { provider: east })])).toEqual([]);
  });
});
