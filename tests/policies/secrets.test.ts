import fc from "fast-check";
import { messageFor } from "../../policypack/core/message";
import type { Finding } from "../../policypack/core/types";
import { isSecret, secretPlaceholder, secretText } from "../../policypack/core/unknown";
import { installSecretMarking, markSecrets } from "../../policypack/policies/secrets";

const sig = "4dabf18193072939515e22adb298388d";
const secret = (value: unknown) => ({ [sig]: "1b47061264138c4ac30d75fd1eb44270", value });

describe("markSecrets", () => {
  it("replaces every secret envelope, at any depth, with the placeholder and keeps everything else", () => {
    const tree = {
      region: secret("cn-hangzhou"),
      endpoints: [{ s3: secret("https://x.aliyuncs.com") }, "plain"],
      n: 1,
      deep: { a: [[secret({ nested: "ap-east-1" })]] },
    };
    expect(markSecrets(tree)).toEqual({
      region: secretPlaceholder,
      endpoints: [{ s3: secretPlaceholder }, "plain"],
      n: 1,
      deep: { a: [[secretPlaceholder]] },
    });
    expect(isSecret(secretPlaceholder)).toBe(true);
    expect(isSecret("cn-hangzhou")).toBe(false);
  });

  it("no secret value survives anywhere in the tree (property)", () => {
    const marker = "S3CR3T";
    const leaf = fc.oneof(
      fc.string({ maxLength: 8 }).map((s) => secret(`${marker}${s}`) as unknown),
      fc.string({ maxLength: 8 }).map((s) => s.replace(/S/g, "")),
      fc.integer(),
      fc.constant(null),
    );
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("tree"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 5 }), tie("tree"), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (t) => {
        expect(JSON.stringify(markSecrets({ root: t }))).not.toContain(marker);
      }),
    );
  });
});

describe("installSecretMarking", () => {
  it("makes @pulumi/policy's deserializer hand policies the placeholder instead of a secret's value", () => {
    installSecretMarking();
    installSecretMarking();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { deserializeProperties } = require("@pulumi/policy/deserialize") as {
      deserializeProperties: (s: unknown, p: boolean) => Record<string, unknown>;
    };
    const struct = {
      toJavaScript: () => ({
        region: { [sig]: "1b47061264138c4ac30d75fd1eb44270", value: "cn-hangzhou" },
        other: { list: [{ [sig]: "1b47061264138c4ac30d75fd1eb44270", value: "https://a.aliyuncs.com" }] },
        plain: "us-east-1",
      }),
    };
    expect(deserializeProperties(struct, false)).toEqual({
      region: secretPlaceholder,
      other: { list: [secretPlaceholder] },
      plain: "us-east-1",
    });
  });
});

describe("messages", () => {
  it("say <secret> for a location that holds a secret", () => {
    const f: Finding = {
      policy: "restricted-region",
      rule: "unknown-region",
      blocking: false,
      urn: "urn:pulumi:prod::shop::aws:s3/bucketV2:BucketV2::b",
      name: "b",
      type: "aws:s3/bucketV2:BucketV2",
      package: "aws",
      regionSource: "provider:region (secret)",
      determinationId: "us-dsp-2025",
      citation: "28 CFR Part 202",
      reason: "the region cannot be read",
    };
    expect(messageFor(f)).toContain(`region ${secretText}`);
    expect(messageFor({ ...f, regionSource: "provider:region" })).toContain("region unknown during preview");
  });
});

describe("installSecretMarking: one deserialisation per request Struct", () => {
  installSecretMarking();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { deserializeProperties } = require("@pulumi/policy/deserialize") as {
    deserializeProperties: (s: unknown, p: boolean) => Record<string, unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { asset } = require("@pulumi/pulumi") as typeof import("@pulumi/pulumi");
  const assetSig = "c44067f5952c0a294b673a41bacd8c17";
  const struct = (json: () => unknown) => ({ toJavaScript: json });

  it("hands every policy of a request the same object for the same Struct", () => {
    const s = struct(() => ({ region: "us-east-1" }));
    const first = deserializeProperties(s, false);
    expect(deserializeProperties(s, false)).toBe(first);
    expect(
      deserializeProperties(
        struct(() => ({ region: "us-east-1" })),
        false,
      ),
    ).not.toBe(first);
  });

  it("gives plain JSON what the library's copy gives: equal values, plain objects and arrays (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), (tree) => {
        const text = JSON.stringify(tree);
        const out = deserializeProperties(
          struct(() => JSON.parse(text) as unknown),
          false,
        );
        expect(JSON.stringify(out)).toBe(text);
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      }),
    );
  });

  it("leaves assets, archives and unknown signatures to the library", () => {
    const out = deserializeProperties(
      struct(() => ({ code: { [sig]: assetSig, path: "./index.js" }, nested: [{ file: { [sig]: assetSig, text: "hi" } }] })),
      false,
    );
    expect(out["code"]).toBeInstanceOf(asset.FileAsset);
    expect((out["nested"] as Record<string, unknown>[])[0]!["file"]).toBeInstanceOf(asset.StringAsset);
    expect(() =>
      deserializeProperties(
        struct(() => ({ x: { [sig]: "not-a-signature" } })),
        false,
      ),
    ).toThrow(/Unrecognized signature/);
  });

  it("does not pass on an object whose prototype a `__proto__` key replaced", () => {
    const json = JSON.parse('{"a": 1}') as Record<string, unknown>;
    Object.setPrototypeOf(json, { region: "cn-hangzhou" });
    const out = deserializeProperties(
      struct(() => json),
      false,
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out["region"]).toBeUndefined();
    expect(out).toEqual({ a: 1 });
  });
});
