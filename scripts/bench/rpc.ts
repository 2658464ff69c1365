/**
 * The benchmark's side of the analyzer gRPC protocol: requests encoded once,
 * before any clock starts, and sent as bytes.
 *
 * The engine marshals its requests in Go; the test harness
 * (tests/protocol/harness.ts) builds them in JavaScript with google-protobuf
 * on every call, which costs more than some of the calls themselves. Timing
 * that would add the same large constant to both packs of an A/B pair and
 * shrink every ratio towards 1. So the messages are built here exactly as the
 * harness builds them (same fields, same Struct marshalling of unknowns and
 * secrets), serialised once, and sent with identity (de)serialisers: a timed
 * call is the pack's own work plus the transport, including the violations it
 * sends back (those are the user-visible cost and stay in). Responses are
 * decoded only outside the timed regions, to check them.
 *
 * The gRPC client and the generated messages are loaded from @pulumi/pulumi's
 * dependency tree, as in the harness.
 */
import * as path from "path";
import { repoRoot, type ProviderInput, type ResourceInput } from "../../tests/protocol/harness";

/** The few members of the generated and library classes this file uses. */
interface Message {
  serializeBinary(): Uint8Array;
}
interface Setters {
  [setter: string]: (value: unknown) => unknown;
}
type MessageClass = new () => Message & Setters;
interface StructClass {
  fromJavaScript(value: Record<string, unknown>): Message;
}
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
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [protoDir] })) as GrpcModule;
const analyzerPb = require(path.join(protoDir, "analyzer_pb.js")) as Record<string, MessageClass> & {
  AnalyzeResponse: AnalyzeResponseClass;
  AnalyzerResourceOptions: MessageClass & { CustomTimeouts: MessageClass };
};
const structPb = require(require.resolve("google-protobuf/google/protobuf/struct_pb.js", { paths: [protoDir] })) as { Struct: StructClass };

function make(name: string): Message & Setters {
  const C = analyzerPb[name];
  if (!C) throw new Error(`analyzer_pb has no ${name}`);
  return new C();
}

function set(m: Setters, setter: string, value: unknown): void {
  const f = m[setter];
  if (typeof f !== "function") throw new Error(`no ${setter}`);
  f.call(m, value);
}

/** AnalyzerResourceOptions as the harness fills them (the engine always sends options). */
function options(parent: string | undefined): Message {
  const o = new analyzerPb.AnalyzerResourceOptions();
  set(o, "setProtect", false);
  set(o, "setIgnorechangesList", []);
  set(o, "setDeletebeforereplace", false);
  set(o, "setDeletebeforereplacedefined", false);
  set(o, "setAdditionalsecretoutputsList", []);
  set(o, "setAliasesList", []);
  const t = new analyzerPb.AnalyzerResourceOptions.CustomTimeouts();
  set(t, "setCreate", 0);
  set(t, "setUpdate", 0);
  set(t, "setDelete", 0);
  set(o, "setCustomtimeouts", t);
  if (parent) set(o, "setParent", parent);
  return o;
}

function provider(p: ProviderInput | undefined): Message | undefined {
  if (!p) return undefined;
  const m = make("AnalyzerProviderResource");
  set(m, "setType", p.type);
  set(m, "setUrn", p.urn);
  set(m, "setName", p.name);
  set(m, "setProperties", structPb.Struct.fromJavaScript(p.properties));
  return m;
}

/** An AnalyzeRequest for one resource, serialised. */
export function encodeAnalyze(r: ResourceInput): Buffer {
  const req = make("AnalyzeRequest");
  set(req, "setType", r.type);
  set(req, "setUrn", r.urn);
  set(req, "setName", r.name);
  set(req, "setProperties", structPb.Struct.fromJavaScript(r.properties));
  set(req, "setOptions", options(r.options?.parent ?? r.parent));
  const p = provider(r.provider);
  if (p) set(req, "setProvider", p);
  return Buffer.from(req.serializeBinary());
}

/** An AnalyzeStackRequest for a whole stack, serialised. */
export function encodeAnalyzeStack(rs: readonly ResourceInput[]): Buffer {
  const list = rs.map((r) => {
    const m = make("AnalyzerResource");
    set(m, "setType", r.type);
    set(m, "setUrn", r.urn);
    set(m, "setName", r.name);
    set(m, "setProperties", structPb.Struct.fromJavaScript(r.properties));
    set(m, "setOptions", options(r.options?.parent ?? r.parent));
    const p = provider(r.provider);
    if (p) set(m, "setProvider", p);
    if (r.parent) set(m, "setParent", r.parent);
    set(m, "setDependenciesList", r.dependencies ?? []);
    const deps = (m as unknown as { getPropertydependenciesMap(): { set(key: string, value: unknown): void } }).getPropertydependenciesMap();
    for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
      if (!urns.length) continue;
      const d = make("AnalyzerPropertyDependencies");
      set(d, "setUrnsList", urns);
      deps.set(k, d);
    }
    return m;
  });
  const req = make("AnalyzeStackRequest");
  set(req, "setResourcesList", list);
  return Buffer.from(req.serializeBinary());
}

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
      this.client.makeUnaryRequest(method, identity, identity, request, new grpc.Metadata(), { deadline: Date.now() + 300_000 }, (err, value) => {
        if (err || !value) reject(new Error(err?.details ?? err?.message ?? "no response"));
        else resolve(value);
      });
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
