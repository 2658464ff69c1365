/**
 * restricted-data-flow over the analyzer protocol, through the BUILT pack, as
 * the engine drives one `pulumi up` / `pulumi preview`: ConfigureStack, then
 * Analyze for every resource (its inputs, with its default or explicit
 * provider), then AnalyzeStack over the same resources (outputs: ids, ARNs,
 * endpoints; parents, dependencies, property dependencies).
 *
 * One realistic small stack per flow: S3 replication (replication
 * config, inline rules, the aws-cn partition), DynamoDB global tables, RDS
 * read replicas and Aurora global databases, AWS Backup copy actions, KMS
 * replica keys, Azure geo-redundant storage and SQL failover groups, GCS
 * multi-region and custom dual-region buckets, VPC peering, endpoints in
 * Lambda environments — each with a negative case that stays in the U.S. —
 * plus destinations unknown during preview (unknownRegion defer/violation),
 * exemptions and tagged scope, and a 50,000-resource stack to show that the
 * cost is linear. The clock is pinned with the harness `now` option (a faked process clock).
 *
 * restricted-data-flow is a stack policy: it reports only in AnalyzeStack,
 * never in Analyze.
 */
import {
  analyzeStackWithDeadline,
  defaultProvider,
  ensureBuilt,
  explicitProvider,
  fileArchive,
  providerAsResource,
  resource,
  secret,
  sharedConfig,
  startPack,
  unknownString,
  type AnalyzerInfo,
  type Diagnostic,
  type PackClient,
  type ProviderInput,
  type ResourceInput,
} from "./harness";
import { usePack } from "../support/pack-suite";

const NOW = "2026-11-28T12:00:00Z";
const U = unknownString;
const acct = "123456789012";
const drAcct = "210987654321";
const stackUrn = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
const FLOW = "restricted-data-flow";
const DSP = { id: "us-dsp-2025", citation: "28 CFR Part 202" };
const usPerson = { "data-classification": "us-person", team: "orders" };

// ---------------------------------------------------------------------------
// Providers as the engine sends them
// ---------------------------------------------------------------------------

const awsDefault = defaultProvider("aws", { region: "us-east-1", skipCredentialsValidation: false }, "6.66.0");
const awsHk = explicitProvider("aws", "hong-kong", { region: "ap-east-1", version: "6.66.0" });
const awsWest = explicitProvider("aws", "us-west-2", { region: "us-west-2", version: "6.66.0" });
const awsBeijing = explicitProvider("aws", "beijing", { region: "cn-north-1", version: "6.66.0" });
const azureDefault = defaultProvider(
  "azure-native",
  { location: "eastus", subscriptionId: "00000000-0000-0000-0000-000000000000" },
  "2.73.0",
);
const gcpDefault = defaultProvider("gcp", { project: "shop-prod", region: "us-central1" }, "8.10.0");
const randomDefault = defaultProvider("random", {}, "4.16.7");

// ---------------------------------------------------------------------------
// Stacks: inputs for Analyze, inputs + outputs for AnalyzeStack
// ---------------------------------------------------------------------------

interface Node {
  readonly input: ResourceInput;
  /** Output-only properties AnalyzeStack sees in addition to the inputs. */
  readonly outputs: Record<string, unknown>;
}

interface NodeOptions {
  readonly provider?: ProviderInput;
  readonly outputs?: Record<string, unknown>;
  readonly deps?: string[];
  readonly propDeps?: Record<string, string[]>;
}

function node(type: string, name: string, inputs: Record<string, unknown>, o: NodeOptions = {}): Node {
  const r = resource(type, name, inputs, o.provider);
  return {
    input: {
      ...r,
      parent: stackUrn,
      dependencies: o.deps ?? Object.values(o.propDeps ?? {}).flat(),
      propertyDependencies: o.propDeps ?? {},
    },
    outputs: o.outputs ?? {},
  };
}

const urn = (n: Node): string => n.input.urn;

/**
 * The whole stack in the engine's registration order: the Stack resource,
 * the provider resources (default and explicit) the resources use, then the
 * resources.
 */
function stackOf(nodes: Node[]): Node[] {
  const providers = new Map<string, ProviderInput>();
  for (const n of nodes) if (n.input.provider) providers.set(n.input.provider.urn, n.input.provider);
  return [
    { input: { type: "pulumi:pulumi:Stack", urn: stackUrn, name: "shop-prod", properties: {} }, outputs: {} },
    ...[...providers.values()].map((p) => ({ input: { ...providerAsResource(p), parent: stackUrn }, outputs: {} })),
    ...nodes,
  ];
}

interface Run {
  /** Analyze's diagnostics per resource name. */
  readonly analyze: Record<string, Diagnostic[]>;
  /** All of AnalyzeStack's diagnostics. */
  readonly stack: Diagnostic[];
  /** AnalyzeStack's restricted-data-flow diagnostics. */
  readonly flows: Diagnostic[];
}

/** One engine run: ConfigureStack, Analyze for each resource, AnalyzeStack over all of them. */
async function run(pack: PackClient, nodes: Node[], opts: { preview?: boolean } = {}): Promise<Run> {
  const all = stackOf(nodes);
  await pack.configureStack({ "pulumi:project": "shop", "pulumi:runtime": "nodejs" }, { dryRun: opts.preview ?? false });
  const analyze: Record<string, Diagnostic[]> = {};
  for (const n of all) analyze[n.input.name] = await pack.analyze(n.input);
  const stack = await pack.analyzeStack(all.map((n) => ({ ...n.input, properties: { ...n.input.properties, ...n.outputs } })));
  for (const d of stack) expect(d.policyPackName).toBe("us-person-data-guard");
  // A stack policy: never reported by Analyze.
  for (const ds of Object.values(analyze)) expect(ds.filter((d) => d.policyName === FLOW)).toEqual([]);
  return { analyze, stack, flows: stack.filter((d) => d.policyName === FLOW) };
}

const policiesOf = (ds: Diagnostic[]): string[] => [...new Set(ds.map((d) => d.policyName))].sort();

interface FlowExpectation {
  /** The data source: its type and name, and the URN the diagnostic is attached to. */
  readonly source: Node;
  readonly level?: "mandatory" | "advisory";
  /** Fragments the message must contain (destination, region, jurisdiction, mechanism...). */
  readonly contains: string[];
  /** Fragments it must not contain (property values). */
  readonly excludes?: string[];
}

function expectFlow(d: Diagnostic | undefined, e: FlowExpectation): void {
  expect(d).toBeDefined();
  const f = d!;
  expect(f.policyName).toBe(FLOW);
  expect(f.urn).toBe(urn(e.source));
  expect(f.enforcementLevel).toBe(e.level ?? "mandatory");
  expect(f.message).toContain(`${e.source.input.type} '${e.source.input.name}'`);
  expect(f.message).toContain(`determination ${DSP.id}`);
  expect(f.message).toContain(DSP.citation);
  expect(f.message).not.toContain("\n");
  for (const c of e.contains) expect(f.message).toContain(c);
  for (const c of [...(e.excludes ?? []), "hunter2"]) expect(f.message).not.toContain(c);
}

// ---------------------------------------------------------------------------
// Realistic AWS resources
// ---------------------------------------------------------------------------

function bucket(name: string, provider: ProviderInput, region: string, tags: Record<string, string> = usPerson): Node {
  const b = `${name}-7f3a`;
  return node(
    "aws:s3/bucketV2:BucketV2",
    name,
    { bucket: b, forceDestroy: false, tags },
    {
      provider,
      outputs: {
        id: b,
        arn: `arn:aws:s3:::${b}`,
        region,
        bucketDomainName: `${b}.s3.amazonaws.com`,
        bucketRegionalDomainName: `${b}.s3.${region}.amazonaws.com`,
        hostedZoneId: "Z3AQBSTGFYJSTF",
        tagsAll: tags,
      },
    },
  );
}

function versioning(b: Node, provider: ProviderInput): Node {
  return node(
    "aws:s3/bucketVersioningV2:BucketVersioningV2",
    b.input.name,
    { bucket: b.outputs["id"], versioningConfiguration: { status: "Enabled" } },
    {
      provider,
      propDeps: { bucket: [urn(b)] },
      outputs: { id: b.outputs["id"] },
    },
  );
}

const replicationRole = node(
  "aws:iam/role:Role",
  "s3-replication",
  {
    name: "s3-replication",
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sts:AssumeRole" }],
    }),
  },
  {
    provider: awsDefault,
    outputs: { id: "s3-replication", arn: `arn:aws:iam::${acct}:role/s3-replication`, uniqueId: "AROA3XFRBF535PLBIFPI4" },
  },
);

/** aws.s3.BucketReplicationConfig from `src` to `destArn` (the destination bucket's ARN output, or any ARN). */
function replicationConfig(name: string, src: Node, destArn: unknown, destUrns: string[], extraDeps: string[] = []): Node {
  return node(
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    name,
    {
      bucket: src.outputs["id"],
      role: replicationRole.outputs["arn"],
      rules: [
        {
          id: "everything",
          status: "Enabled",
          filter: {},
          deleteMarkerReplication: { status: "Enabled" },
          destination: { bucket: destArn, storageClass: "STANDARD_IA" },
        },
      ],
    },
    {
      provider: awsDefault,
      propDeps: { bucket: [urn(src)], role: [urn(replicationRole)], rules: destUrns },
      deps: [urn(src), urn(replicationRole), ...destUrns, ...extraDeps],
      // The provider's id for a replication configuration is the source bucket's name.
      outputs: { id: src.outputs["id"] },
    },
  );
}

/** Source bucket in us-east-1 (default provider), destination bucket, both versioned, and the replication between them. */
function s3ReplicationStack(dest: { name: string; provider: ProviderInput; region: string }): {
  src: Node;
  dst: Node;
  repl: Node;
  nodes: Node[];
} {
  const src = bucket("orders", awsDefault, "us-east-1");
  const dst = bucket(dest.name, dest.provider, dest.region);
  const sv = versioning(src, awsDefault);
  const dv = versioning(dst, dest.provider);
  const repl = replicationConfig(`orders-to-${dest.name}`, src, dst.outputs["arn"], [urn(dst)], [urn(sv), urn(dv)]);
  return { src, dst, repl, nodes: [src, sv, dst, dv, replicationRole, repl] };
}

// ---------------------------------------------------------------------------
// 1–9: one pack process, one small stack per flow
// ---------------------------------------------------------------------------

describe("restricted-data-flow over the protocol: one realistic stack per flow", () => {
  let pack: PackClient;

  usePack({ now: NOW }, async (p, i) => {
    pack = p;
    await pack.configure(sharedConfig(i, {}));
  });

  // ---- 1. S3 replication -------------------------------------------------------

  describe("S3 replication", () => {
    test("BucketReplicationConfig from us-east-1 into a bucket of an explicit ap-east-1 provider: one mandatory flow naming source, destination, region, HK and the determination", async () => {
      const { src, dst, repl, nodes } = s3ReplicationStack({ name: "orders-hk", provider: awsHk, region: "ap-east-1" });
      const r = await run(pack, nodes);

      // Analyze: the Hong Kong provider and bucket are restricted-region findings of their own; the source and the replication config are not.
      expect(policiesOf(r.analyze["hong-kong"]!)).toEqual(["restricted-region"]);
      expect(policiesOf(r.analyze["orders-hk"]!)).toEqual(["restricted-region"]);
      expect(r.analyze["orders"]).toEqual([]);
      expect(r.analyze["orders-to-orders-hk"]).toEqual([]);

      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: src,
        contains: [
          "sends data into a restricted destination",
          "S3 replication",
          `'${repl.input.name}'`,
          "'orders' in us-east-1",
          `'${dst.input.name}' (aws:s3/bucketV2:BucketV2) in ap-east-1`,
          "restricted jurisdiction HK",
          "region us-east-1 (US)",
          "provider package aws",
        ],
        excludes: [acct, "STANDARD_IA", "orders-7f3a", "orders-hk-7f3a", "Enabled"],
      });
    });

    /**
     * The stack as the first `pulumi preview` shows it: whatever the provider
     * computes is unknown in the outputs (pulumi-aws 6.x: `id`, `arn`, and the
     * output-only `region` of a bucket), and so are the inputs that reference
     * other resources' outputs. `existing` names resources already deployed,
     * whose outputs are known.
     */
    function atFirstPreview(nodes: Node[], existing: Node[] = []): Node[] {
      const known = new Set(existing.map(urn));
      const knownOutputs = new Map(existing.map((n) => [urn(n), n.outputs]));
      return nodes.map((n): Node => {
        if (known.has(urn(n))) return n;
        const outputs = Object.fromEntries(Object.keys(n.outputs).map((k) => [k, U]));
        const inputs = { ...n.input.properties };
        const refKnown = (key: string) => (n.input.propertyDependencies?.[key] ?? []).every((u) => knownOutputs.has(u));
        if (n.input.type.startsWith("aws:s3/bucketVersioningV2") && !refKnown("bucket")) inputs["bucket"] = U;
        if (n.input.type.startsWith("aws:s3/bucketReplicationConfig")) {
          if (!refKnown("bucket")) inputs["bucket"] = U;
          if (!refKnown("role")) inputs["role"] = U;
          if (!refKnown("rules"))
            inputs["rules"] = [
              { ...(inputs["rules"] as Record<string, unknown>[])[0], destination: { bucket: U, storageClass: "STANDARD_IA" } },
            ];
        }
        return { input: { ...n.input, properties: inputs }, outputs };
      });
    }

    test("at preview, a new source bucket (id unknown, resolved through its property dependency) replicating into a deployed Hong Kong bucket", async () => {
      const { src, dst, nodes } = s3ReplicationStack({ name: "orders-hk", provider: awsHk, region: "ap-east-1" });
      const deployed = nodes.filter((n) => n.input.name === "orders-hk" || n.input.name === "s3-replication");
      const r = await run(pack, atFirstPreview(nodes, deployed), { preview: true });
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: src,
        contains: ["S3 replication", `'${dst.input.name}' (aws:s3/bucketV2:BucketV2) in ap-east-1`, "restricted jurisdiction HK"],
      });
    });

    // At the first preview the output-only `region` of both new buckets is unknown; the known region of the
    // bucket's provider (explicit provider 'hong-kong', region ap-east-1) places it, so the flow is knowable.
    test("at preview, both buckets new (ids, ARNs and computed regions unknown): the destination's provider places it in ap-east-1, so the flow is mandatory", async () => {
      const { src, dst, nodes } = s3ReplicationStack({ name: "orders-hk", provider: awsHk, region: "ap-east-1" });
      const r = await run(pack, atFirstPreview(nodes), { preview: true });
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: src,
        contains: ["S3 replication", `'${dst.input.name}'`, "ap-east-1", "restricted jurisdiction HK"],
      });
    });

    test("legacy inline replication on aws:s3/bucketV2 (replicationConfigurations) and aws:s3/bucket (replicationConfiguration) into the Hong Kong bucket", async () => {
      const hk = bucket("orders-hk", awsHk, "ap-east-1");
      const rule = { id: "r1", status: "Enabled", priority: 1, destination: { bucket: hk.outputs["arn"], storageClass: "STANDARD" } };
      const v2 = node(
        "aws:s3/bucketV2:BucketV2",
        "ledger",
        {
          bucket: "ledger-7f3a",
          tags: usPerson,
          versionings: [{ enabled: true }],
          replicationConfigurations: [{ role: replicationRole.outputs["arn"], rules: [rule] }],
        },
        {
          provider: awsDefault,
          propDeps: { replicationConfigurations: [urn(replicationRole), urn(hk)] },
          outputs: { id: "ledger-7f3a", arn: "arn:aws:s3:::ledger-7f3a", region: "us-east-1" },
        },
      );
      const v1 = node(
        "aws:s3/bucket:Bucket",
        "invoices",
        {
          bucket: "invoices-7f3a",
          tags: usPerson,
          versioning: { enabled: true, mfaDelete: false },
          replicationConfiguration: { role: replicationRole.outputs["arn"], rules: [rule] },
        },
        {
          provider: awsDefault,
          propDeps: { replicationConfiguration: [urn(replicationRole), urn(hk)] },
          outputs: { id: "invoices-7f3a", arn: "arn:aws:s3:::invoices-7f3a", region: "us-east-1" },
        },
      );
      const r = await run(pack, [hk, replicationRole, v2, v1]);

      expect(r.analyze["ledger"]).toEqual([]);
      expect(r.analyze["invoices"]).toEqual([]);
      expect(r.flows).toHaveLength(2);
      const of = (n: Node) => r.flows.find((d) => d.urn === urn(n));
      expectFlow(of(v2), {
        source: v2,
        contains: [
          "S3 replication",
          "input:replicationConfigurations[0].rules[0].destination.bucket",
          "'orders-hk'",
          "ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct],
      });
      expectFlow(of(v1), {
        source: v1,
        contains: [
          "S3 replication",
          "input:replicationConfiguration.rules[0].destination.bucket",
          "'orders-hk'",
          "ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct],
      });
    });

    test("destination ARN in the aws-cn partition (a bucket outside the stack) is a flow into CN", async () => {
      const src = bucket("orders", awsDefault, "us-east-1");
      const repl = replicationConfig("orders-to-beijing", src, "arn:aws-cn:s3:::orders-beijing", []);
      const r = await run(pack, [src, versioning(src, awsDefault), replicationRole, repl]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: src,
        contains: ["S3 replication", "a resource outside this stack in aws-cn", "restricted jurisdiction CN"],
        excludes: ["orders-beijing"],
      });
    });

    test("NEGATIVE: replication from us-east-1 to another U.S. region (us-west-2) is no flow", async () => {
      const { nodes } = s3ReplicationStack({ name: "orders-west", provider: awsWest, region: "us-west-2" });
      const r = await run(pack, nodes);
      for (const ds of Object.values(r.analyze)) expect(ds).toEqual([]);
      expect(r.flows).toEqual([]);
      // The other stack policies have nothing to flag either (the inventory reports nothing to move).
      expect(policiesOf(r.stack).filter((p) => p !== "migration-inventory" && p !== "exemption-review")).toEqual([]);
    });
  });

  // ---- 2. DynamoDB global tables ----------------------------------------------

  describe("DynamoDB global tables", () => {
    const table = (name: string, replicaRegions: string[]): Node =>
      node(
        "aws:dynamodb/table:Table",
        name,
        {
          name,
          billingMode: "PAY_PER_REQUEST",
          hashKey: "id",
          rangeKey: "createdAt",
          attributes: [
            { name: "id", type: "S" },
            { name: "createdAt", type: "N" },
          ],
          streamEnabled: true,
          streamViewType: "NEW_AND_OLD_IMAGES",
          pointInTimeRecovery: { enabled: true },
          replicas: replicaRegions.map((regionName) => ({ regionName, pointInTimeRecovery: true })),
          tags: usPerson,
        },
        {
          provider: awsDefault,
          outputs: {
            id: name,
            arn: `arn:aws:dynamodb:us-east-1:${acct}:table/${name}`,
            streamArn: `arn:aws:dynamodb:us-east-1:${acct}:table/${name}/stream/2026-11-01T00:00:00.000`,
            streamLabel: "2026-11-01T00:00:00.000",
            // The provider fills in each replica's ARN.
            replicas: replicaRegions.map((regionName) => ({
              regionName,
              pointInTimeRecovery: true,
              arn: `arn:aws:dynamodb:${regionName}:${acct}:table/${name}`,
              streamArn: "",
              kmsKeyArn: "",
              propagateTags: false,
            })),
          },
        },
      );

    test("a replica in ap-east-1 (next to one in us-west-2) is one mandatory flow into HK", async () => {
      const t = table("sessions", ["us-west-2", "ap-east-1"]);
      const r = await run(pack, [t]);
      expect(r.analyze["sessions"]).toEqual([]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: t,
        contains: [
          "DynamoDB global table replica",
          "input:replicas[1].regionName",
          "'sessions' in us-east-1",
          "ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct],
      });
    });

    test("NEGATIVE: replicas in us-west-2 only", async () => {
      const r = await run(pack, [table("sessions", ["us-west-2"])]);
      expect(r.flows).toEqual([]);
    });
  });

  // ---- 3. RDS read replicas and Aurora global databases -------------------------

  describe("RDS read replicas and Aurora global databases", () => {
    test("cross-region read replica (replicateSourceDb = the primary's ARN) in ap-east-1", async () => {
      const primaryArn = `arn:aws:rds:us-east-1:${acct}:db:orders-db`;
      const primary = node(
        "aws:rds/instance:Instance",
        "orders-db",
        {
          identifier: "orders-db",
          engine: "postgres",
          engineVersion: "16.3",
          instanceClass: "db.r6g.large",
          allocatedStorage: 100,
          storageEncrypted: true,
          username: "app",
          password: secret("hunter2-db-password"),
          backupRetentionPeriod: 7,
          skipFinalSnapshot: false,
          tags: usPerson,
        },
        {
          provider: awsDefault,
          outputs: {
            id: "db-ABCDEFGHIJKLMNOPQRSTUVWXY0",
            arn: primaryArn,
            resourceId: "db-ABCDEFGHIJKLMNOPQRSTUVWXY0",
            address: "orders-db.c9akciq32.us-east-1.rds.amazonaws.com",
            endpoint: "orders-db.c9akciq32.us-east-1.rds.amazonaws.com:5432",
            port: 5432,
          },
        },
      );
      const replica = node(
        "aws:rds/instance:Instance",
        "orders-db-hk",
        {
          identifier: "orders-db-hk",
          instanceClass: "db.r6g.large",
          replicateSourceDb: primaryArn,
          storageEncrypted: true,
          kmsKeyId: `arn:aws:kms:ap-east-1:${acct}:key/2f1c0b7e-2d0c-4a3e-9a57-0d6c1d2b3e4f`,
          skipFinalSnapshot: true,
        },
        {
          provider: awsHk,
          propDeps: { replicateSourceDb: [urn(primary)] },
          outputs: {
            id: "db-ZYXWVUTSRQPONMLKJIHGFEDCB0",
            arn: `arn:aws:rds:ap-east-1:${acct}:db:orders-db-hk`,
            address: "orders-db-hk.c7bkdjr21.ap-east-1.rds.amazonaws.com",
            endpoint: "orders-db-hk.c7bkdjr21.ap-east-1.rds.amazonaws.com:5432",
            port: 5432,
          },
        },
      );
      const r = await run(pack, [primary, replica]);

      expect(r.analyze["orders-db"]).toEqual([]);
      expect(policiesOf(r.analyze["orders-db-hk"]!)).toEqual(["restricted-region"]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: primary,
        contains: [
          "RDS cross-region read replica",
          "input:replicateSourceDb",
          "declared by 'orders-db-hk'",
          "'orders-db' in us-east-1",
          "'orders-db-hk' (aws:rds/instance:Instance) in ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct, "c9akciq32"],
      });
    });

    test("NEGATIVE: read replica in us-west-2", async () => {
      const primaryArn = `arn:aws:rds:us-east-1:${acct}:db:orders-db`;
      const primary = node(
        "aws:rds/instance:Instance",
        "orders-db",
        {
          identifier: "orders-db",
          engine: "postgres",
          instanceClass: "db.r6g.large",
          allocatedStorage: 100,
          username: "app",
          tags: usPerson,
        },
        { provider: awsDefault, outputs: { id: "db-ABCDEFGHIJKLMNOPQRSTUVWXY0", arn: primaryArn } },
      );
      const replica = node(
        "aws:rds/instance:Instance",
        "orders-db-west",
        { identifier: "orders-db-west", instanceClass: "db.r6g.large", replicateSourceDb: primaryArn, skipFinalSnapshot: true },
        {
          provider: awsWest,
          propDeps: { replicateSourceDb: [urn(primary)] },
          outputs: { id: "db-WEST", arn: `arn:aws:rds:us-west-2:${acct}:db:orders-db-west` },
        },
      );
      const r = await run(pack, [primary, replica]);
      expect(r.flows).toEqual([]);
    });

    /** A global cluster with a primary in us-east-1 and a secondary with `provider`. */
    function auroraStack(secondaryProvider: ProviderInput, region: string): { gc: Node; primary: Node; secondary: Node; nodes: Node[] } {
      const gc = node(
        "aws:rds/globalCluster:GlobalCluster",
        "orders-global",
        {
          globalClusterIdentifier: "orders-global",
          engine: "aurora-postgresql",
          engineVersion: "15.4",
          databaseName: "orders",
          storageEncrypted: true,
        },
        {
          provider: awsDefault,
          outputs: {
            id: "orders-global",
            arn: `arn:aws:rds::${acct}:global-cluster:orders-global`,
            globalClusterResourceId: "cluster-1a2b3c4d5e6f7a8b9c0d",
            globalClusterMembers: [
              { dbClusterArn: `arn:aws:rds:us-east-1:${acct}:cluster:orders-primary`, isWriter: true },
              {
                dbClusterArn: `arn:${region.startsWith("cn-") ? "aws-cn" : "aws"}:rds:${region}:${acct}:cluster:orders-secondary`,
                isWriter: false,
              },
            ],
          },
        },
      );
      const partition = region.startsWith("cn-") ? "aws-cn" : "aws";
      const primary = node(
        "aws:rds/cluster:Cluster",
        "orders-primary",
        {
          clusterIdentifier: "orders-primary",
          engine: "aurora-postgresql",
          engineVersion: "15.4",
          globalClusterIdentifier: "orders-global",
          masterUsername: "app",
          masterPassword: secret("hunter2-aurora"),
          dbSubnetGroupName: "orders-db",
          storageEncrypted: true,
          tags: usPerson,
        },
        {
          provider: awsDefault,
          propDeps: { globalClusterIdentifier: [urn(gc)], engine: [urn(gc)], engineVersion: [urn(gc)] },
          outputs: {
            id: "orders-primary",
            arn: `arn:aws:rds:us-east-1:${acct}:cluster:orders-primary`,
            endpoint: "orders-primary.cluster-c9akciq32.us-east-1.rds.amazonaws.com",
          },
        },
      );
      const secondary = node(
        "aws:rds/cluster:Cluster",
        "orders-secondary",
        {
          clusterIdentifier: "orders-secondary",
          engine: "aurora-postgresql",
          engineVersion: "15.4",
          globalClusterIdentifier: "orders-global",
          dbSubnetGroupName: "orders-db-secondary",
          skipFinalSnapshot: true,
        },
        {
          provider: secondaryProvider,
          propDeps: { globalClusterIdentifier: [urn(gc)], engine: [urn(gc)], engineVersion: [urn(gc)] },
          deps: [urn(gc), urn(primary)],
          outputs: { id: "orders-secondary", arn: `arn:${partition}:rds:${region}:${acct}:cluster:orders-secondary` },
        },
      );
      return { gc, primary, secondary, nodes: [gc, primary, secondary] };
    }

    test.each([
      ["ap-east-1", "HK", () => awsHk],
      ["cn-north-1", "CN", () => awsBeijing],
    ])("Aurora global database with a secondary cluster in %s: a flow from the primary into %s", async (region, jurisdiction, p) => {
      const { gc, primary, nodes } = auroraStack(p(), region);
      const r = await run(pack, nodes);
      expect(r.analyze["orders-primary"]).toEqual([]);
      expect(policiesOf(r.analyze["orders-secondary"]!)).toEqual(["restricted-region"]);
      // The Aurora flow from the primary, once: the global cluster's `globalClusterMembers` output names the
      // same secondary, which is not a second flow.
      const fromPrimary = r.flows.filter((d) => d.urn === urn(primary));
      expect(fromPrimary).toHaveLength(1);
      expect(r.flows.filter((d) => d.urn === urn(gc))).toEqual([]);
      expect(r.flows).toHaveLength(1);
      expectFlow(fromPrimary[0], {
        source: primary,
        contains: [
          "Aurora global database",
          "'orders-primary' in us-east-1",
          `'orders-secondary' (aws:rds/cluster:Cluster) in ${region}`,
          `restricted jurisdiction ${jurisdiction}`,
        ],
        excludes: [acct],
      });
    });

    test("NEGATIVE: Aurora global database with the secondary in us-west-2", async () => {
      const { nodes } = auroraStack(awsWest, "us-west-2");
      const r = await run(pack, nodes);
      expect(r.flows).toEqual([]);
    });

    test("Aurora global database whose secondary in ap-east-1 is outside the stack: a flow from the global cluster, placed by the member's ARN", async () => {
      const { gc, primary } = auroraStack(awsHk, "ap-east-1");
      const r = await run(pack, [gc, primary]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: gc,
        contains: [
          "Aurora global database",
          "input:globalClusterMembers[1].dbClusterArn",
          "'orders-global' in us-east-1",
          "a resource outside this stack in ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct],
      });
    });
  });

  // ---- 4. AWS Backup copy actions ---------------------------------------------

  describe("AWS Backup", () => {
    test("copy actions to a vault in ap-east-1 (by ARN outside the stack, and a vault of the stack) are flows; one to us-west-2 is not", async () => {
      const vault = node(
        "aws:backup/vault:Vault",
        "primary",
        { name: "primary", kmsKeyArn: `arn:aws:kms:us-east-1:${acct}:key/0d6c1d2b-3e4f-4a3e-9a57-2f1c0b7e2d0c` },
        {
          provider: awsDefault,
          outputs: { id: "primary", arn: `arn:aws:backup:us-east-1:${acct}:backup-vault:primary`, recoveryPoints: 0 },
        },
      );
      const hkVault = node(
        "aws:backup/vault:Vault",
        "dr-hk",
        { name: "dr-hk" },
        { provider: awsHk, outputs: { id: "dr-hk", arn: `arn:aws:backup:ap-east-1:${acct}:backup-vault:dr-hk`, recoveryPoints: 0 } },
      );
      const daily = node(
        "aws:backup/plan:Plan",
        "daily",
        {
          name: "daily",
          rules: [
            {
              ruleName: "daily",
              targetVaultName: "primary",
              schedule: "cron(0 5 * * ? *)",
              startWindow: 60,
              completionWindow: 180,
              lifecycle: { deleteAfter: 35 },
              copyActions: [
                { destinationVaultArn: `arn:aws:backup:us-west-2:${drAcct}:backup-vault:dr-west`, lifecycle: { deleteAfter: 35 } },
                { destinationVaultArn: `arn:aws:backup:ap-east-1:${drAcct}:backup-vault:dr-hk-external`, lifecycle: { deleteAfter: 35 } },
              ],
            },
          ],
          tags: usPerson,
        },
        {
          provider: awsDefault,
          propDeps: { rules: [urn(vault)] },
          outputs: {
            id: "8f2a4b6c-1d3e-4f5a-9b7c-0e1d2f3a4b5c",
            arn: `arn:aws:backup:us-east-1:${acct}:backup-plan:8f2a4b6c-1d3e-4f5a-9b7c-0e1d2f3a4b5c`,
            version: "ZjQ1NjA4YjYtNTQ0",
          },
        },
      );
      const weekly = node(
        "aws:backup/plan:Plan",
        "weekly",
        {
          name: "weekly",
          rules: [
            {
              ruleName: "weekly",
              targetVaultName: "primary",
              schedule: "cron(0 6 ? * SUN *)",
              lifecycle: { deleteAfter: 120 },
              copyActions: [{ destinationVaultArn: hkVault.outputs["arn"], lifecycle: { deleteAfter: 120 } }],
            },
          ],
          tags: usPerson,
        },
        {
          provider: awsDefault,
          propDeps: { rules: [urn(vault), urn(hkVault)] },
          outputs: {
            id: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            arn: `arn:aws:backup:us-east-1:${acct}:backup-plan:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f`,
          },
        },
      );
      const selection = node(
        "aws:backup/selection:Selection",
        "orders-tables",
        {
          name: "orders-tables",
          planId: daily.outputs["id"],
          iamRoleArn: `arn:aws:iam::${acct}:role/backup`,
          resources: [`arn:aws:dynamodb:us-east-1:${acct}:table/orders`],
        },
        { provider: awsDefault, propDeps: { planId: [urn(daily)] }, outputs: { id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" } },
      );
      const r = await run(pack, [vault, hkVault, daily, weekly, selection]);

      expect(r.analyze["daily"]).toEqual([]);
      expect(policiesOf(r.analyze["dr-hk"]!)).toEqual(["restricted-region"]);
      expect(r.flows).toHaveLength(2);
      expectFlow(
        r.flows.find((d) => d.urn === urn(daily)),
        {
          source: daily,
          contains: [
            "AWS Backup copy action",
            "input:rules[0].copyActions[1].destinationVaultArn",
            "a resource outside this stack in ap-east-1",
            "restricted jurisdiction HK",
          ],
          excludes: [drAcct, "dr-hk-external", "dr-west"],
        },
      );
      expectFlow(
        r.flows.find((d) => d.urn === urn(weekly)),
        {
          source: weekly,
          contains: [
            "AWS Backup copy action",
            "input:rules[0].copyActions[0].destinationVaultArn",
            "'dr-hk' (aws:backup/vault:Vault) in ap-east-1",
            "restricted jurisdiction HK",
          ],
          excludes: [acct],
        },
      );
    });
  });

  // ---- 5. KMS replica keys --------------------------------------------------------

  describe("KMS multi-Region keys", () => {
    const keyStack = (provider: ProviderInput, region: string) => {
      const keyArn = `arn:aws:kms:us-east-1:${acct}:key/mrk-1234abcd12ab34cd56ef1234567890ab`;
      const key = node(
        "aws:kms/key:Key",
        "orders-key",
        { description: "orders data key", multiRegion: true, enableKeyRotation: true, deletionWindowInDays: 30, tags: usPerson },
        {
          provider: awsDefault,
          outputs: { id: "mrk-1234abcd12ab34cd56ef1234567890ab", keyId: "mrk-1234abcd12ab34cd56ef1234567890ab", arn: keyArn },
        },
      );
      const alias = node(
        "aws:kms/alias:Alias",
        "orders-key",
        { name: "alias/orders", targetKeyId: "mrk-1234abcd12ab34cd56ef1234567890ab" },
        {
          provider: awsDefault,
          propDeps: { targetKeyId: [urn(key)] },
          outputs: { id: "alias/orders", arn: `arn:aws:kms:us-east-1:${acct}:alias/orders` },
        },
      );
      const replica = node(
        "aws:kms/replicaKey:ReplicaKey",
        `orders-key-${region}`,
        { primaryKeyArn: keyArn, description: "orders data key replica", deletionWindowInDays: 7 },
        {
          provider,
          propDeps: { primaryKeyArn: [urn(key)] },
          // A multi-Region replica shares the primary's key id.
          outputs: {
            id: "mrk-1234abcd12ab34cd56ef1234567890ab",
            keyId: "mrk-1234abcd12ab34cd56ef1234567890ab",
            arn: `arn:aws:kms:${region}:${acct}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
          },
        },
      );
      return { key, replica, nodes: [key, alias, replica] };
    };

    test("a replica key in ap-east-1 of a us-east-1 primary key", async () => {
      const { key, replica, nodes } = keyStack(awsHk, "ap-east-1");
      const r = await run(pack, nodes);
      expect(policiesOf(r.analyze[replica.input.name]!)).toEqual(["restricted-region"]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: key,
        contains: [
          "KMS multi-Region replica key",
          `declared by '${replica.input.name}'`,
          "'orders-key' in us-east-1",
          `'${replica.input.name}' (aws:kms/replicaKey:ReplicaKey) in ap-east-1`,
          "restricted jurisdiction HK",
        ],
        excludes: [acct, "mrk-1234abcd"],
      });
    });

    test("NEGATIVE: a replica key in us-west-2", async () => {
      const r = await run(pack, keyStack(awsWest, "us-west-2").nodes);
      expect(r.flows).toEqual([]);
    });
  });

  // ---- 6. Azure ------------------------------------------------------------------

  describe("Azure", () => {
    const sub = "/subscriptions/00000000-0000-0000-0000-000000000000";
    const rg = (name: string, location: string): Node =>
      node(
        "azure-native:resources:ResourceGroup",
        name,
        { resourceGroupName: name, location, tags: { team: "orders" } },
        { provider: azureDefault, outputs: { id: `${sub}/resourceGroups/${name}`, location } },
      );
    const storage = (name: string, group: Node, location: string, sku: string, secondary: string): Node =>
      node(
        "azure-native:storage:StorageAccount",
        name,
        {
          accountName: name,
          resourceGroupName: group.input.properties["resourceGroupName"],
          location,
          kind: "StorageV2",
          sku: { name: sku },
          accessTier: "Hot",
          minimumTlsVersion: "TLS1_2",
          allowBlobPublicAccess: false,
          enableHttpsTrafficOnly: true,
          tags: usPerson,
        },
        {
          provider: azureDefault,
          propDeps: { resourceGroupName: [urn(group)] },
          outputs: {
            id: `${sub}/resourceGroups/${group.input.name}/providers/Microsoft.Storage/storageAccounts/${name}`,
            primaryLocation: location,
            secondaryLocation: secondary,
            statusOfPrimary: "available",
            statusOfSecondary: "available",
            primaryEndpoints: { blob: `https://${name}.blob.core.windows.net/`, queue: `https://${name}.queue.core.windows.net/` },
            secondaryEndpoints: { blob: `https://${name}-secondary.blob.core.windows.net/` },
            provisioningState: "Succeeded",
          },
        },
      );

    test("RA-GRS storage account in Southeast Asia (Singapore): its copy in the pair East Asia (Hong Kong) is a location of the account itself, not a flow", async () => {
      const group = rg("rg-orders-sea", "southeastasia");
      const st = storage("ordersst", group, "southeastasia", "Standard_RAGRS", "eastasia");
      const r = await run(pack, [group, st]);
      // Singapore itself is not restricted: only the geo-redundant copy is, and it is reported on the account when analysed.
      expect(policiesOf(r.analyze["ordersst"]!)).toEqual(["restricted-region"]);
      const m = r.analyze["ordersst"]![0]!.message;
      expect(m).toContain("eastasia");
      expect(m).toContain("HK");
      expect(m).not.toContain("blob.core.windows.net");
      expect(r.flows).toEqual([]);
    });

    test("NEGATIVE: GRS storage account in East US (pair West US)", async () => {
      const group = rg("rg-orders-us", "eastus");
      const r = await run(pack, [group, storage("ordersus", group, "eastus", "Standard_GRS", "westus")]);
      expect(r.analyze["ordersus"]).toEqual([]);
      expect(r.flows).toEqual([]);
    });

    test("SQL failover group whose partner server is in East Asia (Hong Kong)", async () => {
      const group = rg("rg-sql", "eastus");
      const server = (name: string, location: string, tags: Record<string, string>): Node =>
        node(
          "azure-native:sql:Server",
          name,
          {
            serverName: name,
            resourceGroupName: "rg-sql",
            location,
            administratorLogin: "sqladmin",
            administratorLoginPassword: secret("hunter2-sql"),
            version: "12.0",
            minimalTlsVersion: "1.2",
            publicNetworkAccess: "Disabled",
            tags,
          },
          {
            provider: azureDefault,
            propDeps: { resourceGroupName: [urn(group)] },
            outputs: {
              id: `${sub}/resourceGroups/rg-sql/providers/Microsoft.Sql/servers/${name}`,
              fullyQualifiedDomainName: `${name}.database.windows.net`,
              state: "Ready",
            },
          },
        );
      const primary = server("sql-orders", "eastus", usPerson);
      const partner = server("sql-orders-hk", "eastasia", { team: "orders" });
      const db = node(
        "azure-native:sql:Database",
        "orders",
        {
          databaseName: "orders",
          serverName: "sql-orders",
          resourceGroupName: "rg-sql",
          location: "eastus",
          sku: { name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 },
          tags: usPerson,
        },
        {
          provider: azureDefault,
          propDeps: { serverName: [urn(primary)], resourceGroupName: [urn(group)] },
          outputs: { id: `${sub}/resourceGroups/rg-sql/providers/Microsoft.Sql/servers/sql-orders/databases/orders`, status: "Online" },
        },
      );
      const fog = node(
        "azure-native:sql:FailoverGroup",
        "orders-fog",
        {
          failoverGroupName: "orders-fog",
          resourceGroupName: "rg-sql",
          serverName: "sql-orders",
          partnerServers: [{ id: partner.outputs["id"] }],
          databases: [db.outputs["id"]],
          readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 60 },
          readOnlyEndpoint: { failoverPolicy: "Disabled" },
        },
        {
          provider: azureDefault,
          propDeps: { serverName: [urn(primary)], partnerServers: [urn(partner)], databases: [urn(db)], resourceGroupName: [urn(group)] },
          outputs: {
            id: `${sub}/resourceGroups/rg-sql/providers/Microsoft.Sql/servers/sql-orders/failoverGroups/orders-fog`,
            location: "East US",
            replicationRole: "Primary",
            replicationState: "CATCH_UP",
            partnerServers: [{ id: partner.outputs["id"], location: "East Asia", replicationRole: "Secondary" }],
          },
        },
      );
      const r = await run(pack, [group, primary, partner, db, fog]);

      expect(r.analyze["sql-orders"]).toEqual([]);
      expect(policiesOf(r.analyze["sql-orders-hk"]!)).toEqual(["restricted-region"]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: primary,
        contains: [
          "Azure SQL failover group",
          "declared by 'orders-fog'",
          "'sql-orders' in eastus",
          "'sql-orders-hk' (azure-native:sql:Server) in eastasia",
          "restricted jurisdiction HK",
        ],
        excludes: ["00000000-0000", "database.windows.net"],
      });
    });
  });

  // ---- 7. GCS multi-region and custom placement -----------------------------------

  describe("Google Cloud Storage placement", () => {
    const gcs = (name: string, location: string, more: Record<string, unknown> = {}): Node =>
      node(
        "gcp:storage/bucket:Bucket",
        name,
        {
          name: `${name}-7f3a`,
          location,
          storageClass: "STANDARD",
          uniformBucketLevelAccess: true,
          publicAccessPrevention: "enforced",
          forceDestroy: false,
          labels: { "data-classification": "us-person" },
          ...more,
        },
        {
          provider: gcpDefault,
          outputs: {
            id: `${name}-7f3a`,
            project: "shop-prod",
            selfLink: `https://www.googleapis.com/storage/v1/b/${name}-7f3a`,
            url: `gs://${name}-7f3a`,
            effectiveLabels: { "data-classification": "us-person" },
          },
        },
      );

    test("the ASIA multi-region (which includes Hong Kong) and a custom dual-region ASIA-EAST1 + ASIA-EAST2 are flows; NAM4 and US are not", async () => {
      const asia = gcs("assets-asia", "ASIA");
      const custom = gcs("assets-tw-hk", "ASIA", { customPlacementConfig: { dataLocations: ["ASIA-EAST1", "ASIA-EAST2"] } });
      const nam4 = gcs("assets-nam4", "NAM4");
      const us = gcs("assets-us", "US");
      const customUs = gcs("assets-us-custom", "US", { customPlacementConfig: { dataLocations: ["US-EAST1", "US-CENTRAL1"] } });
      const r = await run(pack, [asia, custom, nam4, us, customUs]);

      expect(r.analyze["assets-nam4"]).toEqual([]);
      expect(r.analyze["assets-us"]).toEqual([]);
      expect(r.analyze["assets-us-custom"]).toEqual([]);
      expect(r.flows.map((d) => d.urn).sort()).toEqual([urn(asia), urn(custom)].sort());
      expectFlow(
        r.flows.find((d) => d.urn === urn(asia)),
        {
          source: asia,
          contains: ["Cloud Storage multi-location replication", "input:location", "restricted jurisdiction HK", "provider package gcp"],
          excludes: ["assets-asia-7f3a", "gs://"],
        },
      );
      expect(r.flows.find((d) => d.urn === urn(asia))!.message.toLowerCase()).toContain("asia");
      expectFlow(
        r.flows.find((d) => d.urn === urn(custom)),
        {
          source: custom,
          contains: [
            "Cloud Storage multi-location replication",
            "input:customPlacementConfig.dataLocations",
            "asia-east2",
            "restricted jurisdiction HK",
          ],
          excludes: ["assets-tw-hk-7f3a"],
        },
      );
    });
  });

  // ---- 8. VPC peering -----------------------------------------------------------

  describe("VPC peering", () => {
    const peeringStack = (peerRegion: string, peerProvider: ProviderInput) => {
      const vpc = node(
        "aws:ec2/vpc:Vpc",
        "main",
        { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true, tags: { ...usPerson, Name: "main" } },
        {
          provider: awsDefault,
          outputs: {
            id: "vpc-0a1b2c3d4e5f60789",
            arn: `arn:aws:ec2:us-east-1:${acct}:vpc/vpc-0a1b2c3d4e5f60789`,
            ownerId: acct,
            mainRouteTableId: "rtb-0123456789abcdef0",
          },
        },
      );
      const peerVpc = node(
        "aws:ec2/vpc:Vpc",
        "peer",
        { cidrBlock: "10.1.0.0/16", tags: { Name: "peer" } },
        {
          provider: peerProvider,
          outputs: { id: "vpc-0fedcba9876543210", arn: `arn:aws:ec2:${peerRegion}:${acct}:vpc/vpc-0fedcba9876543210`, ownerId: acct },
        },
      );
      const peering = node(
        "aws:ec2/vpcPeeringConnection:VpcPeeringConnection",
        "main-to-peer",
        {
          vpcId: vpc.outputs["id"],
          peerVpcId: peerVpc.outputs["id"],
          peerOwnerId: acct,
          peerRegion,
          autoAccept: false,
          tags: { Name: "main-to-peer", Side: "Requester" },
        },
        {
          provider: awsDefault,
          propDeps: { vpcId: [urn(vpc)], peerVpcId: [urn(peerVpc)], peerOwnerId: [urn(peerVpc)] },
          outputs: { id: "pcx-0123456789abcdef0", acceptStatus: "pending-acceptance" },
        },
      );
      const accepter = node(
        "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter",
        "peer-accept",
        {
          vpcPeeringConnectionId: peering.outputs["id"],
          autoAccept: true,
          tags: { Side: "Accepter" },
        },
        {
          provider: peerProvider,
          propDeps: { vpcPeeringConnectionId: [urn(peering)] },
          outputs: {
            id: "pcx-0123456789abcdef0",
            acceptStatus: "active",
            vpcId: "vpc-0fedcba9876543210",
            peerVpcId: "vpc-0a1b2c3d4e5f60789",
            peerRegion: "us-east-1",
          },
        },
      );
      return { vpc, nodes: [vpc, peerVpc, peering, accepter] };
    };

    test("peering with peerRegion ap-east-1: a flow from the requester VPC into HK", async () => {
      const { vpc, nodes } = peeringStack("ap-east-1", awsHk);
      const r = await run(pack, nodes);
      expect(r.analyze["main"]).toEqual([]);
      expect(r.analyze["main-to-peer"]).toEqual([]);
      expect(r.flows).toHaveLength(1);
      expectFlow(r.flows[0], {
        source: vpc,
        contains: [
          "VPC peering",
          "input:peerRegion",
          "declared by 'main-to-peer'",
          "'main' in us-east-1",
          "the peer in ap-east-1",
          "restricted jurisdiction HK",
        ],
        excludes: [acct, "vpc-0a1b2c3d4e5f60789", "pcx-"],
      });
    });

    test("NEGATIVE: peering with peerRegion us-west-2", async () => {
      const r = await run(pack, peeringStack("us-west-2", awsWest).nodes);
      for (const ds of Object.values(r.analyze)) expect(ds).toEqual([]);
      expect(r.flows).toEqual([]);
    });
  });

  // ---- 9. Endpoints -------------------------------------------------------------

  describe("endpoints", () => {
    test("a Lambda whose environment points at https://oss-cn-hangzhou.aliyuncs.com is reported once, when it is analysed; secrets never reach the message", async () => {
      const role = node(
        "aws:iam/role:Role",
        "export-role",
        {
          name: "oss-export",
          assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
          }),
        },
        { provider: awsDefault, outputs: { id: "oss-export", arn: `arn:aws:iam::${acct}:role/oss-export` } },
      );
      const fn = node(
        "aws:lambda/function:Function",
        "oss-export",
        {
          name: "oss-export",
          runtime: "nodejs20.x",
          handler: "index.handler",
          role: role.outputs["arn"],
          code: fileArchive("./oss-export"),
          timeout: 60,
          memorySize: 256,
          environment: {
            variables: {
              OSS_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
              OSS_BUCKET: "acme-exports",
              OSS_ACCESS_KEY_SECRET: secret("hunter2-SECRET"),
            },
          },
          tags: usPerson,
        },
        {
          provider: awsDefault,
          propDeps: { role: [urn(role)] },
          outputs: {
            id: "oss-export",
            arn: `arn:aws:lambda:us-east-1:${acct}:function:oss-export`,
            qualifiedArn: `arn:aws:lambda:us-east-1:${acct}:function:oss-export:$LATEST`,
            version: "$LATEST",
            invokeArn: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${acct}:function:oss-export/invocations`,
          },
        },
      );
      const r = await run(pack, [role, fn]);
      // Decided at the resource (its own inputs name the endpoint), when it is analysed.
      const own = r.analyze["oss-export"]!;
      expect(own.map((d) => d.policyName)).toEqual(["restricted-provider"]);
      expect(own[0]!.message).toContain("oss-cn-hangzhou.aliyuncs.com at input:environment.variables.OSS_ENDPOINT");
      expect(own[0]!.message).not.toContain("hunter2-SECRET");
      // ...and not a second time by the stack policy.
      expect(r.flows).toEqual([]);
    });

    test("NEGATIVE: a Lambda whose environment points at a U.S. S3 endpoint", async () => {
      const fn = node(
        "aws:lambda/function:Function",
        "s3-export",
        {
          runtime: "nodejs20.x",
          handler: "index.handler",
          role: `arn:aws:iam::${acct}:role/oss-export`,
          code: fileArchive("./s3-export"),
          environment: { variables: { S3_ENDPOINT: "https://s3.us-west-2.amazonaws.com", BUCKET: "acme-exports" } },
          tags: usPerson,
        },
        { provider: awsDefault, outputs: { id: "s3-export", arn: `arn:aws:lambda:us-east-1:${acct}:function:s3-export` } },
      );
      const r = await run(pack, [fn]);
      expect(r.flows).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------
// 10–11: destinations unknown during preview; exemptions and scope
// ---------------------------------------------------------------------------

describe("restricted-data-flow over the protocol: unknown destinations, exemptions, scope", () => {
  let pack: PackClient;
  let info: AnalyzerInfo;

  usePack({ now: NOW }, (p, i) => {
    pack = p;
    info = i;
  });

  /**
   * First preview: the destination bucket's name comes from a RandomPet
   * (`pulumi.interpolate\`arn:aws:s3:::dr-${pet.id}\``), unknown until it is
   * created; the source bucket's id is unknown too but its property dependency
   * names it.
   */
  function unknownArnStack(): { src: Node; nodes: Node[] } {
    const src = node(
      "aws:s3/bucketV2:BucketV2",
      "orders",
      { bucket: "orders-7f3a", forceDestroy: false, tags: usPerson },
      { provider: awsDefault, outputs: { id: U, arn: U, region: U, bucketRegionalDomainName: U } },
    );
    const pet = node(
      "random:index/randomPet:RandomPet",
      "dr-suffix",
      { length: 2, separator: "-" },
      { provider: randomDefault, outputs: { id: U } },
    );
    const role = { ...replicationRole, outputs: { id: U, arn: U, uniqueId: U } };
    const repl = node(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "orders-to-dr",
      {
        bucket: U,
        role: U,
        rules: [
          {
            id: "everything",
            status: "Enabled",
            filter: {},
            deleteMarkerReplication: { status: "Enabled" },
            destination: { bucket: U, storageClass: "STANDARD_IA" },
          },
        ],
      },
      { provider: awsDefault, propDeps: { bucket: [urn(src)], role: [urn(role)], rules: [urn(pet)] }, outputs: { id: U } },
    );
    return { src, nodes: [src, pet, role, repl] };
  }

  /** First preview: the peer region is derived from the peer VPC's ARN (`peer.arn.apply(a => a.split(":")[3])`). */
  function unknownPeerRegionStack(): { vpc: Node; nodes: Node[] } {
    const vpc = node(
      "aws:ec2/vpc:Vpc",
      "main",
      { cidrBlock: "10.0.0.0/16", tags: usPerson },
      { provider: awsDefault, outputs: { id: U, arn: U } },
    );
    const peer = node("aws:ec2/vpc:Vpc", "partner", { cidrBlock: "10.1.0.0/16" }, { provider: awsWest, outputs: { id: U, arn: U } });
    const peering = node(
      "aws:ec2/vpcPeeringConnection:VpcPeeringConnection",
      "main-to-partner",
      { vpcId: U, peerVpcId: U, peerRegion: U, autoAccept: false },
      {
        provider: awsDefault,
        propDeps: { vpcId: [urn(vpc)], peerVpcId: [urn(peer)], peerRegion: [urn(peer)] },
        outputs: { id: U, acceptStatus: U },
      },
    );
    return { vpc, nodes: [vpc, peer, peering] };
  }

  const cases = [
    {
      name: "replication to an ARN unknown at preview",
      build: () => {
        const s = unknownArnStack();
        return { source: s.src, nodes: s.nodes, mechanism: "S3 replication" };
      },
    },
    {
      name: "VPC peering with a peerRegion unknown at preview",
      build: () => {
        const s = unknownPeerRegionStack();
        return { source: s.vpc, nodes: s.nodes, mechanism: "VPC peering" };
      },
    },
  ];

  test.each(cases.map((c) => [c.name, c] as const))("%s: advisory with the default unknownRegion (defer)", async (_name, c) => {
    await pack.configure(sharedConfig(info, {}));
    const { source, nodes, mechanism } = c.build();
    const r = await run(pack, nodes, { preview: true });
    expect(r.flows).toHaveLength(1);
    expectFlow(r.flows[0], {
      source,
      level: "advisory",
      contains: [
        "may send data into a restricted destination",
        mechanism,
        "a destination that cannot be known during preview",
        "unknownRegion is 'defer'",
      ],
    });
  });

  test.each(cases.map((c) => [c.name, c] as const))("%s: mandatory with unknownRegion violation", async (_name, c) => {
    await pack.configure(sharedConfig(info, { unknownRegion: "violation" }));
    const { source, nodes, mechanism } = c.build();
    const r = await run(pack, nodes, { preview: true });
    expect(r.flows).toHaveLength(1);
    expectFlow(r.flows[0], {
      source,
      level: "mandatory",
      contains: [
        "sends data into a restricted destination",
        mechanism,
        "a destination that cannot be known during preview",
        "unknownRegion is 'violation'",
      ],
    });
  });

  /** Two source buckets in us-east-1, one tagged as U.S.-person data and one not, both replicating into Hong Kong. */
  function twoSources(): { orders: Node; scratch: Node; nodes: Node[] } {
    const orders = bucket("orders", awsDefault, "us-east-1");
    const scratch = bucket("scratch", awsDefault, "us-east-1", { team: "orders", purpose: "scratch" });
    const hk = bucket("dr-hk", awsHk, "ap-east-1", { team: "orders" });
    return {
      orders,
      scratch,
      nodes: [
        orders,
        scratch,
        hk,
        replicationRole,
        replicationConfig("orders-to-hk", orders, hk.outputs["arn"], [urn(hk)]),
        replicationConfig("scratch-to-hk", scratch, hk.outputs["arn"], [urn(hk)]),
      ],
    };
  }

  /** An active exemption of the first source's disaster-recovery copy. */
  const drExemption = (source: Node) => ({
    id: "EXC-DR-7",
    resources: [urn(source)],
    reason: "approved disaster-recovery copy, data pseudonymised",
    approvedBy: "security@example.com",
    ticket: "SEC-3107",
    expires: "2027-03-31",
  });

  test("an active exemption on the source suppresses its flow; the other source is still reported", async () => {
    const { orders, scratch, nodes } = twoSources();
    await pack.configure(sharedConfig(info, { exemptions: [drExemption(orders)] }));
    const r = await run(pack, nodes);
    expect(r.flows).toHaveLength(1);
    expectFlow(r.flows[0], { source: scratch, contains: ["'dr-hk'", "restricted jurisdiction HK"] });
  });

  // An exemption whose only effect is to suppress a data flow is in use: calling it unused would advise
  // removing it, which turns the suppressed flow back into a mandatory violation.
  test("exemption-review does not call an exemption unused while it suppresses a data flow", async () => {
    const { orders, nodes } = twoSources();
    await pack.configure(sharedConfig(info, { exemptions: [drExemption(orders)] }));
    const r = await run(pack, nodes);
    expect(r.flows.map((d) => d.urn)).not.toContain(urn(orders));
    const review = r.stack.filter((d) => d.policyName === "exemption-review" && d.message.includes("EXC-DR-7"));
    expect(review).toHaveLength(1);
    expect(review[0]!.message).not.toContain("matched no resource");
  });

  test("an expired exemption on the source is not honoured, and the message names it", async () => {
    const { orders, scratch, nodes } = twoSources();
    await pack.configure(
      sharedConfig(info, {
        exemptions: [{ id: "EXC-DR-6", resources: [urn(orders)], reason: "old disaster-recovery copy", expires: "2026-10-31" }],
      }),
    );
    const r = await run(pack, nodes);
    expect(r.flows.map((d) => d.urn).sort()).toEqual([urn(orders), urn(scratch)].sort());
    expectFlow(
      r.flows.find((d) => d.urn === urn(orders)),
      { source: orders, contains: ["Exemption EXC-DR-6 matches but expired on 2026-10-31"] },
    );
  });

  test("tagged scope: the untagged source's flow is not reported, the tagged one's is", async () => {
    const { orders, nodes } = twoSources();
    await pack.configure(sharedConfig(info, { scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["US-Person"] } }));
    const r = await run(pack, nodes);
    expect(r.flows).toHaveLength(1);
    expectFlow(r.flows[0], { source: orders, contains: ["'dr-hk'", "restricted jurisdiction HK"] });
  });

  test("tagged scope with only an untagged source: no flow at all", async () => {
    const { scratch, nodes } = twoSources();
    await pack.configure(sharedConfig(info, { scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] } }));
    const r = await run(
      pack,
      nodes.filter((n) => n.input.name !== "orders" && n.input.name !== "orders-to-hk"),
    );
    expect(r.flows).toEqual([]);
    expect(r.analyze[scratch.input.name]).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 12: linear cost
// ---------------------------------------------------------------------------

describe("restricted-data-flow over the protocol: large stacks (their cost, linear in the stack, is measured by npm run bench)", () => {
  const groupSize = 10;

  /**
   * A realistic mix in groups of ten: a source bucket and its versioning, a
   * destination bucket (every tenth group in Hong Kong, else us-west-2), the
   * replication between them, a DynamoDB table with a us-west-2 replica, an
   * SQS queue, a Lambda reading the bucket, a VPC and a subnet.
   * `prefix` keeps the URNs of different stacks apart.
   */
  function generated(n: number, prefix: string): { nodes: Node[]; expectedFlows: number } {
    const nodes: Node[] = [];
    let expectedFlows = 0;
    for (let i = 0; nodes.length + groupSize <= n; i++) {
      const p = `${prefix}${i}`;
      const hk = i % 10 === 0;
      const src = bucket(`data-${p}`, awsDefault, "us-east-1");
      const dst = bucket(`replica-${p}`, hk ? awsHk : awsWest, hk ? "ap-east-1" : "us-west-2");
      const repl = node(
        "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
        `repl-${p}`,
        {
          bucket: src.outputs["id"],
          role: replicationRole.outputs["arn"],
          rules: [
            {
              id: "all",
              status: "Enabled",
              filter: {},
              deleteMarkerReplication: { status: "Enabled" },
              destination: { bucket: dst.outputs["arn"] },
            },
          ],
        },
        { provider: awsDefault, propDeps: { bucket: [urn(src)], rules: [urn(dst)] }, outputs: { id: src.outputs["id"] } },
      );
      const vpc = node(
        "aws:ec2/vpc:Vpc",
        `vpc-${p}`,
        { cidrBlock: "10.0.0.0/16", tags: usPerson },
        { provider: awsDefault, outputs: { id: `vpc-${p}`, arn: `arn:aws:ec2:us-east-1:${acct}:vpc/vpc-${p}` } },
      );
      nodes.push(
        src,
        versioning(src, awsDefault),
        dst,
        repl,
        node(
          "aws:dynamodb/table:Table",
          `tbl-${p}`,
          {
            name: `tbl-${p}`,
            hashKey: "id",
            attributes: [{ name: "id", type: "S" }],
            streamEnabled: true,
            streamViewType: "NEW_AND_OLD_IMAGES",
            replicas: [{ regionName: "us-west-2" }],
            tags: usPerson,
          },
          { provider: awsDefault, outputs: { id: `tbl-${p}`, arn: `arn:aws:dynamodb:us-east-1:${acct}:table/tbl-${p}` } },
        ),
        node(
          "aws:sqs/queue:Queue",
          `q-${p}`,
          { name: `q-${p}`, visibilityTimeoutSeconds: 30, tags: usPerson },
          {
            provider: awsDefault,
            outputs: { id: `https://sqs.us-east-1.amazonaws.com/${acct}/q-${p}`, arn: `arn:aws:sqs:us-east-1:${acct}:q-${p}` },
          },
        ),
        node(
          "aws:lambda/function:Function",
          `fn-${p}`,
          {
            runtime: "nodejs20.x",
            handler: "index.handler",
            role: replicationRole.outputs["arn"],
            environment: { variables: { BUCKET: src.outputs["id"], STAGE: "prod" } },
            tags: usPerson,
          },
          {
            provider: awsDefault,
            propDeps: { environment: [urn(src)] },
            outputs: { id: `fn-${p}`, arn: `arn:aws:lambda:us-east-1:${acct}:function:fn-${p}` },
          },
        ),
        vpc,
        node(
          "aws:ec2/subnet:Subnet",
          `subnet-${p}`,
          { vpcId: vpc.outputs["id"], cidrBlock: "10.0.1.0/24", availabilityZone: "us-east-1a", tags: usPerson },
          { provider: awsDefault, propDeps: { vpcId: [urn(vpc)] }, outputs: { id: `subnet-${p}` } },
        ),
        node(
          "aws:cloudwatch/logGroup:LogGroup",
          `logs-${p}`,
          { name: `/aws/lambda/fn-${p}`, retentionInDays: 14, tags: usPerson },
          {
            provider: awsDefault,
            outputs: { id: `/aws/lambda/fn-${p}`, arn: `arn:aws:logs:us-east-1:${acct}:log-group:/aws/lambda/fn-${p}` },
          },
        ),
      );
      if (hk) expectedFlows++;
    }
    return { nodes, expectedFlows };
  }

  /** AnalyzeStack in a fresh pack process (after a small warm-up stack). */
  async function analyseStack(n: number): Promise<{ flows: number; expectedFlows: number }> {
    const pack = await startPack({ now: NOW });
    try {
      const info = await pack.getAnalyzerInfo();
      await pack.configure(sharedConfig(info, {}));
      await pack.configureStack({}, { dryRun: false });
      const toResources = (nodes: Node[]) =>
        stackOf(nodes).map((x) => ({ ...x.input, properties: { ...x.input.properties, ...x.outputs } }));
      const warm = await pack.analyzeStack(toResources(generated(200, "w").nodes));
      expect(warm.filter((d) => d.policyName === FLOW)).toHaveLength(2);
      const { nodes, expectedFlows } = generated(n, "g");
      const resources = toResources(nodes);
      const ds = await analyzeStackWithDeadline(pack, resources, 100_000);
      return { flows: ds.filter((d) => d.policyName === FLOW).length, expectedFlows };
    } finally {
      await pack.close();
    }
  }

  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  test("AnalyzeStack over 5,000 and 50,000 mixed resources: every flow found, findings scale", async () => {
    const small = await analyseStack(5_000);
    const large = await analyseStack(50_000);
    expect(small.flows).toBe(small.expectedFlows);
    expect(large.flows).toBe(large.expectedFlows);
    expect(small.expectedFlows).toBe(50);
    expect(large.expectedFlows).toBe(500);
  }, 120_000);
});
