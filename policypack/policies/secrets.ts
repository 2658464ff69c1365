/**
 * Secrets over the analyzer protocol. The engine sends a secret as
 * `{"<sig>": "<secret sig>", "value": …}`; @pulumi/policy unwraps it while
 * deserialising the properties it hands to policies (Analyze, AnalyzeStack
 * and providers, with `proxySecrets` false), so a policy cannot tell a secret
 * region or webhook URL from a plain one and would print it. The deserialiser
 * is looked up on its module at every call, so the pack wraps it once at load:
 * it deserialises keeping secrets as `Secret` objects (the library's own
 * `proxySecrets` mode) and replaces each with the core's `secretPlaceholder`.
 * The core then never sees a secret's value (core/unknown.ts, `isSecret`).
 */
import { secretPlaceholder } from "../core/unknown";

type Deserialize = (struct: unknown, proxySecrets: boolean) => unknown;

interface SecretClass {
  new (value: unknown): { value: unknown };
}

const proxyTarget = "__getSpecialProxyTarget";

/** Replaces every `Secret` in a freshly deserialised tree (plain objects and arrays only) with the placeholder, in place. */
export function markSecrets(v: unknown, Secret: SecretClass): unknown {
  if (v instanceof Secret) return secretPlaceholder;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item === "object" && item !== null) v[i] = markSecrets(item, Secret);
    }
    return v;
  }
  if (typeof v === "object" && v !== null) {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v; // assets, archives
    const rec = v as Record<string, unknown>;
    for (const k of Object.keys(rec)) {
      const item = rec[k];
      if (typeof item === "object" && item !== null) rec[k] = markSecrets(item, Secret);
    }
  }
  return v;
}

let installed = false;

/** Makes secret-ness reach the core for every request this process serves (idempotent). */
export function installSecretMarking(): void {
  if (installed) return;
  installed = true;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const mod = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
  const { Secret } = require("@pulumi/policy") as { Secret: SecretClass };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const original = mod.deserializeProperties;
  if (typeof original !== "function" || typeof Secret !== "function") {
    throw new Error("us-person-data-guard: @pulumi/policy's deserializer was not found; secrets could not be protected");
  }
  mod.deserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets) return original(struct, true);
    const kept = original(struct, true) as Record<string, unknown>;
    const target = kept[proxyTarget] ?? kept;
    return markSecrets(target, Secret);
  };
}
