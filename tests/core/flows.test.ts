import { decide } from "../../policypack/core/decide";
import { findFlows, flowFinder } from "../../policypack/core/flows";
import { messageFor } from "../../policypack/core/message";
import type { Finding, ProviderView, ResourceView } from "../../policypack/core/types";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import type { SettingsInput } from "../../policypack/determination/types";

const clock = (): Date => new Date("2026-11-28T12:00:00Z");
const settings = (s: SettingsInput = {}) => compileSettings(s);
const U = unknownString;
const acct = "123456789012";

// --- realistic views ---------------------------------------------------------------

function provider(pkg: string, name: string, inputs: Record<string, unknown>): ProviderView {
  return { type: `pulumi:providers:${pkg}`, urn: `urn:pulumi:prod::shop::pulumi:providers:${pkg}::${name}`, name, inputs };
}
const awsDefault = provider("aws", "default_7_12_0", { region: "us-east-1" });
const awsWest = provider("aws", "us-west-2", { region: "us-west-2" });
const awsHk = provider("aws", "hong-kong", { region: "ap-east-1" });
const azureDefault = provider("azure-native", "default_3_8_0", { location: "eastus" });
const gcpDefault = provider("gcp", "default_8_40_0", { project: "shop-prod", region: "us-central1" });

interface Extra {
  readonly provider?: ProviderView;
  readonly deps?: readonly string[];
  readonly propDeps?: Readonly<Record<string, readonly string[]>>;
  readonly id?: string;
}

/** A view as the adapter builds it, plus the optional fields stack policies and state exports carry. */
function res(type: string, name: string, inputs: Record<string, unknown>, extra: Extra = {}): ResourceView {
  const view: ResourceView & {
    dependencies?: readonly string[];
    propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    id?: string;
  } = {
    type,
    name,
    urn: `urn:pulumi:prod::shop::${type}::${name}`,
    inputs,
    provider: extra.provider ?? defaultProviderFor(type),
    ...(extra.deps ? { dependencies: extra.deps } : {}),
    ...(extra.propDeps ? { propertyDependencies: extra.propDeps } : {}),
    ...(extra.id ? { id: extra.id } : {}),
  };
  return view;
}

function defaultProviderFor(type: string): ProviderView | undefined {
  if (type.startsWith("aws:")) return awsDefault;
  if (type.startsWith("azure-native:")) return azureDefault;
  if (type.startsWith("gcp:")) return gcpDefault;
  return undefined;
}

const usPerson = { "data-classification": "us-person", team: "orders" };

function bucket(name: string, p: ProviderView = awsDefault, more: Record<string, unknown> = {}): ResourceView {
  return res(
    "aws:s3/bucket:Bucket",
    name,
    { bucket: `${name}-7f3a`, arn: `arn:aws:s3:::${name}-7f3a`, tags: usPerson, forceDestroy: false, ...more },
    { provider: p, id: `${name}-7f3a` },
  );
}

function replication(
  name: string,
  src: ResourceView,
  destBucket: unknown,
  extra: Extra = {},
  srcName: unknown = src.inputs["bucket"],
): ResourceView {
  return res(
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    name,
    {
      bucket: srcName,
      role: `arn:aws:iam::${acct}:role/s3-replication`,
      rules: [
        {
          id: "everything",
          status: "Enabled",
          filter: {},
          deleteMarkerReplication: { status: "Enabled" },
          destination: { bucket: destBucket, storageClass: "STANDARD_IA" },
        },
      ],
    },
    extra,
  );
}

const flows = (stack: readonly ResourceView[], s: SettingsInput = {}) => findFlows(stack, settings(s), clock);
const brief = (fs: readonly Finding[]) =>
  fs.map((f) => ({
    source: f.name,
    dest: f.destination?.urn?.split("::").pop(),
    region: f.destination?.region,
    jurisdictions: f.destination?.jurisdictions,
    blocking: f.blocking,
  }));

// --- the table ---------------------------------------------------------------------------

interface Case {
  readonly name: string;
  readonly stack: () => ResourceView[];
  readonly settings?: SettingsInput;
  readonly expect: readonly { source: string; dest?: string; region?: string; jurisdictions?: readonly string[]; blocking: boolean }[];
}

const src = bucket("orders");
const hkBucket = bucket("orders-hk", awsHk);
const westBucket = bucket("orders-west", awsWest);

const cases: Case[] = [
  // ---- S3 replication ----
  {
    name: "S3 replication (BucketReplicationConfig) from us-east-1 into a bucket of an explicit ap-east-1 provider, by ARN",
    stack: () => [src, hkBucket, replication("orders-to-hk", src, hkBucket.inputs["arn"])],
    expect: [{ source: "orders", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "S3 replication resolved through property dependencies when the ARN is unknown at preview",
    stack: () => {
      const hk = { ...hkBucket, inputs: { ...hkBucket.inputs, arn: U } };
      return [src, hk, replication("orders-to-hk", src, U, { propDeps: { bucket: [src.urn], rules: [hk.urn] } })];
    },
    expect: [{ source: "orders", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "S3 replication: source bucket unknown at preview is resolved through property dependencies too",
    stack: () => [src, hkBucket, replication("orders-to-hk", src, hkBucket.inputs["arn"], { propDeps: { bucket: [src.urn] } }, U)],
    expect: [{ source: "orders", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "S3 replication to another U.S. region is not a flow",
    stack: () => [src, westBucket, replication("orders-to-west", src, westBucket.inputs["arn"])],
    expect: [],
  },
  {
    name: "S3 replication into the aws-cn partition (bucket outside the stack) is a flow into CN",
    stack: () => [src, replication("orders-to-bj", src, "arn:aws-cn:s3:::orders-beijing")],
    expect: [{ source: "orders", region: "aws-cn", jurisdictions: ["CN"], blocking: true }],
  },
  {
    name: "S3 replication into a bucket outside the stack in the commercial partition cannot be placed: it follows unknownRegion (advisory by default)",
    stack: () => [src, replication("orders-to-partner", src, "arn:aws:s3:::partner-bucket")],
    expect: [{ source: "orders", blocking: false }],
  },
  {
    name: "legacy inline replicationConfiguration on aws:s3/bucket:Bucket",
    stack: () => [
      hkBucket,
      res("aws:s3/bucket:Bucket", "legacy", {
        bucket: "legacy-1",
        tags: usPerson,
        versioning: { enabled: true },
        replicationConfiguration: {
          role: `arn:aws:iam::${acct}:role/r`,
          rules: [{ id: "r1", status: "Enabled", destination: { bucket: hkBucket.inputs["arn"], storageClass: "STANDARD" } }],
        },
      }),
    ],
    expect: [{ source: "legacy", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "BucketV2 replicationConfigurations (list form), destination by bucket name",
    stack: () => [
      hkBucket,
      res("aws:s3/bucketV2:BucketV2", "v2", {
        bucket: "v2-1",
        tags: usPerson,
        replicationConfigurations: [
          {
            role: `arn:aws:iam::${acct}:role/r`,
            rules: [{ id: "r1", status: "Enabled", destinations: [], destination: { bucket: hkBucket.inputs["bucket"] } }],
          },
        ],
      }),
    ],
    expect: [{ source: "v2", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "replication between two Hong Kong buckets adds no new jurisdiction (restricted-region reports them)",
    stack: () => {
      const hk2 = bucket("orders-hk-2", awsHk);
      return [hkBucket, hk2, replication("hk-to-hk", hkBucket, hk2.inputs["arn"], { provider: awsHk })];
    },
    expect: [],
  },

  // ---- DynamoDB, RDS, Aurora, Backup, KMS ----
  {
    name: "DynamoDB global table with a replica in ap-east-1 (and one in us-west-2)",
    stack: () => [
      res("aws:dynamodb/table:Table", "sessions", {
        name: "sessions",
        billingMode: "PAY_PER_REQUEST",
        hashKey: "id",
        attributes: [{ name: "id", type: "S" }],
        streamEnabled: true,
        streamViewType: "NEW_AND_OLD_IMAGES",
        replicas: [{ regionName: "us-west-2" }, { regionName: "ap-east-1", pointInTimeRecovery: true }],
        tags: usPerson,
      }),
    ],
    expect: [{ source: "sessions", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "DynamoDB global table replicated within the U.S. only",
    stack: () => [
      res("aws:dynamodb/table:Table", "sessions", {
        name: "sessions",
        hashKey: "id",
        replicas: [{ regionName: "us-west-2" }, { regionName: "us-east-2" }],
      }),
    ],
    expect: [],
  },
  {
    name: "RDS cross-region read replica in ap-east-1 of a us-east-1 primary in the stack",
    stack: () => {
      const primary = res("aws:rds/instance:Instance", "orders-db", {
        identifier: "orders-db",
        engine: "postgres",
        instanceClass: "db.r6g.large",
        allocatedStorage: 100,
        username: "app",
        arn: `arn:aws:rds:us-east-1:${acct}:db:orders-db`,
        tags: usPerson,
      });
      return [
        primary,
        res(
          "aws:rds/instance:Instance",
          "orders-db-hk",
          { identifier: "orders-db-hk", instanceClass: "db.r6g.large", replicateSourceDb: primary.inputs["arn"], skipFinalSnapshot: true },
          { provider: awsHk },
        ),
      ];
    },
    expect: [{ source: "orders-db", dest: "orders-db-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "RDS read replica in ap-east-1 of a primary outside the stack (region from the ARN)",
    stack: () => [
      res(
        "aws:rds/instance:Instance",
        "ledger-hk",
        {
          identifier: "ledger-hk",
          instanceClass: "db.r6g.large",
          replicateSourceDb: `arn:aws:rds:us-east-1:${acct}:db:ledger`,
          tags: usPerson,
        },
        { provider: awsHk },
      ),
    ],
    expect: [{ source: "ledger-hk", dest: "ledger-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "same-region read replica in ap-east-1 (plain identifier) crosses no border",
    stack: () => [
      res(
        "aws:rds/instance:Instance",
        "ledger-hk-ro",
        { identifier: "ledger-hk-ro", instanceClass: "db.r6g.large", replicateSourceDb: "ledger-hk" },
        { provider: awsHk },
      ),
    ],
    expect: [],
  },
  {
    name: "RDS read replica in us-west-2 of a us-east-1 primary",
    stack: () => [
      res(
        "aws:rds/instance:Instance",
        "ledger-west",
        { identifier: "ledger-west", instanceClass: "db.r6g.large", replicateSourceDb: `arn:aws:rds:us-east-1:${acct}:db:ledger` },
        { provider: awsWest },
      ),
    ],
    expect: [],
  },
  {
    name: "Aurora global database with a secondary cluster in ap-east-1",
    stack: () => [
      res("aws:rds/globalCluster:GlobalCluster", "orders-global", {
        globalClusterIdentifier: "orders-global",
        engine: "aurora-postgresql",
        engineVersion: "15.4",
        databaseName: "orders",
      }),
      res("aws:rds/cluster:Cluster", "orders-primary", {
        clusterIdentifier: "orders-primary",
        engine: "aurora-postgresql",
        engineVersion: "15.4",
        globalClusterIdentifier: "orders-global",
        masterUsername: "app",
        tags: usPerson,
      }),
      res(
        "aws:rds/cluster:Cluster",
        "orders-secondary",
        {
          clusterIdentifier: "orders-secondary",
          engine: "aurora-postgresql",
          engineVersion: "15.4",
          globalClusterIdentifier: "orders-global",
          skipFinalSnapshot: true,
        },
        { provider: awsHk },
      ),
    ],
    expect: [{ source: "orders-primary", dest: "orders-secondary", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "Aurora global database with the secondary in us-west-2",
    stack: () => [
      res("aws:rds/globalCluster:GlobalCluster", "g", { globalClusterIdentifier: "g", engine: "aurora-mysql" }),
      res("aws:rds/cluster:Cluster", "p", { clusterIdentifier: "p", globalClusterIdentifier: "g", engine: "aurora-mysql" }),
      res(
        "aws:rds/cluster:Cluster",
        "s",
        { clusterIdentifier: "s", globalClusterIdentifier: "g", engine: "aurora-mysql" },
        { provider: awsWest },
      ),
    ],
    expect: [],
  },
  {
    name: "AWS Backup plan copying recovery points to a vault in ap-east-1",
    stack: () => [
      res("aws:backup/plan:Plan", "daily", {
        name: "daily",
        rules: [
          {
            ruleName: "daily",
            targetVaultName: "primary",
            schedule: "cron(0 5 * * ? *)",
            lifecycle: { deleteAfter: 35 },
            copyActions: [
              { destinationVaultArn: `arn:aws:backup:us-west-2:${acct}:backup-vault:dr-west` },
              { destinationVaultArn: `arn:aws:backup:ap-east-1:${acct}:backup-vault:dr-hk`, lifecycle: { deleteAfter: 35 } },
            ],
          },
        ],
        tags: usPerson,
      }),
    ],
    expect: [{ source: "daily", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "KMS multi-Region replica key in ap-east-1 of a us-east-1 primary key",
    stack: () => {
      const key = res("aws:kms/key:Key", "orders-key", {
        description: "orders",
        multiRegion: true,
        arn: `arn:aws:kms:us-east-1:${acct}:key/mrk-1234abcd`,
        tags: usPerson,
      });
      return [
        key,
        res(
          "aws:kms/replicaKey:ReplicaKey",
          "orders-key-hk",
          { primaryKeyArn: key.inputs["arn"], deletionWindowInDays: 7 },
          { provider: awsHk },
        ),
      ];
    },
    expect: [{ source: "orders-key", dest: "orders-key-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "VPC peering with a peer VPC in ap-east-1",
    stack: () => {
      const vpc = res("aws:ec2/vpc:Vpc", "main", { cidrBlock: "10.0.0.0/16", tags: usPerson }, { id: "vpc-0a1b2c3d4e5f60789" });
      return [
        vpc,
        res("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "to-hk", {
          vpcId: "vpc-0a1b2c3d4e5f60789",
          peerVpcId: "vpc-0fedcba9876543210",
          peerOwnerId: acct,
          peerRegion: "ap-east-1",
          autoAccept: false,
        }),
      ];
    },
    expect: [{ source: "main", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "VPC peering within the U.S.",
    stack: () => [
      res("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "to-west", {
        vpcId: "vpc-0a1b2c3d4e5f60789",
        peerVpcId: "vpc-0fedcba9876543210",
        peerRegion: "us-west-2",
      }),
    ],
    expect: [],
  },

  // ---- Azure ----
  {
    name: "azure-native storage account with RA-GRS and a location of its own: decided at the resource (paired-region location), not a flow",
    stack: () => [
      res("azure-native:storage:StorageAccount", "ordersst", {
        accountName: "ordersst",
        resourceGroupName: "rg-orders",
        location: "southeastasia",
        kind: "StorageV2",
        sku: { name: "Standard_RAGRS" },
        tags: usPerson,
      }),
    ],
    expect: [],
  },
  {
    name: "azure-native GRS in East US pairs with West US: not a flow",
    stack: () => [
      res("azure-native:storage:StorageAccount", "ordersus", {
        accountName: "ordersus",
        resourceGroupName: "rg",
        location: "eastus",
        kind: "StorageV2",
        sku: { name: "Standard_GRS" },
      }),
    ],
    expect: [],
  },
  {
    name: "azure-native LRS in Southeast Asia stays in Singapore",
    stack: () => [
      res("azure-native:storage:StorageAccount", "lrs", {
        accountName: "lrs",
        resourceGroupName: "rg",
        location: "southeastasia",
        sku: { name: "Standard_LRS" },
      }),
    ],
    expect: [],
  },
  {
    name: "azure-native storage account without location takes its resource group's (Southeast Asia), GZRS",
    stack: () => [
      res("azure-native:resources:ResourceGroup", "rg-sea", { resourceGroupName: "rg-sea", location: "Southeast Asia" }),
      res(
        "azure-native:storage:StorageAccount",
        "noloc",
        { accountName: "noloc", resourceGroupName: "rg-sea", sku: { name: "Standard_GZRS" } },
        { provider: provider("azure-native", "default_3_8_0", {}) },
      ),
    ],
    expect: [{ source: "noloc", region: "eastasia", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "azure classic storage account with a location of its own, accountReplicationType GRS: decided at the resource, not a flow",
    stack: () => [
      res("azure:storage/account:Account", "classic", {
        name: "classicst",
        resourceGroupName: "rg",
        location: "Southeast Asia",
        accountTier: "Standard",
        accountReplicationType: "GRS",
      }),
    ],
    expect: [],
  },
  {
    name: "azure-native SQL failover group whose partner server is in East Asia",
    stack: () => [
      res("azure-native:sql:Server", "sql-primary", {
        serverName: "sql-primary",
        resourceGroupName: "rg",
        location: "eastus",
        administratorLogin: "sqladmin",
        version: "12.0",
        tags: usPerson,
      }),
      res("azure-native:sql:Server", "sql-hk", {
        serverName: "sql-hk",
        resourceGroupName: "rg",
        location: "eastasia",
        administratorLogin: "sqladmin",
        version: "12.0",
      }),
      res("azure-native:sql:FailoverGroup", "orders-fog", {
        failoverGroupName: "orders-fog",
        resourceGroupName: "rg",
        serverName: "sql-primary",
        partnerServers: [
          { id: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql-hk" },
        ],
        readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 60 },
        databases: [],
      }),
    ],
    expect: [{ source: "sql-primary", dest: "sql-hk", region: "eastasia", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "azure classic mssql failover group (serverId / partnerServers by id)",
    stack: () => {
      const base = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers";
      return [
        res(
          "azure:mssql/server:Server",
          "primary",
          { name: "mssql-primary", resourceGroupName: "rg", location: "eastus", version: "12.0", tags: usPerson },
          { id: `${base}/mssql-primary` },
        ),
        res(
          "azure:mssql/server:Server",
          "secondary",
          { name: "mssql-cn", resourceGroupName: "rg", location: "chinaeast2", version: "12.0" },
          { id: `${base}/mssql-cn` },
        ),
        res("azure:mssql/failoverGroup:FailoverGroup", "fog", {
          name: "fog",
          serverId: `${base}/mssql-primary`,
          partnerServers: [{ id: `${base}/mssql-cn` }],
          readWriteEndpointFailoverPolicy: { mode: "Automatic", graceMinutes: 80 },
        }),
      ];
    },
    expect: [{ source: "primary", dest: "secondary", region: "chinaeast2", jurisdictions: ["CN"], blocking: true }],
  },
  {
    name: "azure-native SQL geo-secondary database (createMode Secondary) in East Asia",
    stack: () => [
      res("azure-native:sql:Database", "orders", {
        databaseName: "orders",
        serverName: "sql-primary",
        resourceGroupName: "rg",
        location: "eastus",
        tags: usPerson,
      }),
      res("azure-native:sql:Database", "orders-geo", {
        databaseName: "orders",
        serverName: "sql-hk",
        resourceGroupName: "rg",
        location: "eastasia",
        createMode: "Secondary",
        secondaryType: "Geo",
        sourceDatabaseId: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql-primary/databases/orders",
      }),
    ],
    expect: [{ source: "orders", dest: "orders-geo", region: "eastasia", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "azure-native virtual network peering to a VNet in East Asia",
    stack: () => [
      res("azure-native:network:VirtualNetwork", "hub", {
        virtualNetworkName: "hub",
        resourceGroupName: "rg",
        location: "eastus",
        addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
        tags: usPerson,
      }),
      res("azure-native:network:VirtualNetwork", "spoke-hk", {
        virtualNetworkName: "spoke-hk",
        resourceGroupName: "rg",
        location: "eastasia",
        addressSpace: { addressPrefixes: ["10.1.0.0/16"] },
      }),
      res("azure-native:network:VirtualNetworkPeering", "hub-to-hk", {
        virtualNetworkPeeringName: "hub-to-hk",
        virtualNetworkName: "hub",
        resourceGroupName: "rg",
        allowVirtualNetworkAccess: true,
        remoteVirtualNetwork: { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke-hk" },
      }),
    ],
    expect: [{ source: "hub", dest: "spoke-hk", region: "eastasia", jurisdictions: ["HK"], blocking: true }],
  },

  // ---- GCP ----
  {
    name: "GCS bucket in the ASIA multi-region (includes Hong Kong)",
    stack: () => [
      res("gcp:storage/bucket:Bucket", "assets", {
        name: "assets-7f3a",
        location: "ASIA",
        storageClass: "STANDARD",
        uniformBucketLevelAccess: true,
        labels: { "data-classification": "us-person" },
      }),
    ],
    expect: [{ source: "assets", region: "asia", blocking: true }],
  },
  {
    name: "GCS predefined dual-region NAM4 (Iowa + South Carolina)",
    stack: () => [res("gcp:storage/bucket:Bucket", "nam4", { name: "nam4-7f3a", location: "NAM4" })],
    expect: [],
  },
  {
    name: "GCS custom dual-region ASIA-EAST1 (Taiwan) + ASIA-EAST2 (Hong Kong)",
    stack: () => [
      res("gcp:storage/bucket:Bucket", "tw-hk", {
        name: "tw-hk",
        location: "ASIA",
        customPlacementConfig: { dataLocations: ["ASIA-EAST1", "ASIA-EAST2"] },
      }),
    ],
    expect: [{ source: "tw-hk", region: "asia-east2", jurisdictions: ["TW", "HK"], blocking: true }],
  },
  {
    name: "GCS custom dual-region in Japan only",
    stack: () => [
      res("gcp:storage/bucket:Bucket", "jp", {
        name: "jp",
        location: "ASIA",
        customPlacementConfig: { dataLocations: ["ASIA-NORTHEAST1", "ASIA-NORTHEAST2"] },
      }),
    ],
    expect: [],
  },
  {
    name: "GCP VPC network peering with a network that has a subnet in asia-east2",
    stack: () => [
      res("gcp:compute/network:Network", "prod", {
        name: "prod",
        autoCreateSubnetworks: false,
        selfLink: "https://www.googleapis.com/compute/v1/projects/shop-prod/global/networks/prod",
      }),
      res("gcp:compute/network:Network", "partner", { name: "partner", autoCreateSubnetworks: false }),
      res("gcp:compute/subnetwork:Subnetwork", "partner-hk", {
        name: "partner-hk",
        ipCidrRange: "10.8.0.0/20",
        region: "asia-east2",
        network: "projects/shop-prod/global/networks/partner",
      }),
      res("gcp:compute/subnetwork:Subnetwork", "partner-us", {
        name: "partner-us",
        ipCidrRange: "10.9.0.0/20",
        region: "us-central1",
        network: "projects/shop-prod/global/networks/partner",
      }),
      res("gcp:compute/networkPeering:NetworkPeering", "prod-partner", {
        name: "prod-partner",
        network: "https://www.googleapis.com/compute/v1/projects/shop-prod/global/networks/prod",
        peerNetwork: "projects/shop-prod/global/networks/partner",
        exportCustomRoutes: true,
      }),
    ],
    expect: [{ source: "prod", dest: "partner-hk", region: "asia-east2", jurisdictions: ["HK"], blocking: true }],
  },

  // ---- references of any kind ----
  {
    name: "Lambda whose environment points at an Alibaba Cloud OSS endpoint: decided at the resource, not a flow",
    stack: () => [
      res("aws:lambda/function:Function", "export", {
        runtime: "nodejs20.x",
        handler: "index.handler",
        role: `arn:aws:iam::${acct}:role/lambda`,
        environment: { variables: { OSS_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com", BUCKET: "exports" } },
        tags: usPerson,
      }),
    ],
    expect: [],
  },
  {
    name: "Lambda whose environment names an SQS queue ARN in ap-east-1",
    stack: () => [
      res("aws:lambda/function:Function", "forward", {
        runtime: "nodejs20.x",
        handler: "index.handler",
        environment: { variables: { QUEUE_ARN: `arn:aws:sqs:ap-east-1:${acct}:orders` } },
      }),
    ],
    expect: [{ source: "forward", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "Lambda whose environment carries the name of a Hong Kong bucket of the stack",
    stack: () => [
      hkBucket,
      res("aws:lambda/function:Function", "writer", {
        runtime: "nodejs20.x",
        handler: "index.handler",
        environment: { variables: { TARGET_BUCKET: hkBucket.inputs["bucket"] } },
      }),
    ],
    expect: [{ source: "writer", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "a property dependency on an Alibaba Cloud bucket (value unknown at preview)",
    stack: () => {
      const oss = res(
        "alicloud:oss/bucket:Bucket",
        "mirror",
        { bucket: "mirror-7f3a", acl: "private" },
        { provider: provider("alicloud", "default_3_90_0", { region: "us-west-1" }) },
      );
      return [
        oss,
        res(
          "aws:lambda/function:Function",
          "sync",
          { runtime: "nodejs20.x", handler: "index.handler", environment: { variables: { MIRROR: U } } },
          { propDeps: { environment: [oss.urn] }, deps: [oss.urn] },
        ),
      ];
    },
    expect: [{ source: "sync", dest: "mirror", region: "us-west-1", jurisdictions: ["US"], blocking: true }],
  },
  {
    name: "a plain dependency (dependsOn) on a Hong Kong bucket",
    stack: () => [hkBucket, res("aws:sqs/queue:Queue", "after-hk", { name: "after-hk", tags: usPerson }, { deps: [hkBucket.urn] })],
    expect: [{ source: "after-hk", dest: "orders-hk", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }],
  },
  {
    name: "IAM policies that name a restricted bucket grant access but move no data",
    stack: () => [
      hkBucket,
      res(
        "aws:iam/rolePolicy:RolePolicy",
        "replication",
        { role: "s3-replication", policy: U },
        { propDeps: { policy: [hkBucket.urn] }, deps: [hkBucket.urn] },
      ),
    ],
    expect: [],
  },
];

describe("findFlows: flows into restricted destinations", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const fs = flows(c.stack(), c.settings);
    for (const f of fs) {
      expect(f.policy).toBe("restricted-data-flow");
      expect(f.rule).toBe("flow");
      expect(f.error).toBeUndefined();
    }
    const got = brief(fs);
    expect(got).toHaveLength(c.expect.length);
    c.expect.forEach((e, i) => {
      const g = got[i]!;
      expect(g.source).toBe(e.source);
      expect(g.blocking).toBe(e.blocking);
      if (e.dest !== undefined) expect(g.dest).toBe(e.dest);
      if (e.region !== undefined) expect(g.region).toBe(e.region);
      if (e.jurisdictions !== undefined) expect(g.jurisdictions).toEqual(e.jurisdictions);
    });
  });

  it("names source, destination, region, jurisdiction, determination and mechanism in the finding and its message, and no property values", () => {
    const [f] = flows([src, hkBucket, replication("orders-to-hk", src, hkBucket.inputs["arn"])]);
    expect(f).toMatchObject({
      urn: src.urn,
      type: "aws:s3/bucket:Bucket",
      package: "aws",
      region: "us-east-1",
      jurisdictions: ["US"],
      determinationId: "us-dsp-2025",
      destination: { urn: hkBucket.urn, type: "aws:s3/bucket:Bucket", package: "aws", region: "ap-east-1", jurisdictions: ["HK"] },
    });
    expect(f!.destination!.via).toContain("S3 replication");
    expect(f!.destination!.via).toContain("urn:pulumi:prod::shop::aws:s3/bucketReplicationConfig:BucketReplicationConfig::orders-to-hk");
    expect(f!.destination!.via).toContain("input:rules[0].destination.bucket");
    const m = messageFor(f!);
    expect(m).toContain("sends data into a restricted destination");
    expect(m).toContain("'orders'");
    expect(m).toContain("'orders-hk'");
    expect(m).toContain("ap-east-1");
    expect(m).toContain("HK");
    expect(m).toContain("us-dsp-2025");
    expect(m).toContain("28 CFR Part 202");
    for (const secret of [acct, "s3-replication", "STANDARD_IA", "orders-7f3a", "orders-hk-7f3a", "Enabled"])
      expect(m).not.toContain(secret);
  });

  it("never puts endpoint paths or query strings of a reference into the message (endpoints are decided at the resource)", () => {
    const lambda = res(
      "aws:lambda/function:Function",
      "export",
      { environment: { variables: { URL: "https://oss-cn-hangzhou.aliyuncs.com/secret-bucket/key?token=abc" } } },
      { provider: provider("aws", "us", { region: "us-east-1" }) },
    );
    expect(flows([lambda])).toEqual([]);
    const [f] = decide(lambda, settings({}), clock);
    const m = messageFor(f!);
    expect(m).toContain("oss-cn-hangzhou.aliyuncs.com");
    expect(m).toContain("alicloud");
    expect(m).not.toContain("secret-bucket");
    expect(m).not.toContain("token=abc");
  });
});

describe("findFlows: the examples/programs/aws-replication stack", () => {
  /** The stack as the engine shows it: at preview ids and ARNs are unknown; after update they are known. */
  function exampleStack(preview: boolean): ResourceView[] {
    const k = (v: string) => (preview ? U : v);
    const hongKong = provider("aws", "hong-kong", { region: "ap-east-1" });
    const orders = res(
      "aws:s3/bucket:Bucket",
      "orders",
      { bucket: "orders-3c1f2a9", forceDestroy: true, tags: usPerson, arn: k("arn:aws:s3:::orders-3c1f2a9") },
      preview ? {} : { id: "orders-3c1f2a9" },
    );
    const replica = res(
      "aws:s3/bucket:Bucket",
      "orders-replica",
      { bucket: "orders-replica-77d0e1b", forceDestroy: true, tags: usPerson, arn: k("arn:aws:s3:::orders-replica-77d0e1b") },
      { provider: hongKong, ...(preview ? {} : { id: "orders-replica-77d0e1b" }) },
    );
    const ov = res(
      "aws:s3/bucketVersioning:BucketVersioning",
      "orders",
      { bucket: k("orders-3c1f2a9"), versioningConfiguration: { status: "Enabled" } },
      { propDeps: { bucket: [orders.urn] }, deps: [orders.urn] },
    );
    const rv = res(
      "aws:s3/bucketVersioning:BucketVersioning",
      "orders-replica",
      { bucket: k("orders-replica-77d0e1b"), versioningConfiguration: { status: "Enabled" } },
      { provider: hongKong, propDeps: { bucket: [replica.urn] }, deps: [replica.urn] },
    );
    const role = res("aws:iam/role:Role", "orders-replication", {
      assumeRolePolicy: '{"Version":"2012-10-17"}',
      tags: usPerson,
      arn: k(`arn:aws:iam::${acct}:role/orders-replication-1a2b3c4`),
    });
    const policy = res(
      "aws:iam/rolePolicy:RolePolicy",
      "orders-replication",
      { role: k("orders-replication-1a2b3c4"), policy: U },
      { propDeps: { role: [role.urn], policy: [orders.urn, replica.urn] }, deps: [role.urn, orders.urn, replica.urn] },
    );
    const config = res(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "orders-to-hong-kong",
      {
        role: role.inputs["arn"],
        bucket: k("orders-3c1f2a9"),
        rules: [
          {
            id: "everything",
            status: "Enabled",
            filter: {},
            deleteMarkerReplication: { status: "Enabled" },
            destination: { bucket: replica.inputs["arn"], storageClass: "STANDARD" },
          },
        ],
      },
      {
        propDeps: { role: [role.urn], bucket: [orders.urn], rules: [replica.urn] },
        deps: [ov.urn, rv.urn, role.urn, orders.urn, replica.urn],
      },
    );
    return [orders, ov, replica, rv, role, policy, config];
  }

  it.each([
    ["preview (unknown ids and ARNs, resolved through property dependencies)", true],
    ["update (known ids and ARNs)", false],
  ])("finds exactly the replication into Hong Kong at %s", (_label, preview) => {
    const fs = flows(exampleStack(preview));
    expect(brief(fs)).toEqual([{ source: "orders", dest: "orders-replica", region: "ap-east-1", jurisdictions: ["HK"], blocking: true }]);
    expect(fs[0]!.destination!.via).toContain("BucketReplicationConfig::orders-to-hong-kong");
  });

  it("with tagged scope the tagged source bucket still counts (the replication config carries no tags)", () => {
    expect(
      flows(exampleStack(true), { scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] } }),
    ).toHaveLength(1);
  });
});

describe("findFlows: unknown destinations during preview", () => {
  const stack = () => [src, replication("orders-to-somewhere", src, U)];

  it("defers (advisory) with unknownRegion: defer", () => {
    const fs = flows(stack(), { unknownRegion: "defer" });
    expect(fs).toHaveLength(1);
    expect(fs[0]!.blocking).toBe(false);
    expect(fs[0]!.reason).toContain("cannot be known during preview");
    expect(fs[0]!.reason).toContain("'defer'");
  });

  it("fails closed with unknownRegion: violation", () => {
    const fs = flows(stack(), { unknownRegion: "violation" });
    expect(fs).toHaveLength(1);
    expect(fs[0]!.blocking).toBe(true);
  });

  it("an unknown DynamoDB replica region and an unknown peer region are deferred alike", () => {
    const fs = flows([
      res("aws:dynamodb/table:Table", "t", { name: "t", hashKey: "id", replicas: [{ regionName: U }] }),
      res("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "p", { vpcId: "vpc-1", peerVpcId: "vpc-2", peerRegion: U }),
    ]);
    expect(fs.map((f) => [f.name, f.blocking])).toEqual([
      ["t", false],
      ["p", false],
    ]);
  });

  it("whole blocks unknown at preview (rules, destination, replicas, copy actions) are deferred too", () => {
    const fs = flows([
      src,
      res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r1", { bucket: src.inputs["bucket"], role: "x", rules: U }),
      res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r2", {
        bucket: src.inputs["bucket"],
        role: "x",
        rules: [{ id: "a", status: "Enabled", destination: U }],
      }),
      res("aws:dynamodb/table:Table", "t", { name: "t", hashKey: "id", replicas: U }),
      res("aws:backup/plan:Plan", "p", { name: "p", rules: [{ ruleName: "r", targetVaultName: "v", copyActions: U }] }),
    ]);
    expect(fs.map((f) => [f.name, f.blocking])).toEqual([
      ["orders", false],
      ["orders", false],
      ["t", false],
      ["p", false],
    ]);
  });

  it("an unknown storage SKU is reported only where the pair would cross into a restricted jurisdiction (at the resource when it has a location)", () => {
    const sea = res("azure-native:storage:StorageAccount", "sea", {
      accountName: "sea",
      resourceGroupName: "rg",
      location: "southeastasia",
      sku: { name: U },
    });
    const us = res("azure-native:storage:StorageAccount", "us", {
      accountName: "us",
      resourceGroupName: "rg",
      location: "eastus",
      sku: { name: U },
    });
    expect(flows([sea, us])).toEqual([]);
    const decided = (s: SettingsInput) => [sea, us].flatMap((r) => decide(r, settings(s), clock)).map((f) => [f.name, f.blocking]);
    expect(decided({})).toEqual([["sea", false]]);
    expect(decided({ unknownRegion: "violation" })).toEqual([["sea", true]]);
  });

  it("a read replica in Hong Kong whose source is unknown at preview follows unknownRegion", () => {
    const replica = res("aws:rds/instance:Instance", "r", { instanceClass: "db.t4g.micro", replicateSourceDb: U }, { provider: awsHk });
    expect(flows([replica]).map((f) => f.blocking)).toEqual([false]);
    expect(flows([replica], { unknownRegion: "violation" }).map((f) => f.blocking)).toEqual([true]);
  });
});

describe("findFlows: scope, exemptions, effective dates", () => {
  const stack = () => [src, hkBucket, replication("orders-to-hk", src, hkBucket.inputs["arn"])];
  const untagged = bucket("scratch", awsDefault, { tags: { team: "orders" } });
  const untaggedStack = () => [untagged, hkBucket, replication("scratch-to-hk", untagged, hkBucket.inputs["arn"])];
  const tagged = { scope: { mode: "tagged" as const, tagKeys: ["data-classification"], tagValues: ["US-Person"] } };

  it("with tagged scope, reports only flows whose source carries the tag", () => {
    expect(flows(stack(), tagged)).toHaveLength(1);
    expect(flows(untaggedStack(), tagged)).toHaveLength(0);
    expect(flows(untaggedStack())).toHaveLength(1); // scope "all" (default)
  });

  it("with tagged scope and tags unknown at preview, defers", () => {
    const s = bucket("pending", awsDefault, { tags: U });
    const fs = flows([s, hkBucket, replication("pending-to-hk", s, hkBucket.inputs["arn"])], tagged);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.blocking).toBe(false);
    expect(fs[0]!.reason).toContain("scope tags unknown");
  });

  it("honours an exemption on the source, and names an expired one", () => {
    const exemption = (expires: string) => ({
      exemptions: [
        { id: "EXC-7", resources: ["urn:pulumi:prod::shop::aws:s3/bucket:Bucket::orders"], reason: "approved DR copy", expires },
      ],
    });
    const honoured = flows(stack(), exemption("2027-03-31"));
    expect(honoured[0]!.exemption).toEqual({ id: "EXC-7", status: "honoured", expires: "2027-03-31" });
    const expired = flows(stack(), exemption("2026-01-31"));
    expect(expired[0]!.exemption).toEqual({ id: "EXC-7", status: "expired", expires: "2026-01-31" });
    expect(messageFor(expired[0]!)).toContain("EXC-7");
  });

  it("honours an exemption on the resource that declares the flow", () => {
    const fs = flows(stack(), {
      exemptions: [{ id: "EXC-8", resources: ["urn:pulumi:*::*::*::orders-to-hk"], reason: "r", expires: "2027-01-01" }],
    });
    expect(fs[0]!.exemption?.id).toBe("EXC-8");
  });

  it("an exemption limited to other policies does not apply", () => {
    const fs = flows(stack(), {
      exemptions: [
        {
          id: "EXC-9",
          resources: ["urn:pulumi:prod::shop::*::orders*"],
          reason: "r",
          expires: "2027-01-01",
          policies: ["restricted-region"],
        },
      ],
    });
    expect(fs[0]!.exemption).toBeUndefined();
  });

  it("before the determination's effective date, reports the flow as advisory and says when it starts", () => {
    const fs = flows(stack(), { determination: { id: "acme-2027", extends: "us-dsp-2025", effective: "2027-01-01" } });
    expect(fs).toHaveLength(1);
    expect(fs[0]!.policy).toBe("restricted-data-flow");
    expect(fs[0]!.blocking).toBe(false);
    expect(fs[0]!.effective).toBe("2027-01-01");
    expect(fs[0]!.reason).toContain("2027-01-01");
    expect(fs[0]!.determinationId).toBe("acme-2027");
  });

  it("follows the determination's jurisdictions: a determination without HK does not flag Hong Kong", () => {
    expect(flows(stack(), { determination: { id: "ru-only", jurisdictions: ["RU"], providers: [] } })).toHaveLength(0);
  });

  it("does not analyse resources of restricted provider packages (restricted-provider covers them)", () => {
    const oss = res("alicloud:oss/bucket:Bucket", "b", { bucket: "b", endpoint: "https://oss-cn-hangzhou.aliyuncs.com" });
    expect(flows([oss])).toHaveLength(0);
  });
});

describe("findFlows: failing closed", () => {
  it("reports a resource whose analysis throws when it references a restricted jurisdiction", () => {
    const inputs: Record<string, unknown> = { name: "t", streamArn: "arn:aws-cn:kinesis:cn-north-1:123456789012:stream/x" };
    Object.defineProperty(inputs, "replicas", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const fs = flows([res("aws:dynamodb/table:Table", "t", inputs)]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.blocking).toBe(true);
    expect(fs[0]!.error).toContain("boom");
    expect(fs[0]!.destination?.via).toContain("unanalysed");
  });

  it("keeps going after a failing resource, and reports nothing for a failing resource with no restricted-looking reference", () => {
    const inputs: Record<string, unknown> = { name: "t" };
    Object.defineProperty(inputs, "replicas", {
      enumerable: false,
      get: () => {
        throw new Error("boom");
      },
    });
    const fs = flows([
      res("aws:dynamodb/table:Table", "t", inputs),
      src,
      hkBucket,
      replication("orders-to-hk", src, hkBucket.inputs["arn"]),
    ]);
    expect(fs.map((f) => f.name)).toEqual(["orders"]);
  });

  it("a failing clock fails closed: findings blocking, exemptions not honoured, error set", () => {
    const fs = findFlows(
      [src, hkBucket, replication("orders-to-hk", src, hkBucket.inputs["arn"])],
      settings({ exemptions: [{ id: "E", resources: ["urn:pulumi:prod::shop::*::orders*"], reason: "r", expires: "2099-01-01" }] }),
      () => {
        throw new Error("no clock");
      },
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.blocking).toBe(true);
    expect(fs[0]!.exemption?.status).toBe("expired");
    expect(fs[0]!.error).toContain("no clock");
  });

  it("ignores hostile property names and odd values", () => {
    const inputs = JSON.parse(
      '{"__proto__": {"polluted": "arn:aws:s3:::x"}, "constructor": "x", "replicas": [null, 5, "ap-east-1", {"regionName": 7}]}',
    ) as Record<string, unknown>;
    expect(() => flows([res("aws:dynamodb/table:Table", "t", inputs)])).not.toThrow();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("findFlows over a large stack (its cost, linear in the stack, is measured by npm run bench)", () => {
  /** A realistic mix: buckets, replication configs (a tenth into Hong Kong), Lambdas, DynamoDB tables, queues. */
  function stackOf(n: number): ResourceView[] {
    const out: ResourceView[] = [];
    let i = 0;
    while (out.length < n) {
      const s = bucket(`data-${i}`);
      const d = bucket(`replica-${i}`, i % 10 === 0 ? awsHk : awsWest);
      out.push(s, d, replication(`repl-${i}`, s, d.inputs["arn"], { deps: [s.urn, d.urn] }));
      out.push(
        res(
          "aws:lambda/function:Function",
          `fn-${i}`,
          {
            runtime: "nodejs20.x",
            handler: "index.handler",
            environment: { variables: { BUCKET: s.inputs["bucket"], STAGE: "prod" } },
            tags: usPerson,
          },
          { propDeps: { environment: [s.urn] }, deps: [s.urn] },
        ),
      );
      out.push(res("aws:dynamodb/table:Table", `tbl-${i}`, { name: `tbl-${i}`, hashKey: "id", replicas: [{ regionName: "us-west-2" }] }));
      out.push(res("aws:sqs/queue:Queue", `q-${i}`, { name: `q-${i}`, tags: usPerson }));
      i++;
    }
    return out.slice(0, n);
  }

  it("50,000 resources give about ten times the findings of 5,000", () => {
    const s = settings();
    const a = findFlows(stackOf(5_000), s, clock).length;
    const b = findFlows(stackOf(50_000), s, clock).length;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a * 8);
  }, 120_000);
});

describe("what add() says finish reads", () => {
  it("keeps the inputs of what it analyses again, lets the rest go", () => {
    const finder = flowFinder(settings(), clock);
    const withReplication = bucket("replicated", awsDefault, { replicationConfiguration: { rules: [] } });
    expect(finder.add(bucket("plain"))).toBe(false); // no replication keys: nothing to extract
    expect(finder.add(withReplication)).toBe(true);
    expect(finder.add(res("aws:ec2/instance:Instance", "vm", { instanceType: "t3.micro" }))).toBe(false);
    expect(finder.add(hkBucket)).toBe(true); // a destination: its own values name it
    expect(finder.add(res("alicloud:oss/bucket:Bucket", "ali", { bucket: "ali" }))).toBe(false); // restricted-provider covers it
    expect(finder.add(res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "rg" }))).toBe(true); // placed by its group, later
    expect(finder.add(res("aws:dynamodb/table:Table", "t", {}))).toBe(true);
  });
});
