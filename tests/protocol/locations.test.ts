/**
 * Secondary locations (catalog/locations) over the analyzer gRPC protocol,
 * against the BUILT pack with the default determination: replicas, backups
 * and multi-region configurations in a restricted region are a mandatory
 * restricted-region finding on the resource itself, naming the role; U.S.-only
 * multi-location configurations stay clean.
 */
import { defaultProvider, ensureBuilt, resource, startPack, unknownString, type Diagnostic, type PackClient } from "./harness";

const NOW = "2026-11-28T12:00:00Z";

describe("secondary locations over the protocol (default determination)", () => {
  let pack: PackClient;

  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack({ env: { US_PERSON_DATA_GUARD_NOW: NOW } });
    await pack.getAnalyzerInfo();
    await pack.configure({});
    await pack.configureStack({}, { dryRun: true });
  }, 180_000);

  afterAll(async () => {
    await pack?.close();
  });

  const reported = (ds: Diagnostic[]) => ds.map((d) => [d.policyName, d.enforcementLevel]);
  const azn = (location: string) => defaultProvider("azure-native", { location }, "3.8.0");
  const aws = defaultProvider("aws", { region: "us-east-1" }, "6.80.0");
  const gcp = defaultProvider("gcp", { project: "acme-prod", region: "us-central1" }, "8.30.0");

  test("Cosmos DB account in East US with a replica in East Asia (HK) is blocked, naming the replica", async () => {
    const r = resource(
      "azure-native:documentdb:DatabaseAccount",
      "orders-cosmos",
      {
        resourceGroupName: "rg-orders",
        accountName: "orders-cosmos",
        location: "eastus",
        databaseAccountOfferType: "Standard",
        locations: [
          { locationName: "East US", failoverPriority: 0, isZoneRedundant: false },
          { locationName: "East Asia", failoverPriority: 1, isZoneRedundant: false },
        ],
        consistencyPolicy: { defaultConsistencyLevel: "Session" },
      },
      azn("eastus"),
    );
    const ds = await pack.analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("replica in eastasia (HK)");
    expect(ds[0]!.message).toContain("azure-native:documentdb:DatabaseAccount");
  });

  test("Cosmos DB account in East US and West US stays clean", async () => {
    const r = resource(
      "azure-native:documentdb:DatabaseAccount",
      "orders-cosmos",
      {
        resourceGroupName: "rg",
        location: "eastus",
        databaseAccountOfferType: "Standard",
        locations: [
          { locationName: "eastus", failoverPriority: 0 },
          { locationName: "westus", failoverPriority: 1 },
        ],
      },
      azn("eastus"),
    );
    expect(await pack.analyze(r)).toEqual([]);
  });

  test("Spanner instance with config regional-asia-east2 (HK) is blocked", async () => {
    const r = resource(
      "gcp:spanner/instance:Instance",
      "orders",
      { config: "regional-asia-east2", displayName: "orders", numNodes: 1 },
      gcp,
    );
    const ds = await pack.analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("replica in asia-east2 (HK)");
  });

  test("Spanner instance in the U.S. multi-region nam3 stays clean", async () => {
    expect(
      await pack.analyze(resource("gcp:spanner/instance:Instance", "orders", { config: "nam3", displayName: "orders", numNodes: 1 }, gcp)),
    ).toEqual([]);
  });

  test("Secrets Manager secret in us-east-1 with a replica in ap-east-1 (HK) is blocked", async () => {
    const r = resource(
      "aws:secretsmanager/secret:Secret",
      "db-password",
      { name: "db-password", replicas: [{ region: "us-west-2" }, { region: "ap-east-1" }] },
      aws,
    );
    const ds = await pack.analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("replica in ap-east-1 (HK)");
  });

  test("Secrets Manager replica region unknown at preview is advisory", async () => {
    const ds = await pack.analyze(
      resource("aws:secretsmanager/secret:Secret", "db-password", { name: "db-password", replicas: [{ region: unknownString }] }, aws),
    );
    expect(reported(ds)).toEqual([["restricted-region", "advisory"]]);
  });

  test("Azure SQL database in Southeast Asia: geo-redundant backup is the default, its pair East Asia (HK) is blocked", async () => {
    const r = resource(
      "azure-native:sql:Database",
      "orders-db",
      {
        resourceGroupName: "rg",
        serverName: "orders-sql",
        databaseName: "orders",
        location: "southeastasia",
        sku: { name: "S0", tier: "Standard" },
      },
      azn("southeastasia"),
    );
    const ds = await pack.analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("backup in eastasia (HK)");
  });

  test("Azure SQL database in Southeast Asia with locally redundant backups stays clean", async () => {
    const r = resource(
      "azure-native:sql:Database",
      "orders-db",
      { resourceGroupName: "rg", serverName: "s", location: "southeastasia", requestedBackupStorageRedundancy: "Local" },
      azn("southeastasia"),
    );
    expect(await pack.analyze(r)).toEqual([]);
  });

  test("Azure SQL database in East US (pair West US) stays clean by default", async () => {
    expect(
      await pack.analyze(
        resource("azure-native:sql:Database", "orders-db", { resourceGroupName: "rg", serverName: "s", location: "eastus" }, azn("eastus")),
      ),
    ).toEqual([]);
  });

  test("Bigtable instance with a cluster in asia-east2-a is blocked", async () => {
    const r = resource(
      "gcp:bigtable/instance:Instance",
      "events",
      {
        clusters: [
          { clusterId: "events-us", zone: "us-central1-b", numNodes: 1 },
          { clusterId: "events-hk", zone: "asia-east2-a", numNodes: 1 },
        ],
      },
      gcp,
    );
    const ds = await pack.analyze(r);
    expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("replica in asia-east2 (HK)");
  });

  describe("aws-native, azapi and google-native token shapes", () => {
    const awsNative = defaultProvider("aws-native", { region: "us-east-1" }, "1.30.0");
    const azapi = defaultProvider("azapi", {}, "2.2.0");
    const googleNative = defaultProvider("google-native", { project: "acme-prod", region: "us-central1" }, "0.32.0");

    test("aws-native DynamoDB global table with a replica in ap-east-1 is blocked; U.S. replicas are clean", async () => {
      const table = (regions: string[]) =>
        resource(
          "aws-native:dynamodb:GlobalTable",
          "orders",
          { tableName: "orders", billingMode: "PAY_PER_REQUEST", replicas: regions.map((region) => ({ region })) },
          awsNative,
        );
      const ds = await pack.analyze(table(["us-east-1", "ap-east-1"]));
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("replica in ap-east-1 (HK)");
      expect(await pack.analyze(table(["us-east-1", "us-west-2"]))).toEqual([]);
    });

    test("aws-native Secrets Manager replica region in China is blocked", async () => {
      const s = resource("aws-native:secretsmanager:Secret", "db", { name: "db", replicaRegions: [{ region: "cn-north-1" }] }, awsNative);
      const ds = await pack.analyze(s);
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("replica in cn-north-1 (CN)");
    });

    test("azapi Cosmos DB account whose body (a JSON string) lists East Asia is blocked; another type with the same body is not read", async () => {
      const body = JSON.stringify({
        properties: { databaseAccountOfferType: "Standard", locations: [{ locationName: "East US" }, { locationName: "East Asia" }] },
      });
      const cosmos = resource(
        "azapi:index/resource:Resource",
        "cosmos",
        { type: "Microsoft.DocumentDB/databaseAccounts@2024-05-15", location: "eastus", body },
        azapi,
      );
      const ds = await pack.analyze(cosmos);
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("replica in eastasia (HK)");
      const site = resource(
        "azapi:index/resource:Resource",
        "site",
        { type: "Microsoft.Web/sites@2023-01-01", location: "eastus", body },
        azapi,
      );
      expect(await pack.analyze(site)).toEqual([]);
    });

    test("google-native Spanner instance with config regional-asia-east2 is blocked; nam3 is clean", async () => {
      const inst = (config: string) =>
        resource(
          "google-native:spanner/v1:Instance",
          "orders",
          { instanceId: "orders", config: `projects/acme-prod/instanceConfigs/${config}`, nodeCount: 1 },
          googleNative,
        );
      const ds = await pack.analyze(inst("regional-asia-east2"));
      expect(reported(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("asia-east2 (HK)");
      expect(await pack.analyze(inst("nam3"))).toEqual([]);
    });
  });
});
