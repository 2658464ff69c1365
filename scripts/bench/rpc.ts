/**
 * The benchmark's side of the analyzer gRPC protocol: requests encoded once,
 * before any clock starts, and sent as bytes.
 *
 * The engine marshals its requests in Go; the test harness
 * (tests/protocol/harness.ts) builds them in JavaScript with google-protobuf
 * on every call, which costs more than some of the calls themselves. Timing
 * that would add the same large constant to both packs of an A/B pair and
 * shrink every ratio towards 1. So the harness's own messages are serialised
 * once (`encodeAnalyze`, `encodeAnalyzeStack`) and sent with identity
 * (de)serialisers: a timed call is the pack's own work plus the transport,
 * including the violations it sends back (those are the user-visible cost and
 * stay in). Responses are decoded only outside the timed regions, to check
 * them.
 *
 * The gRPC client and the generated messages are loaded from @pulumi/pulumi's
 * dependency tree, as in the harness.
 */
import * as path from "path";
import { repoRoot } from "../../tests/protocol/harness";

export { encodeAnalyze, encodeAnalyzeStack } from "../../tests/protocol/harness";

interface AnalyzeResponseClass {
  deserializeBinary(bytes: Uint8Array): { getDiagnosticsList(): unknown[] };
}
interface GrpcModule {
  Client: new (address: string, credentials: unknown, options: Record<string, unknown>) => GrpcClient;
  credentials: { createInsecure(): unknown };
  Metadata: new () => unknown;
}
interface GrpcClient {
  makeUnaryRequest(
    method: string,
    serialize: (value: Buffer) => Buffer,
    deserialize: (value: Buffer) => Buffer,
    argument: Buffer,
    metadata: unknown,
    options: Record<string, unknown>,
    callback: (error: { details?: string; message: string } | null, value?: Buffer) => void,
  ): unknown;
  close(): void;
}

const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [repoRoot] }));
const protoDir = path.join(pulumiDir, "proto");
// The client and messages are the copies inside @pulumi/pulumi's tree, at paths computed here, which `import` cannot take.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [protoDir] })) as GrpcModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analyzerPb = require(path.join(protoDir, "analyzer_pb.js")) as { AnalyzeResponse: AnalyzeResponseClass };

/** Number of diagnostics in an encoded AnalyzeResponse. */
export function diagnosticCount(response: Buffer): number {
  return analyzerPb.AnalyzeResponse.deserializeBinary(response).getDiagnosticsList().length;
}

const identity = (b: Buffer): Buffer => b;

/** A client that sends pre-encoded requests to a pack's analyzer port and returns the encoded responses. */
export class RawAnalyzer {
  private readonly client: GrpcClient;

  constructor(port: number) {
    this.client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
  }

  private call(method: string, request: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        method,
        identity,
        identity,
        request,
        new grpc.Metadata(),
        { deadline: Date.now() + 300_000 },
        (err, value) => {
          if (err || !value) reject(new Error(err?.details ?? err?.message ?? "no response"));
          else resolve(value);
        },
      );
    });
  }

  analyze(request: Buffer): Promise<Buffer> {
    return this.call("/pulumirpc.Analyzer/Analyze", request);
  }

  analyzeStack(request: Buffer): Promise<Buffer> {
    return this.call("/pulumirpc.Analyzer/AnalyzeStack", request);
  }

  close(): void {
    this.client.close();
  }
}
