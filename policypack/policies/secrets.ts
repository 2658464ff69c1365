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

function isEnvelope(v: object): boolean {
  return (v as Record<string, unknown>)[specialSigKey] === secretSig;
}

/**
 * Replaces every secret envelope in fresh JSON (from Struct.toJavaScript) with
 * the placeholder, in place. The values taken out are pushed to `revealed`
 * (with the top-level key they sat under) when given: the endpoint search
 * reads them as secret, so a secret kubeconfig still places its cluster, and
 * prints `<secret>` for what it finds there.
 */
export function markSecrets(v: unknown, revealed?: SecretValue[], key = ""): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item === "object" && item !== null) v[i] = isEnvelope(item) ? take(item, key, revealed) : markSecrets(item, revealed, key);
    }
    return v;
  }
  if (isEnvelope(v)) return take(v, key, revealed);
  const rec = v as Record<string, unknown>;
  for (const k in rec) {
    if (!Object.prototype.hasOwnProperty.call(rec, k)) continue;
    const item = rec[k];
    const at = key === "" ? k : key;
    if (typeof item === "object" && item !== null) rec[k] = isEnvelope(item) ? take(item, at, revealed) : markSecrets(item, revealed, at);
  }
  return v;
}

function take(envelope: object, key: string, revealed: SecretValue[] | undefined): string {
  if (revealed !== undefined) revealed.push({ key, value: (envelope as Record<string, unknown>)["value"] });
  return secretPlaceholder;
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

/** How many request Structs are remembered (a request's own and its provider's, a few requests interleaved). */
const recentLimit = 8;

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
  // The library deserialises the same request's Struct once per policy (and its provider's once more),
  // and the protobuf message hands out the same Struct object each time: convert, mark and deserialise
  // it once, and hand every policy the same result (the library and the policies only read it). The
  // Structs seen last are checked first by identity in a short list (an Analyze request's own and its
  // provider's); the WeakMap keeps the rest (AnalyzeStack deserialises every resource once per policy).
  const recent: { readonly struct: object; readonly out: unknown }[] = [];
  const byStruct = new WeakMap<object, unknown>();
  mod.deserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets) return original(struct, true);
    for (const r of recent) if (r.struct === struct) return r.out;
    if (byStruct.has(struct)) return byStruct.get(struct);
    const revealed: SecretValue[] = [];
    const json = markSecrets(struct.toJavaScript(), revealed);
    const out = original({ toJavaScript: () => json }, false);
    if (revealed.length > 0 && typeof out === "object" && out !== null) {
      anySecrets = true;
      secretsByProps.set(out, revealed);
    }
    byStruct.set(struct, out);
    if (recent.length >= recentLimit) recent.pop();
    recent.unshift({ struct, out });
    return out;
  };
}
