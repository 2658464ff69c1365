/**
 * Resource properties straight from the wire. The engine sends a resource's
 * properties (and its provider's) as a `google.protobuf.Struct`; the generated
 * google-protobuf code decodes that into a tree of message objects (one per
 * value, map entry and list) and @pulumi/policy then converts the tree to
 * plain JSON with `toJavaScript()`, to read it once. Per Analyze request that
 * tree is most of the protocol's own work.
 *
 * `installWireStructs` makes a Struct arriving in a request keep its bytes
 * instead: its fields are skipped, not decoded, and `toJavaScript()` builds
 * the plain JSON from the bytes in one pass (`decodeStruct`). The result is
 * the one google-protobuf gives (keys in the order its map iterates them,
 * sorted; the last of repeated oneof fields). Anything the one pass does not
 * reproduce exactly (an unknown field, a repeated key, a `__proto__` key,
 * bytes that are not UTF-8, a tree deeper than `maxDepth`) is left to
 * google-protobuf: the message is decoded from the same bytes as before, and
 * so is it when anything asks for the message's fields rather than its JSON.
 */
import * as path from "path";

/** Thrown inside the decoder: these bytes are left to google-protobuf. One instance, made once: never seen outside. */
class LeftToProtobuf extends Error {}
const leaveIt = new LeftToProtobuf("left to google-protobuf");

/** Nesting beyond this is left to google-protobuf (which recurses as deep as the bytes go). */
export const maxDepth = 256;

/** Tags (field number << 3 | wire type) of the messages in google/protobuf/struct.proto. */
const tag = {
  /** Struct.fields (map entry), ListValue.values, map entry key: field 1, length-delimited. */
  one: 0x0a,
  /** Map entry value: field 2, length-delimited. */
  entryValue: 0x12,
  nullValue: 0x08,
  numberValue: 0x11,
  stringValue: 0x1a,
  boolValue: 0x20,
  structValue: 0x2a,
  listValue: 0x32,
} as const;

const unset: unique symbol = Symbol("unset");
const replacement = "\ufffd";

class StructReader {
  private pos: number;

  constructor(
    private readonly buf: Buffer,
    start: number,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  /** A varint below 2^28 (tags and lengths); anything longer is left to google-protobuf. */
  private uint(end: number): number {
    const buf = this.buf;
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (this.pos >= end) throw leaveIt;
      const b = buf[this.pos++]!;
      result |= (b & 0x7f) << shift;
      if (b < 0x80) return result;
    }
    throw leaveIt;
  }

  /** Whether a varint's low 32 bits are non-zero (what google-protobuf's readBool reads); skips all of it. */
  private varintLowBitsSet(end: number): boolean {
    const buf = this.buf;
    let set = false;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) throw leaveIt;
      const b = buf[this.pos++]!;
      if ((i < 4 && (b & 0x7f) !== 0) || (i === 4 && (b & 0x0f) !== 0)) set = true;
      if (b < 0x80) return set;
    }
    throw leaveIt;
  }

  /** The end of a length-delimited field starting here, within `end`. */
  private sub(end: number): number {
    const len = this.uint(end);
    const subEnd = this.pos + len;
    if (subEnd > end) throw leaveIt;
    return subEnd;
  }

  private string(end: number): string {
    const stop = this.sub(end);
    const s = this.buf.toString("utf8", this.pos, stop);
    // Node replaces bytes that are not UTF-8 with U+FFFD; google-protobuf decodes them its own way.
    if (s.includes(replacement)) throw leaveIt;
    this.pos = stop;
    return s;
  }

  /** A Struct's fields up to `end`, as google-protobuf's `toJavaScript()` returns them. */
  struct(end: number, depth: number): Record<string, unknown> {
    if (depth > maxDepth) throw leaveIt;
    const keys: string[] = [];
    const values: unknown[] = [];
    let sorted = true;
    while (this.pos < end) {
      if (this.uint(end) !== tag.one) throw leaveIt;
      const entryEnd = this.sub(end);
      let key = "";
      let value: unknown = unset;
      while (this.pos < entryEnd) {
        const t = this.uint(entryEnd);
        if (t === tag.one) key = this.string(entryEnd);
        else if (t === tag.entryValue && value === unset) value = this.value(this.sub(entryEnd), depth + 1);
        else throw leaveIt;
      }
      // A missing value is an empty Value, which google-protobuf refuses to convert; `__proto__` is a key its map object drops.
      if (value === unset || key === "__proto__") throw leaveIt;
      if (keys.length > 0) {
        const prev = keys[keys.length - 1]!;
        if (key === prev) throw leaveIt;
        if (key < prev) sorted = false;
      }
      keys.push(key);
      values.push(value);
    }
    const out: Record<string, unknown> = {};
    if (sorted) {
      for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[i];
      return out;
    }
    // google-protobuf's map iterates its keys sorted (code unit order); the engine sends them in any order.
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    for (let i = 1; i < order.length; i++) if (keys[order[i]!] === keys[order[i - 1]!]) throw leaveIt;
    for (const i of order) out[keys[i]!] = values[i];
    return out;
  }

  private list(end: number, depth: number): unknown[] {
    if (depth > maxDepth) throw leaveIt;
    const out: unknown[] = [];
    while (this.pos < end) {
      if (this.uint(end) !== tag.one) throw leaveIt;
      out.push(this.value(this.sub(end), depth + 1));
    }
    return out;
  }

  /** A Value ending at `end`: the last of its kind fields, as google-protobuf's oneof keeps it. */
  private value(end: number, depth: number): unknown {
    let v: unknown = unset;
    while (this.pos < end) {
      switch (this.uint(end)) {
        case tag.nullValue:
          this.varintLowBitsSet(end);
          v = null;
          break;
        case tag.numberValue:
          if (this.pos + 8 > end) throw leaveIt;
          v = this.buf.readDoubleLE(this.pos);
          this.pos += 8;
          break;
        case tag.stringValue:
          v = this.string(end);
          break;
        case tag.boolValue:
          v = this.varintLowBitsSet(end);
          break;
        case tag.structValue: {
          const stop = this.sub(end);
          v = this.struct(stop, depth + 1);
          break;
        }
        case tag.listValue: {
          const stop = this.sub(end);
          v = this.list(stop, depth + 1);
          break;
        }
        default:
          throw leaveIt;
      }
    }
    if (v === unset) throw leaveIt;
    return v;
  }
}

/**
 * The plain JSON of the Struct encoded in `bytes[start, end)`, equal to
 * google-protobuf's `Struct.deserializeBinary(…).toJavaScript()`; undefined
 * when these bytes are left to google-protobuf (see the file comment).
 */
export function decodeStruct(bytes: Uint8Array, start = 0, end = bytes.length): Record<string, unknown> | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const reader = new StructReader(buf, start);
    const out = reader.struct(end, 0);
    return reader.position === end ? out : undefined;
  } catch (e) {
    if (e === leaveIt) return undefined;
    throw e;
  }
}

interface BinaryReader {
  getBuffer(): Uint8Array;
  getCursor(): number;
  nextField(): boolean;
  isEndGroup(): boolean;
  skipField(): void;
}
interface StructMessage {
  toJavaScript(): Record<string, unknown>;
  getFieldsMap(noLazyCreate?: boolean): unknown;
  toArray(): unknown[];
}
interface StructClass {
  new (): StructMessage;
  prototype: StructMessage;
  deserializeBinaryFromReader: (msg: StructMessage, reader: BinaryReader) => StructMessage;
}
interface Jspb {
  BinaryReader: new (bytes: Uint8Array, start: number, length: number) => BinaryReader;
}

/** Where a Struct that kept its bytes keeps them. */
const wire = Symbol("us-person-data-guard:struct-bytes");
interface Kept {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
}
type LazyStruct = StructMessage & { [wire]?: Kept };

let installed = false;

/** The google-protobuf copy the analyzer's generated messages use, or undefined when its layout is not the one known here. */
function analyzerProtobuf(): { Struct: StructClass; jspb: Jspb } | undefined {
  try {
    const protoDir = path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb.js"));
    /* eslint-disable @typescript-eslint/no-require-imports -- the copies inside @pulumi/pulumi's tree, at computed paths */
    const Struct = (
      require(require.resolve("google-protobuf/google/protobuf/struct_pb.js", { paths: [protoDir] })) as { Struct?: StructClass }
    ).Struct;
    const jspb = require(require.resolve("google-protobuf", { paths: [protoDir] })) as Partial<Jspb>;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const known =
      typeof Struct?.deserializeBinaryFromReader === "function" &&
      typeof Struct.prototype.toJavaScript === "function" &&
      typeof Struct.prototype.getFieldsMap === "function" &&
      typeof jspb.BinaryReader === "function";
    return known ? { Struct, jspb: jspb as Jspb } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the Structs of every request this process serves keep their bytes
 * (see the file comment). Patches the google-protobuf copy the analyzer's
 * generated messages use, once. Returns whether it did: with another layout
 * of @pulumi/pulumi or google-protobuf it changes nothing, and requests are
 * read as before (only slower).
 */
export function installWireStructs(): boolean {
  if (installed) return true;
  const found = analyzerProtobuf();
  if (!found) return false;
  installed = true;
  const { Struct, jspb } = found;
  const original = Struct.deserializeBinaryFromReader;
  const proto = Struct.prototype;

  /** Decodes the kept bytes into the message as google-protobuf would have (for anything but `toJavaScript`). */
  const materialise = (msg: LazyStruct): void => {
    const kept = msg[wire];
    if (kept === undefined) return;
    msg[wire] = undefined;
    original(msg, new jspb.BinaryReader(kept.bytes, kept.start, kept.end - kept.start));
  };
  function toJavaScript(this: LazyStruct): Record<string, unknown> {
    const kept = this[wire];
    if (kept !== undefined) {
      const json = decodeStruct(kept.bytes, kept.start, kept.end);
      if (json !== undefined) return json;
      materialise(this);
    }
    return proto.toJavaScript.call(this);
  }
  function getFieldsMap(this: LazyStruct, noLazyCreate?: boolean): unknown {
    materialise(this);
    return proto.getFieldsMap.call(this, noLazyCreate);
  }
  function toArray(this: LazyStruct): unknown[] {
    materialise(this);
    return proto.toArray.call(this);
  }
  Struct.deserializeBinaryFromReader = (msg: StructMessage, reader: BinaryReader): StructMessage => {
    const bytes = reader.getBuffer();
    const start = reader.getCursor();
    while (reader.nextField()) {
      if (reader.isEndGroup()) break;
      reader.skipField();
    }
    const lazy = msg as LazyStruct;
    lazy[wire] = { bytes, start, end: reader.getCursor() };
    lazy.toJavaScript = toJavaScript;
    lazy.getFieldsMap = getFieldsMap;
    lazy.toArray = toArray;
    return msg;
  };
  return true;
}
