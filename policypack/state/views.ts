/**
 * Views of the resources of a state file or preview: the view class that
 * lets its inputs go and reads them again (`ScanResource`), the records a
 * document holds (parsed, or elements parsed when read), and `build`, which
 * turns records into views: providers resolved by URN, location keys and
 * identifiers copied from outputs, secrets redacted. The formats themselves
 * (stack export, checkpoint, preview) are read in `snapshot.ts`.
 */
import { isDefaultProvider, isProviderType, packageOfType, providerFacts } from "../catalog";
import { hasOwn, isRecord, own, type Props } from "../core/props";
import type { ProviderView, ResourceView } from "../core/types";
import { isUnknown, secretPlaceholder } from "../core/unknown";
import { ElementRecords, noMore } from "./element-records";
import { ReadWhole } from "./elements";
import { InputError } from "./errors";
import { redactSecrets } from "./secrets";
import type { Snapshot, SnapshotFormat, SnapshotOptions } from "./snapshot";
import { parseUrn, splitProviderReference, stackPrefixOf, urnNameStart } from "./urn";

export const providerPrefix = "pulumi:providers:";
const fallbackLocationKeys: readonly string[] = ["region", "location", "zone", "availabilityZone"];
const fallbackProviderKeys: readonly string[] = ["region", "location"];

/** A resource view with the graph facts a state file or preview knows (`id`, `dependencies`, `propertyDependencies`). */
export type ScanView = ResourceView;

/** Reads a resource's inputs again from its element (`ElementRecords`). */
interface InputsSource {
  inputs(index: number, type: string): Record<string, unknown>;
}

/**
 * A resource as the scan reads it. Read from an element, it can let its
 * inputs go (`release`) once its receiver is done with them, and parses them
 * again, the same, if they are read after that: a 100,000-resource export
 * then does not keep every resource's property tree alive until the end of
 * the data-flow analysis, which reads few of them again.
 */
class ScanResource implements ScanView {
  constructor(
    readonly type: string,
    readonly urn: string,
    readonly name: string,
    private held: Record<string, unknown> | undefined,
    readonly provider: ProviderView | undefined,
    readonly parent: string | undefined,
    readonly id: string | undefined,
    readonly dependencies: readonly string[] | undefined,
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>> | undefined,
    private readonly source: InputsSource | undefined,
    private readonly index: number,
  ) {}

  get inputs(): Props {
    return this.held ?? (this.held = this.source!.inputs(this.index, this.type));
  }

  /** Lets the inputs go when they can be read again. */
  release(): void {
    if (this.source) this.held = undefined;
  }
}

/** One resource as either format carries it. */
export interface Entry {
  readonly rec: Props;
  /** Where the record sits, for error messages. */
  readonly where: string;
  /** Provider reference given beside the state (preview steps). */
  readonly provider?: unknown;
}

export function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
}

/**
 * Adds to `target` (in place) the keys it lacks that `source` (outputs) has,
 * known values only. Outputs are never walked as a whole: only the values
 * copied here reach the core, and each is stripped of secrets first.
 */
export function fillFrom(target: Record<string, unknown>, source: unknown, keys: readonly string[], counter: { count: number }): void {
  if (!isRecord(source)) return;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (present(own(target, k))) continue;
    const v = own(source, k);
    if (!present(v) || isUnknown(v)) continue;
    target[k] = typeof v === "object" ? redactSecrets(v, counter) : v;
  }
}

/**
 * Output keys that hold a resource's own endpoint: a host, URL or domain name
 * (`bucketRegionalDomainName`, `endpoint`, `address`, `primaryEndpoints`, `url`…).
 */
const endpointOutputKey = /(?:endpoints?|domainnames?|dnsnames?|fqdns?|urls?|uris?|hosts?|hostnames?|address(?:es)?)$/i;

/** Is `v` a plain (known, not secret) value? */
function plain(v: unknown): boolean {
  return present(v) && !isUnknown(v) && v !== secretPlaceholder;
}

/**
 * Whether nothing places the resource: none of its location keys holds a
 * plain value, and its provider (if any) has no plain region. Then the
 * endpoints in its outputs are read (`fillEndpoints`): a state has no stack
 * config, and a region kept secret must not leave the resource unplaced when
 * its own endpoints say where it is (`b.s3.cn-north-1.amazonaws.com.cn`).
 */
function unplaced(inputs: Record<string, unknown>, keys: readonly string[], provider: ProviderView | undefined): boolean {
  // identifiers (ARN, self link) do not count: an S3 ARN names no region
  for (let i = 0; i < keys.length; i++) if (!isIdentifierKey(keys[i]!) && plain(own(inputs, keys[i]!))) return false;
  if (provider === undefined) return true;
  const providerKeys = providerFacts(packageOfType(provider.type))?.providerRegionKeys ?? fallbackProviderKeys;
  for (let i = 0; i < providerKeys.length; i++) if (plain(own(provider.inputs, providerKeys[i]!))) return false;
  return true;
}

/** Adds to `target` (in place) the endpoint-holding output keys it lacks (`endpointOutputKey`), secrets stripped. */
export function fillEndpoints(target: Record<string, unknown>, source: unknown, counter: { count: number }): void {
  if (!isRecord(source)) return;
  for (const k in source) {
    if (!hasOwn.call(source, k) || !endpointOutputKey.test(k) || present(own(target, k))) continue;
    const v = (source as Record<string, unknown>)[k];
    if (!present(v) || isUnknown(v)) continue;
    const value = typeof v === "object" ? redactSecrets(v, counter) : v;
    Object.defineProperty(target, k, { value, writable: true, enumerable: true, configurable: true });
  }
}

/** The resources of a document: its parsed list, or its elements, each parsed when read. */
export type Records = readonly unknown[] | ElementRecords;

/** Output keys holding a resource's own identifiers (see `core/identifiers.ts`). */
const identifierOutputKeys = ["arn", "selfLink"] as const;
const isIdentifierKey = (k: string): boolean => k === "arn" || k === "selfLink";

/**
 * The keys a resource of `type` may be placed by, copied from its outputs
 * when its inputs lack them: location keys, then the identifiers that name a
 * region (ARN, self link), since a state has no stack config. Computed once
 * per package a document holds (`placementKeys`, one per document).
 */
function locationKeysOf(type: string, placementKeys: Map<string, readonly string[]>): readonly string[] {
  const pkg = packageOfType(type);
  let keys = placementKeys.get(pkg);
  if (keys === undefined) {
    keys = [...(providerFacts(pkg)?.locationKeys ?? fallbackLocationKeys), ...identifierOutputKeys];
    placementKeys.set(pkg, keys);
  }
  return keys;
}

/** What `build` turns into a snapshot. */
export interface BuildInput {
  readonly format: SnapshotFormat;
  /** The document's version, when its format has one. */
  readonly version?: number;
  /** The resources: the parsed list, or elements parsed when read. */
  readonly records: Records;
  /** Preview steps: where each record sits and the provider reference given beside it. */
  readonly entries?: readonly Entry[];
  /** Path of the resource list in the document, for error messages (`deployment.resources`). */
  readonly listName: string;
  /** Stack config per package, for default providers the document does not list (preview). */
  readonly config: ReadonlyMap<string, Record<string, unknown>>;
  /** The input's name in errors. */
  readonly label: string;
  /** Whether secret envelopes may be present (so inputs are walked for them). */
  readonly redact: boolean;
  readonly onView: SnapshotOptions["onView"];
}

/** Turns a document's records into views (see the file comment). Throws InputError naming the record. */
export function build(input: BuildInput): Snapshot {
  const { format, version, records, entries, listName, config, label, redact, onView } = input;
  const counter = { count: 0 };
  const placementKeys = new Map<string, readonly string[]>();
  const inputsOf = redact ? redactedInputs : plainInputs;
  const where = (i: number): string => (entries ? entries[i]!.where : `${listName}[${i}]`);
  const elements = records instanceof ElementRecords ? records : undefined;
  const list = elements ? undefined : (records as readonly unknown[]);

  // Provider resources by URN (the last live one when a URN repeats), so references resolve whatever the order.
  const providerRecords = new Map<string, Props>();
  const isLiveProvider = (rec: unknown): rec is Props => {
    if (!isRecord(rec)) return false;
    const type = own(rec, "type");
    return (
      typeof type === "string" && typeof own(rec, "urn") === "string" && type.startsWith(providerPrefix) && own(rec, "delete") !== true
    );
  };
  // Read whole, a first pass finds them. Read one element at a time, each is noted when reached; a stack
  // export lists providers before the resources that use them, and a document where a provider comes
  // after a reference to it, or a provider URN repeats, is read again whole (`ReadWhole`).
  const unresolved = new Set<string>();
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const rec = list[i];
      if (isLiveProvider(rec)) providerRecords.set(own(rec, "urn") as string, rec);
    }
  }

  // The inputs of a non-provider resource (read again from its element when a view let them go).
  const resourceInputs = (rec: Props, keys: readonly string[], count: { count: number }): Record<string, unknown> => {
    const inputs = inputsOf(rec, count);
    fillFrom(inputs, own(rec, "outputs"), keys, count);
    return inputs;
  };
  // Resources whose outputs' endpoints were read (`unplaced`): read again the same way.
  const withEndpoints = new Set<number>();
  const source: InputsSource | undefined = elements && {
    inputs: (index, type) => {
      const rec = elements.again(index) as Props;
      const count = { count: 0 };
      const inputs = resourceInputs(rec, locationKeysOf(type, placementKeys), count);
      if (withEndpoints.has(index)) fillEndpoints(inputs, own(rec, "outputs"), count);
      return inputs;
    },
  };

  const providerViews = new Map<string, ProviderView | undefined>();
  const providerByUrn = (urn: string): ProviderView | undefined => {
    if (providerViews.has(urn)) return providerViews.get(urn);
    let view: ProviderView | undefined;
    const parsed = parseUrn(urn);
    const rec = providerRecords.get(urn);
    if (!rec && elements) unresolved.add(urn);
    if (parsed && rec) {
      const inputs = inputsOf(rec, counter);
      const type = own(rec, "type") as string;
      fillFrom(inputs, own(rec, "outputs"), providerFacts(packageOfType(type))?.providerRegionKeys ?? fallbackProviderKeys, counter);
      view = { type, urn, name: parsed.name, inputs };
    } else if (parsed && isProviderType(parsed.type)) {
      // Not in the document (a partial export, or a preview that does not list it):
      // the engine fills a default provider from stack config, so do the same.
      const inputs = isDefaultProvider(parsed.type, parsed.name) ? config.get(packageOfType(parsed.type)) : undefined;
      view = { type: parsed.type, urn, name: parsed.name, inputs: inputs ?? {} };
    }
    providerViews.set(urn, view);
    return view;
  };
  const refCache = new Map<string, ProviderView | undefined>();
  // Neighbouring resources usually share a provider: comparing a reference with the previous one
  // is cheaper than hashing it for the cache (measured: about 20 ms per 100,000 resources).
  let lastRef: string | undefined;
  let lastView: ProviderView | undefined;
  const providerOf = (ref: unknown): ProviderView | undefined => {
    if (typeof ref !== "string") return undefined;
    if (ref === lastRef) return lastView;
    let view: ProviderView | undefined;
    if (refCache.has(ref)) view = refCache.get(ref);
    else {
      const split = splitProviderReference(ref);
      view = split ? providerByUrn(split.urn) : undefined;
      refCache.set(ref, view);
    }
    lastRef = ref;
    lastView = view;
    return view;
  };

  const stacks = new Set<string>();
  const projects = new Set<string>();
  let prefix = "\u0000";
  const resources: ScanView[] = [];
  const pendingDeletion: ScanView[] = [];
  let lastType = "";
  let lastParent = "";
  let lastKeys: readonly string[] = fallbackLocationKeys;
  for (let i = 0; elements || i < list!.length; i++) {
    const rec = elements ? elements.next() : list![i];
    if (rec === noMore) break;
    if (!isRecord(rec)) throw new InputError(label, `${where(i)} is not an object`);
    const urn = own(rec, "urn");
    const type = own(rec, "type");
    const at = typeof urn === "string" ? urnNameStart(urn) : -1;
    if (typeof urn !== "string" || at < 0) throw new InputError(label, `${where(i)} has no valid urn`);
    if (typeof type !== "string" || type.length === 0) throw new InputError(label, `${where(i)} has no type`);
    // Old copies awaiting deletion after a replacement (the live resource has the same URN) still
    // exist in the cloud: they are decided apart (`pendingDeletion`); old provider copies configure nothing live.
    const pending = own(rec, "delete") === true;
    const isProvider = type.startsWith(providerPrefix);
    if (pending && isProvider) continue;
    if (elements && isProvider) {
      if (providerRecords.has(urn) || unresolved.has(urn)) throw new ReadWhole();
      providerRecords.set(urn, rec);
    }
    if (!urn.startsWith(prefix)) {
      const p = parseUrn(urn)!;
      stacks.add(p.stack);
      projects.add(p.project);
      prefix = stackPrefixOf(p);
    }
    let inputs: Record<string, unknown>;
    let provider: ProviderView | undefined;
    if (isProvider) {
      provider = undefined;
      const view = providerByUrn(urn);
      inputs = view?.inputs ?? inputsOf(rec, counter);
    } else {
      if (type !== lastType) {
        lastType = type;
        lastKeys = locationKeysOf(type, placementKeys);
      }
      inputs = resourceInputs(rec, lastKeys, counter);
      provider = providerOf(entries ? (own(rec, "provider") ?? entries[i]!.provider) : own(rec, "provider"));
      if (unplaced(inputs, lastKeys, provider)) {
        fillEndpoints(inputs, own(rec, "outputs"), counter);
        withEndpoints.add(i);
      }
    }
    const rawParent = own(rec, "parent");
    const id = own(rec, "id");
    const dependencies = own(rec, "dependencies");
    const propertyDependencies = own(rec, "propertyDependencies");
    // Neighbours mostly share a type and a parent: one copy of each is kept, not one per resource
    // (comparing with the previous one is cheaper than hashing; fewer live objects, cheaper collections).
    let parent: string | undefined;
    if (typeof rawParent === "string") {
      if (rawParent !== lastParent) lastParent = rawParent;
      parent = lastParent;
    }
    const view = new ScanResource(
      type === lastType ? lastType : type,
      urn,
      urn.slice(at),
      inputs,
      provider,
      parent,
      typeof id === "string" && id !== "" ? id : undefined,
      stringList(dependencies),
      dependencyMap(propertyDependencies),
      isProvider ? undefined : source,
      i,
    );
    if (pending) {
      pendingDeletion.push(view);
      continue;
    }
    resources.push(view);
    if (onView?.(view) === false) view.release();
  }
  return {
    format,
    ...(version !== undefined ? { version } : {}),
    stacks: [...stacks],
    projects: [...projects],
    resources,
    secrets: counter.count,
    pendingDeletion,
    warnings: [],
  };
}

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
}

/** A list of strings (the document's own array when it is one), or undefined. */
function stringList(v: unknown): readonly string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return isStringArray(v) ? v : v.filter((x): x is string => typeof x === "string");
}

/** Property name → URNs, keeping only well-formed entries (the document's own object when all are). */
function dependencyMap(v: unknown): Readonly<Record<string, readonly string[]>> | undefined {
  if (!isRecord(v)) return undefined;
  const keys = Object.keys(v);
  let clean = true;
  for (let i = 0; i < keys.length && clean; i++) clean = isStringArray(own(v, keys[i]!));
  if (clean) return v as Readonly<Record<string, readonly string[]>>;
  const out: Record<string, readonly string[]> = {};
  for (const k of keys) {
    const list = stringList(own(v, k));
    if (list) Object.defineProperty(out, k, { value: list, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** The record's inputs with secrets replaced (in place), as a mutable record owned by the scan. */
function redactedInputs(rec: Props, counter: { count: number }): Record<string, unknown> {
  return plainInputs(rec, counter, redactSecrets(own(rec, "inputs"), counter));
}

/** The record's inputs as a mutable record owned by the scan (a fresh one when absent or not an object). */
function plainInputs(rec: Props, _counter: { count: number }, value: unknown = own(rec, "inputs")): Record<string, unknown> {
  const inputs = value;
  if (isRecord(inputs)) return inputs;
  const fresh: Record<string, unknown> = {};
  Object.defineProperty(rec, "inputs", { value: fresh, writable: true, enumerable: true, configurable: true });
  return fresh;
}
