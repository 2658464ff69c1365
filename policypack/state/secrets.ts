/**
 * Secret envelopes in Pulumi state: `{"4dabf18193072939515e22adb298388d":
 * "1b47061264138c4ac30d75fd1eb44270", "ciphertext": "…"}` (or `"plaintext"`
 * after `--show-secrets`), and output values flagged `secret: true`. The scan
 * replaces each, in place, with an opaque placeholder before any other code
 * sees the properties: nothing downstream can print what it never holds.
 * `pulumi preview --json` already writes the same placeholder, `[secret]`.
 */
import { hasOwn, isRecord, own } from "../core/props";

/** The signature key of Pulumi's special objects. */
export const signatureKey = "4dabf18193072939515e22adb298388d";
export const secretSignature = "1b47061264138c4ac30d75fd1eb44270";
export const outputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** What a secret becomes: the string the Pulumi CLI prints for secrets. */
import { secretPlaceholder } from "../core/unknown";
export { secretPlaceholder };

/** Is `v` a secret envelope (or a secret output value)? */
export function isSecretEnvelope(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const sig = own(v, signatureKey);
  if (sig === undefined) return false;
  if (sig === secretSignature) return true;
  if (sig === outputValueSignature) return own(v, "secret") === true;
  // An unrecognised signature could be a future secret form: fail closed.
  return typeof sig !== "string" || !knownSignatures.has(sig);
}

const knownSignatures: ReadonlySet<string> = new Set([
  secretSignature,
  outputValueSignature,
  "c44067f5952c0a294b673a41bacd8c17", // asset
  "0def7320c3a5731c473e5ecbe6d01bc7", // archive
  "5cf8f73096256a8f31e491e813e4eb8e", // resource reference
]);

/**
 * Replaces every secret envelope inside `root` with the placeholder, in place,
 * and returns the new root (the placeholder itself when `root` is a secret).
 * Iterative, so arbitrarily deep input cannot overflow the stack. Only own
 * properties are visited.
 */
export function redactSecrets(root: unknown, counter?: { count: number }): unknown {
  if (typeof root !== "object" || root === null) return root;
  if (isSecretEnvelope(root)) {
    if (counter) counter.count++;
    return secretPlaceholder;
  }
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v !== "object" || v === null) continue;
        if (isSecretEnvelope(v)) {
          node[i] = secretPlaceholder;
          if (counter) counter.count++;
        } else stack.push(v);
      }
    } else {
      const rec = node as Record<string, unknown>;
      // for-in with an own-property check visits what Object.keys lists, in the same order,
      // without allocating the list (a scan visits every object of 100,000 resources).
      for (const k in rec) {
        if (!hasOwn.call(rec, k)) continue;
        const v = rec[k];
        if (typeof v !== "object" || v === null) continue;
        if (isSecretEnvelope(v)) {
          // defineProperty, not assignment: a key named __proto__ stays a plain own property.
          Object.defineProperty(rec, k, { value: secretPlaceholder, writable: true, enumerable: true, configurable: true });
          if (counter) counter.count++;
        } else stack.push(v);
      }
    }
  }
  return root;
}
