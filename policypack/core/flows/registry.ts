/**
 * The flow registry, derived from the mechanism modules: the reader of each
 * type, the types whose inputs the analysis reads (`typesWithOwnAnalysis`),
 * the post-passes and what they collect, and the identifiers of the stack
 * index. Nothing here is kept by hand: every list follows the modules.
 */
import type { ResourceView } from "../types";
import { identifierSpec, type IdentifierSpec } from "./stack-index";
import type { FlowEntry, FlowModule, PostPass } from "./types";

export interface Registry {
  readonly modules: readonly FlowModule[];
  /** The one entry reading each type. */
  readonly readers: ReadonlyMap<string, FlowEntry>;
  /**
   * The types whose inputs the analysis reads (a reader's or a post-pass's):
   * what `add` tells its caller to keep. For a type whose reader reads only
   * some top-level keys and finds nothing without them, those keys: a
   * resource with none of them is not read, and needs no inputs kept.
   */
  readonly typesWithOwnAnalysis: ReadonlyMap<string, readonly string[] | undefined>;
  readonly postPasses: readonly PostPass[];
  /** Types a post-pass collects from every resource. */
  readonly collected: ReadonlySet<string>;
  /** Types read by a post-pass alone (no reader, no reference scan), collected once judged analysable. */
  readonly exclusive: ReadonlySet<string>;
  readonly identifiers: IdentifierSpec;
}

/** Builds the registry; throws (naming the type) when two entries claim a type. */
export function buildRegistry(modules: readonly FlowModule[]): Registry {
  const readers = new Map<string, FlowEntry>();
  const own = new Map<string, readonly string[] | undefined>();
  const postPasses: PostPass[] = [];
  const collected = new Set<string>();
  const exclusive = new Set<string>();
  for (const m of modules) {
    for (const e of m.entries ?? []) {
      for (const t of e.types) {
        if (readers.has(t)) throw new Error(`flow registry: ${m.name}: type ${t} already has a reader (${readers.get(t)!.mechanism})`);
        readers.set(t, e);
        own.set(t, e.onlyWith);
      }
    }
    for (const p of m.postPasses ?? []) {
      postPasses.push(p);
      for (const t of new Set([...p.collects, ...(p.exclusive ?? [])])) {
        own.set(t, undefined); // a post-pass reads every resource it is given, whatever keys it has
        if (p.exclusive?.includes(t)) exclusive.add(t);
        else collected.add(t);
      }
    }
  }
  for (const t of exclusive) {
    if (readers.has(t)) throw new Error(`flow registry: type ${t} is read by a post-pass alone and also has a reader`);
    if (collected.has(t)) throw new Error(`flow registry: type ${t} is collected both exclusively and not`);
  }
  const identifiers = identifierSpec(modules.flatMap((m) => m.identifiers ?? []));
  return { modules, readers, typesWithOwnAnalysis: own, postPasses, collected, exclusive, identifiers };
}

/** Per analysis: the resources collected for the post-passes, by type, in stack order. */
export function collector(registry: Registry): { add(r: ResourceView): void; get(type: string): readonly ResourceView[] } {
  const byType = new Map<string, ResourceView[]>();
  return {
    add(r) {
      const list = byType.get(r.type);
      if (list) list.push(r);
      else byType.set(r.type, [r]);
    },
    get: (type) => (registry.collected.has(type) || registry.exclusive.has(type) ? (byType.get(type) ?? []) : []),
  };
}
