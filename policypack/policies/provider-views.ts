/**
 * One provider view per provider configuration. The engine sends a
 * resource's provider (its URN and inputs) with every Analyze request, and
 * @pulumi/policy deserialises it afresh each time; the core remembers what it
 * learnt about a provider (its endpoint hosts, where they place it) by the
 * identity of its inputs. So the adapter hands the core the view it built
 * before for the same provider when the new inputs are the same: same URN,
 * type and name, the same keys in the same order with the same values, and
 * the same secret values. Anything else (a changed value, another key order,
 * a tree deeper than the comparison goes) gets a new view, as before: a miss
 * costs what no memo costs, a hit returns what a miss would build.
 */
import type { Props, ProviderView, SecretValue } from "../core/types";

/** How deep the comparison follows nested values; deeper trees are not shared. */
const maxDepth = 32;

/**
 * Whether two deserialised values are the same: primitives by `===`, arrays
 * item by item, plain objects by their own enumerable keys in order. Key
 * order counts because the endpoint search reports the first host it meets.
 * Any other object (an asset, whose path is a promise) is the same only as
 * itself.
 */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || depth >= maxDepth) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameValue(ra[k], rb[k], depth + 1)) return false;
  }
  return true;
}

function isPlain(o: object): boolean {
  const proto: unknown = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
}

function sameSecrets(a: readonly SecretValue[] | undefined, b: readonly SecretValue[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.key !== b[i]!.key || !sameValue(a[i]!.value, b[i]!.value)) return false;
  return true;
}

/** The provider views of one run, by provider URN (the latest configuration of each). */
export class ProviderViews {
  private readonly byUrn = new Map<string, ProviderView>();

  /** At most this many providers are remembered; a run with more starts over (a miss is only slower). */
  static readonly limit = 256;

  /** The view of a provider: the one built before when nothing differs, else a new one (remembered). */
  viewOf(type: string, urn: string, name: string, inputs: Props, secrets: readonly SecretValue[] | undefined): ProviderView {
    const known = this.byUrn.get(urn);
    if (
      known !== undefined &&
      known.type === type &&
      known.name === name &&
      sameSecrets(known.secrets, secrets) &&
      sameValue(known.inputs, inputs)
    )
      return known;
    const view: ProviderView = { type, urn, name, inputs, secrets };
    if (known === undefined && this.byUrn.size >= ProviderViews.limit) this.byUrn.clear();
    this.byUrn.set(urn, view);
    return view;
  }
}
