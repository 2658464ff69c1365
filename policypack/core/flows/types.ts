/**
 * The shapes of the flow registry: edges a mechanism finds, the context a
 * mechanism's reader is given, and the entries each mechanism file exports.
 */
import type { Determination } from "../model";
import type { RegionResolution } from "../region";
import type { ResourceView } from "../types";

/** Kinds of key a reference is resolved by, besides URN, ARN and id. */
export type RefKind = "s3" | "rds" | "azure" | "gcp-network";

export type Ref =
  | { readonly kind: "none" }
  | { readonly kind: "unknown" }
  | { readonly kind: "view"; readonly view: ResourceView }
  | { readonly kind: "external"; readonly value: string };

export const none: Ref = { kind: "none" };

export type DestSpec =
  | { readonly kind: "view"; readonly view: ResourceView }
  | {
      readonly kind: "places";
      readonly pkg: string;
      readonly resolution: RegionResolution;
      readonly label: string;
      /**
       * The destination lies outside the stack and nothing it is named by
       * says its region: how the region could be made known, for the message.
       */
      readonly outside?: string;
    }
  | { readonly kind: "vendor"; readonly pkg?: string; readonly host: string; readonly jurisdiction?: string };

export interface Edge {
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

export interface Extracted {
  readonly edges: Edge[];
  /** Top-level input keys the reader has analysed (the generic reference scan skips them). */
  readonly handled: readonly string[];
}

export interface Verdict {
  readonly status: "restricted" | "unknown" | "clear";
  readonly pkg?: string;
  readonly region?: string;
  readonly jurisdictions?: readonly string[];
  readonly restricted: readonly string[];
  readonly providerReason?: string;
  readonly effective?: string;
  readonly regionSource?: string;
}

/** What a mechanism's reader may ask of the analysis of the stack. */
export interface FlowContext {
  readonly det: Determination;
  /**
   * Resolves a reference held in `value` (read from top-level input `key` of
   * `holder`): by URN, ARN, id or a kind-specific name; an unknown value
   * through the holder's property dependencies, narrowed to `types`.
   */
  resolveRef(holder: ResourceView, key: string, value: unknown, kinds: readonly RefKind[], types?: readonly string[]): Ref;
  /** The one stack resource of `types` the holder's `key` depends on, else unknown. */
  viaDependencies(holder: ResourceView, key: string, types?: readonly string[]): Ref;
  /** A destination from a resolved reference; external values placed by ARN when possible. */
  destFromRef(ref: Ref, path: string): DestSpec | "unknown" | undefined;
  destFromArn(value: string, path: string): DestSpec | undefined;
  /** An Azure name given bare ("sql-primary") as the id-like key the index knows. */
  azureName(collection: string, v: unknown): unknown;
  regionOf(view: ResourceView): RegionResolution;
  judgeView(view: ResourceView): Verdict;
  judgeDest(d: DestSpec): Verdict;
  /** Runs `fn`; on an error, reports `r` if it looks like it references something restricted. */
  guard(r: ResourceView | undefined, fn: () => void): void;
  emitAll(declarer: ResourceView, edges: readonly Edge[]): void;
}

/** Where the documentation of a mechanism is. */
export type Citation = `https://${string}`;

/** A flow read from one resource's own inputs. */
export interface FlowEntry {
  /** The mechanism's name, as findings say it ("S3 replication"). */
  readonly mechanism: string;
  /** The type tokens this entry reads. */
  readonly types: readonly string[];
  readonly citation: Citation;
  /**
   * The top-level keys the reader reads, when it reads no other and finds
   * nothing without them: a resource with none of them is not read, and
   * needs no inputs kept. Absent: the reader always runs.
   */
  readonly onlyWith?: readonly string[];
  /** How the source and destination are found from the inputs. */
  readonly read: (r: ResourceView, cx: FlowContext) => Extracted;
}

/** A flow between several resources, read once every resource is known. */
export interface PostPass {
  readonly mechanism: string;
  readonly citation: Citation;
  /** Types whose resources it reads (their inputs are kept), handed to `run` in stack order. */
  readonly collects: readonly string[];
  /** Types read by this pass alone (no per-resource reader, no reference scan), handed to `run` too. */
  readonly exclusive?: readonly string[];
  run(collected: (type: string) => readonly ResourceView[], cx: FlowContext): void;
}

/** How resources of a type are found by a name (besides URN, ARN and id). */
export type IdentifierEntry =
  | { readonly kind: "s3" | "rds"; readonly type: string; readonly key: string }
  | { readonly kind: "gcp-network"; readonly type: string; readonly key: string; readonly selfLink: string }
  | {
      readonly kind: "azure";
      readonly type: string;
      /** Id collection path ("servers"). */
      readonly collection: string;
      /** Name keys, the first present counts. */
      readonly name: readonly string[];
      readonly parent?: { readonly collection: string; readonly keys: readonly string[] };
    };

/** What one mechanism file exports. */
export interface FlowModule {
  readonly name: string;
  readonly entries?: readonly FlowEntry[];
  readonly postPasses?: readonly PostPass[];
  readonly identifiers?: readonly IdentifierEntry[];
}
