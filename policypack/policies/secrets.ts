/**
 * Secrets over the analyzer protocol. The engine sends a secret as
 * `{"<sig>": "<secret sig>", "value": …}`; @pulumi/policy unwraps it while
 * deserialising the properties it hands to policies (Analyze, AnalyzeStack
 * and providers, with `proxySecrets` false), so a policy cannot tell a secret
 * region or webhook URL from a plain one and would print it. The deserialiser
 * is looked up on its module at every call, so the pack wraps it once at load:
 * it converts the request's Struct to JSON once (as the library does), replaces
 * each secret envelope with the core's `secretPlaceholder` in that fresh JSON,
 * and hands the result to the library's own deserialiser (assets, archives and
 * everything else as before). The core then never sees a secret's value
 * (core/unknown.ts, `isSecret`). Cost: one walk over plain JSON per request,
 * less than the Struct conversions and deserialisations it saves (one per
 * request, not one per policy).
 */
import { secretPlaceholder } from "../core/unknown";
import type { SecretValue } from "../core/types";

type Deserialize = (struct: { toJavaScript(): unknown }, proxySecrets: boolean) => unknown;

/** `sig` key of the engine's special objects, and the signature of a secret (the engine's wire format). */
const specialSigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";

/** What one walk over fresh JSON found: the secret values it took out, and whether anything needs the library's deserialiser. */
interface Marking {
  readonly revealed: SecretValue[] | undefined;
  /** An object the library turns into something else (an asset, an archive, an unknown signature), or one with another prototype. */
  special: boolean;
}

/**
 * Replaces every secret envelope in fresh JSON (from Struct.toJavaScript) with
 * the placeholder, in place. The values taken out are pushed to `revealed`
 * (with the top-level key they sat under) when given: the endpoint search
 * reads them as secret, so a secret kubeconfig still places its cluster, and
 * prints `<secret>` for what it finds there.
 */
export function markSecrets(v: unknown, revealed?: SecretValue[]): unknown {
  return mark(v, { revealed, special: false }, "");
}

function mark(v: unknown, m: Marking, key: string): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item === "object" && item !== null) v[i] = mark(item, m, key);
    }
    return v;
  }
  const rec = v as Record<string, unknown>;
  const sig = rec[specialSigKey];
  if (sig !== undefined) {
    if (sig === secretSig) {
      if (m.revealed !== undefined) m.revealed.push({ key, value: rec["value"] });
      return secretPlaceholder;
    }
    m.special = true;
  }
  if (Object.getPrototypeOf(rec) !== Object.prototype) m.special = true;
  for (const k in rec) {
    if (!Object.prototype.hasOwnProperty.call(rec, k)) continue;
    const item = rec[k];
    if (typeof item === "object" && item !== null) rec[k] = mark(item, m, key === "" ? k : key);
  }
  return v;
}

/** Secret values taken out of each deserialised property object, by that object (see `secretValuesOf`). */
const secretsByProps = new WeakMap<object, readonly SecretValue[]>();
/** Whether any request of this process held a secret: until one does, no lookup is needed. */
let anySecrets = false;

/** The secret values of a property object the engine sent (raw, unproxied), if it held any. */
export function secretValuesOf(props: unknown): readonly SecretValue[] | undefined {
  if (!anySecrets) return undefined;
  return typeof props === "object" && props !== null ? secretsByProps.get(props) : undefined;
}

let installed = false;

/**
 * Where a request Struct keeps its deserialised properties: a symbol property
 * on the Struct itself, so the result lives exactly as long as the request
 * (a Struct that cannot take it falls back to a WeakMap).
 */
const deserialised = Symbol("us-person-data-guard:deserialised");
type Carrier = { [deserialised]?: unknown };

/** Makes secret-ness reach the core for every request this process serves (idempotent). */
export function installSecretMarking(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
  const original = mod.deserializeProperties;
  if (typeof original !== "function") {
    throw new Error("us-person-data-guard: @pulumi/policy's deserializer was not found; secrets could not be protected");
  }
  // The library deserialises the same request's Struct once per policy (and its provider's once more;
  // AnalyzeStack every resource once per stack policy), and the protobuf message hands out the same
  // Struct object each time: convert, mark and deserialise it once, keep the result on the Struct, and
  // hand every policy the same result (the library and the policies only read it).
  const fallback = new WeakMap<object, unknown>();
  mod.deserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets) return original(struct, true);
    const carrier = struct as Carrier;
    const kept = carrier[deserialised];
    if (kept !== undefined) return kept;
    if (fallback.has(struct)) return fallback.get(struct);
    const marking: Marking = { revealed: [], special: false };
    const json = mark(struct.toJavaScript(), marking, "");
    // Fresh JSON of plain objects and arrays is what the library's deserialiser would copy it into: hand it
    // over as it is, and leave assets, archives and anything unusual to the library.
    const out = marking.special || typeof json !== "object" || json === null ? original({ toJavaScript: () => json }, false) : json;
    const revealed = marking.revealed!;
    if (revealed.length > 0 && typeof out === "object" && out !== null) {
      anySecrets = true;
      secretsByProps.set(out, revealed);
    }
    if (out !== undefined && Object.isExtensible(struct)) carrier[deserialised] = out;
    else fallback.set(struct, out);
    return out;
  };
}
