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
 * less than the Struct conversions it saves (one per request, not per policy).
 */
import { secretPlaceholder } from "../core/unknown";

type Deserialize = (struct: { toJavaScript(): unknown }, proxySecrets: boolean) => unknown;

/** `sig` key of the engine's special objects, and the signature of a secret (the engine's wire format). */
const specialSigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";

function isEnvelope(v: object): boolean {
  return (v as Record<string, unknown>)[specialSigKey] === secretSig;
}

/** Replaces every secret envelope in fresh JSON (from Struct.toJavaScript) with the placeholder, in place. */
export function markSecrets(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item === "object" && item !== null) v[i] = isEnvelope(item) ? secretPlaceholder : markSecrets(item);
    }
    return v;
  }
  if (isEnvelope(v)) return secretPlaceholder;
  const rec = v as Record<string, unknown>;
  for (const k in rec) {
    if (!Object.prototype.hasOwnProperty.call(rec, k)) continue;
    const item = rec[k];
    if (typeof item === "object" && item !== null) rec[k] = isEnvelope(item) ? secretPlaceholder : markSecrets(item);
  }
  return v;
}

let installed = false;

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
  // The library deserialises the same request's Struct once per policy (and its provider's once more):
  // convert and mark it once per Struct (the protobuf message hands out the same Struct object each
  // time), then let the library build its fresh objects from that JSON, which it only reads.
  const marked = new WeakMap<object, unknown>();
  mod.deserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets) return original(struct, true);
    let json = marked.get(struct);
    if (json === undefined) {
      json = markSecrets(struct.toJavaScript());
      marked.set(struct, json);
    }
    const frozen = json;
    return original({ toJavaScript: () => frozen }, false);
  };
}
