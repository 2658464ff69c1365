import { locationEntries } from "../../policypack/catalog/locations";
import { decide } from "../../policypack/core/decide";
import { typesWithOwnAnalysis } from "../../policypack/core/flows";
import { compilePath, entriesForType, secondaryPlaces, walkPath } from "../../policypack/core/locate";
import { messageFor } from "../../policypack/core/message";
import { resolveRegion } from "../../policypack/core/region";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import type { SettingsInput } from "../../policypack/determination/types";
import { clock, defaultProvider, resource } from "../support/views";

const settings = (s: SettingsInput = {}) => compileSettings(s);
const aws = defaultProvider("aws", { region: "us-east-1" });
const azn = defaultProvider("azure-native", { location: "eastus" });
const azc = defaultProvider("azure", { location: "eastus" });
const gcp = defaultProvider("gcp", { region: "us-central1" });
const awsNative = defaultProvider("aws-native", { region: "us-east-1" });
const googleNative = defaultProvider("google-native", { project: "acme", region: "us-central1" });
const azapi = defaultProvider("azapi", {});

interface Case {
  readonly type: string;
  readonly provider: ReturnType<typeof defaultProvider>;
  /** Inputs that place a secondary copy in a restricted region. */
  readonly restricted: Record<string, unknown>;
  /** The restricted region the finding names, and the role. */
  readonly region: string;
  /** Inputs whose secondary places are all in the U.S. (or allowed): no finding. */
  readonly clean: Record<string, unknown>;
}

/** One case per catalog entry: a test below fails when an entry has none. */
const cases: Record<string, Case> = {
  "aws.dynamodb.global-table-v1": {
    type: "aws:dynamodb/globalTable:GlobalTable",
    provider: aws,
    restricted: { replicas: [{ regionName: "us-east-1" }, { regionName: "ap-east-1" }] },
    region: "ap-east-1",
    clean: { replicas: [{ regionName: "us-east-1" }, { regionName: "us-west-2" }] },
  },
  "aws.dynamodb.table-replicas": {
    type: "aws:dynamodb/table:Table",
    provider: aws,
    restricted: { replicas: [{ regionName: "cn-north-1" }] },
    region: "cn-north-1",
    clean: { replicas: [{ regionName: "us-west-2" }] },
  },
  "aws.secretsmanager.replica": {
    type: "aws:secretsmanager/secret:Secret",
    provider: aws,
    restricted: { replicas: [{ region: "ap-east-1" }] },
    region: "ap-east-1",
    clean: { replicas: [{ region: "us-west-1" }] },
  },
  "aws.ecr.replication": {
    type: "aws:ecr/replicationConfiguration:ReplicationConfiguration",
    provider: aws,
    restricted: {
      replicationConfiguration: {
        rules: [
          {
            destinations: [
              { region: "us-west-2", registryId: "1" },
              { region: "ap-east-1", registryId: "1" },
            ],
          },
        ],
      },
    },
    region: "ap-east-1",
    clean: { replicationConfiguration: { rules: [{ destinations: [{ region: "us-west-2", registryId: "1" }] }] } },
  },
  "aws.efs.replication": {
    type: "aws:efs/replicationConfiguration:ReplicationConfiguration",
    provider: aws,
    restricted: { sourceFileSystemId: "fs-1", destination: { region: "ap-east-1" } },
    region: "ap-east-1",
    clean: { sourceFileSystemId: "fs-1", destination: { region: "us-east-2" } },
  },
  "aws.redshift.snapshot-copy": {
    type: "aws:redshift/snapshotCopy:SnapshotCopy",
    provider: aws,
    restricted: { clusterIdentifier: "c", destinationRegion: "cn-northwest-1" },
    region: "cn-northwest-1",
    clean: { clusterIdentifier: "c", destinationRegion: "us-west-2" },
  },
  "aws.redshift.cluster-snapshot-copy": {
    type: "aws:redshift/cluster:Cluster",
    provider: aws,
    restricted: { snapshotCopy: { destinationRegion: "ap-east-1" } },
    region: "ap-east-1",
    clean: { snapshotCopy: { destinationRegion: "us-west-2" } },
  },
  "azure.cosmosdb.locations": {
    type: "azure-native:documentdb:DatabaseAccount",
    provider: azn,
    restricted: {
      location: "eastus",
      locations: [
        { locationName: "East US", failoverPriority: 0 },
        { locationName: "East Asia", failoverPriority: 1 },
      ],
    },
    region: "eastasia",
    clean: { location: "eastus", locations: [{ locationName: "eastus" }, { locationName: "westus" }] },
  },
  "azure.cosmosdb.geo-locations": {
    type: "azure:cosmosdb/account:Account",
    provider: azc,
    restricted: {
      location: "eastus",
      geoLocations: [
        { location: "eastus", failoverPriority: 0 },
        { location: "chinanorth3", failoverPriority: 1 },
      ],
    },
    region: "chinanorth3",
    clean: { location: "eastus", geoLocations: [{ location: "eastus" }, { location: "westus2" }] },
  },
  "azure.sql.database-geo-backup": {
    type: "azure-native:sql:Database",
    provider: azn,
    restricted: { location: "southeastasia" },
    region: "eastasia",
    clean: { location: "eastus" },
  },
  "azure.sql.database-geo-backup-classic": {
    type: "azure:mssql/database:Database",
    provider: azc,
    restricted: { location: "southeastasia", storageAccountType: "Geo" },
    region: "eastasia",
    clean: { location: "southeastasia", storageAccountType: "Local" },
  },
  "azure.sql.managed-instance-geo-backup": {
    type: "azure-native:sql:ManagedInstance",
    provider: azn,
    restricted: { location: "southeastasia", requestedBackupStorageRedundancy: "GeoZone" },
    region: "eastasia",
    clean: { location: "southeastasia", requestedBackupStorageRedundancy: "Zone" },
  },
  "azure.recoveryservices.vault-grs": {
    type: "azure-native:recoveryservices:Vault",
    provider: azn,
    restricted: { location: "southeastasia", properties: { redundancySettings: { standardTierStorageRedundancy: "GeoRedundant" } } },
    region: "eastasia",
    clean: { location: "southeastasia", properties: { redundancySettings: { standardTierStorageRedundancy: "LocallyRedundant" } } },
  },
  "azure.recoveryservices.vault-grs-classic": {
    type: "azure:recoveryservices/vault:Vault",
    provider: azc,
    restricted: { location: "southeastasia" },
    region: "eastasia",
    clean: { location: "southeastasia", storageModeType: "ZoneRedundant" },
  },
  "azure.dataprotection.backup-vault-grs": {
    type: "azure-native:dataprotection:BackupVault",
    provider: azn,
    restricted: { location: "southeastasia", properties: { storageSettings: [{ datastoreType: "VaultStore", type: "GeoRedundant" }] } },
    region: "eastasia",
    clean: { location: "southeastasia", properties: { storageSettings: [{ datastoreType: "VaultStore", type: "LocallyRedundant" }] } },
  },
  "azure.storage.account-grs": {
    type: "azure-native:storage:StorageAccount",
    provider: azn,
    restricted: { location: "southeastasia", sku: { name: "Standard_RAGRS" }, kind: "StorageV2" },
    region: "eastasia",
    clean: { location: "southeastasia", sku: { name: "Standard_LRS" } },
  },
  "azure.storage.account-grs-classic": {
    type: "azure:storage/account:Account",
    provider: azc,
    restricted: { location: "southeastasia", accountTier: "Standard", accountReplicationType: "GZRS" },
    region: "eastasia",
    clean: { location: "southeastasia", accountTier: "Standard", accountReplicationType: "ZRS" },
  },
  "gcp.spanner.instance-config": {
    type: "gcp:spanner/instance:Instance",
    provider: gcp,
    restricted: { config: "regional-asia-east2", displayName: "x" },
    region: "asia-east2",
    clean: { config: "nam3", displayName: "x" },
  },
  "gcp.bigtable.cluster-zones": {
    type: "gcp:bigtable/instance:Instance",
    provider: gcp,
    restricted: {
      clusters: [
        { clusterId: "a", zone: "us-central1-b" },
        { clusterId: "b", zone: "asia-east2-a" },
      ],
    },
    region: "asia-east2",
    clean: {
      clusters: [
        { clusterId: "a", zone: "us-central1-b" },
        { clusterId: "b", zone: "us-east1-c" },
      ],
    },
  },
  "gcp.pubsub.message-storage": {
    type: "gcp:pubsub/topic:Topic",
    provider: gcp,
    restricted: { messageStoragePolicy: { allowedPersistenceRegions: ["us-central1", "asia-east2"] } },
    region: "asia-east2",
    clean: { messageStoragePolicy: { allowedPersistenceRegions: ["us-central1", "us-east1"] } },
  },
  "gcp.firestore.location": {
    type: "gcp:firestore/database:Database",
    provider: gcp,
    restricted: { locationId: "asia-east2", type: "FIRESTORE_NATIVE" },
    region: "asia-east2",
    clean: { locationId: "nam5", type: "FIRESTORE_NATIVE" },
  },
  "gcp.compute.snapshot-storage": {
    type: "gcp:compute/snapshot:Snapshot",
    provider: gcp,
    restricted: { sourceDisk: "d", storageLocations: ["asia-east2"] },
    region: "asia-east2",
    clean: { sourceDisk: "d", storageLocations: ["us"] },
  },
  "gcp.compute.snapshot-schedule-storage": {
    type: "gcp:compute/resourcePolicy:ResourcePolicy",
    provider: gcp,
    restricted: { snapshotSchedulePolicy: { snapshotProperties: { storageLocations: ["asia-east2"] } } },
    region: "asia-east2",
    clean: { snapshotSchedulePolicy: { snapshotProperties: { storageLocations: ["us-east1"] } } },
  },
  "gcp.sql.backup-location": {
    type: "gcp:sql/databaseInstance:DatabaseInstance",
    provider: gcp,
    restricted: {
      databaseVersion: "POSTGRES_15",
      settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, location: "asia-east2" } },
    },
    region: "asia-east2",
    clean: { databaseVersion: "POSTGRES_15", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, location: "us" } } },
  },
  "gcp.secretmanager.user-managed-replicas": {
    type: "gcp:secretmanager/secret:Secret",
    provider: gcp,
    restricted: { secretId: "s", replication: { userManaged: { replicas: [{ location: "us-east1" }, { location: "asia-east2" }] } } },
    region: "asia-east2",
    clean: { secretId: "s", replication: { userManaged: { replicas: [{ location: "us-east1" }, { location: "us-west1" }] } } },
  },
  "aws.native.dynamodb.global-table": {
    type: "aws-native:dynamodb:GlobalTable",
    provider: awsNative,
    restricted: { tableName: "orders", replicas: [{ region: "us-east-1" }, { region: "ap-east-1" }] },
    region: "ap-east-1",
    clean: { tableName: "orders", replicas: [{ region: "us-east-1" }, { region: "us-west-2" }] },
  },
  "aws.native.secretsmanager.replica-regions": {
    type: "aws-native:secretsmanager:Secret",
    provider: awsNative,
    restricted: { name: "db", replicaRegions: [{ region: "cn-northwest-1" }] },
    region: "cn-northwest-1",
    clean: { name: "db", replicaRegions: [{ region: "us-west-2", kmsKeyId: "alias/x" }] },
  },
  "aws.native.ecr.replication": {
    type: "aws-native:ecr:ReplicationConfiguration",
    provider: awsNative,
    restricted: { replicationConfiguration: { rules: [{ destinations: [{ region: "ap-east-1", registryId: "123456789012" }] }] } },
    region: "ap-east-1",
    clean: { replicationConfiguration: { rules: [{ destinations: [{ region: "us-west-2", registryId: "123456789012" }] }] } },
  },
  "gcp.native.spanner.instance-config": {
    type: "google-native:spanner/v1:Instance",
    provider: googleNative,
    restricted: { instanceId: "orders", config: "projects/acme/instanceConfigs/regional-asia-east2", nodeCount: 1 },
    region: "asia-east2",
    clean: { instanceId: "orders", config: "projects/acme/instanceConfigs/nam3", nodeCount: 1 },
  },
  "azure.azapi.cosmosdb.locations": {
    type: "azapi:index/resource:Resource",
    provider: azapi,
    restricted: {
      type: "Microsoft.DocumentDB/databaseAccounts@2024-05-15",
      location: "eastus",
      body: {
        kind: "GlobalDocumentDB",
        properties: {
          databaseAccountOfferType: "Standard",
          locations: [
            { locationName: "East US", failoverPriority: 0 },
            { locationName: "East Asia", failoverPriority: 1 },
          ],
        },
      },
    },
    region: "eastasia",
    clean: {
      type: "Microsoft.DocumentDB/databaseAccounts@2024-05-15",
      location: "eastus",
      body: { properties: { locations: [{ locationName: "East US" }, { locationName: "West US" }] } },
    },
  },
};

describe("locate: one case per catalog entry", () => {
  it("every entry has a case, and every case names an entry", () => {
    expect(Object.keys(cases).sort()).toEqual(locationEntries.map((e) => e.id).sort());
  });

  describe.each(locationEntries.filter((e) => e.coveredBy === "restricted-data-flow").map((e) => [e.id, e] as const))(
    "%s (reported as a data flow)",
    (id, entry) => {
      const c = cases[id]!;
      it("is not read by locate, and the flow analysis still handles its types", () => {
        expect(entriesForType(c.type)).not.toContain(entry);
        for (const t of entry.types) expect(typesWithOwnAnalysis.has(t)).toBe(true);
      });
      it("adds no restricted-region finding of its own", () => {
        expect(decide(resource(c.type, "db", c.restricted, c.provider), settings(), clock).filter((f) => f.region === c.region)).toEqual(
          [],
        );
      });
    },
  );

  describe.each(locationEntries.filter((e) => e.coveredBy === undefined).map((e) => [e.id, e] as const))("%s", (id, entry) => {
    const c = cases[id]!;
    it("matches its type", () => {
      expect(entriesForType(c.type)).toContain(entry);
    });
    it(`blocks a ${entry.role} in a restricted region, naming the role`, () => {
      const fs = decide(resource(c.type, "db", c.restricted, c.provider), settings(), clock);
      const hit = fs.find((f) => f.policy === "restricted-region" && f.rule === "jurisdiction" && f.region === c.region);
      expect(hit).toBeDefined();
      expect(hit!.blocking).toBe(true);
      expect(hit!.reason).toContain(`${entry.role} in ${c.region} (`);
      expect(messageFor(hit!)).toContain(c.type);
    });
    it("stays clean when every secondary place is in the U.S. or unrestricted", () => {
      expect(decide(resource(c.type, "db", c.clean, c.provider), settings(), clock)).toEqual([]);
    });
  });
});

describe("locate: mechanism", () => {
  it("compiles the path language and rejects anything else, naming the path", () => {
    expect(compilePath("a[].b")).toEqual([
      { key: "a", each: true },
      { key: "b", each: false },
    ]);
    expect(() => compilePath("a..b")).toThrow("location path 'a..b'");
    expect(() => compilePath("a[0]")).toThrow(/bad segment/);
  });

  it("walks lists and one-item blocks alike, with the indexed path", () => {
    const steps = compilePath("rules[].destinations[].region");
    expect(walkPath({ rules: [{ destinations: [{ region: "x" }] }] }, steps).hits).toEqual([
      { value: "x", path: "rules[0].destinations[0].region" },
    ]);
    expect(walkPath({ rules: { destinations: { region: "y" } } }, steps).hits).toEqual([{ value: "y", path: "rules.destinations.region" }]);
    expect(walkPath({ rules: [{ destinations: unknownString }] }, steps).unknownAt).toBe("rules[0].destinations");
  });

  it("azapi: reads the body held as a JSON string, and only for the type the condition names (by prefix)", () => {
    const body = JSON.stringify({ properties: { locations: [{ locationName: "eastus" }, { locationName: "chinanorth3" }] } });
    const cosmos = resource(
      "azapi:index/resource:Resource",
      "c",
      { type: "Microsoft.DocumentDB/databaseAccounts@2023-04-15", location: "eastus", body },
      azapi,
    );
    const hit = decide(cosmos, settings(), clock).find((f) => f.rule === "jurisdiction");
    expect(hit).toMatchObject({ region: "chinanorth3", regionSource: "input:body.properties.locations[1].locationName" });
    const other = resource(
      "azapi:index/resource:Resource",
      "o",
      { type: "Microsoft.Web/sites@2023-01-01", location: "eastus", body },
      azapi,
    );
    expect(decide(other, settings(), clock)).toEqual([]);
    const broken = resource(
      "azapi:index/resource:Resource",
      "b",
      { type: "Microsoft.DocumentDB/databaseAccounts@2023-04-15", location: "eastus", body: "{not json" },
      azapi,
    );
    expect(decide(broken, settings(), clock)).toEqual([]);
  });

  it("names the source path of the replica", () => {
    const r = resource(
      "azure-native:documentdb:DatabaseAccount",
      "c",
      { location: "eastus", locations: [{ locationName: "eastus" }, { locationName: "eastasia" }] },
      azn,
    );
    const f = decide(r, settings(), clock).find((x) => x.rule === "jurisdiction")!;
    expect(f.regionSource).toBe("input:locations[1].locationName");
    expect(f.reason).toContain("replica in eastasia (HK)");
  });

  it("resolves Spanner multi-region configurations to their member regions", () => {
    const r = resource("gcp:spanner/instance:Instance", "s", { config: "projects/p/instanceConfigs/nam-eur-asia1" }, gcp);
    const places = secondaryPlaces(r, settings().determination, resolveRegion(r, settings().determination)).flatMap((s) =>
      s.places.map((p) => p.region),
    );
    expect(places).toEqual(expect.arrayContaining(["us-central2", "europe-west1", "asia-east1"]));
    expect(places).not.toContain("us-central1");
  });

  it("reports an uncatalogued Spanner configuration as advisory, never as clean", () => {
    const fs = decide(resource("gcp:spanner/instance:Instance", "s", { config: "custom-zz-config" }, gcp), settings(), clock);
    expect(fs.map((f) => [f.rule, f.blocking])).toEqual([["uncatalogued-region", false]]);
  });

  it("Azure SQL: geo-redundant backup is the default, so an absent setting takes the pair", () => {
    const fs = decide(
      resource("azure-native:sql:Database", "d", { location: "southeastasia", requestedBackupStorageRedundancy: "Local" }, azn),
      settings(),
      clock,
    );
    expect(fs).toEqual([]);
    const paired = decide(
      resource("azure-native:sql:Database", "d", {}, defaultProvider("azure-native", { location: "southeastasia" })),
      settings(),
      clock,
    );
    expect(paired.find((f) => f.rule === "jurisdiction")?.reason).toContain("backup in eastasia (HK)");
  });

  it("an unknown redundancy setting is a deferred finding only when the pair is restricted", () => {
    const sea = decide(
      resource(
        "azure-native:recoveryservices:Vault",
        "v",
        { location: "southeastasia", properties: { redundancySettings: { standardTierStorageRedundancy: unknownString } } },
        azn,
      ),
      settings(),
      clock,
    );
    expect(sea.map((f) => [f.rule, f.blocking])).toEqual([["unknown-region", false]]);
    expect(
      decide(
        resource(
          "azure-native:recoveryservices:Vault",
          "v",
          { location: "eastus", properties: { redundancySettings: { standardTierStorageRedundancy: unknownString } } },
          azn,
        ),
        settings(),
        clock,
      ),
    ).toEqual([]);
    const strict = decide(
      resource(
        "azure-native:recoveryservices:Vault",
        "v",
        { location: "southeastasia", properties: { redundancySettings: { standardTierStorageRedundancy: unknownString } } },
        azn,
      ),
      settings({ unknownRegion: "violation" }),
      clock,
    );
    expect(strict[0]!.blocking).toBe(true);
  });

  it("an unknown replica region follows unknownRegion", () => {
    const r = resource("aws:secretsmanager/secret:Secret", "s", { replicas: [{ region: unknownString }] }, aws);
    expect(decide(r, settings(), clock).map((f) => [f.rule, f.blocking, f.regionSource])).toEqual([
      ["unknown-region", false, "input:replicas[0].region"],
    ]);
    expect(decide(r, settings({ unknownRegion: "violation" }), clock)[0]!.blocking).toBe(true);
  });

  it("a non-string replica region is reported, never silently passed", () => {
    const fs = decide(resource("aws:secretsmanager/secret:Secret", "s", { replicas: [{ region: 42 }] }, aws), settings(), clock);
    expect(fs.map((f) => f.rule)).toEqual(["uncatalogued-region"]);
  });

  it("applies allowedRegions to secondary places", () => {
    const r = resource(
      "aws:dynamodb/globalTable:GlobalTable",
      "t",
      { replicas: [{ regionName: "us-east-1" }, { regionName: "eu-west-1" }] },
      aws,
    );
    const fs = decide(r, settings({ allowedRegions: { aws: ["us-*"] } }), clock);
    expect(fs.map((f) => [f.rule, f.region])).toEqual([["residency", "eu-west-1"]]);
  });

  it("does not report the primary region twice when it is also listed as a replica", () => {
    const r = resource(
      "azure-native:documentdb:DatabaseAccount",
      "c",
      { location: "eastasia", locations: [{ locationName: "eastasia" }] },
      azn,
    );
    expect(decide(r, settings(), clock).filter((f) => f.rule === "jurisdiction")).toHaveLength(1);
  });

  it("reads outputs under an output: source", () => {
    const r = {
      ...resource("gcp:pubsub/topic:Topic", "t", { messageStoragePolicy: { allowedPersistenceRegions: ["asia-east2"] } }, gcp),
      state: "outputs" as const,
    };
    expect(decide(r, settings(), clock)[0]!.regionSource).toBe("output:messageStoragePolicy.allowedPersistenceRegions[0]");
  });
});
