import fc from "fast-check";
import { installWireStructs } from "../../policypack/policies/wire-struct";
import { analyzerPb, encodeAnalyze, structPb, toStruct } from "../protocol/harness";

const { Struct } = structPb;

/** An Analyze request as the engine sends it: the resource's properties and its provider's. */
const request = (properties: Record<string, unknown>, providerProperties: Record<string, unknown>): Uint8Array =>
  encodeAnalyze({
    type: "alicloud:oss/bucket:Bucket",
    urn: "urn:pulumi:dev::p::alicloud:oss/bucket:Bucket::b",
    name: "b",
    properties,
    provider: {
      type: "pulumi:providers:alicloud",
      urn: "urn:pulumi:dev::p::pulumi:providers:alicloud::default",
      name: "default",
      properties: providerProperties,
    },
  });

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<unknown>;
const props = fc.dictionary(
  fc.string({ maxLength: 8 }).filter((k) => k !== "__proto__"),
  json,
  { maxKeys: 6 },
);
// Compared as JSON text, which also compares key order (the endpoint search reports the first host it meets);
// -0 and the like are compared exactly by the decoder's own tests.
const text = (v: unknown): string => JSON.stringify(v) ?? "undefined";

describe("installWireStructs", () => {
  // What google-protobuf gives before the wire decoding is installed, for the same requests.
  const samples = fc.sample(fc.tuple(props, props), { numRuns: 150, seed: 42 });
  const unknownField = Buffer.concat([Buffer.from(toStruct({ region: "cn-hangzhou" }).serializeBinary()), Buffer.from([0x10, 0x01])]);
  const before = samples.map(([p, q]) => {
    const req = analyzerPb.AnalyzeRequest.deserializeBinary(request(p, q));
    return { props: req.getProperties()!.toJavaScript(), provider: req.getProvider()!.getProperties()!.toJavaScript() };
  });
  const unknownBefore = Struct.deserializeBinary(unknownField).toJavaScript();

  beforeAll(() => expect(installWireStructs()).toBe(true));

  it("gives every request's properties and provider properties as google-protobuf did", () => {
    samples.forEach(([p, q], i) => {
      const req = analyzerPb.AnalyzeRequest.deserializeBinary(request(p, q));
      expect(text(req.getProperties()!.toJavaScript())).toBe(text(before[i]!.props));
      expect(text(req.getProvider()!.getProperties()!.toJavaScript())).toBe(text(before[i]!.provider));
      // each call gives a fresh object, as google-protobuf's does
      expect(req.getProperties()!.toJavaScript()).not.toBe(req.getProperties()!.toJavaScript());
    });
  });

  it("still decodes the message itself for anything that asks for its fields", () => {
    const req = analyzerPb.AnalyzeRequest.deserializeBinary(request({ region: "cn-hangzhou", tags: { a: "1" } }, { region: "ap-east-1" }));
    const fields = req.getProperties()!.getFieldsMap();
    expect(fields.getLength()).toBe(2);
    expect(fields.get("region")!.toJavaScript()).toBe("cn-hangzhou");
    expect(fields.get("tags")!.toJavaScript()).toEqual({ a: "1" });
    // and the JSON after that comes from the decoded message
    expect(req.getProperties()!.toJavaScript()).toEqual({ region: "cn-hangzhou", tags: { a: "1" } });
    // a request serialised again carries the same properties
    const again = analyzerPb.AnalyzeRequest.deserializeBinary(req.serializeBinary());
    expect(again.getProperties()!.toJavaScript()).toEqual({ region: "cn-hangzhou", tags: { a: "1" } });
    expect(again.getProvider()!.getProperties()!.toJavaScript()).toEqual({ region: "ap-east-1" });
  });

  it("leaves bytes it does not decode exactly to google-protobuf", () => {
    const msg = Struct.deserializeBinary(unknownField);
    expect(msg.toJavaScript()).toEqual(unknownBefore);
    expect(msg.toJavaScript()).toEqual({ region: "cn-hangzhou" });
  });

  it("installs once", () => {
    // The static reader is compared, not called: it takes no `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const patched = Struct.deserializeBinaryFromReader;
    expect(installWireStructs()).toBe(true);
    // eslint-disable-next-line @typescript-eslint/unbound-method
    expect(Struct.deserializeBinaryFromReader).toBe(patched);
  });
});
