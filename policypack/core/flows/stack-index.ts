/**
 * Resources by every identifier other than the URN that a reference can
 * use, one map per kind of key. Which types are found by which name is the
 * registry's `identifiers` data (see index.ts).
 */
import { own } from "../props";
import type { ResourceView } from "../types";
import { KeyMap, SampleFilter } from "./key-maps";
import { azureIdKeys, knownString, lower, viewId } from "./readers";
import type { IdentifierEntry } from "./types";

type Named<K extends IdentifierEntry["kind"]> = Extract<IdentifierEntry, { kind: K }>;

/** The registry's identifiers, by type. */
export interface IdentifierSpec {
  readonly s3: ReadonlyMap<string, string>;
  readonly rds: ReadonlyMap<string, string>;
  readonly gcpNetwork: ReadonlyMap<string, Named<"gcp-network">>;
  readonly azure: ReadonlyMap<string, Named<"azure">>;
}

export function identifierSpec(entries: readonly IdentifierEntry[]): IdentifierSpec {
  const s3 = new Map<string, string>();
  const rds = new Map<string, string>();
  const gcpNetwork = new Map<string, Named<"gcp-network">>();
  const azure = new Map<string, Named<"azure">>();
  for (const e of entries) {
    const map: Map<string, unknown> = e.kind === "s3" ? s3 : e.kind === "rds" ? rds : e.kind === "gcp-network" ? gcpNetwork : azure;
    if (map.has(e.type)) throw new Error(`flow registry: type ${e.type} has two ${e.kind} identifiers`);
    if (e.kind === "s3" || e.kind === "rds") map.set(e.type, e.key);
    else map.set(e.type, e);
  }
  return { s3, rds, gcpNetwork, azure };
}

/**
 * Keys are the identifiers themselves (lower-cased where matching is
 * case-insensitive; lower-casing a string that is already lower case returns
 * it unchanged), never prefixed copies, so probing it builds no key string.
 */
export class StackIndex {
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
  constructor(
    private readonly spec: IdentifierSpec,
    probed?: SampleFilter,
  ) {
    this.arn = new KeyMap(probed && new SampleFilter(), probed);
    this.id = new KeyMap(probed && new SampleFilter(), probed);
    this.gcpNetwork = new KeyMap(probed && new SampleFilter(), probed);
  }

  addView(view: ResourceView): void {
    const inputs = view.inputs;
    const spec = this.spec;
    const arn = knownString(own(inputs, "arn"));
    if (arn) this.arn.add(arn, view);
    const id = viewId(view);
    if (id) {
      this.id.add(lower(id), view);
      if (id.startsWith("/subscriptions/")) for (const k of azureIdKeys(id)) this.azure.add(k, view);
    }
    const s3Key = spec.s3.get(view.type);
    if (s3Key) {
      const b = knownString(own(inputs, s3Key));
      if (b) this.s3.add(b, view);
    }
    const rdsKey = spec.rds.get(view.type);
    if (rdsKey) {
      const ident = knownString(own(inputs, rdsKey));
      if (ident) this.rds.add(lower(ident), view);
    }
    const az = spec.azure.get(view.type);
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
    const net = spec.gcpNetwork.get(view.type);
    if (net) {
      const name = knownString(own(inputs, net.key));
      if (name) this.gcpNetwork.add(lower(name), view);
      const link = knownString(own(inputs, net.selfLink));
      if (link) this.id.add(lower(link), view);
    }
  }
}
