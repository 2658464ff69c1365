import { azureSql } from "../../../policypack/core/flows/azure-sql";
import { unknownString } from "../../../policypack/core/unknown";
import { describeModule, flows, of, provider, res, usPerson } from "../../support/flow-views";

const sub = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers";
const hkNative = provider("azure-native", "hk", { location: "eastasia" });
const hkClassic = provider("azure", "hk", { location: "eastasia" });

describeModule(azureSql, {
  "azure-native:sql:Database": () => {
    const mechanism = "Azure SQL geo-replica";
    const primary = res(
      "azure-native:sql:Database",
      "db",
      { serverName: "primary", databaseName: "orders", tags: usPerson },
      { id: `${sub}/primary/databases/orders` },
    );
    const secondary = (mode: string) =>
      res(
        "azure-native:sql:Database",
        "db-hk",
        { serverName: "far", databaseName: "orders", createMode: mode, sourceDatabaseId: `${sub}/primary/databases/orders` },
        { provider: hkNative },
      );
    expect(of(mechanism, flows([primary, secondary("Secondary")]))).toEqual([
      { source: "db", dest: "db-hk", region: "eastasia", blocking: true },
    ]);
    // Not a secondary: a copy made once is the database's own placement (restricted-region), not a flow.
    expect(of(mechanism, flows([primary, secondary("Default")]))).toEqual([]);
  },
  "azure:mssql/database:Database": () => {
    const mechanism = "Azure SQL geo-replica";
    const primary = res(
      "azure:mssql/database:Database",
      "db",
      { name: "orders", serverId: `${sub}/primary`, tags: usPerson },
      { id: `${sub}/primary/databases/orders` },
    );
    const secondary = res(
      "azure:mssql/database:Database",
      "db-hk",
      {
        name: "orders",
        serverId: `${sub}/far`,
        createMode: "OnlineSecondary",
        creationSourceDatabaseId: `${sub}/primary/databases/orders`,
      },
      { provider: hkClassic },
    );
    expect(of(mechanism, flows([primary, secondary]))).toEqual([{ source: "db", dest: "db-hk", region: "eastasia", blocking: true }]);
  },
  "azure-native:sql:FailoverGroup": () => {
    const mechanism = "Azure SQL failover group";
    const server = res("azure-native:sql:Server", "primary", { serverName: "primary", tags: usPerson }, { id: `${sub}/primary` });
    const far = res("azure-native:sql:Server", "far", { serverName: "far" }, { provider: hkNative, id: `${sub}/far` });
    const group = (partners: unknown) =>
      res("azure-native:sql:FailoverGroup", "fg", { serverName: "primary", failoverGroupName: "fg", partnerServers: partners });
    expect(of(mechanism, flows([server, far, group([{ id: `${sub}/far` }])]))).toEqual([
      { source: "primary", dest: "far", region: "eastasia", blocking: true },
    ]);
    expect(of(mechanism, flows([server, group([{ id: `${sub}/elsewhere`, location: "eastasia" }])]))).toEqual([
      { source: "primary", region: "eastasia", blocking: true },
    ]);
    expect(of(mechanism, flows([server, group([{ id: `${sub}/elsewhere`, location: "westus" }])]))).toEqual([]);
    // A partner outside the stack named by its id alone (no location at preview): unknownRegion, naming it.
    const outside = flows([server, group([{ id: `${sub}/dr-partner` }])]);
    expect(of(mechanism, outside)).toEqual([{ source: "primary", blocking: false }]);
    expect(outside[0]!.reason).toContain("partner server 'dr-partner' outside this stack, whose region cannot be determined");
    expect(of(mechanism, flows([server, group([{ id: `${sub}/dr-partner` }])], { unknownRegion: "violation" }))).toEqual([
      { source: "primary", blocking: true },
    ]);
    expect(of(mechanism, flows([server, group(unknownString)], { unknownRegion: "violation" }))).toEqual([
      { source: "primary", blocking: true },
    ]);
  },
  "azure:mssql/failoverGroup:FailoverGroup": () => {
    const mechanism = "Azure SQL failover group";
    const server = res("azure:mssql/server:Server", "primary", { name: "primary", tags: usPerson }, { id: `${sub}/primary` });
    const far = res("azure:mssql/server:Server", "far", { name: "far" }, { provider: hkClassic, id: `${sub}/far` });
    const group = res("azure:mssql/failoverGroup:FailoverGroup", "fg", { serverId: `${sub}/primary`, partnerServer: { id: `${sub}/far` } });
    expect(of(mechanism, flows([server, far, group]))).toEqual([{ source: "primary", dest: "far", region: "eastasia", blocking: true }]);
  },
});
