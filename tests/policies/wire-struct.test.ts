import fc from "fast-check";
import { decodeStruct, maxDepth } from "../../policypack/policies/wire-struct";
import { jspb, structPb, toStruct } from "../protocol/harness";

const { Struct } = structPb;

/** google-protobuf's own answer for these bytes (this file never installs the wire decoding), or "throws". */
function reference(bytes: Uint8Array): unknown {
  try {
    const msg = new Struct();
    Struct.deserializeBinaryFromReader(msg, new jspb.BinaryReader(bytes));
    return msg.toJavaScript();
  } catch {
    return "throws";
  }
}

/**
 * A value as a comparable tree: keys in their order, -0 and NaN kept (a Struct's numbers are doubles), and
 * no reliance on own properties such as `constructor` that deep equality would read as the type.
 */
function canon(v: unknown): unknown {
  if (typeof v === "number") return ["number", Object.is(v, -0) ? "-0" : String(v)];
  if (Array.isArray(v)) return ["array", v.map(canon)];
  if (typeof v === "object" && v !== null)
    return [
      "object",
      Object.getPrototypeOf(v) === Object.prototype,
      Object.keys(v).map((k) => [k, canon((v as Record<string, unknown>)[k])]),
    ];
  return v;
}

/** Whether any key or string in `v` has a surrogate or U+FFFD. */
function hasOddText(v: unknown): boolean {
  if (typeof v === "string") return /[\ud800-\udfff\ufffd]/.test(v);
  if (typeof v !== "object" || v === null) return false;
  return Object.keys(v).some((k) => hasOddText(k) || hasOddText((v as Record<string, unknown>)[k]));
}

const encode = (o: Record<string, unknown>): Uint8Array => toStruct(o).serializeBinary();
const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts.map((p) => Buffer.from(p)));

/** Any string, lone surrogates included (google-protobuf encodes them its own way). */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const key = fc.oneof(anyString, fc.constantFrom("region", "a", "b", "", "0", "10", "__proto__", "constructor", "toString"));
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small" },
    anyString,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("tree"), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie("tree")), { maxLength: 4 }).map((entries) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
}));
const topLevel = fc.array(fc.tuple(key, tree), { maxLength: 6 });
const objectOf = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
};

describe("decodeStruct", () => {
  it("decodes what google-protobuf decodes, keys in its (sorted) order", () => {
    const bytes = encode({
      zone: "cn-hangzhou-a",
      region: "cn-hangzhou",
      n: 3.5,
      on: true,
      none: null,
      tags: { b: "2", a: "1" },
      list: [1, "x", [], {}],
    });
    const json = decodeStruct(bytes);
    expect(canon(json)).toEqual(canon(reference(bytes)));
    expect(Object.keys(json!)).toEqual(["list", "n", "none", "on", "region", "tags", "zone"]);
    expect(Object.keys(json!["tags"] as object)).toEqual(["a", "b"]);
  });

  it("equals google-protobuf's result for any Struct it encodes (property)", () => {
    fc.assert(
      fc.property(topLevel, (entries) => {
        const bytes = encode(objectOf(entries));
        const json = decodeStruct(bytes);
        // Left to google-protobuf only for text it encodes its own way (a lone surrogate; U+FFFD, which the decoder cannot tell from it).
        if (json !== undefined) expect(canon(json)).toEqual(canon(reference(bytes)));
        else expect(hasOddText(entries)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("sorts fields the engine sends in any order, as google-protobuf's map does (property)", () => {
    const plainKey = fc.string({ maxLength: 6 }).filter((k) => k !== "__proto__");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(plainKey, fc.oneof(fc.string({ maxLength: 4 }), fc.integer())), { selector: ([k]) => k, maxLength: 8 }),
        (entries) => {
          // Each field alone is a Struct of one entry; a Struct's fields are a repeated field, so the parts concatenate.
          const shuffled = [...entries].reverse();
          const bytes = concat(shuffled.map(([k, v]) => encode(objectOf([[k, v]]))));
          const json = decodeStruct(bytes);
          expect(json).toBeDefined();
          expect(canon(json)).toEqual(canon(reference(bytes)));
        },
      ),
    );
  });

  it("never returns a value google-protobuf would not: any change to the bytes is decoded alike or left to it (property)", () => {
    let decoded = 0;
    fc.assert(
      fc.property(
        topLevel,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete")), {
          minLength: 1,
          maxLength: 3,
        }),
        (entries, edits) => {
          const bytes = Array.from(encode(objectOf(entries)));
          for (const [at, b, op] of edits) {
            const i = bytes.length === 0 ? 0 : at % bytes.length;
            if (op === "set" && bytes.length > 0) bytes[i] = b;
            else if (op === "insert") bytes.splice(i, 0, b);
            else if (bytes.length > 0) bytes.splice(i, 1);
          }
          const mutated = Uint8Array.from(bytes);
          const json = decodeStruct(mutated);
          if (json !== undefined) {
            decoded++;
            expect(canon(json)).toEqual(canon(reference(mutated)));
          }
        },
      ),
      { numRuns: 500 },
    );
    // Many changes still leave a Struct (a changed character, a dropped field): those are compared, not only
    // refused. Over 40 seeds, 43–71 of the 500 changed inputs decoded; 20 is far below any of them.
    expect(decoded).toBeGreaterThan(20);
  });

  it("leaves to google-protobuf what it decodes its own way", () => {
    const region = encode({ region: "cn-hangzhou" });
    // an unknown field of the Struct (field 2, a varint)
    expect(decodeStruct(concat([region, Uint8Array.from([0x10, 0x01])]))).toBeUndefined();
    // a repeated key: the map keeps the last, whatever the order
    expect(decodeStruct(concat([region, encode({ region: "us-east-1" })]))).toBeUndefined();
    // a key its map object cannot hold (google-protobuf never encodes it, so the bytes are written here)
    const protoKey = Uint8Array.from([0x0a, 0x10, 0x0a, 0x09, ...Buffer.from("__proto__"), 0x12, 0x03, 0x1a, 0x01, 0x78]);
    expect(reference(protoKey)).toStrictEqual({});
    expect(decodeStruct(protoKey)).toBeUndefined();
    // bytes that are not UTF-8 in a string
    const bad = Uint8Array.from([0x0a, 0x09, 0x0a, 0x01, 0x61, 0x12, 0x04, 0x1a, 0x02, 0xc3, 0x28]);
    expect(reference(bad)).not.toBe("throws");
    expect(decodeStruct(bad)).toBeUndefined();
    // a value with no kind, which google-protobuf refuses to convert
    const noKind = Uint8Array.from([0x0a, 0x05, 0x0a, 0x01, 0x61, 0x12, 0x00]);
    expect(reference(noKind)).toBe("throws");
    expect(decodeStruct(noKind)).toBeUndefined();
    // truncated bytes
    expect(decodeStruct(region.subarray(0, region.length - 1))).toBeUndefined();
  });

  it("keeps the last of a value's kinds, as the oneof does", () => {
    // field "a": a Value holding a string, then a number
    const value = Uint8Array.from([0x1a, 0x01, 0x78, 0x11, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    const entry = Uint8Array.from([0x0a, 0x01, 0x61, 0x12, value.length, ...value]);
    const bytes = Uint8Array.from([0x0a, entry.length, ...entry]);
    expect(decodeStruct(bytes)).toStrictEqual({ a: 1 });
    expect(reference(bytes)).toStrictEqual({ a: 1 });
  });

  it("reads a Struct inside larger bytes, and leaves trees deeper than maxDepth", () => {
    const inner = encode({ region: "ap-east-1" });
    const framed = concat([Uint8Array.from([1, 2, 3]), inner, Uint8Array.from([9])]);
    expect(decodeStruct(framed, 3, 3 + inner.length)).toEqual({ region: "ap-east-1" });
    let deep: unknown = "leaf";
    for (let i = 0; i < maxDepth; i++) deep = { d: deep };
    expect(decodeStruct(encode({ d: deep }))).toBeUndefined();
    let shallow: unknown = "leaf";
    for (let i = 0; i < maxDepth / 4; i++) shallow = { d: [shallow] };
    expect(canon(decodeStruct(encode({ d: shallow })))).toEqual(canon(reference(encode({ d: shallow }))));
  });
});
