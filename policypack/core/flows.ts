/**
 * Data flows: how U.S.-person data leaves an in-scope resource for a
 * restricted provider or jurisdiction — replication, geo-redundancy, read
 * replicas, backup copies, key replicas, network peering, and plain
 * references (a property value, a property dependency, a dependency, an
 * endpoint host).
 *
 * One pass builds one index of the stack (by URN, ARN, id, S3 bucket name,
 * RDS identifier, Azure resource name, GCP network name); a second pass asks
 * each resource's type-specific extractor for its flow edges and scans the
 * rest of its properties for references; two small post-passes group
 * Aurora global clusters and GCP subnets by network. Every lookup is a Map
 * hit and every walk is bounded, so the cost is linear in the stack.
 *
 * A finding names the data SOURCE (the resource whose data moves; when the
 * source cannot be resolved, the resource that declares the flow) and, in
 * `destination`, where the data goes: URN and type when the destination is in
 * the stack, package, region, jurisdictions and `via` (mechanism, declaring
 * URN and property path). Reasons are static text plus region identifiers,
 * resource names and URNs — never other property values.
 *
 * Rules: the source must be in scope; its exemption (or the declaring
 * resource's) applies; a destination that cannot be known during preview
 * follows `unknownRegion`; before the determination's effective date a flow
 * is reported as restricted-data-flow but not blocking. Fails closed: if the
 * analysis of a resource throws and the resource has a restricted-looking
 * reference, a finding with `error` is still returned.
 */
import { isProviderType, locate, packageOfType } from "../catalog";
import { secondaryRegionOf } from "../catalog/pairs";
import { errorSummary } from "./decide";
import { matchExemption, utcDay } from "./exemptions";
import { hasOwn, isRecord, own, pathText, safeIdentifier, type Props } from "./props";
import { endpointHitOf, endpointWalkMaxDepth, endpointWalkMaxStrings, findEndpointSignals, placeOf, resolveRegion, type EndpointHit, type Place, type RegionResolution } from "./region";
import { inScope, tagProperties, type ScopeDecision } from "./scope";
import type { Determination } from "../determination/types";
import type { Clock, Finding, ResourceView, Settings } from "./types";
import { isUnknown } from "./unknown";

// ---------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------

/** Items of a value that may be a list or a single object (bridged max-1 blocks). */
function items(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v.length > 256 ? v.slice(0, 256) : v;
  return isRecord(v) ? [v] : [];
}

/** A known, non-empty string, or undefined. */
function knownString(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 0 && !isUnknown(v) ? v : undefined;
}

const tagPropertySet: ReadonlySet<string> = new Set(tagProperties);

function lower(s: string): string {
  return s.toLowerCase();
}

/**
 * Fields a view may carry beyond `ResourceView` (stack policies and state
 * exports know them): `id`, `dependencies` and `propertyDependencies` as
 * URNs. Read through `own`, so absent fields cost nothing.
 */
function viewId(view: ResourceView): string | undefined {
  return knownString(own(view, "id")) ?? knownString(own(view.inputs, "id"));
}

function urnsOf(v: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(v)) return out;
  for (let i = 0; i < v.length && i < 256; i++) {
    const d: unknown = v[i];
    const urn = typeof d === "string" ? d : knownString(own(d, "urn"));
    if (urn && urn.startsWith("urn:pulumi:")) out.push(urn);
  }
  return out;
}

function dependenciesOf(view: ResourceView): string[] {
  return urnsOf(own(view, "dependencies"));
}

function propertyDependenciesOf(view: ResourceView, key: string): string[] {
  return urnsOf(own(own(view, "propertyDependencies"), key));
}

interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly resource: string;
}

/** arn:partition:service:region:account:resource */
function parseArn(s: string): Arn | undefined {
  if (!s.startsWith("arn:") || s.length > 2048) return undefined;
  const parts = s.split(":");
  if (parts.length < 6) return undefined;
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]!, resource: parts.slice(5).join(":") };
}

/** Azure resource id → lower-case keys for its last one and two `type/name` pairs. */
function azureIdKeys(id: string): string[] {
  if (id.length > 2048) return [];
  const segs = id.split("/").filter((s) => s.length > 0);
  const p = segs.findIndex((s) => lower(s) === "providers");
  if (p < 0) {
    // A resource group id: /subscriptions/<s>/resourceGroups/<name>
    const rg = segs.findIndex((s) => lower(s) === "resourcegroups");
    return rg >= 0 && segs[rg + 1] ? [`resourcegroups/${lower(segs[rg + 1]!)}`] : [];
  }
  const pairs = segs.slice(p + 2); // skip "providers", namespace
  const keys: string[] = [];
  const n = Math.floor(pairs.length / 2);
  if (n >= 2) keys.push(lower(pairs.slice((n - 2) * 2, n * 2).join("/")));
  if (n >= 1) keys.push(lower(pairs.slice((n - 1) * 2, n * 2).join("/")));
  return keys;
}

/** The network name of a GCP network reference (self link, relative name or plain name). */
function gcpNetworkName(ref: string): string | undefined {
  const at = ref.lastIndexOf("networks/");
  const name = at >= 0 ? ref.slice(at + "networks/".length) : ref.indexOf("/") < 0 ? ref : undefined;
  return name && name.indexOf("/") < 0 ? lower(name) : undefined;
}

// ---------------------------------------------------------------------------
// The stack index
// ---------------------------------------------------------------------------

/** Azure types addressable by name: type → [collection path, name keys (last is the leaf)]. */
const azureNamed: ReadonlyMap<string, { readonly collection: string; readonly name: readonly string[]; readonly parent?: { readonly collection: string; readonly keys: readonly string[] } }> = new Map([
  ["azure-native:sql:Server", { collection: "servers", name: ["serverName", "name"] }],
  ["azure:mssql/server:Server", { collection: "servers", name: ["name"] }],
  ["azure:sql/sqlServer:SqlServer", { collection: "servers", name: ["name"] }],
  ["azure-native:sql:Database", { collection: "databases", name: ["databaseName", "name"], parent: { collection: "servers", keys: ["serverName"] } }],
  ["azure:mssql/database:Database", { collection: "databases", name: ["name"], parent: { collection: "servers", keys: ["serverId"] } }],
  ["azure-native:network:VirtualNetwork", { collection: "virtualnetworks", name: ["virtualNetworkName", "name"] }],
  ["azure:network/virtualNetwork:VirtualNetwork", { collection: "virtualnetworks", name: ["name"] }],
  ["azure-native:resources:ResourceGroup", { collection: "resourcegroups", name: ["resourceGroupName", "name"] }],
  ["azure:core/resourceGroup:ResourceGroup", { collection: "resourcegroups", name: ["name"] }],
]);

const s3BucketTypes: ReadonlySet<string> = new Set(["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"]);
const rdsIdentifierKey: ReadonlyMap<string, string> = new Map([
  ["aws:rds/instance:Instance", "identifier"],
  ["aws:rds/cluster:Cluster", "clusterIdentifier"],
  ["aws:rds/globalCluster:GlobalCluster", "globalClusterIdentifier"],
]);

/**
 * A hash of a string's length and its first, middle and last characters,
 * lower-cased, for the filters below; -1 when one of those characters is not
 * ASCII. Lower-casing maps ASCII to ASCII and keeps every position, except for
 * U+0130 (İ), whose lower case is two characters ("i" and U+0307): the hash
 * tells lower-cased equality only against keys without U+0307, and a filter
 * switches itself off when a key has one. Equal strings have equal hashes, so
 * the same filter serves keys matched as given (ARNs) and lower-cased (ids).
 */
function sampleHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let a = s.charCodeAt(0);
  let b = s.charCodeAt(n >> 1);
  let c = s.charCodeAt(n - 1);
  if ((a | b | c) >= 128) return -1;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  if (c >= 65 && c <= 90) c += 32;
  let h = Math.imul(n, 0x9e3779b1) ^ (a << 14) ^ (b << 7) ^ c;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & 0xffff;
}

/** A combining dot above: a key with one may be the lower case of a value with U+0130. */
const combiningDot = "\u0307";

/**
 * One bit per `sampleHash` of a set of keys: a clear bit means no key can
 * equal the value, as given or lower-cased — unless `off`, when a key holds
 * U+0307 and every value may.
 */
class SampleFilter {
  private readonly bits = new Int32Array(2048);
  private off = false;

  add(key: string): void {
    if (key.includes(combiningDot)) this.off = true;
    const h = sampleHash(key);
    if (h >= 0) this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  /** Whether a value of this `sampleHash` (or -1) may equal a key. */
  mayHoldHash(h: number): boolean {
    return this.off || h < 0 || (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

/** Resources by one kind of key; `null` marks an ambiguous key (two resources claim it). */
class KeyMap {
  private readonly map = new Map<string, ResourceView | null>();

  /**
   * `filter`: this map's keys, for `mayHold` (the small index of destinations
   * has one; the full index needs none); `shared`: a filter of several maps'
   * keys, which every key is added to as well.
   */
  constructor(
    private readonly filter?: SampleFilter,
    private readonly shared?: SampleFilter,
  ) {}

  add(key: string, view: ResourceView): void {
    const prev = this.map.get(key);
    if (prev === undefined) {
      this.map.set(key, view);
      this.filter?.add(key);
      this.shared?.add(key);
    } else if (prev !== null && prev.urn !== view.urn) this.map.set(key, null);
  }

  /**
   * False when no key can equal `value` (as given, or lower-cased for a map of
   * lower-case keys), told from a few of its characters without hashing or
   * lower-casing it: most values of a stack name no destination.
   */
  mayHold(value: string): boolean {
    if (this.map.size === 0) return false;
    return !this.filter || this.filter.mayHoldHash(sampleHash(value));
  }

  get(key: string): ResourceView | undefined {
    return this.map.get(key) ?? undefined;
  }

  /** The resource that claims `key`: `null` when several do, undefined when none does. */
  peek(key: string): ResourceView | null | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * Resources by every identifier other than the URN that a reference can
 * use, one map per kind of key. Keys are the identifiers themselves
 * (lower-cased where matching is case-insensitive; lower-casing a string
 * that is already lower case returns it unchanged), never prefixed copies,
 * so probing it builds no key string.
 */
class StackIndex {
  /** By ARN, as given. */
  readonly arn: KeyMap;
  /** By cloud id (and GCP network self link), lower-cased. */
  readonly id: KeyMap;
  /** By S3 bucket name, as given. */
  readonly s3 = new KeyMap();
  /** By RDS identifier, lower-cased. */
  readonly rds = new KeyMap();
  /** By the lower-cased `collection/name` tail of an Azure resource id ("servers/sql-primary", "resourcegroups/rg"). */
  readonly azure = new KeyMap();
  /** By GCP network name, lower-cased. */
  readonly gcpNetwork: KeyMap;

  /**
   * `probed` (the index of destinations): the keys a plain value is probed
   * with (ARN, id, GCP network) get a filter per map and are added to this
   * shared one as well.
   */
  constructor(probed?: SampleFilter) {
    this.arn = new KeyMap(probed && new SampleFilter(), probed);
    this.id = new KeyMap(probed && new SampleFilter(), probed);
    this.gcpNetwork = new KeyMap(probed && new SampleFilter(), probed);
  }

  addView(view: ResourceView): void {
    const inputs = view.inputs;
    const arn = knownString(own(inputs, "arn"));
    if (arn) this.arn.add(arn, view);
    const id = viewId(view);
    if (id) {
      this.id.add(lower(id), view);
      if (id.startsWith("/subscriptions/")) for (const k of azureIdKeys(id)) this.azure.add(k, view);
    }
    if (s3BucketTypes.has(view.type)) {
      const b = knownString(own(inputs, "bucket"));
      if (b) this.s3.add(b, view);
    }
    const rdsKey = rdsIdentifierKey.get(view.type);
    if (rdsKey) {
      const ident = knownString(own(inputs, rdsKey));
      if (ident) this.rds.add(lower(ident), view);
    }
    const az = azureNamed.get(view.type);
    if (az) {
      let name: string | undefined;
      for (const k of az.name) if ((name = knownString(own(inputs, k)))) break;
      if (name) {
        this.azure.add(`${az.collection}/${lower(name)}`, view);
        if (az.parent) {
          let parent: string | undefined;
          for (const k of az.parent.keys) if ((parent = knownString(own(inputs, k)))) break;
          if (parent) {
            const parentName = parent.startsWith("/subscriptions/") ? azureIdKeys(parent).at(-1)?.split("/")[1] : lower(parent);
            if (parentName) this.azure.add(`${az.parent.collection}/${parentName}/${az.collection}/${lower(name)}`, view);
          }
        }
      }
    }
    if (view.type === "gcp:compute/network:Network") {
      const name = knownString(own(inputs, "name"));
      if (name) this.gcpNetwork.add(lower(name), view);
      const link = knownString(own(inputs, "selfLink"));
      if (link) this.id.add(lower(link), view);
    }
  }
}

type RefKind = "s3" | "rds" | "azure" | "gcp-network";

/** Kinds of key a plain property value is looked up by (besides URN, ARN and id). */
const referenceKinds: readonly RefKind[] = ["azure", "gcp-network"];

type Ref =
  | { readonly kind: "none" }
  | { readonly kind: "unknown" }
  | { readonly kind: "view"; readonly view: ResourceView }
  | { readonly kind: "external"; readonly value: string };

const none: Ref = { kind: "none" };

// ---------------------------------------------------------------------------
// Destinations and their verdicts
// ---------------------------------------------------------------------------

type DestSpec =
  | { readonly kind: "view"; readonly view: ResourceView }
  | { readonly kind: "places"; readonly pkg: string; readonly resolution: RegionResolution; readonly label: string }
  | { readonly kind: "vendor"; readonly pkg?: string; readonly host: string; readonly jurisdiction?: string };

interface Edge {
  /** Static label of the mechanism, e.g. "S3 replication". */
  readonly mechanism: string;
  /** Property path on the declaring resource, e.g. "input:rules[0].destination.bucket". */
  readonly path: string;
  /** The resource whose data moves, when not the declaring resource. */
  readonly source?: ResourceView;
  /** Where the source is, when it is known only from a reference (an ARN's region). */
  readonly sourcePlaces?: RegionResolution;
  /** The source could not be known during preview. */
  readonly sourceUnknown?: boolean;
  /** The source lies outside the stack (its region is not known). */
  readonly sourceExternal?: boolean;
  readonly dest: DestSpec;
  /** The resource spreads its own data over several locations (multi-region): never suppressed by its own region. */
  readonly selfPlacement?: boolean;
}

interface Extracted {
  readonly edges: Edge[];
  /** Top-level input keys the extractor has analysed (the generic reference scan skips them). */
  readonly handled: readonly string[];
}

const nothingExtracted: Extracted = { edges: [], handled: [] };
/** The inputs of an S3 bucket that can replicate it (the legacy inline configuration). */
const s3ReplicationKeys: readonly string[] = ["replicationConfiguration", "replicationConfigurations"];

/**
 * The types `extract` (or the post-pass: GCP peering and subnets, Aurora
 * global clusters) reads the inputs of: what `add` tells its caller to keep.
 * For a few common types, the top-level keys it reads, when it reads no
 * other and finds nothing without them: a resource that has none of them is
 * not extracted from, and needs no inputs kept. A test checks that this
 * names every type `extract` handles.
 */
export const typesWithOwnAnalysis: ReadonlyMap<string, readonly string[] | undefined> = new Map(
  [
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    "aws:s3/bucket:Bucket",
    "aws:s3/bucketV2:BucketV2",
    "aws:dynamodb/table:Table",
    "aws:dynamodb/tableReplica:TableReplica",
    "aws:rds/instance:Instance",
    "aws:rds/cluster:Cluster",
    "aws:rds/globalCluster:GlobalCluster",
    "aws:kms/replicaKey:ReplicaKey",
    "aws:kms/replicaExternalKey:ReplicaExternalKey",
    "aws:backup/plan:Plan",
    "aws:ec2/vpcPeeringConnection:VpcPeeringConnection",
    "aws:ec2transitgateway/peeringAttachment:PeeringAttachment",
    "azure-native:storage:StorageAccount",
    "azure:storage/account:Account",
    "azure-native:sql:Database",
    "azure:mssql/database:Database",
    "azure-native:sql:FailoverGroup",
    "azure:mssql/failoverGroup:FailoverGroup",
    "azure-native:network:VirtualNetworkPeering",
    "azure:network/virtualNetworkPeering:VirtualNetworkPeering",
    "azure-native:network:VirtualNetwork",
    "gcp:storage/bucket:Bucket",
    "gcp:compute/subnetwork:Subnetwork",
    "gcp:compute/networkPeering:NetworkPeering",
  ].map((t): [string, readonly string[] | undefined] => [t, s3BucketTypes.has(t) ? s3ReplicationKeys : undefined]),
);

interface Verdict {
  readonly status: "restricted" | "unknown" | "clear";
  readonly pkg?: string;
  readonly region?: string;
  readonly jurisdictions?: readonly string[];
  readonly restricted: readonly string[];
  readonly providerReason?: string;
  readonly effective?: string;
  readonly regionSource?: string;
}

function placesRegion(places: readonly Place[], restricted: ReadonlySet<string>): string | undefined {
  const pick = places.filter((p) => p.jurisdictions.some((j) => restricted.has(j)));
  const use = pick.length ? pick : places;
  const names = [...new Set(use.map((p) => p.region ?? p.raw))];
  return names.length ? names.slice(0, 8).join("+") : undefined;
}

function union(places: readonly Place[]): string[] {
  const s = new Set<string>();
  for (const p of places) for (const j of p.jurisdictions) s.add(j);
  return [...s];
}

function placeOfArn(arn: Arn, det: Determination): Place | undefined {
  if (arn.region) return placeOf("aws", arn.region, det);
  if (arn.partition === "aws-cn") return { raw: "aws-cn", region: "aws-cn", jurisdictions: ["CN"], recognised: true };
  return undefined;
}

// ---------------------------------------------------------------------------
// Probes: what a resource's values could name, noted as it is added
// ---------------------------------------------------------------------------

/** A probe that always calls for the reference analysis. */
const probeAlways = -1;
/** A probe naming an Azure resource id: calls for the analysis when the stack has Azure destinations. */
const probeAzure = -2;
/** Strings a probe walk reads before it gives up and calls for the analysis (the analysis reads 256). */
const probeStringBudget = 1024;

interface ProbeWalk {
  budget: number;
  always: boolean;
  readonly det: Determination;
  readonly out: number[];
}

const noPath: readonly (string | number)[] = [];

/**
 * Notes in `out`, for one resource, what `referenceEdges` could act on, as
 * numbers read again once the stack's destinations are known: the
 * `sampleHash` of every value it would probe for a destination (property
 * values, property dependencies, dependencies), `probeAzure` for an Azure
 * resource id, and `probeAlways` for what needs no index to matter (an ARN
 * or endpoint host in a restricted place or of a restricted vendor, a value
 * that cannot be hashed, or more values than the budget). It reads more than
 * `referenceEdges` does (every top-level key but tags, deeper for endpoints,
 * more strings), so a resource with no matching note has no reference edge.
 * (A GCP network named inside a longer value is not noted: a stack with a
 * GCP network destination has every resource analysed, see `mayReference`.)
 */
function collectProbes(r: ResourceView, det: Determination, out: number[]): void {
  const w: ProbeWalk = { budget: probeStringBudget, always: false, det, out };
  walkProbes(r.inputs, 0, w);
  if (w.always) {
    out.push(probeAlways);
    return;
  }
  const pd = own(r, "propertyDependencies");
  if (isRecord(pd)) for (const k of Object.keys(pd).slice(0, 256)) for (const u of urnsOf(own(pd, k))) out.push(sampleHash(u));
  for (const u of dependenciesOf(r)) out.push(sampleHash(u));
}

function walkProbes(v: unknown, depth: number, w: ProbeWalk): void {
  if (w.always || depth > 6) return;
  if (typeof v === "string") {
    if (--w.budget < 0) w.always = true;
    else probeString(v, depth, w);
    return;
  }
  if (typeof v !== "object" || v === null) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && !w.always; i++) walkProbes(v[i], depth + 1, w);
    return;
  }
  // for-in with an own-property check: the keys Object.keys lists, in its order, without allocating the list.
  for (const k in v) {
    if (w.always) return;
    if (!hasOwn.call(v, k) || (depth === 0 && tagPropertySet.has(k))) continue;
    walkProbes((v as Props)[k], depth + 1, w);
  }
}

function probeString(v: string, depth: number, w: ProbeWalk): void {
  const det = w.det;
  if (depth <= endpointWalkMaxDepth) {
    const hit = endpointHitOf(v, "input", noPath);
    if (hit && ((hit.vendorPackage !== undefined && det.providers.has(hit.vendorPackage)) || (hit.jurisdiction !== undefined && det.jurisdictions.has(hit.jurisdiction)))) {
      w.always = true;
      return;
    }
  }
  if (v.length < 8 || v.length > 2048 || isUnknown(v)) return;
  if (v.startsWith("arn:")) {
    const arn = parseArn(v);
    const place = arn ? placeOfArn(arn, det) : undefined;
    if (place && place.jurisdictions.some((j) => det.jurisdictions.has(j))) {
      w.always = true;
      return;
    }
  }
  if (v.startsWith("/subscriptions/")) w.out.push(probeAzure);
  const h = sampleHash(v);
  if (h < 0) {
    w.always = true;
    return;
  }
  w.out.push(h);
}

/** azure-native resources without a location of their own default to their resource group's (see `locateView`). */
function placedByResourceGroup(view: ResourceView, resolution: RegionResolution): boolean {
  return resolution.status === "absent" && packageOfType(view.type) === "azure-native";
}

// ---------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------

const controlPlanePrefixes = ["aws:iam/", "azure-native:authorization:", "azuread:", "gcp:projects/", "gcp:serviceaccount/", "gcp:organizations/"];
function isControlPlane(type: string): boolean {
  return controlPlanePrefixes.some((p) => type.startsWith(p));
}

function isInert(type: string): boolean {
  return type.startsWith("pulumi:") || isProviderType(type);
}

const geoSkus: ReadonlySet<string> = new Set(["standard_grs", "standard_ragrs", "standard_gzrs", "standard_ragzrs", "grs", "ragrs", "gzrs", "ragzrs"]);

class FlowAnalysis {
  /** Every resource by URN (the last one when a URN repeats): built on first use (see `byUrn`). */
  private urnIndex: Map<string, ResourceView> | undefined;
  /** Every resource by its other identifiers: built on first use (see `index`). */
  private fullIndex: StackIndex | undefined;
  /**
   * The resources a plain reference could make a flow into: restricted
   * destinations, and those whose verdict cannot be computed (the
   * referring resource then fails closed, as it would when judging them).
   * The generic reference scan probes this small index with the raw value
   * and asks the full index, whose answer (precedence between kinds of key,
   * ambiguity) is the one that counts, only when the value may name one of
   * them: most stacks never build the full index.
   */
  private readonly destinations: StackIndex;
  /** The destinations by URN (the last one when a URN repeats). */
  private readonly destinationsByUrn = new Map<string, ResourceView>();
  /**
   * The `sampleHash` of every key a plain value is probed with in
   * `destinations` (ARN, id, GCP network name) and of every destination URN:
   * a value whose hash is not here names no destination.
   */
  private readonly destinationFilter = new SampleFilter();
  /** The resources, in order. */
  private readonly resources: ResourceView[] = [];
  /** Per resource (by position): where its probes start in `probes` (see `collectProbes`). */
  private readonly probeStart: number[] = [];
  private readonly probes: number[] = [];
  /** Per resource (by position): of a type in `typesWithOwnAnalysis`, with none of the keys it lists (`extract` finds nothing). */
  private readonly idle: boolean[] = [];
  /** Resources whose destination check waits for the whole stack (see `placedByStack`). */
  private readonly deferred: ResourceView[] = [];
  private readonly regions = new Map<ResourceView, RegionResolution>();
  private readonly verdicts = new Map<ResourceView, Verdict>();
  private readonly scopes = new Map<ResourceView, ScopeDecision>();
  private readonly seen = new Set<string>();
  readonly out: Finding[] = [];
  /** Aurora global clusters: group key → members. */
  private readonly globalGroups = new Map<string, { members: ResourceView[]; primary?: ResourceView }>();
  /** GCP subnets by network URN. */
  private readonly subnetsByNetwork = new Map<string, ResourceView[]>();
  private readonly gcpSubnets: ResourceView[] = [];
  private readonly rdsClusters: ResourceView[] = [];
  private readonly globalClusters: ResourceView[] = [];
  private readonly peerings: ResourceView[] = [];

  constructor(
    private readonly settings: Settings,
    private readonly today: string,
    private readonly clockError: string | undefined,
    /** Run the reference analysis on every resource, probes or not (tests check the probes against it). */
    private readonly exhaustive: boolean,
  ) {
    this.destinations = new StackIndex(this.destinationFilter);
  }

  /**
   * Takes one resource of the stack: indexes it (by URN; as a destination
   * when it is one) and notes what its property values could name
   * (`collectProbes`). Everything here reads the resource alone, so a caller
   * that has just read it (the scan, building it) finds it in the cache.
   */
  add(r: ResourceView): boolean {
    this.resources.push(r);
    this.idle.push(false);
    // The lazily built indexes stay complete if something built them already.
    this.urnIndex?.set(r.urn, r);
    if (this.fullIndex) this.addToFullIndex(this.fullIndex, r);
    // A resource placed through another one (an Azure resource without a location takes its resource
    // group's) is judged once every resource is known, as that one may come later.
    const deferred = this.placedByStack(r);
    let destination = false;
    if (deferred) this.deferred.push(r);
    else destination = this.indexDestination(r);
    this.probeStart.push(this.probes.length);
    try {
      collectProbes(r, this.settings.determination, this.probes);
    } catch {
      this.probes.push(probeAlways); // unreadable: the analysis reads it, and reports what it finds
    }
    // What `finish` reads: resources placed late, and, unless restricted-provider covers them, destinations
    // (their own values name themselves, so their references are read) and types with an analysis of their own.
    if (deferred) return true;
    if (this.settings.determination.providers.has(packageOfType(r.type))) return false;
    const keys = typesWithOwnAnalysis.get(r.type);
    if (keys !== undefined && !keys.some((k) => own(r.inputs, k) !== undefined)) this.idle[this.resources.length - 1] = true; // `extract` would find nothing
    else if (typesWithOwnAnalysis.has(r.type)) return true;
    return destination;
  }

  /** The findings, once every resource has been added. */
  finish(): Finding[] {
    this.probeStart.push(this.probes.length);
    for (const r of this.deferred) this.indexDestination(r);
    for (let i = 0; i < this.resources.length; i++) {
      const r = this.resources[i]!;
      if (r.type === "gcp:compute/subnetwork:Subnetwork") this.gcpSubnets.push(r);
      else if (r.type === "aws:rds/cluster:Cluster") this.rdsClusters.push(r);
      else if (r.type === "aws:rds/globalCluster:GlobalCluster") this.globalClusters.push(r);
      this.analyseResource(r, i);
    }
    this.guard(undefined, () => this.groupSubnets());
    for (const p of this.peerings) this.guard(p, () => this.emitAll(p, this.gcpPeeringEdges(p)));
    this.guard(undefined, () => this.globalClusterFlows());
    return this.out;
  }

  /**
   * Whether the values of resource `i` may name a destination, or hold a
   * restricted ARN or endpoint (see `collectProbes`): when not,
   * `referenceEdges` would find nothing, and is not run.
   */
  private mayReference(i: number): boolean {
    // A GCP network destination is named by a part of a value (".../networks/<name>"), which probes do not note.
    if (this.exhaustive || this.destinations.gcpNetwork.size > 0) return true;
    const end = this.probeStart[i + 1]!;
    for (let k = this.probeStart[i]!; k < end; k++) {
      const h = this.probes[k]!;
      if (h === probeAlways) return true;
      if (h === probeAzure) {
        if (this.destinations.azure.size > 0) return true;
      } else if (this.destinationFilter.mayHoldHash(h)) return true;
    }
    return false;
  }

  /**
   * Every resource by URN. Only a value or dependency that is a URN is looked
   * up this way, and most stacks have none that could matter, so the map is
   * built on first use. Verdicts, regions and scopes are kept per resource,
   * not per URN, so a URN that repeats (an ill-formed state) cannot lend one
   * copy's verdict to the other.
   */
  private get byUrn(): Map<string, ResourceView> {
    if (!this.urnIndex) {
      this.urnIndex = new Map();
      for (const r of this.resources) this.urnIndex.set(r.urn, r);
    }
    return this.urnIndex;
  }

  private get index(): StackIndex {
    if (!this.fullIndex) {
      this.fullIndex = new StackIndex();
      for (const r of this.resources) this.addToFullIndex(this.fullIndex, r);
    }
    return this.fullIndex;
  }

  private addToFullIndex(index: StackIndex, r: ResourceView): void {
    try {
      index.addView(r);
    } catch {
      // An unreadable resource is still analysed, where a failure is reported.
    }
  }

  /** Whether `locateView` places `r` through the stack index (see there), so it can be judged only once all are added. */
  private placedByStack(r: ResourceView): boolean {
    if (isInert(r.type)) return false;
    try {
      return placedByResourceGroup(r, resolveRegion(r, this.settings.determination));
    } catch {
      return false; // indexDestination fails closed on the same error
    }
  }

  /** Indexes `r` when it is a destination; returns whether it is. */
  private indexDestination(r: ResourceView): boolean {
    if (isInert(r.type)) return false; // never a destination of a plain reference
    let candidate: boolean;
    try {
      candidate = this.isRestricted(r);
    } catch {
      candidate = true;
    }
    if (!candidate) return false;
    this.destinationsByUrn.set(r.urn, r);
    this.destinationFilter.add(r.urn);
    try {
      this.destinations.addView(r);
    } catch {
      // The full index stops at the same property, so both hold the same keys for it.
    }
    return true;
  }

  /** `judgeView(view).status === "restricted"`, without building or memoising the verdict. */
  private isRestricted(view: ResourceView): boolean {
    const det = this.settings.determination;
    if (det.providers.has(packageOfType(view.type))) return true;
    const where = this.locateView(view);
    if (where.status !== "known") return false;
    for (const p of where.places) for (const j of p.jurisdictions) if (det.jurisdictions.has(j)) return true;
    return false;
  }

  /**
   * What `lookup(value, referenceKinds)` could return, judged with
   * the same probes on the small index of destinations: "none" (no
   * destination), "self" (only `self`, which is never a new destination: a
   * resource often names its own id), or "maybe" (ask the full index).
   */
  private destinationNamedBy(value: string, self: ResourceView): "none" | "self" | "maybe" {
    if (value.startsWith("urn:pulumi:")) return this.destinationsByUrn.has(value) ? "maybe" : "none";
    const d = this.destinations;
    if (this.destinationsByUrn.size === 0) return "none";
    // A hit on `self` alone is "self"; any other hit (or an ambiguous key, null) is "maybe".
    let named: "none" | "self" = "none";
    let hit: ResourceView | null | undefined;
    if (value.startsWith("arn:") && d.arn.mayHold(value) && (hit = d.arn.peek(value)) !== undefined) {
      if (hit === null || hit.urn !== self.urn) return "maybe";
      named = "self";
    }
    if (d.id.mayHold(value) && (hit = d.id.peek(lower(value))) !== undefined) {
      if (hit === null || hit.urn !== self.urn) return "maybe";
      named = "self";
    }
    if (d.azure.size > 0 && value.startsWith("/subscriptions/")) return "maybe";
    if (d.gcpNetwork.size > 0) {
      const name = gcpNetworkName(value);
      if (name !== undefined && d.gcpNetwork.mayHold(name) && (hit = d.gcpNetwork.peek(name)) !== undefined) {
        if (hit === null || hit.urn !== self.urn) return "maybe";
        named = "self";
      }
    }
    return named;
  }

  // --- region / verdict memos -------------------------------------------------

  private regionOf(view: ResourceView): RegionResolution {
    let r = this.regions.get(view);
    if (!r) {
      r = this.locateView(view);
      this.regions.set(view, r);
    }
    return r;
  }

  private locateView(view: ResourceView): RegionResolution {
    let r = resolveRegion(view, this.settings.determination);
    if (placedByResourceGroup(view, r)) {
      const rg = knownString(own(view.inputs, "resourceGroupName"));
      const rgView = rg ? this.index.azure.get(`resourcegroups/${lower(rg)}`) : undefined;
      if (rgView && rgView.urn !== view.urn) {
        const viaRg = resolveRegion(rgView, this.settings.determination);
        if (viaRg.status === "known") r = { status: "known", source: `resource-group:${viaRg.source}`, places: viaRg.places };
        else if (viaRg.status === "unknown") r = { status: "unknown", source: `resource-group:${viaRg.source}` };
      }
    }
    return r;
  }

  private restrictedOf(places: readonly Place[]): string[] {
    const det = this.settings.determination;
    return union(places).filter((j) => det.jurisdictions.has(j));
  }

  private judge(pkg: string, resolution: RegionResolution): Verdict {
    const det = this.settings.determination;
    const rule = det.providers.get(pkg);
    if (rule) {
      const places = resolution.status === "known" ? resolution.places : [];
      return {
        status: "restricted",
        pkg,
        region: places.length ? placesRegion(places, det.jurisdictions) : undefined,
        jurisdictions: places.length ? union(places) : undefined,
        restricted: this.restrictedOf(places),
        providerReason: rule.reason,
        effective: rule.effective ?? det.effective,
        regionSource: resolution.status === "absent" ? undefined : resolution.source,
      };
    }
    if (resolution.status === "unknown") return { status: "unknown", pkg, restricted: [], regionSource: resolution.source };
    if (resolution.status !== "known") return { status: "clear", pkg, restricted: [] };
    const restricted = this.restrictedOf(resolution.places);
    // A clear verdict is only ever asked for its status: skip naming its places.
    if (!restricted.length) return { status: "clear", pkg, restricted };
    return {
      status: "restricted",
      pkg,
      region: placesRegion(resolution.places, det.jurisdictions),
      jurisdictions: union(resolution.places),
      restricted,
      effective: det.effective,
      regionSource: resolution.source,
    };
  }

  private judgeView(view: ResourceView): Verdict {
    let v = this.verdicts.get(view);
    if (!v) {
      v = this.judge(packageOfType(view.type), this.regionOf(view));
      this.verdicts.set(view, v);
    }
    return v;
  }

  private judgeDest(d: DestSpec): Verdict {
    if (d.kind === "view") return this.judgeView(d.view);
    if (d.kind === "places") return this.judge(d.pkg, d.resolution);
    const det = this.settings.determination;
    const rule = d.pkg ? det.providers.get(d.pkg) : undefined;
    const restricted = d.jurisdiction && det.jurisdictions.has(d.jurisdiction) ? [d.jurisdiction] : [];
    return {
      status: rule || restricted.length ? "restricted" : "clear",
      pkg: d.pkg,
      region: d.host,
      jurisdictions: d.jurisdiction ? [d.jurisdiction] : undefined,
      restricted,
      providerReason: rule?.reason,
      effective: rule ? rule.effective ?? det.effective : det.effective,
    };
  }

  private scopeOf(view: ResourceView): ScopeDecision {
    let s = this.scopes.get(view);
    if (!s) {
      s = inScope(view, this.settings.scope);
      this.scopes.set(view, s);
    }
    return s;
  }

  // --- references ---------------------------------------------------------------

  /**
   * Resolves a reference held in `value` (read from top-level input `key` of
   * `holder`): by URN, ARN, id or a kind-specific name; an unknown value
   * through the holder's property dependencies, narrowed to `types`.
   */
  private resolveRef(holder: ResourceView, key: string, value: unknown, kinds: readonly RefKind[], types?: readonly string[]): Ref {
    if (value === undefined || value === null || value === "") return none;
    if (isUnknown(value)) return this.viaDependencies(holder, key, types);
    if (typeof value !== "string") return none;
    const hit = this.lookup(value, kinds);
    if (hit && hit.urn !== holder.urn) return { kind: "view", view: hit };
    return { kind: "external", value };
  }

  private viaDependencies(holder: ResourceView, key: string, types?: readonly string[]): Ref {
    const candidates: ResourceView[] = [];
    for (const urn of propertyDependenciesOf(holder, key)) {
      const v = this.byUrn.get(urn);
      if (!v || v.urn === holder.urn) continue;
      if (types && !types.includes(v.type)) continue;
      if (!candidates.some((c) => c.urn === v.urn)) candidates.push(v);
    }
    return candidates.length === 1 ? { kind: "view", view: candidates[0]! } : { kind: "unknown" };
  }

  private lookup(value: string, kinds: readonly RefKind[]): ResourceView | undefined {
    if (value.length > 2048) return undefined;
    if (value.startsWith("urn:pulumi:")) return this.byUrn.get(value);
    const idx = this.index;
    const direct = (value.startsWith("arn:") ? idx.arn.get(value) : undefined) ?? idx.id.get(lower(value));
    if (direct) return direct;
    for (const k of kinds) {
      let hit: ResourceView | undefined;
      switch (k) {
        case "s3": {
          const arn = parseArn(value);
          hit = idx.s3.get(arn && arn.service === "s3" ? arn.resource.split("/")[0]! : value);
          break;
        }
        case "rds": {
          const arn = parseArn(value);
          const ident = arn ? arn.resource.slice(arn.resource.indexOf(":") + 1) : value;
          hit = idx.rds.get(lower(ident));
          break;
        }
        case "azure": {
          for (const key of value.startsWith("/subscriptions/") ? azureIdKeys(value) : []) if ((hit = idx.azure.get(key))) break;
          break;
        }
        case "gcp-network": {
          const name = gcpNetworkName(value);
          hit = name ? idx.gcpNetwork.get(name) : undefined;
          break;
        }
      }
      if (hit) return hit;
    }
    return undefined;
  }

  /** A destination from a resolved reference; external values placed by ARN when possible. */
  private destFromRef(ref: Ref, path: string): DestSpec | "unknown" | undefined {
    if (ref.kind === "view") return { kind: "view", view: ref.view };
    if (ref.kind === "unknown") return "unknown";
    if (ref.kind === "external") return this.destFromArn(ref.value, path);
    return undefined;
  }

  private destFromArn(value: string, path: string): DestSpec | undefined {
    const arn = parseArn(value);
    if (!arn) return undefined;
    const place = this.placeOfArn(arn);
    return place ? { kind: "places", pkg: "aws", resolution: { status: "known", source: path, places: [place] }, label: "a resource outside this stack" } : undefined;
  }

  private placeOfArn(arn: Arn): Place | undefined {
    return placeOfArn(arn, this.settings.determination);
  }

  // --- per resource -------------------------------------------------------------

  /** Resource `i`'s flows (guarded as `guard` does, without a closure per resource). */
  private analyseResource(r: ResourceView, i: number): void {
    try {
      if (isInert(r.type)) return;
      const pkg = packageOfType(r.type);
      if (this.settings.determination.providers.has(pkg)) return; // restricted-provider covers it
      if (r.type === "gcp:compute/networkPeering:NetworkPeering") {
        this.peerings.push(r); // needs the subnet grouping of the post-pass
        return;
      }
      const extracted = this.idle[i] ? { edges: [], handled: typesWithOwnAnalysis.get(r.type)! } : this.extract(r);
      this.emitAll(r, extracted.edges);
      if (!isControlPlane(r.type) && this.mayReference(i)) this.emitAll(r, this.referenceEdges(r, extracted));
    } catch (e) {
      this.failed(r, e);
    }
  }

  /** Runs `fn`; on an error, reports the resource if it looks like it references something restricted. */
  private guard(r: ResourceView | undefined, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (r) this.failed(r, e);
    }
  }

  private failed(r: ResourceView, e: unknown): void {
    let looks = true;
    try {
      looks = this.restrictedLooking(r);
    } catch {
      looks = true;
    }
    if (looks) this.emitError(r, errorSummary(e));
  }

  private restrictedLooking(r: ResourceView): boolean {
    const det = this.settings.determination;
    const pkg = packageOfType(r.type);
    for (const hit of findEndpointSignals(r.inputs, "input")) {
      if ((hit.vendorPackage && det.providers.has(hit.vendorPackage)) || (hit.jurisdiction && det.jurisdictions.has(hit.jurisdiction))) return true;
    }
    let budget = 256;
    let found = false;
    const walk = (v: unknown, depth: number): void => {
      if (found || budget <= 0 || depth > 6) return;
      if (typeof v === "string") {
        budget--;
        if (v.length > 2048) return;
        const arn = parseArn(v);
        const place = arn ? this.placeOfArn(arn) : v.length <= 32 ? placeOf(pkg, v, det) : undefined;
        if (place && place.jurisdictions.some((j) => det.jurisdictions.has(j))) found = true;
        return;
      }
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length && budget > 0; i++) walk(v[i], depth + 1);
        return;
      }
      if (isRecord(v)) for (const k of Object.keys(v)) walk(own(v, k), depth + 1);
    };
    walk(r.inputs, 0);
    return found;
  }

  private extract(r: ResourceView): Extracted {
    switch (r.type) {
      case "aws:s3/bucketReplicationConfig:BucketReplicationConfig": {
        const src = this.resolveRef(r, "bucket", own(r.inputs, "bucket"), ["s3"], [...s3BucketTypes]);
        return { edges: this.s3Rules(r, own(r.inputs, "rules"), "input:rules", src), handled: ["bucket", "rules"] };
      }
      case "aws:s3/bucket:Bucket":
      case "aws:s3/bucketV2:BucketV2": {
        const edges: Edge[] = [];
        for (const key of s3ReplicationKeys) {
          items(own(r.inputs, key)).forEach((cfg, i) => {
            const base = Array.isArray(own(r.inputs, key)) ? `input:${key}[${i}]` : `input:${key}`;
            edges.push(...this.s3Rules(r, own(cfg, "rules"), `${base}.rules`, { kind: "none" }, key));
          });
        }
        return { edges, handled: s3ReplicationKeys };
      }
      case "aws:dynamodb/table:Table": {
        const edges: Edge[] = [];
        if (isUnknown(own(r.inputs, "replicas"))) edges.push(this.unknownEdge("DynamoDB global table replica", "input:replicas"));
        items(own(r.inputs, "replicas")).forEach((rep, i) => {
          const path = `input:replicas[${i}].regionName`;
          const region = own(rep, "regionName");
          if (isUnknown(region)) edges.push(this.unknownEdge("DynamoDB global table replica", path));
          else if (knownString(region)) edges.push({ mechanism: "DynamoDB global table replica", path, dest: this.regionDest("aws", region as string, path, "a replica region") });
        });
        return { edges, handled: ["replicas"] };
      }
      case "aws:dynamodb/tableReplica:TableReplica":
        return this.replicaOf(r, "globalTableArn", "DynamoDB global table replica", [], ["aws:dynamodb/table:Table"]);
      case "aws:rds/instance:Instance":
        return this.replicaOf(r, "replicateSourceDb", "RDS cross-region read replica", ["rds"], ["aws:rds/instance:Instance"]);
      case "aws:rds/cluster:Cluster": {
        const rep = this.replicaOf(r, "replicationSourceIdentifier", "Aurora cross-region replica", ["rds"], ["aws:rds/cluster:Cluster", "aws:rds/instance:Instance"]);
        return { edges: rep.edges, handled: [...rep.handled, "globalClusterIdentifier"] };
      }
      case "aws:rds/globalCluster:GlobalCluster": {
        // Members in the stack: the global database's flows are its clusters' (see `globalClusterFlows`).
        // A member outside the stack (an ARN in `globalClusterMembers`, an output) is placed by its ARN.
        const edges: Edge[] = [];
        items(own(r.inputs, "globalClusterMembers")).forEach((m, i) => {
          const path = `input:globalClusterMembers[${i}].dbClusterArn`;
          const ref = this.resolveRef(r, "globalClusterMembers", own(m, "dbClusterArn"), ["rds"], ["aws:rds/cluster:Cluster"]);
          if (ref.kind !== "external") return; // in the stack, unknown until created (its cluster is analysed), or absent
          const dest = this.destFromArn(ref.value, path);
          if (dest) edges.push({ mechanism: "Aurora global database", path, dest });
        });
        return { edges, handled: ["sourceDbClusterIdentifier", "globalClusterMembers"] };
      }
      case "aws:kms/replicaKey:ReplicaKey":
      case "aws:kms/replicaExternalKey:ReplicaExternalKey":
        return this.replicaOf(r, "primaryKeyArn", "KMS multi-Region replica key", [], ["aws:kms/key:Key", "aws:kms/externalKey:ExternalKey"]);
      case "aws:backup/plan:Plan": {
        const edges: Edge[] = [];
        for (const key of ["rules", "rule"]) {
          if (isUnknown(own(r.inputs, key))) edges.push(this.unknownEdge("AWS Backup copy action", `input:${key}`));
          items(own(r.inputs, key)).forEach((rule, i) => {
            if (isUnknown(own(rule, "copyActions"))) edges.push(this.unknownEdge("AWS Backup copy action", `input:${key}[${i}].copyActions`));
            items(own(rule, "copyActions")).forEach((ca, j) => {
              const path = `input:${key}[${i}].copyActions[${j}].destinationVaultArn`;
              const ref = this.resolveRef(r, key, own(ca, "destinationVaultArn"), [], ["aws:backup/vault:Vault"]);
              const dest = this.destFromRef(ref, path);
              if (dest === "unknown") edges.push(this.unknownEdge("AWS Backup copy action", path));
              else if (dest) edges.push({ mechanism: "AWS Backup copy action", path, dest });
            });
          });
        }
        return { edges, handled: ["rules", "rule"] };
      }
      case "aws:ec2/vpcPeeringConnection:VpcPeeringConnection":
        return this.awsPeering(r, "vpcId", "peerVpcId", "VPC peering", ["aws:ec2/vpc:Vpc"]);
      case "aws:ec2transitgateway/peeringAttachment:PeeringAttachment":
        return this.awsPeering(r, "transitGatewayId", "peerTransitGatewayId", "Transit Gateway peering", ["aws:ec2transitgateway/transitGateway:TransitGateway"]);
      case "azure-native:storage:StorageAccount":
        return this.geoRedundant(r, isUnknown(own(r.inputs, "sku")) ? own(r.inputs, "sku") : own(own(r.inputs, "sku"), "name"), "input:sku.name", ["sku"]);
      case "azure:storage/account:Account":
        return this.geoRedundant(r, own(r.inputs, "accountReplicationType"), "input:accountReplicationType", ["accountReplicationType"]);
      case "azure-native:sql:Database":
        return this.sqlSecondary(r, "sourceDatabaseId", ["azure-native:sql:Database"]);
      case "azure:mssql/database:Database":
        return this.sqlSecondary(r, "creationSourceDatabaseId", ["azure:mssql/database:Database"]);
      case "azure-native:sql:FailoverGroup":
        return this.failoverGroup(r, "serverName", ["azure-native:sql:Server"]);
      case "azure:mssql/failoverGroup:FailoverGroup":
        return this.failoverGroup(r, "serverId", ["azure:mssql/server:Server"]);
      case "azure-native:network:VirtualNetworkPeering": {
        const src = this.resolveRef(r, "virtualNetworkName", this.azureName("virtualnetworks", own(r.inputs, "virtualNetworkName")), ["azure"], ["azure-native:network:VirtualNetwork"]);
        const edge = this.vnetEdge(r, "remoteVirtualNetwork", own(own(r.inputs, "remoteVirtualNetwork"), "id"), "input:remoteVirtualNetwork.id", src);
        return { edges: edge ? [edge] : [], handled: ["remoteVirtualNetwork", "virtualNetworkName"] };
      }
      case "azure:network/virtualNetworkPeering:VirtualNetworkPeering": {
        const src = this.resolveRef(r, "virtualNetworkName", this.azureName("virtualnetworks", own(r.inputs, "virtualNetworkName")), ["azure"], ["azure:network/virtualNetwork:VirtualNetwork"]);
        const edge = this.vnetEdge(r, "remoteVirtualNetworkId", own(r.inputs, "remoteVirtualNetworkId"), "input:remoteVirtualNetworkId", src);
        return { edges: edge ? [edge] : [], handled: ["remoteVirtualNetworkId", "virtualNetworkName"] };
      }
      case "azure-native:network:VirtualNetwork": {
        const edges: Edge[] = [];
        items(own(r.inputs, "virtualNetworkPeerings")).forEach((p, i) => {
          const e = this.vnetEdge(r, "virtualNetworkPeerings", own(own(p, "remoteVirtualNetwork"), "id"), `input:virtualNetworkPeerings[${i}].remoteVirtualNetwork.id`, { kind: "none" });
          if (e) edges.push(e);
        });
        return { edges, handled: ["virtualNetworkPeerings"] };
      }
      case "gcp:storage/bucket:Bucket":
        return this.gcsPlacement(r);
      default:
        return nothingExtracted;
    }
  }

  /** An Azure name given bare ("sql-primary") as the id-like key the index knows. */
  private azureName(collection: string, v: unknown): unknown {
    const s = knownString(v);
    if (!s || s.startsWith("/subscriptions/")) return v;
    return this.index.azure.get(`${collection}/${lower(s)}`)?.urn ?? v;
  }

  private unknownEdge(mechanism: string, path: string): Edge {
    return { mechanism, path, dest: unknownDest(path) };
  }

  private regionDest(pkg: string, region: string, path: string, label: string): DestSpec {
    return { kind: "places", pkg, resolution: { status: "known", source: path, places: [placeOf(pkg, region, this.settings.determination)] }, label };
  }

  private s3Rules(r: ResourceView, rules: unknown, base: string, src: Ref, depKey = "rules"): Edge[] {
    const edges: Edge[] = [];
    const source = src.kind === "view" ? src.view : undefined;
    const common0 = { mechanism: "S3 replication", source, sourceUnknown: src.kind === "unknown", sourceExternal: src.kind === "external" };
    if (isUnknown(rules)) edges.push({ ...common0, path: base, dest: unknownDest(base) });
    items(rules).forEach((rule, i) => {
      const destBlock = own(rule, "destination");
      if (isUnknown(destBlock)) edges.push({ ...common0, path: `${base}[${i}].destination`, dest: unknownDest(`${base}[${i}].destination`) });
      const blocks = items(destBlock);
      blocks.forEach((d, j) => {
        const path = `${base}[${i}].destination${Array.isArray(destBlock) ? `[${j}]` : ""}.bucket`;
        const ref = this.resolveRef(r, depKey, own(d, "bucket"), ["s3"], [...s3BucketTypes]);
        const dest = this.destFromRef(ref, path);
        const common = { ...common0, path };
        if (dest === "unknown") edges.push({ ...common, dest: unknownDest(path) });
        else if (dest) edges.push({ ...common, dest });
      });
    });
    return edges;
  }

  /** The declaring resource is a replica of `key`: the source is the primary, the destination the replica itself. */
  private replicaOf(r: ResourceView, key: string, mechanism: string, kinds: readonly RefKind[], types: readonly string[]): Extracted {
    const v = own(r.inputs, key);
    if (v === undefined || v === null || v === "") return { edges: [], handled: [key] };
    const ref = this.resolveRef(r, key, v, kinds, types);
    const path = `input:${key}`;
    const edge: Edge = { mechanism, path, dest: { kind: "view", view: r } };
    if (ref.kind === "view") return { edges: [{ ...edge, source: ref.view }], handled: [key] };
    if (ref.kind === "unknown") return { edges: [{ ...edge, sourceUnknown: true }], handled: [key] };
    if (ref.kind === "external") {
      const arn = parseArn(ref.value);
      const place = arn ? this.placeOfArn(arn) : undefined;
      if (place) return { edges: [{ ...edge, sourcePlaces: { status: "known", source: path, places: [place] } }], handled: [key] };
      // A plain identifier names a primary in the replica's own region: nothing crosses a border.
      if (!arn && kinds.includes("rds")) return { edges: [], handled: [key] };
      return { edges: [{ ...edge, sourceExternal: true }], handled: [key] };
    }
    return { edges: [], handled: [key] };
  }

  private awsPeering(r: ResourceView, localKey: string, peerKey: string, mechanism: string, types: readonly string[]): Extracted {
    const handled = [localKey, peerKey, "peerRegion"];
    const src = this.resolveRef(r, localKey, own(r.inputs, localKey), [], types);
    const source = src.kind === "view" ? src.view : undefined;
    const region = own(r.inputs, "peerRegion");
    const path = "input:peerRegion";
    if (isUnknown(region)) return { edges: [{ ...this.unknownEdge(mechanism, path), source }], handled };
    const known = knownString(region);
    if (known) return { edges: [{ mechanism, path, source, dest: this.regionDest("aws", known, path, "the peer") }], handled };
    // No peerRegion: the peer is in the requester's region, unless the peer is in the stack with another provider.
    const peer = this.resolveRef(r, peerKey, own(r.inputs, peerKey), [], types);
    if (peer.kind === "view") return { edges: [{ mechanism, path: `input:${peerKey}`, source, dest: { kind: "view", view: peer.view } }], handled };
    return { edges: [], handled };
  }

  private geoRedundant(r: ResourceView, sku: unknown, skuPath: string, handled: readonly string[]): Extracted {
    const mechanism = "Azure geo-redundant storage";
    const pkg = packageOfType(r.type);
    const skuUnknown = isUnknown(sku);
    const skuName = knownString(sku);
    const geo = skuName !== undefined && geoSkus.has(lower(skuName));
    if (!geo && !skuUnknown) return { edges: [], handled };
    const where = this.regionOf(r);
    if (where.status === "unknown") return { edges: geo ? [this.unknownEdge(mechanism, where.source)] : [], handled };
    if (where.status !== "known" || where.places.length !== 1) return { edges: [], handled };
    const primary = where.places[0]!;
    const secondary = secondaryRegionOf(primary.region ?? primary.raw);
    if (!secondary) return { edges: [], handled };
    const dest = this.regionDest(pkg, secondary, skuPath, "its paired region");
    if (skuUnknown) {
      // Only worth a deferred finding when the pair would cross into a restricted jurisdiction.
      return { edges: this.judgeDest(dest).status === "restricted" ? [this.unknownEdge(mechanism, skuPath)] : [], handled };
    }
    return { edges: [{ mechanism, path: skuPath, dest }], handled };
  }

  private sqlSecondary(r: ResourceView, key: string, types: readonly string[]): Extracted {
    const mode = knownString(own(r.inputs, "createMode"));
    if (!mode || !["secondary", "onlinesecondary"].includes(lower(mode))) return { edges: [], handled: [key, "createMode"] };
    const rep = this.replicaOf(r, key, "Azure SQL geo-replica", ["azure"], types);
    return { edges: rep.edges, handled: [key, "createMode"] };
  }

  private failoverGroup(r: ResourceView, serverKey: string, types: readonly string[]): Extracted {
    const x = r.inputs;
    const serverValue = serverKey === "serverName" ? this.azureName("servers", own(x, serverKey)) : own(x, serverKey);
    const src = this.resolveRef(r, serverKey, serverValue, ["azure"], types);
    const source = src.kind === "view" ? src.view : undefined;
    const edges: Edge[] = [];
    for (const key of ["partnerServers", "partnerServer"]) {
      if (isUnknown(own(x, key))) edges.push({ ...this.unknownEdge("Azure SQL failover group", `input:${key}`), source });
      items(own(x, key)).forEach((p, i) => {
        const path = Array.isArray(own(x, key)) ? `input:${key}[${i}].id` : `input:${key}.id`;
        const ref = this.resolveRef(r, key, own(p, "id"), ["azure"], types);
        const mechanism = "Azure SQL failover group";
        if (ref.kind === "view") edges.push({ mechanism, path, source, dest: { kind: "view", view: ref.view } });
        else if (ref.kind === "unknown") edges.push({ ...this.unknownEdge(mechanism, path), source });
        else {
          const loc = knownString(own(p, "location"));
          if (loc) edges.push({ mechanism, path: `input:${key}.location`, source, dest: this.regionDest(packageOfType(r.type), loc, path, "the partner server") });
        }
      });
    }
    return { edges, handled: [serverKey, "partnerServers", "partnerServer"] };
  }

  private vnetEdge(r: ResourceView, key: string, value: unknown, path: string, src: Ref): Edge | undefined {
    const ref = this.resolveRef(r, key, value, ["azure"], ["azure-native:network:VirtualNetwork", "azure:network/virtualNetwork:VirtualNetwork"]);
    const source = src.kind === "view" ? src.view : undefined;
    if (ref.kind === "view") return { mechanism: "Azure virtual network peering", path, source, dest: { kind: "view", view: ref.view } };
    if (ref.kind === "unknown") return { ...this.unknownEdge("Azure virtual network peering", path), source };
    return undefined;
  }

  private gcsPlacement(r: ResourceView): Extracted {
    const handled = ["location", "customPlacementConfig"];
    const det = this.settings.determination;
    const mechanism = "Cloud Storage multi-location replication";
    const dataLocations = own(own(r.inputs, "customPlacementConfig"), "dataLocations");
    if (Array.isArray(dataLocations) && dataLocations.length > 0) {
      const path = "input:customPlacementConfig.dataLocations";
      if (dataLocations.some(isUnknown)) return { edges: [this.unknownEdge(mechanism, path)], handled };
      const places = dataLocations.slice(0, 16).filter((d): d is string => typeof d === "string").map((d) => placeOf("gcp", d, det));
      return { edges: places.length ? [{ mechanism, path, selfPlacement: true, dest: { kind: "places", pkg: "gcp", resolution: { status: "known", source: path, places }, label: "its data locations" } }] : [], handled };
    }
    const location = knownString(own(r.inputs, "location"));
    if (!location) return { edges: [], handled };
    const kind = locate("gcp", location)?.entry.kind;
    if (kind !== "multi-region" && kind !== "dual-region") return { edges: [], handled };
    const path = "input:location";
    return { edges: [{ mechanism, path, selfPlacement: true, dest: this.regionDest("gcp", location, path, `the ${kind}`) }], handled };
  }

  private groupSubnets(): void {
    for (const s of this.gcpSubnets) {
      const ref = this.resolveRef(s, "network", own(s.inputs, "network"), ["gcp-network"], ["gcp:compute/network:Network"]);
      if (ref.kind !== "view") continue;
      const list = this.subnetsByNetwork.get(ref.view.urn);
      if (list) list.push(s);
      else this.subnetsByNetwork.set(ref.view.urn, [s]);
    }
  }

  private gcpPeeringEdges(r: ResourceView): Edge[] {
    const types = ["gcp:compute/network:Network"];
    const src = this.resolveRef(r, "network", own(r.inputs, "network"), ["gcp-network"], types);
    const peer = this.resolveRef(r, "peerNetwork", own(r.inputs, "peerNetwork"), ["gcp-network"], types);
    const source = src.kind === "view" ? src.view : undefined;
    const mechanism = "VPC network peering";
    if (peer.kind === "unknown") return [{ ...this.unknownEdge(mechanism, "input:peerNetwork"), source }];
    if (peer.kind !== "view") return [];
    const subnets = this.subnetsByNetwork.get(peer.view.urn) ?? [];
    const edges: Edge[] = [];
    for (const s of subnets.slice(0, 256)) edges.push({ mechanism, path: `input:peerNetwork → ${s.urn}`, source, dest: { kind: "view", view: s } });
    return edges;
  }

  private globalClusterFlows(): void {
    const gcByIdent = new Map<string, ResourceView>();
    for (const g of this.globalClusters) {
      const ident = knownString(own(g.inputs, "globalClusterIdentifier"));
      if (ident) gcByIdent.set(lower(ident), g);
      const key = `gc:${g.urn}`;
      const group = this.globalGroups.get(key) ?? { members: [] };
      const primaryRef = this.resolveRef(g, "sourceDbClusterIdentifier", own(g.inputs, "sourceDbClusterIdentifier"), ["rds"], ["aws:rds/cluster:Cluster"]);
      if (primaryRef.kind === "view") {
        group.primary = primaryRef.view;
        if (!group.members.includes(primaryRef.view)) group.members.push(primaryRef.view);
      }
      this.globalGroups.set(key, group);
    }
    for (const c of this.rdsClusters) {
      const v = own(c.inputs, "globalClusterIdentifier");
      if (v === undefined || v === null || v === "") continue;
      let key: string | undefined;
      const s = knownString(v);
      if (s) key = gcByIdent.has(lower(s)) ? `gc:${gcByIdent.get(lower(s))!.urn}` : `gcid:${lower(s)}`;
      else if (isUnknown(v)) {
        const ref = this.viaDependencies(c, "globalClusterIdentifier", ["aws:rds/globalCluster:GlobalCluster"]);
        if (ref.kind === "view") key = `gc:${ref.view.urn}`;
      }
      if (!key) continue;
      const group = this.globalGroups.get(key) ?? { members: [] };
      if (!group.members.includes(c)) group.members.push(c);
      this.globalGroups.set(key, group);
    }
    for (const group of this.globalGroups.values()) {
      if (group.members.length < 2) continue;
      for (const m of group.members) {
        this.guard(m, () => {
          const mv = this.judgeView(m);
          if (mv.status === "clear") return;
          const others = group.members.filter((o) => o !== m);
          const src = group.primary && group.primary !== m ? group.primary : others.find((o) => this.judgeView(o).status === "clear") ?? others[0]!;
          this.emitAll(m, [{ mechanism: "Aurora global database", path: "input:globalClusterIdentifier", source: src, dest: { kind: "view", view: m } }]);
        });
      }
    }
  }

  /** References that no extractor handled: property values, property dependencies, dependencies, endpoint hosts. */
  private referenceEdges(r: ResourceView, extracted: Extracted): Edge[] {
    const edges: Edge[] = [];
    const handled = extracted.handled;
    // Top-level keys the extractor analysed, and tags: not references.
    const isHandled = (key: string): boolean => handled.includes(key) || tagPropertySet.has(key);
    // The resources already accounted for (the resource itself, what its extractor found): built on the
    // first target, as most resources name none.
    let covered: Set<string> | undefined;
    /** A stack resource this one refers to that is a new, restricted destination. */
    const restrictedTarget = (target: ResourceView | undefined): target is ResourceView => {
      if (!target || isInert(target.type)) return false;
      if (!covered) {
        covered = new Set<string>([r.urn]);
        for (const e of extracted.edges) {
          if (e.source) covered.add(e.source.urn);
          if (e.dest.kind === "view") covered.add(e.dest.view.urn);
        }
        for (const k of handled) for (const u of propertyDependenciesOf(r, k)) covered.add(u);
      }
      if (covered.has(target.urn)) return false;
      covered.add(target.urn);
      return this.judgeView(target).status === "restricted";
    };
    const det = this.settings.determination;

    // 1. One walk over the property values, doing two jobs with their own bounds (as two walks would):
    //    (a) values naming a resource of the stack (URN, ARN, id, Azure id, GCP self link), or an ARN
    //    placing it: at most 256 strings, depth 6; (b) endpoint hosts (below, step 3): the endpoint
    //    walk's bounds, and a top-level "__proto__" key is skipped (this scan used to walk a copy of
    //    the inputs without the handled keys, and such a copy could not hold that key). The path is
    //    kept as a stack of keys and turned into text only for an edge.
    let refBudget = 256;
    let hostBudget = endpointWalkMaxStrings;
    const hits: EndpointHit[] = [];
    const path: (string | number)[] = [];
    const referenceAt = (v: string): void => {
      if (v.length < 8 || v.length > 2048 || isUnknown(v)) return;
      const named = this.destinationNamedBy(v, r);
      const hit = named === "maybe" ? this.lookup(v, referenceKinds) : undefined;
      if (hit) {
        if (restrictedTarget(hit)) edges.push({ mechanism: "reference", path: `input:${pathText(path)}`, dest: { kind: "view", view: hit } });
        return;
      }
      const arn = parseArn(v);
      if (!arn) return;
      const place = this.placeOfArn(arn);
      if (!place || !place.jurisdictions.some((j) => det.jurisdictions.has(j))) return;
      // An ARN that names a resource of the stack is a reference to it, judged by its verdict, not by the ARN.
      if (named !== "maybe" && this.lookup(v, referenceKinds)) return;
      const at = `input:${pathText(path)}`;
      edges.push({ mechanism: "reference", path: at, dest: { kind: "places", pkg: "aws", resolution: { status: "known", source: at, places: [place] }, label: "a resource outside this stack" } });
    };
    /** `refs`/`hosts`: whether each job visits this value (its parent was visited by it). */
    const walk = (v: unknown, depth: number, refs: boolean, hosts: boolean): void => {
      refs = refs && refBudget > 0 && depth <= 6;
      hosts = hosts && hostBudget > 0 && depth <= endpointWalkMaxDepth;
      if (!refs && !hosts) return;
      if (typeof v === "string") {
        if (refs) {
          refBudget--;
          referenceAt(v);
        }
        if (hosts) {
          hostBudget--;
          const h = endpointHitOf(v, "input", path);
          if (h) hits.push(h);
        }
        return;
      }
      if (typeof v !== "object" || v === null) return;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length && ((refs && refBudget > 0) || (hosts && hostBudget > 0)); i++) {
          path.push(i);
          walk(v[i], depth + 1, refs, hosts);
          path.pop();
        }
        return;
      }
      for (const k of Object.keys(v)) {
        if (!((refs && refBudget > 0) || (hosts && hostBudget > 0))) return;
        if (depth === 0 && isHandled(k)) continue;
        path.push(k);
        walk(own(v, k), depth + 1, refs, hosts && !(depth === 0 && k === "__proto__"));
        path.pop();
      }
    };
    walk(r.inputs, 0, true, true);

    // 2. Property dependencies, then plain dependencies.
    const pd = own(r, "propertyDependencies");
    if (isRecord(pd)) {
      for (const k of Object.keys(pd).slice(0, 256)) {
        if (isHandled(k)) continue;
        for (const u of urnsOf(own(pd, k))) {
          const target = this.destinationsByUrn.get(u); // only a restricted destination matters
          if (restrictedTarget(target)) edges.push({ mechanism: "reference", path: `propertyDependencies:${safeIdentifier(k)}`, dest: { kind: "view", view: target } });
        }
      }
    }
    // Plain dependencies (dependsOn and the like) order operations; they count only for resources
    // without a type-specific flow, whose extractor already says where their data goes.
    if (extracted.edges.length === 0) {
      for (const u of dependenciesOf(r)) {
        const target = this.destinationsByUrn.get(u); // only a restricted destination matters
        if (restrictedTarget(target)) edges.push({ mechanism: "dependency", path: "dependencies", dest: { kind: "view", view: target } });
      }
    }

    // 3. Endpoint hosts of a restricted vendor or in a restricted jurisdiction.
    let hostsSeen: Set<string> | undefined;
    for (const hit of hits) {
      const vendor = hit.vendorPackage ? det.providers.has(hit.vendorPackage) : false;
      const place = hit.jurisdiction !== undefined && det.jurisdictions.has(hit.jurisdiction);
      if (!vendor && !place) continue;
      hostsSeen ??= new Set<string>();
      if (hostsSeen.has(hit.host)) continue;
      hostsSeen.add(hit.host);
      edges.push({ mechanism: "endpoint", path: hit.source, dest: { kind: "vendor", pkg: hit.vendorPackage, host: hit.host, jurisdiction: hit.jurisdiction } });
    }
    return edges;
  }

  // --- findings -----------------------------------------------------------------

  private emitAll(declarer: ResourceView, edges: readonly Edge[]): void {
    for (const e of edges) this.emit(declarer, e);
  }

  private emit(declarer: ResourceView, e: Edge): void {
    const det = this.settings.determination;
    const source = e.source ?? declarer;
    if (e.source && this.settings.determination.providers.has(packageOfType(source.type))) return;

    // Scope: the source's data (or the declaring resource's, which describes the same data).
    const scopes = [this.scopeOf(source), ...(source === declarer ? [] : [this.scopeOf(declarer)])];
    const scope: ScopeDecision = scopes.includes("in") ? "in" : scopes.includes("unknown") ? "unknown" : "out";
    if (scope === "out") return;

    const verdict = this.judgeDest(e.dest);
    if (verdict.status === "clear") return;

    // Where the data comes from (for a replica whose primary is outside the stack: the primary's ARN region).
    const origin: RegionResolution | undefined = e.sourcePlaces ?? (e.sourceUnknown || e.sourceExternal ? undefined : this.regionOf(source));
    const originPlaces = origin && origin.status === "known" ? origin.places : [];
    const sourceRestricted = new Set(this.restrictedOf(originPlaces));
    if (verdict.status === "restricted" && !verdict.providerReason && !e.selfPlacement && verdict.restricted.every((j) => sourceRestricted.has(j))) {
      return; // nothing crosses into a new restricted jurisdiction: restricted-region reports the source itself
    }
    if (verdict.status === "unknown" && sourceRestricted.size > 0 && !e.selfPlacement) return;

    const destView = e.dest.kind === "view" ? e.dest.view : undefined;
    const destKey = destView?.urn ?? `${verdict.pkg ?? ""}|${verdict.region ?? ""}|${e.path}`;
    const dedupe = `${source.urn}|${destKey}|${e.mechanism}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);

    const upcoming = verdict.effective !== undefined && verdict.effective > this.today;
    let blocking: boolean;
    let reason = this.reasonFor(e, source, declarer, verdict, originPlaces);
    if (verdict.status === "unknown") blocking = this.settings.unknownRegion === "violation";
    else if (e.sourceUnknown) {
      blocking = this.settings.unknownRegion === "violation";
      reason += `; the source cannot be known during preview (unknownRegion is '${this.settings.unknownRegion}')`;
    } else blocking = true;
    if (scope === "unknown") {
      blocking = blocking && this.settings.unknownRegion === "violation";
      reason += " (scope tags unknown during preview)";
    }
    if (upcoming) {
      blocking = false;
      reason += `; the rule takes effect on ${verdict.effective}, until then this flow is advisory`;
    }

    let exemption;
    let error = this.clockError;
    try {
      exemption =
        matchExemption(this.settings.exemptions, source.urn, "restricted-data-flow", this.today) ??
        (declarer !== source ? matchExemption(this.settings.exemptions, declarer.urn, "restricted-data-flow", this.today) : undefined);
    } catch (err) {
      error ??= errorSummary(err);
    }

    const subject = this.regionOf(source);
    const subjectPlaces = subject.status === "known" ? subject.places : [];
    const subjectPlace = subjectPlaces[0];
    const via = `${e.mechanism}: ${declarer.urn} ${e.path}`;
    this.out.push({
      policy: "restricted-data-flow",
      rule: "flow",
      blocking,
      urn: source.urn,
      name: source.name,
      type: source.type,
      package: packageOfType(source.type),
      ...(subjectPlace && subject.status === "known" ? { region: placesRegion(subjectPlaces, det.jurisdictions), jurisdictions: union(subjectPlaces), regionSource: subject.source } : {}),
      determinationId: det.id,
      citation: det.citation,
      reason,
      ...(upcoming ? { effective: verdict.effective } : {}),
      ...(exemption ? { exemption } : {}),
      destination: {
        ...(destView ? { urn: destView.urn, type: destView.type } : {}),
        ...(verdict.pkg ? { package: verdict.pkg } : {}),
        ...(verdict.region ? { region: verdict.region } : {}),
        ...(verdict.jurisdictions ? { jurisdictions: verdict.jurisdictions } : {}),
        via,
      },
      ...(error ? { error } : {}),
    });
  }

  private reasonFor(e: Edge, source: ResourceView, declarer: ResourceView, v: Verdict, originPlaces: readonly Place[]): string {
    const what =
      e.mechanism === "endpoint" ? `an endpoint (${e.path})` : e.mechanism === "reference" || e.mechanism === "dependency" ? `a ${e.mechanism} (${e.path})` : `${e.mechanism} (${e.path})`;
    const originRegion = placesRegion(originPlaces, this.settings.determination.jurisdictions);
    const from = e.sourceExternal
      ? "a source outside this stack"
      : e.sourceUnknown
        ? "a source"
        : e.sourcePlaces && !e.source
          ? `a primary${originRegion ? ` in ${originRegion}` : ""} outside this stack`
          : `'${source.name}'${originRegion ? ` in ${originRegion}` : ""}`;
    const by = declarer !== source ? ` declared by '${declarer.name}'` : "";
    if (v.status === "unknown") return `${what}${by} sends data from ${from} to a destination that cannot be known during preview; unknownRegion is '${this.settings.unknownRegion}'`;
    const d = e.dest;
    const to =
      d.kind === "view" ? `'${d.view.name}' (${d.view.type})` : d.kind === "vendor" ? `endpoint ${d.host}` : d.label;
    const at = v.region && d.kind !== "vendor" ? ` in ${v.region}` : "";
    const because = v.providerReason
      ? `restricted provider package ${v.pkg}: ${v.providerReason}`
      : `restricted jurisdiction ${v.restricted.join(", ")}`;
    return `${what}${by} sends data from ${from} to ${to}${at}, ${because}`;
  }

  private emitError(r: ResourceView, error: string): void {
    const det = this.settings.determination;
    const key = `${r.urn}|error`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({
      policy: "restricted-data-flow",
      rule: "flow",
      blocking: true,
      urn: r.urn,
      name: r.name,
      type: r.type,
      package: packageOfType(r.type),
      determinationId: det.id,
      citation: det.citation,
      reason: "the data-flow analysis of this resource failed and it references a restricted provider or jurisdiction, so it is reported by failing closed",
      destination: { via: "unanalysed (internal error)" },
      error,
    });
  }
}

function unknownDest(path: string): DestSpec {
  return { kind: "places", pkg: "", resolution: { status: "unknown", source: path }, label: "a destination" };
}

/** Finds flows resource by resource: `add` every resource of the stack, in order, then `finish` once. */
export interface FlowFinder {
  /**
   * Adds the next resource. Returns whether `finish` will read its inputs
   * (its type has an analysis of its own, or its place waits for the whole
   * stack); otherwise they are read again only if a value of another
   * resource, or of its own, may name a destination. A caller that can read
   * inputs again at a cost (the scan) keeps only the ones asked for.
   */
  add(view: ResourceView): boolean;
  finish(): Finding[];
}

export interface FlowFinderOptions {
  /**
   * Analyse the references of every resource, not only of those whose probes
   * may match a destination. Same findings, slower: for tests of the probes.
   */
  readonly exhaustive?: boolean;
}

/** `findFlows`, in steps: a caller reading resources one at a time adds each as it reads it. */
export function flowFinder(settings: Settings, clock: Clock, options: FlowFinderOptions = {}): FlowFinder {
  let today: string;
  let clockError: string | undefined;
  try {
    today = utcDay(clock());
  } catch (e) {
    // Fail closed: as if every rule were in force and every exemption expired.
    today = "9999-12-31";
    clockError = errorSummary(e);
  }
  return new FlowAnalysis(settings, today, clockError, options.exhaustive === true);
}

/** Finds every in-scope flow into a restricted destination. */
export function findFlows(resources: readonly ResourceView[], settings: Settings, clock: Clock): Finding[] {
  const finder = flowFinder(settings, clock);
  for (const r of resources) finder.add(r);
  return finder.finish();
}
