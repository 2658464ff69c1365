/**
 * The run-scoped memory of the core: everything `decide` and the flow
 * analysis remember between calls lives in one object the adapter owns (the
 * pack's policy context, one scan run) and passes in. The core itself keeps
 * no module state: drop the memo and nothing is remembered.
 *
 * Every entry is a pure function of its key and of data that never changes
 * once built (catalog data, a compiled determination, a view: views are
 * never modified after they are built), so a hit returns what a miss would
 * compute. Every map is bounded, so hostile input cannot grow it without limit.
 */
import type { Determination } from "./model";
import type { TypeFacts } from "./type-facts";
import type { EndpointFinding } from "./endpoints";
import type { BarrenStrings } from "./decode";
import type { Place, RegionResolution } from "./region";
import type { ProviderView, ResourceView } from "./types";

/** The endpoint hosts of one provider resource's inputs, by identity of its inputs and secrets and the determination. */
export interface ProviderHosts {
  readonly inputs: ProviderView["inputs"];
  readonly secrets: ProviderView["secrets"];
  readonly det: Determination;
  /** Hosts that matter under `det` (a restricted vendor or jurisdiction). */
  readonly hits: readonly EndpointFinding[];
  /** The first host whose location the catalog knows (it places the provider, restricted or not). */
  readonly place: EndpointFinding | undefined;
}

export interface DecideMemo {
  /** Facts of a type token (package, family, global, location entries…), by token. */
  readonly types: Map<string, TypeFacts>;
  /** Places by determination, package and raw value: a stack names the same few regions thousands of times. */
  readonly places: WeakMap<Determination, Map<string, Map<string, Place>>>;
  /** Endpoint hits of the few provider resources seen last (most recent first). */
  readonly providerHosts: ProviderHosts[];
  /** The last region resolution (a scan asks for one resource twice in a row: its decision, then its flows). */
  lastResolution: { readonly view: ResourceView; readonly det: Determination; readonly resolution: RegionResolution } | undefined;
  /** The last UTC day computed, by whole days since the epoch. */
  lastDay: { readonly day: number; readonly text: string } | undefined;
  /** Strings of resource inputs whose endpoint search found nothing relevant under a determination (bounded: `barrenLimits`). */
  readonly barren: WeakMap<Determination, BarrenStrings>;
}

/** Bounds of the memo's maps. */
export const memoLimits = { types: 4096, placesPerPackage: 4096, packages: 32, providerHosts: 8 } as const;

export function createMemo(): DecideMemo {
  return {
    types: new Map(),
    places: new WeakMap(),
    providerHosts: [],
    lastResolution: undefined,
    lastDay: undefined,
    barren: new WeakMap(),
  };
}
