/**
 * Generated stacks for data-flow property tests: resources of several
 * clouds whose values name each other by id, ARN, URN (in any letter case),
 * hold endpoints, restricted ARNs, Azure ids, GCP network links, non-ASCII
 * text, unknowns and tags.
 */
import fc from "fast-check";
import type { ProviderView, ResourceView } from "../../policypack/core/types";
import { unknownString } from "../../policypack/core/unknown";

export const providers: readonly ProviderView[] = [
  { pkg: "aws", name: "use1", region: "us-east-1" },
  { pkg: "aws", name: "hk", region: "ap-east-1" },
  { pkg: "aws", name: "cn", region: "cn-north-1" },
  { pkg: "alicloud", name: "hz", region: "cn-hangzhou" },
  { pkg: "azure-native", name: "east", location: "eastus" },
  { pkg: "azure-native", name: "china", location: "chinaeast2" },
  { pkg: "gcp", name: "us", region: "us-central1" },
  { pkg: "gcp", name: "hk", region: "asia-east2" },
  { pkg: "azure-native", name: "bare" }, // no location: resources take their resource group's
].map(({ pkg, name, ...inputs }) => ({
  type: `pulumi:providers:${pkg}`,
  urn: `urn:pulumi:prod::p::pulumi:providers:${pkg}::${name}`,
  name,
  inputs,
}));

const typesByPackage: Readonly<Record<string, readonly string[]>> = {
  aws: [
    "aws:s3/bucketV2:BucketV2",
    "aws:ec2/instance:Instance",
    "aws:lambda/function:Function",
    "aws:rds/instance:Instance",
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    "aws:kms/replicaKey:ReplicaKey",
    "aws:iam/role:Role",
    "aws:dynamodb/table:Table",
    "aws:rds/cluster:Cluster",
    "aws:rds/globalCluster:GlobalCluster",
    "aws:backup/plan:Plan",
    "aws:backup/vault:Vault",
    "aws:ec2/vpcPeeringConnection:VpcPeeringConnection",
    "aws:ec2/vpc:Vpc",
    "aws:kms/key:Key",
    "aws:sqs/queue:Queue",
  ],
  alicloud: ["alicloud:oss/bucket:Bucket", "alicloud:ecs/instance:Instance"],
  "azure-native": [
    "azure-native:storage:StorageAccount",
    "azure-native:resources:ResourceGroup",
    "azure-native:sql:Server",
    "azure-native:web:WebApp",
    "azure-native:sql:Database",
    "azure-native:sql:FailoverGroup",
    "azure-native:network:VirtualNetwork",
    "azure-native:network:VirtualNetworkPeering",
  ],
  gcp: [
    "gcp:compute/network:Network",
    "gcp:storage/bucket:Bucket",
    "gcp:compute/instance:Instance",
    "gcp:compute/subnetwork:Subnetwork",
    "gcp:compute/networkPeering:NetworkPeering",
  ],
};

const keys = [
  "bucket",
  "identifier",
  "replicateSourceDb",
  "primaryKeyArn",
  "targetId",
  "serverId",
  "network",
  "endpoint",
  "config",
  "sourceArn",
  "name",
  "tags",
  "environment",
  "rules",
  "sku",
  "createMode",
  "sourceDatabaseId",
  "serverName",
  "partnerServers",
  "globalClusterIdentifier",
  "replicationSourceIdentifier",
  "sourceDbClusterIdentifier",
  "location",
  "resourceGroupName",
  "vpcId",
  "peerVpcId",
  "peerRegion",
  "peerNetwork",
  "remoteVirtualNetwork",
  "replicas",
  "destination",
  "copyActions",
  "destinationVaultArn",
  "region",
  "labels",
];

type Value =
  | { readonly kind: "ref"; readonly to: number; readonly form: "id" | "arn" | "urn" | "upper-id" | "upper-arn" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly Value[] }
  | { readonly kind: "object"; readonly key: string; readonly value: Value };

const texts = fc.constantFrom(
  "https://acme.oss-cn-hangzhou.aliyuncs.com/x",
  "s3.cn-north-1.amazonaws.com.cn",
  "https://api.example.com/v1",
  "arn:aws:s3:ap-east-1:123456789012:accesspoint/a",
  "arn:aws:sqs:us-east-1:123456789012:queue",
  "arn:aws-cn:s3:::acme-cn",
  "/subscriptions/0000/resourceGroups/rg-1/providers/Microsoft.Sql/servers/server-3",
  "projects/p/global/networks/net-2",
  "İstanbul-Kelvin-K-bucket",
  "\u212Acme-0",
  unknownString,
  "t3.medium",
  "short",
  "us-person",
  "Standard_GRS",
  "secondary",
  "ap-east-1",
  "us-west-2",
  "chinaeast2",
  "data-classification",
);

const value: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant("ref" as const),
        to: fc.nat(30),
        form: fc.constantFrom("id" as const, "arn" as const, "urn" as const, "upper-id" as const, "upper-arn" as const),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("text" as const), text: texts }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("list" as const), items: fc.array(tie("v"), { maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("object" as const), key: fc.constantFrom(...keys), value: tie("v") }) },
  ),
})).v;

export const plan = fc.array(
  fc.record({
    provider: fc.nat(providers.length - 1),
    type: fc.nat(15),
    tagged: fc.boolean(),
    idCase: fc.boolean(),
    fields: fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }),
    deps: fc.array(fc.nat(30), { maxLength: 2 }),
    propDeps: fc.array(fc.tuple(fc.constantFrom(...keys), fc.nat(30)), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 24 },
);

function idOf(i: number, pkg: string): string {
  return pkg === "azure-native"
    ? `/subscriptions/0000/resourceGroups/rg-${i}/providers/Microsoft.Sql/servers/server-${i}`
    : pkg === "gcp"
      ? `net-${i}`
      : `acme-${i}`;
}

export type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

export function build(p: Plan): ResourceView[] {
  const n = p.length;
  const meta = p.map((r, i) => {
    const provider = providers[r.provider]!;
    const pkg = provider.type.slice("pulumi:providers:".length);
    const types = typesByPackage[pkg]!;
    const type = types[r.type % types.length]!;
    const id = idOf(i, pkg);
    return { provider, pkg, type, id, urn: `urn:pulumi:prod::p::${type}::r${i}`, arn: `arn:aws:s3:::${id}` };
  });
  const render = (v: Value): unknown => {
    switch (v.kind) {
      case "ref": {
        const m = meta[v.to % n]!;
        return v.form === "id"
          ? m.id
          : v.form === "arn"
            ? m.arn
            : v.form === "urn"
              ? m.urn
              : v.form === "upper-id"
                ? m.id.toUpperCase()
                : m.arn.toUpperCase();
      }
      case "text":
        return v.text;
      case "list":
        return v.items.map(render);
      case "object":
        return { [v.key]: render(v.value) };
    }
  };
  return p.map((r, i) => {
    const m = meta[i]!;
    // ARN and bucket name (so references can name the resource), not always: a resource naming itself is always analysed.
    const inputs: Record<string, unknown> = r.tagged === r.idCase ? { arn: m.arn, bucket: r.idCase ? m.id.toUpperCase() : m.id } : {};
    if (m.type === "gcp:compute/network:Network") inputs["name"] = m.id; // named by ".../networks/<name>"
    if (m.type === "azure-native:resources:ResourceGroup") {
      inputs["resourceGroupName"] = `rg-${i}`;
      if (r.idCase) inputs["location"] = "chinaeast2";
    } else if (m.pkg === "azure-native") inputs["resourceGroupName"] = `rg-${(r.deps[0] ?? i) % n}`;
    if (r.tagged) inputs["tags"] = { "data-classification": "us-person" };
    // The settings each type-specific analysis reads, naming other resources of the stack.
    const a = meta[(r.deps[0] ?? i + 1) % n]!;
    const b = meta[(r.deps[1] ?? i + 2) % n]!;
    switch (m.type) {
      case "aws:rds/globalCluster:GlobalCluster":
        inputs["globalClusterIdentifier"] = `gc-${i}`;
        break;
      case "aws:rds/cluster:Cluster":
        inputs["clusterIdentifier"] = m.id;
        inputs[r.idCase ? "replicationSourceIdentifier" : "globalClusterIdentifier"] = r.idCase ? a.arn : `gc-${(r.deps[0] ?? 0) % n}`;
        break;
      case "aws:kms/replicaKey:ReplicaKey":
        inputs["primaryKeyArn"] = a.arn;
        break;
      case "aws:rds/instance:Instance":
        inputs["identifier"] = m.id;
        if (r.idCase) inputs["replicateSourceDb"] = a.arn;
        break;
      case "aws:s3/bucketReplicationConfig:BucketReplicationConfig":
        inputs["bucket"] = a.id;
        inputs["rules"] = [{ status: "Enabled", destination: { bucket: b.arn } }];
        break;
      case "aws:backup/plan:Plan":
        inputs["rules"] = [{ ruleName: "daily", copyActions: [{ destinationVaultArn: a.arn }] }];
        break;
      case "aws:dynamodb/table:Table":
        if (r.idCase) inputs["replicas"] = [{ regionName: "ap-east-1" }];
        break;
      case "aws:ec2/vpcPeeringConnection:VpcPeeringConnection":
        inputs["vpcId"] = a.id;
        inputs["peerVpcId"] = b.id;
        break;
      case "azure-native:storage:StorageAccount":
        inputs["sku"] = { name: r.idCase ? "Standard_GRS" : "Standard_LRS" };
        break;
      case "azure-native:sql:Database":
        inputs["serverName"] = `server-${i}`;
        inputs["createMode"] = "Secondary";
        inputs["sourceDatabaseId"] = a.id;
        break;
      case "azure-native:sql:FailoverGroup":
        inputs["serverName"] = `server-${i}`;
        inputs["partnerServers"] = [{ id: a.id }];
        break;
      case "azure-native:network:VirtualNetworkPeering":
        inputs["remoteVirtualNetwork"] = { id: a.id };
        break;
      case "gcp:compute/subnetwork:Subnetwork":
        inputs["network"] = `projects/p/global/networks/${a.id}`;
        break;
      case "gcp:compute/networkPeering:NetworkPeering":
        inputs["network"] = `projects/p/global/networks/${a.id}`;
        inputs["peerNetwork"] = `projects/p/global/networks/${b.id}`;
        break;
    }
    for (const [k, v] of r.fields) inputs[k] = render(v);
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, to] of r.propDeps) (propertyDependencies[k] ??= []).push(meta[to % n]!.urn);
    return {
      type: m.type,
      urn: m.urn,
      name: `r${i}`,
      id: m.id,
      inputs,
      provider: m.provider,
      dependencies: r.deps.map((to) => meta[to % n]!.urn),
      propertyDependencies,
    };
  });
}
