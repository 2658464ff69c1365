/**
 * Protocol harness: starts the BUILT policy pack exactly as the Pulumi engine
 * does (the Node.js language host's RunPlugin runs
 * `node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> <pack-dir>`
 * with cwd = pack dir), reads the gRPC port the pack prints on stdout, and
 * drives it over the Analyzer gRPC service with the same messages the engine
 * sends (see pulumi/sdk go/common/resource/plugin/analyzer_plugin.go and
 * pkg/resource/analyzer/config.go):
 *
 * - properties are a google.protobuf.Struct marshalled with KeepUnknowns and
 *   KeepSecrets: unknowns are the sentinel string, secrets the signature object;
 * - `options` is always set (with custom timeouts);
 * - the provider (explicit or default) travels as AnalyzerProviderResource;
 * - Configure receives every policy of the pack, with its enforcement level
 *   and the schema defaults filled in, then `all`, then the user's config
 *   (ReconcilePolicyPackConfig), unless `{ reconcile: false }` is passed.
 *
 * The engine address argument is dropped by run-policy-pack (index.js
 * `argv._.shift()`), and @pulumi/pulumi only dials an engine named by
 * PULUMI_NODEJS_ENGINE, so a dummy address works and no engine stub is needed.
 *
 * The gRPC client, the generated messages and google-protobuf are loaded from
 * @pulumi/pulumi's own dependency tree, so the Struct and Empty classes are
 * the ones its generated code checks with `instanceof`.
 */
import { execFile, spawn, type ChildProcess } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The repository (pack) root: the nearest ancestor holding PulumiPolicy.yaml (works from tests/ and from compiled benchmarks). */
export const repoRoot = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(__dirname, "..", "..");
    dir = up;
  }
  return dir;
})();

// ---------------------------------------------------------------------------
// Engine sentinels
// ---------------------------------------------------------------------------

/** `sig` key of special objects (assets, archives, secrets, resource refs). */
export const specialSigKey = "4dabf18193072939515e22adb298388d";
/** Signature of a secret value. */
export const secretSig = "1b47061264138c4ac30d75fd1eb44270";
/** The value of an unknown (computed) string during preview. */
export const unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Signature of an archive. */
export const archiveSig = "0def7320c3a5731c473e5ecbe6d01bc7";

/** A FileArchive as the engine marshals it (e.g. a Lambda's `code`). */
export function fileArchive(path: string, hash = "0".repeat(64)): Record<string, unknown> {
  return { [specialSigKey]: archiveSig, path, hash };
}

/** A secret as the engine marshals it (KeepSecrets: true). */
export function secret<T>(value: T): Record<string, unknown> {
  return { [specialSigKey]: secretSig, value };
}

// ---------------------------------------------------------------------------
// Modules from @pulumi/pulumi's tree
// ---------------------------------------------------------------------------

/** A module at a path computed at run time (inside @pulumi/pulumi's tree), typed by the declarations it ships. */
function loadFrom<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is computed, which `import` cannot take
  return require(file) as T;
}
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [repoRoot] }));
const protoDir = path.join(pulumiDir, "proto");
const grpc = loadFrom<typeof import("@grpc/grpc-js")>(require.resolve("@grpc/grpc-js", { paths: [protoDir] }));
const analyzerPb = loadFrom<typeof import("@pulumi/pulumi/proto/analyzer_pb")>(path.join(protoDir, "analyzer_pb.js"));
const analyzerGrpc = loadFrom<typeof import("@pulumi/pulumi/proto/analyzer_grpc_pb")>(path.join(protoDir, "analyzer_grpc_pb.js"));
const structPb = loadFrom<typeof import("google-protobuf/google/protobuf/struct_pb")>(
  require.resolve("google-protobuf/google/protobuf/struct_pb.js", { paths: [protoDir] }),
);
/** google-protobuf itself (its binary reader), the copy the generated messages use. */
const jspb = loadFrom<typeof import("google-protobuf")>(require.resolve("google-protobuf", { paths: [protoDir] }));
const emptyPb = loadFrom<typeof import("google-protobuf/google/protobuf/empty_pb")>(
  require.resolve("google-protobuf/google/protobuf/empty_pb.js", { paths: [protoDir] }),
);
type AnalyzerPb = typeof analyzerPb;
/** A unary method of a generated gRPC client, in its (request, metadata, options, callback) form. */
type UnaryMethod<Q, R> = (
  req: Q,
  metadata: import("@grpc/grpc-js").Metadata,
  options: Partial<import("@grpc/grpc-js").CallOptions>,
  callback: (err: import("@grpc/grpc-js").ServiceError | null, resp: R) => void,
) => unknown;

/** Calls a unary method with a deadline; a gRPC error rejects as an RpcError. */
function callUnary<Q, R>(method: UnaryMethod<Q, R>, req: Q, deadlineMs: number): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    method(req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, resp) => {
      if (err) reject(new RpcError(err.code, err.details ?? err.message));
      else resolve(resp);
    });
  });
}
/** The runner the Node.js language host's RunPlugin starts for a policy pack. */
export const runPolicyPack = path.join(pulumiDir, "cmd", "run-policy-pack");

// ---------------------------------------------------------------------------
// Plain shapes
// ---------------------------------------------------------------------------

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export type Severity = "" | "low" | "medium" | "high" | "critical";

export interface ProviderInput {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  readonly properties: Record<string, unknown>;
}

export interface ResourceOptionsInput {
  readonly protect?: boolean;
  readonly ignoreChanges?: string[];
  readonly deleteBeforeReplace?: boolean;
  readonly additionalSecretOutputs?: string[];
  readonly aliases?: string[];
  readonly customTimeouts?: { create?: number; update?: number; delete?: number };
  /** Parent URN (Analyze sees it in options; AnalyzeStack also as `parent`). */
  readonly parent?: string;
}

export interface ResourceInput {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  /** Inputs (Analyze) or outputs (AnalyzeStack); use `secret()` and `unknownString`. */
  readonly properties: Record<string, unknown>;
  readonly options?: ResourceOptionsInput;
  readonly provider?: ProviderInput;
  /** Parent URN. */
  readonly parent?: string;
  readonly dependencies?: string[];
  readonly propertyDependencies?: Record<string, string[]>;
}

export interface Diagnostic {
  readonly policyName: string;
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly message: string;
  readonly urn: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly severity: Severity;
  readonly description: string;
}

export interface PolicyInfo {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly policyType: "resource" | "stack" | "unknown";
  readonly severity: Severity;
  readonly remediationSteps: string;
  readonly url: string;
  readonly tags: string[];
  readonly framework?: { name: string; version: string; reference: string; specification: string };
  readonly configSchema?: { properties: Record<string, unknown>; required: string[] };
}

export interface AnalyzerInfo {
  readonly name: string;
  readonly displayName: string;
  readonly version: string;
  readonly description: string;
  readonly provider: string;
  readonly tags: string[];
  readonly supportsConfig: boolean;
  readonly policies: PolicyInfo[];
  readonly initialConfig: Record<string, { enforcementLevel: EnforcementLevel; properties: Record<string, unknown> }>;
}

/** Policy pack config as in `--policy-pack-config` / Pulumi Cloud. */
export type PolicyPackConfig = Record<string, EnforcementLevel | { enforcementLevel?: EnforcementLevel; [k: string]: unknown }>;

/** A gRPC failure, with the server's message in `details` (and `message`). */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(details);
    this.name = "RpcError";
  }
}

// ---------------------------------------------------------------------------
// Builders for realistic requests
// ---------------------------------------------------------------------------

export interface UrnContext {
  readonly stack?: string;
  readonly project?: string;
  /** Type chain of the parents, outermost first (component resources). */
  readonly parentTypes?: string[];
}

/** `urn:pulumi:<stack>::<project>::<parent$...$type>::<name>` */
export function urnOf(type: string, name: string, ctx: UrnContext = {}): string {
  const qualified = [...(ctx.parentTypes ?? []), type].join("$");
  return `urn:pulumi:${ctx.stack ?? "prod"}::${ctx.project ?? "shop"}::${qualified}::${name}`;
}

/**
 * A default provider as the engine makes it: name `default_<version>`, props
 * from the stack config of its namespace (e.g. `aws:region` → `region`) plus
 * the plugin `version`.
 */
export function defaultProvider(pkg: string, config: Record<string, unknown>, version = "1.0.0", ctx: UrnContext = {}): ProviderInput {
  const name = `default_${version.replace(/[.-]/g, "_")}`;
  const type = `pulumi:providers:${pkg}`;
  return { type, name, urn: urnOf(type, name, ctx), properties: { ...config, version } };
}

/** An explicit provider resource (`new aws.Provider("hk", {...})`). */
export function explicitProvider(pkg: string, name: string, inputs: Record<string, unknown>, ctx: UrnContext = {}): ProviderInput {
  const type = `pulumi:providers:${pkg}`;
  return { type, name, urn: urnOf(type, name, ctx), properties: inputs };
}

/** The provider resource itself, as Analyze sees it (providers are analysed too). */
export function providerAsResource(p: ProviderInput): ResourceInput {
  return { type: p.type, urn: p.urn, name: p.name, properties: p.properties };
}

/** A resource with its provider. */
export function resource(
  type: string,
  name: string,
  properties: Record<string, unknown>,
  provider?: ProviderInput,
  ctx: UrnContext = {},
): ResourceInput {
  return { type, name, urn: urnOf(type, name, ctx), properties, provider };
}

const severityNames: Record<number, Severity> = { 0: "", 1: "low", 2: "medium", 3: "high", 4: "critical" };
const levelNames: Record<number, EnforcementLevel> = { 0: "advisory", 1: "mandatory", 2: "disabled", 3: "remediate" };
const levelEnums: Record<EnforcementLevel, number> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };
const policyTypes: Record<number, PolicyInfo["policyType"]> = { 0: "unknown", 1: "resource", 2: "stack" };

function enforcementLevelName(n: number): EnforcementLevel {
  const l = levelNames[n];
  if (!l) throw new Error(`unknown EnforcementLevel enum ${n}`);
  return l;
}

/** The generated messages and google-protobuf, for tests of the wire format itself. */
export { analyzerPb, jspb, structPb };

export function toStruct(obj: Record<string, unknown>): InstanceType<typeof structPb.Struct> {
  return structPb.Struct.fromJavaScript(obj as Parameters<typeof structPb.Struct.fromJavaScript>[0]);
}

function makeOptions(o: ResourceOptionsInput = {}): InstanceType<AnalyzerPb["AnalyzerResourceOptions"]> {
  const opts = new analyzerPb.AnalyzerResourceOptions();
  opts.setProtect(o.protect ?? false);
  opts.setIgnorechangesList(o.ignoreChanges ?? []);
  opts.setDeletebeforereplace(o.deleteBeforeReplace ?? false);
  opts.setDeletebeforereplacedefined(o.deleteBeforeReplace !== undefined);
  opts.setAdditionalsecretoutputsList(o.additionalSecretOutputs ?? []);
  opts.setAliasesList(o.aliases ?? []);
  const t = new analyzerPb.AnalyzerResourceOptions.CustomTimeouts();
  t.setCreate(o.customTimeouts?.create ?? 0);
  t.setUpdate(o.customTimeouts?.update ?? 0);
  t.setDelete(o.customTimeouts?.delete ?? 0);
  opts.setCustomtimeouts(t);
  if (o.parent) opts.setParent(o.parent);
  return opts;
}

function makeProvider(p: ProviderInput | undefined): InstanceType<AnalyzerPb["AnalyzerProviderResource"]> | undefined {
  if (!p) return undefined;
  const m = new analyzerPb.AnalyzerProviderResource();
  m.setType(p.type);
  m.setUrn(p.urn);
  m.setName(p.name);
  m.setProperties(toStruct(p.properties));
  return m;
}

/** The fields an AnalyzeRequest and an AnalyzerResource share, set on `m`. */
function setResourceFields<M extends InstanceType<AnalyzerPb["AnalyzeRequest"] | AnalyzerPb["AnalyzerResource"]>>(
  m: M,
  r: ResourceInput,
): M {
  m.setType(r.type);
  m.setUrn(r.urn);
  m.setName(r.name);
  m.setProperties(toStruct(r.properties));
  m.setOptions(makeOptions({ ...r.options, parent: r.options?.parent ?? r.parent }));
  const p = makeProvider(r.provider);
  if (p) m.setProvider(p);
  return m;
}

function makeAnalyzeRequest(r: ResourceInput): InstanceType<AnalyzerPb["AnalyzeRequest"]> {
  return setResourceFields(new analyzerPb.AnalyzeRequest(), r);
}

function makeStackResource(r: ResourceInput): InstanceType<AnalyzerPb["AnalyzerResource"]> {
  const m = setResourceFields(new analyzerPb.AnalyzerResource(), r);
  if (r.parent) m.setParent(r.parent);
  m.setDependenciesList(r.dependencies ?? []);
  const deps = m.getPropertydependenciesMap();
  for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
    if (!urns.length) continue;
    const d = new analyzerPb.AnalyzerPropertyDependencies();
    d.setUrnsList(urns);
    deps.set(k, d);
  }
  return m;
}

function makeAnalyzeStackRequest(resources: readonly ResourceInput[]): InstanceType<AnalyzerPb["AnalyzeStackRequest"]> {
  const req = new analyzerPb.AnalyzeStackRequest();
  req.setResourcesList(resources.map(makeStackResource));
  return req;
}

/** An AnalyzeRequest for one resource, serialised (what the benchmark sends, encoded before its clock starts). */
export function encodeAnalyze(r: ResourceInput): Buffer {
  return Buffer.from(makeAnalyzeRequest(r).serializeBinary());
}

/** An AnalyzeStackRequest for a whole stack, serialised. */
export function encodeAnalyzeStack(resources: readonly ResourceInput[]): Buffer {
  return Buffer.from(makeAnalyzeStackRequest(resources).serializeBinary());
}

function toDiagnostics(resp: InstanceType<AnalyzerPb["AnalyzeResponse"]>): Diagnostic[] {
  return resp.getDiagnosticsList().map((d) => ({
    policyName: d.getPolicyname(),
    policyPackName: d.getPolicypackname(),
    policyPackVersion: d.getPolicypackversion(),
    message: d.getMessage(),
    urn: d.getUrn(),
    enforcementLevel: enforcementLevelName(d.getEnforcementlevel()),
    severity: severityNames[d.getSeverity()] ?? "",
    description: d.getDescription(),
  }));
}

function toAnalyzerInfo(ai: InstanceType<AnalyzerPb["AnalyzerInfo"]>): AnalyzerInfo {
  const initialConfig: AnalyzerInfo["initialConfig"] = {};
  ai.getInitialconfigMap().forEach((v, k) => {
    initialConfig[k] = {
      enforcementLevel: enforcementLevelName(v.getEnforcementlevel()),
      properties: v.getProperties()?.toJavaScript() ?? {},
    };
  });
  return {
    name: ai.getName(),
    displayName: ai.getDisplayname(),
    version: ai.getVersion(),
    description: ai.getDescription(),
    provider: ai.getProvider(),
    tags: ai.getTagsList(),
    supportsConfig: ai.getSupportsconfig(),
    initialConfig,
    policies: ai.getPoliciesList().map((p): PolicyInfo => {
      const fw = p.getFramework();
      const schema = p.getConfigschema();
      return {
        name: p.getName(),
        displayName: p.getDisplayname(),
        description: p.getDescription(),
        enforcementLevel: enforcementLevelName(p.getEnforcementlevel()),
        policyType: policyTypes[p.getPolicyType()] ?? "unknown",
        severity: severityNames[p.getSeverity()] ?? "",
        remediationSteps: p.getRemediationSteps(),
        url: p.getUrl(),
        tags: p.getTagsList(),
        ...(fw
          ? {
              framework: {
                name: fw.getName(),
                version: fw.getVersion(),
                reference: fw.getReference(),
                specification: fw.getSpecification(),
              },
            }
          : {}),
        ...(schema
          ? { configSchema: { properties: schema.getProperties()?.toJavaScript() ?? {}, required: schema.getRequiredList() } }
          : {}),
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Engine-side config reconciliation (pkg/resource/analyzer/config.go)
// ---------------------------------------------------------------------------

/** One policy's entry in the engine's Configure request. */
export interface EngineConfig {
  enforcementLevel?: EnforcementLevel;
  properties?: Record<string, unknown>;
}

/** parsePolicyPackConfig: a string is a level; an object's `enforcementLevel` is split off. */
function parseConfig(config: PolicyPackConfig): Record<string, EngineConfig> {
  const out: Record<string, EngineConfig> = {};
  for (const [k, v] of Object.entries(config)) {
    if (typeof v === "string") out[k] = { enforcementLevel: v };
    else {
      const { enforcementLevel, ...props } = v;
      out[k] = { ...(enforcementLevel ? { enforcementLevel } : {}), ...(Object.keys(props).length ? { properties: props } : {}) };
    }
  }
  return out;
}

function applyConfig(result: Record<string, EngineConfig>, toApply: Record<string, EngineConfig>): void {
  const all = toApply["all"];
  if (all?.enforcementLevel) for (const k of Object.keys(result)) result[k] = { ...result[k], enforcementLevel: all.enforcementLevel };
  for (const [policy, given] of Object.entries(toApply)) {
    const prev = result[policy] ?? {};
    const properties =
      given.properties && Object.keys(given.properties).length ? { ...(prev.properties ?? {}), ...given.properties } : prev.properties;
    result[policy] = { enforcementLevel: given.enforcementLevel ?? prev.enforcementLevel, ...(properties ? { properties } : {}) };
  }
}

/**
 * What the engine sends to Configure for `config`: every policy with its
 * default level and the `default`s of its config schema, then the pack's
 * initial config, then `config` (with `all` applied first). Like the engine,
 * the `all` entry itself is passed on too.
 */
export function reconcileConfig(info: AnalyzerInfo, config: PolicyPackConfig): Record<string, EngineConfig> {
  const result: Record<string, EngineConfig> = {};
  for (const p of info.policies) {
    let properties: Record<string, unknown> | undefined;
    for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) {
      if (s && typeof s === "object" && "default" in s) (properties ??= {})[k] = (s as Record<string, unknown>)["default"];
    }
    result[p.name] = { enforcementLevel: p.enforcementLevel, ...(properties ? { properties } : {}) };
  }
  if (Object.keys(info.initialConfig).length) applyConfig(result, info.initialConfig);
  applyConfig(result, parseConfig(config));
  return result;
}

// ---------------------------------------------------------------------------
// Build once
// ---------------------------------------------------------------------------

const distMain = path.join(repoRoot, "dist", "policypack", "index.js");
const buildInputs = [path.join(repoRoot, "tsconfig.json"), path.join(repoRoot, "tsconfig.build.json"), path.join(repoRoot, "package.json")];
const stateDir = path.join(
  os.tmpdir(),
  `us-person-data-guard-protocol-${crypto.createHash("sha1").update(repoRoot).digest("hex").slice(0, 12)}`,
);
const stampFile = path.join(stateDir, "build-stamp.json");
const lockDir = path.join(stateDir, "build.lock");

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts") || e.name.endsWith(".json")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(repoRoot, "policypack"));
  for (const f of buildInputs) if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  return newest;
}

/** Fresh: our last successful build produced the current dist and no source changed since it started. */
function isFresh(): boolean {
  if (!fs.existsSync(distMain) || !fs.existsSync(stampFile)) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, "utf8")) as { sourcesAt: number; distAt: number };
    return stamp.distAt === fs.statSync(distMain).mtimeMs && newestSourceMtime() <= stamp.sourcesAt;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function runTsc(): Promise<{ code: number; output: string }> {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [repoRoot] });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsc, "-p", "tsconfig.build.json", "--pretty", "false"],
      { cwd: repoRoot, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        // On a non-zero exit, execFile's error carries the exit code as `code`.
        const exit = (err as { code?: unknown } | null)?.code;
        const code = err ? (typeof exit === "number" ? exit : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

/**
 * Builds the pack (`tsc -p tsconfig.build.json`) unless dist is fresh. Safe
 * to call from parallel jest workers: one builds, the others wait. A failed
 * build throws with the compiler output.
 */
export async function ensureBuilt(timeoutMs = 170_000): Promise<void> {
  if (isFresh()) return;
  fs.mkdirSync(stateDir, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      try {
        // A lock left by a killed run.
        if (Date.now() - fs.statSync(lockDir).mtimeMs > 120_000) fs.rmSync(lockDir, { recursive: true, force: true });
      } catch {
        /* raced with its owner */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lockDir}`, { cause: e });
      await sleep(200);
    }
  }
  try {
    if (isFresh()) return;
    const sourcesAt = newestSourceMtime();
    const { code, output } = await runTsc();
    if (code !== 0 || !fs.existsSync(distMain)) {
      fs.rmSync(stampFile, { force: true });
      throw new Error(`The policy pack does not build (npx tsc -p tsconfig.build.json exited ${code}):\n${output}`);
    }
    fs.writeFileSync(stampFile, JSON.stringify({ sourcesAt, distAt: fs.statSync(distMain).mtimeMs }));
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// The pack process and its client
// ---------------------------------------------------------------------------

export interface StartOptions {
  /** Policy pack directory (default: the repository root, whose package.json main is dist/policypack/index.js). */
  readonly packDir?: string;
  /** Extra environment for the pack process. */
  readonly env?: Record<string, string>;
  /** Engine address argument (dropped by run-policy-pack; nothing dials it). */
  readonly engineAddress?: string;
  readonly startTimeoutMs?: number;
  /**
   * Run the pack as if the system clock read this instant (ISO) at start-up.
   * The pack reads no environment for its clock; this fakes the process clock
   * itself with a `--require` preload (a generated file, the instant baked in),
   * the way a machine with its clock set would.
   */
  readonly now?: string;
}

export interface ConfigureOptions {
  /** Reconcile like the engine (defaults, initial config, `all`); default true. */
  readonly reconcile?: boolean;
}

export interface StackOptions {
  readonly stack?: string;
  readonly project?: string;
  readonly organization?: string;
  readonly dryRun?: boolean;
  readonly config?: Record<string, string>;
}

export interface PackClient {
  readonly pid: number;
  readonly port: number;
  /** Everything the pack wrote to stderr so far. */
  stderr(): string;
  getAnalyzerInfo(): Promise<AnalyzerInfo>;
  getPluginInfo(): Promise<{ version: string }>;
  /** Sends Configure; returns the per-policy map that was sent. */
  configure(policyConfig: PolicyPackConfig, opts?: ConfigureOptions): Promise<Record<string, EngineConfig>>;
  configureStack(tags?: Record<string, string>, opts?: StackOptions): Promise<void>;
  analyze(resource: ResourceInput): Promise<Diagnostic[]>;
  analyzeStack(resources: ResourceInput[]): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

/** Environment for the pack: ours, minus anything that would make @pulumi/pulumi dial a real engine/monitor. */
/** A preload that shifts the process clock so it starts at `iso` (time still advances). */
export function fixedClockPreload(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new Error(`startPack: invalid now '${iso}'`);
  const file = path.join(os.tmpdir(), `updg-clock-${process.pid}-${at}.js`);
  if (!fs.existsSync(file)) {
    const source = `"use strict";
const Real = Date;
const offset = ${at} - Real.now();
class FixedDate extends Real {
  constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
  static now() { return Real.now() + offset; }
}
globalThis.Date = FixedDate;
`;
    fs.writeFileSync(`${file}.tmp`, source);
    fs.renameSync(`${file}.tmp`, file);
  }
  return file;
}

function packEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PULUMI_NODEJS_") && k !== "PULUMI_ENGINE") env[k] = v;
  return { ...env, ...extra };
}

export async function startPack(opts: StartOptions = {}): Promise<PackClient> {
  const packDir = path.resolve(opts.packDir ?? repoRoot);
  const preload = opts.now !== undefined ? ["--require", fixedClockPreload(opts.now)] : [];
  const child = spawn(process.execPath, [...preload, runPolicyPack, opts.engineAddress ?? "127.0.0.1:1", packDir], {
    cwd: packDir,
    env: packEnv(opts.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  let stdout = "";
  let stderr = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`policy pack did not print its port within ${opts.startTimeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`),
      );
    }, opts.startTimeoutMs ?? 30_000);
    const onData = (d: string) => {
      stdout += d;
      // Only complete lines: the port is printed with console.log.
      for (const line of stdout.split("\n").slice(0, -1)) {
        if (/^\d+\r?$/.test(line)) {
          clearTimeout(timer);
          child.stdout.off("data", onData);
          resolve(Number(line.trim()));
          return;
        }
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`policy pack exited before serving (code ${code}, signal ${signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
  // Keep draining stdout so the pack never blocks on a full pipe.
  child.stdout.on("data", (d: string) => (stdout += d));

  const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": 400 * 1024 * 1024,
  });

  const unary = <Q, R>(method: UnaryMethod<Q, R>, req: Q): Promise<R> => callUnary(method, req, 30_000);

  let info: AnalyzerInfo | undefined;
  const getAnalyzerInfo = async (): Promise<AnalyzerInfo> =>
    (info = toAnalyzerInfo(await unary(client.getAnalyzerInfo.bind(client), new emptyPb.Empty())));

  let closed = false;
  return {
    pid: child.pid!,
    port,
    stderr: () => stderr,
    getAnalyzerInfo,
    async getPluginInfo() {
      const r = await unary(client.getPluginInfo.bind(client), new emptyPb.Empty());
      return { version: r.getVersion() };
    },
    async configure(policyConfig, copts = {}) {
      const sent = copts.reconcile === false ? parseConfig(policyConfig) : reconcileConfig(info ?? (await getAnalyzerInfo()), policyConfig);
      const req = new analyzerPb.ConfigureAnalyzerRequest();
      const m = req.getPolicyconfigMap();
      for (const [k, v] of Object.entries(sent)) {
        const pc = new analyzerPb.PolicyConfig();
        // The engine always sends a valid level (Configure refuses an invalid one).
        pc.setEnforcementlevel(levelEnums[v.enforcementLevel ?? "advisory"]);
        pc.setProperties(toStruct(v.properties ?? {}));
        m.set(k, pc);
      }
      await unary(client.configure.bind(client), req);
      return sent;
    },
    async configureStack(tags = {}, sopts = {}) {
      const req = new analyzerPb.AnalyzerStackConfigureRequest();
      req.setStack(sopts.stack ?? "prod");
      req.setProject(sopts.project ?? "shop");
      req.setOrganization(sopts.organization ?? "acme");
      req.setDryRun(sopts.dryRun ?? true);
      const t = req.getTagsMap();
      for (const [k, v] of Object.entries(tags)) t.set(k, v);
      const c = req.getConfigMap();
      for (const [k, v] of Object.entries(sopts.config ?? {})) c.set(k, v);
      await unary(client.configureStack.bind(client), req);
    },
    async analyze(r) {
      return toDiagnostics(await unary(client.analyze.bind(client), makeAnalyzeRequest(r)));
    },
    async analyzeStack(resources) {
      return toDiagnostics(await unary(client.analyzeStack.bind(client), makeAnalyzeStackRequest(resources)));
    },
    async close() {
      if (closed) return;
      closed = true;
      client.close();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(t);
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}

/**
 * A --policy-pack-config that gives every policy the shared settings it
 * declares in its configSchema (the way the bundled example configs repeat
 * `determination`, `scope`, `exemptions`), plus optional levels.
 */
export function sharedConfig(
  info: AnalyzerInfo,
  settings: Record<string, unknown>,
  levels: Record<string, EnforcementLevel> = {},
): PolicyPackConfig {
  const out: PolicyPackConfig = {};
  if (levels["all"]) out["all"] = levels["all"];
  for (const p of info.policies) {
    const keys = Object.keys(p.configSchema?.properties ?? {});
    const own: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(settings)) if (keys.includes(k)) own[k] = v;
    const level = levels[p.name];
    out[p.name] = { ...(level ? { enforcementLevel: level } : {}), ...own };
  }
  return out;
}

/**
 * AnalyzeStack on a running pack over a connection of its own, with a
 * deadline longer than PackClient's 30 s: for very large stacks (the
 * 50,000-resource linear-cost test) on a loaded machine.
 */
export function analyzeStackWithDeadline(
  pack: Pick<PackClient, "port">,
  resources: ResourceInput[],
  deadlineMs: number,
): Promise<Diagnostic[]> {
  const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${pack.port}`, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": 400 * 1024 * 1024,
  });
  return callUnary(client.analyzeStack.bind(client), makeAnalyzeStackRequest(resources), deadlineMs)
    .then(toDiagnostics)
    .finally(() => client.close());
}

/** A built pack started as `pulumi preview --policy-pack .` runs it with no config: Configure({}), ConfigureStack (preview). */
export async function startPreviewPack(opts: StartOptions = {}): Promise<PackClient> {
  await ensureBuilt();
  const pack = await startPack(opts);
  await pack.getAnalyzerInfo();
  await pack.configure({});
  await pack.configureStack({}, { dryRun: true });
  return pack;
}
