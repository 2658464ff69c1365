import { isSecretEnvelope, redactSecrets, secretPlaceholder, secretSignature, signatureKey } from "../../policypack/state/secrets";

const envelope = (ct: string): Record<string, string> => ({ [signatureKey]: secretSignature, ciphertext: ct });

describe("secret envelopes", () => {
  it("recognises ciphertext, plaintext and secret output values", () => {
    expect(isSecretEnvelope(envelope("v1:abc"))).toBe(true);
    expect(isSecretEnvelope({ [signatureKey]: secretSignature, plaintext: '"hunter2"' })).toBe(true);
    expect(isSecretEnvelope({ [signatureKey]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", value: "x", secret: true })).toBe(true);
    expect(isSecretEnvelope({ [signatureKey]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", value: "x" })).toBe(false);
    expect(isSecretEnvelope({ [signatureKey]: "c44067f5952c0a294b673a41bacd8c17", path: "a.txt" })).toBe(false); // asset
    expect(isSecretEnvelope({ [signatureKey]: "an-unknown-future-signature" })).toBe(true); // fail closed
    expect(isSecretEnvelope({ ciphertext: "v1:abc" })).toBe(false);
    expect(isSecretEnvelope("v1:abc")).toBe(false);
  });

  it("replaces every envelope in place, at any depth, in objects and arrays", () => {
    const tree = {
      password: envelope("CT-1"),
      nested: { list: [1, envelope("CT-2"), { deeper: [envelope("CT-3")] }] },
      plain: "keep",
    };
    const counter = { count: 0 };
    const out = redactSecrets(tree, counter);
    expect(out).toBe(tree);
    expect(counter.count).toBe(3);
    expect(JSON.stringify(tree)).not.toMatch(/CT-/);
    expect(tree.password).toBe(secretPlaceholder);
    expect(tree.plain).toBe("keep");
  });

  it("returns the placeholder for a secret root and leaves scalars alone", () => {
    expect(redactSecrets(envelope("CT"))).toBe(secretPlaceholder);
    expect(redactSecrets("x")).toBe("x");
    expect(redactSecrets(null)).toBeNull();
  });

  it("keeps a '__proto__' key a plain own property", () => {
    const tree = JSON.parse(`{"__proto__": {"${signatureKey}": "${secretSignature}", "ciphertext": "CT"}}`) as Record<string, unknown>;
    redactSecrets(tree);
    expect(Object.getOwnPropertyDescriptor(tree, "__proto__")?.value).toBe(secretPlaceholder);
    expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
  });

  it("handles very deep nesting without recursion", () => {
    let deep: unknown = envelope("DEEP");
    for (let i = 0; i < 20000; i++) deep = [deep];
    const counter = { count: 0 };
    redactSecrets(deep, counter);
    expect(counter.count).toBe(1);
  });
});
