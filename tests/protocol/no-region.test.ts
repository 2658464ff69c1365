/**
 * No region is not "clean", over the analyzer protocol against the BUILT
 * pack: a regional resource whose region nothing determines follows
 * unknownRegion (advisory by default, mandatory with `violation`), naming
 * where the region comes from and how to make it explicit — an AWS provider
 * without a region, an azure-native resource without a location in a
 * resource group outside the stack, an S3 replication into a bucket outside
 * the stack. Sovereign Azure environments place what the provider makes, and
 * a Terraform module's provider places its children by its nested config.
 */
import {
  defaultProvider,
  explicitProvider,
  providerAsResource,
  resource,
  sharedConfig,
  type AnalyzerInfo,
  type Diagnostic,
  type PackClient,
  type ProviderInput,
  type ResourceInput,
} from "./harness";
import { usePack } from "../support/pack-suite";

const NOW = "2026-11-28T12:00:00Z";
const stackUrn = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
const FLOW = "restricted-data-flow";
const usPerson = { "data-classification": "us-person" };
const sub = "/subscriptions/00000000-0000-0000-0000-000000000000";

interface Node {
  readonly input: ResourceInput;
  readonly outputs: Record<string, unknown>;
}

function node(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  provider: ProviderInput,
  outputs: Record<string, unknown> = {},
): Node {
  return { input: { ...resource(type, name, inputs, provider), parent: stackUrn, dependencies: [], propertyDependencies: {} }, outputs };
}

async function run(
  pack: PackClient,
  nodes: Node[],
): Promise<{ analyze: Record<string, Diagnostic[]>; stack: Diagnostic[]; flows: Diagnostic[] }> {
  const providers = new Map<string, ProviderInput>();
  for (const n of nodes) if (n.input.provider) providers.set(n.input.provider.urn, n.input.provider);
  const all: Node[] = [
    { input: { type: "pulumi:pulumi:Stack", urn: stackUrn, name: "shop-prod", properties: {} }, outputs: {} },
    ...[...providers.values()].map((p) => ({ input: { ...providerAsResource(p), parent: stackUrn }, outputs: {} })),
    ...nodes,
  ];
  await pack.configureStack({ "pulumi:project": "shop", "pulumi:runtime": "nodejs" }, { dryRun: false });
  const analyze: Record<string, Diagnostic[]> = {};
  for (const n of all) analyze[n.input.name] = await pack.analyze(n.input);
  const stack = await pack.analyzeStack(all.map((n) => ({ ...n.input, properties: { ...n.input.properties, ...n.outputs } })));
  return { analyze, stack, flows: stack.filter((d) => d.policyName === FLOW) };
}

const levels = (ds: Diagnostic[]) => ds.map((d) => [d.policyName, d.enforcementLevel]);

describe("no region is not clean (protocol)", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, (p, i) => {
    pack = p;
    info = i;
  });

  const azureBare = defaultProvider("azure-native", { subscriptionId: "00000000-0000-0000-0000-000000000000" }, "3.8.0");
  const sqlServer = (rg: string): Node =>
    node(
      "azure-native:sql:Server",
      "orders-sql",
      { serverName: "orders-sql", resourceGroupName: rg, administratorLogin: "dba", version: "12.0", tags: usPerson },
      azureBare,
    );
  const group = (name: string, location: string): Node =>
    node("azure-native:resources:ResourceGroup", name, { resourceGroupName: name, location }, azureBare, {
      id: `${sub}/resourceGroups/${name}`,
    });

  const about = (ds: Diagnostic[], name: string) => ds.filter((d) => d.urn?.endsWith(`::${name}`));

  test("an azure-native resource without a location, in a resource group outside the stack: restricted-region in AnalyzeStack, advisory by default, naming the group", async () => {
    await pack.configure(sharedConfig(info, {}));
    const r = await run(pack, [sqlServer("rg-shared-data")]);
    // Analyze sees the resource alone: it cannot know the group is outside the stack.
    expect(r.analyze["orders-sql"]).toEqual([]);
    const mine = about(r.stack, "orders-sql");
    expect(levels(mine)).toEqual([["restricted-region", "advisory"]]);
    expect(mine[0]!.message).toContain("resource group 'rg-shared-data', which is not in this stack");
    expect(mine[0]!.message).toContain("set location on the resource");
    expect(r.flows).toEqual([]);
  });

  test("... mandatory with unknownRegion: violation", async () => {
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    const r = await run(pack, [sqlServer("rg-shared-data")]);
    expect(levels(about(r.stack, "orders-sql"))).toEqual([["restricted-region", "mandatory"]]);
    await pack.configure(sharedConfig(info, {}));
  });

  test("in a resource group of the stack in East Asia (HK) it is blocked, once; in East US it is clean", async () => {
    await pack.configure(sharedConfig(info, {}));
    const hk = await run(pack, [group("rg-hk", "eastasia"), sqlServer("rg-hk")]);
    const mine = about(hk.stack, "orders-sql");
    expect(levels(mine)).toEqual([["restricted-region", "mandatory"]]);
    expect(mine[0]!.message).toContain("region eastasia (HK)");
    expect(mine[0]!.message).toContain("resource group 'rg-hk'");
    // The group itself is reported when analysed, not again by the stack.
    expect(levels(hk.analyze["rg-hk"]!)).toEqual([["restricted-region", "mandatory"]]);
    expect(about(hk.stack, "rg-hk")).toEqual([]);
    const us = await run(pack, [group("rg-us", "eastus"), sqlServer("rg-us")]);
    expect(us.stack.filter((d) => d.policyName === "restricted-region" || d.policyName === FLOW)).toEqual([]);
  });

  test("an AWS provider without a region follows unknownRegion: advisory by default, mandatory with violation", async () => {
    const bare = defaultProvider("aws", { skipCredentialsValidation: false }, "6.80.0");
    const b = resource("aws:s3/bucketV2:BucketV2", "orders", { bucket: "orders-1", tags: usPerson }, bare);
    await pack.configure(sharedConfig(info, {}));
    const ds = await pack.analyze(b);
    expect(levels(ds)).toEqual([["restricted-region", "advisory"]]);
    expect(ds[0]!.message).toContain("the region cannot be determined");
    expect(ds[0]!.message).toContain("aws:region");
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    expect(levels(await pack.analyze(b))).toEqual([["restricted-region", "mandatory"]]);
    await pack.configure(sharedConfig(info, {}));
  });

  test("S3 replication into a bucket outside the stack (ARN without a region) follows unknownRegion, naming the bucket", async () => {
    const aws = defaultProvider("aws", { region: "us-east-1" }, "6.80.0");
    const src = node("aws:s3/bucketV2:BucketV2", "orders", { bucket: "orders-1", tags: usPerson }, aws, {
      id: "orders-1",
      arn: "arn:aws:s3:::orders-1",
      region: "us-east-1",
    });
    const repl = node(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "orders-repl",
      {
        bucket: "orders-1",
        role: "arn:aws:iam::123456789012:role/r",
        rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::partner-dr-copy" } }],
      },
      aws,
    );
    await pack.configure(sharedConfig(info, {}));
    const r = await run(pack, [src, repl]);
    expect(levels(r.flows)).toEqual([[FLOW, "advisory"]]);
    expect(r.flows[0]!.message).toContain("bucket 'partner-dr-copy' outside this stack");
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    expect(levels((await run(pack, [src, repl])).flows)).toEqual([[FLOW, "mandatory"]]);
    await pack.configure(sharedConfig(info, {}));
  });

  test("Azure environment names: AzureChinaCloud on azure-native, azapi and azuread providers places their resources in CN", async () => {
    await pack.configure(sharedConfig(info, {}));
    const cases: [string, string][] = [
      ["azure-native", "azure-native:storage:StorageAccount"],
      ["azapi", "azapi:index/resource:Resource"],
      ["azuread", "azuread:index/user:User"],
    ];
    for (const [pkg, type] of cases) {
      const p = explicitProvider(pkg, "cn", { environment: "AzureChinaCloud" });
      const ds = await pack.analyze(resource(type, "r", { tags: usPerson }, p));
      expect(levels(ds)).toEqual([["restricted-region", "mandatory"]]);
      expect(ds[0]!.message).toContain("CN");
      const gov = explicitProvider(pkg, "gov", { environment: "AzureUSGovernment" });
      expect(await pack.analyze(resource(type, "r", { tags: usPerson }, gov))).toEqual([]);
    }
  });

  test("Terraform-module children are placed by the nested aws config of the module provider (JSON-encoded, as SDKs send it)", async () => {
    await pack.configure(sharedConfig(info, {}));
    const hk = explicitProvider("vpcmod", "hk", { aws: JSON.stringify({ region: "ap-east-1" }), version: "0.1.0" });
    const vpc = resource("vpcmod:tf:aws_vpc", "module.vpc.aws_vpc.this[0]", { cidr_block: "10.0.0.0/16", tags: usPerson }, hk);
    const ds = await pack.analyze(vpc);
    expect(levels(ds)).toEqual([["restricted-region", "mandatory"]]);
    expect(ds[0]!.message).toContain("ap-east-1");
    const us = explicitProvider("vpcmod", "us", { aws: JSON.stringify({ region: "us-east-2" }), version: "0.1.0" });
    expect(await pack.analyze(resource("vpcmod:tf:aws_vpc", "module.vpc.aws_vpc.this[0]", { cidr_block: "10.0.0.0/16" }, us))).toEqual([]);
  });

  test("an Azure SQL failover group whose partner server is outside the stack (id only) follows unknownRegion, naming the partner", async () => {
    const azure = defaultProvider("azure-native", { location: "eastus" }, "3.8.0");
    const primary = node(
      "azure-native:sql:Server",
      "orders-sql",
      { serverName: "orders-sql", resourceGroupName: "rg", location: "eastus", tags: usPerson },
      azure,
      {
        id: `${sub}/resourceGroups/rg/providers/Microsoft.Sql/servers/orders-sql`,
      },
    );
    const fg = node(
      "azure-native:sql:FailoverGroup",
      "orders-fg",
      {
        serverName: "orders-sql",
        resourceGroupName: "rg",
        failoverGroupName: "orders-fg",
        partnerServers: [{ id: `${sub}/resourceGroups/rg-dr/providers/Microsoft.Sql/servers/orders-dr` }],
        readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 60 },
      },
      azure,
    );
    await pack.configure(sharedConfig(info, {}));
    const r = await run(pack, [primary, fg]);
    expect(levels(r.flows)).toEqual([[FLOW, "advisory"]]);
    expect(r.flows[0]!.message).toContain("partner server 'orders-dr' outside this stack");
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    expect(levels((await run(pack, [primary, fg])).flows)).toEqual([[FLOW, "mandatory"]]);
    await pack.configure(sharedConfig(info, {}));
  });
});
