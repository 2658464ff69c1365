/**
 * The google-protobuf classes the analyzer's generated messages use (the
 * copy inside @pulumi/pulumi's tree), for tests of the wire decoding.
 */
import * as path from "path";

export interface StructMessage {
  toJavaScript(): Record<string, unknown>;
  getFieldsMap(): { get(key: string): { toJavaScript(): unknown } | undefined; getLength(): number };
  serializeBinary(): Uint8Array;
}
export interface StructClass {
  new (): StructMessage;
  fromJavaScript(value: Record<string, unknown>): StructMessage;
  deserializeBinary(bytes: Uint8Array): StructMessage;
  deserializeBinaryFromReader: (msg: StructMessage, reader: unknown) => StructMessage;
}
export interface AnalyzeRequestMessage {
  setType(v: string): void;
  setUrn(v: string): void;
  setName(v: string): void;
  setProperties(v: StructMessage): void;
  getProperties(): StructMessage;
  setProvider(v: unknown): void;
  getProvider(): { getProperties(): StructMessage } | undefined;
  serializeBinary(): Uint8Array;
}

const protoDir = path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb.js"));
/* eslint-disable @typescript-eslint/no-require-imports -- computed paths, which `import` cannot take */
export const Struct = (
  require(require.resolve("google-protobuf/google/protobuf/struct_pb.js", { paths: [protoDir] })) as { Struct: StructClass }
).Struct;
export const jspb = require(require.resolve("google-protobuf", { paths: [protoDir] })) as {
  BinaryReader: new (bytes: Uint8Array, start?: number, length?: number) => unknown;
};
export const analyzerPb = require(path.join(protoDir, "analyzer_pb.js")) as {
  AnalyzeRequest: { new (): AnalyzeRequestMessage; deserializeBinary(bytes: Uint8Array): AnalyzeRequestMessage };
  AnalyzerProviderResource: new () => {
    setType(v: string): void;
    setUrn(v: string): void;
    setName(v: string): void;
    setProperties(v: StructMessage): void;
  };
};
/* eslint-enable @typescript-eslint/no-require-imports */
