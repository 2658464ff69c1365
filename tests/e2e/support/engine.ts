/**
 * End-to-end support: the real Pulumi CLI (built from Go modules by
 * scripts/pulumi-toolchain.sh), throwaway workspaces and output parsing.
 *
 * Every workspace has its own PULUMI_HOME, file:// backend, passphrase and
 * copy of the example program (node_modules symlinked), so tests never touch
 * ~/.pulumi, the toolchain's shared state dir or the repository tree.
 *
 * Program runs (`pulumi preview`) get the passthrough TEST provider on PATH
 * (scripts/toolchain/pulumi-resource-passthrough, installed as
 * pulumi-resource-alicloud): the real alicloud provider module is not served
 * by the Go module proxy. It echoes the program's inputs, so the pack sees
 * what the engine sends (program inputs + provider config); provider-side
 * input normalisation is not exercised. `pulumi policy analyze --file` runs
 * get no provider at all.
 */
import { execFileSync, spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The repository root (= the policy pack directory). */
export const repoRoot = path.resolve(__dirname, "..", "..", "..");
export const exampleProgram = path.join(repoRoot, "examples", "programs", "alicloud-customer-data");
/** examples/programs/real-sdks: @pulumi/aws, @pulumi/kubernetes, @pulumi/azure-native classes. */
export const realSdksProgram = path.join(repoRoot, "examples", "programs", "real-sdks");
/** examples/third-party/: programs others published, unmodified (see each SOURCE.md). */
export const thirdPartyDir = path.join(repoRoot, "examples", "third-party");
export const configsDir = path.join(repoRoot, "examples", "configs");
/** examples/state/, or E2E_STATE_DIR (to try regenerated exports before they replace the bundled ones). */
export const stateDir = process.env.E2E_STATE_DIR ? path.resolve(process.env.E2E_STATE_DIR) : path.join(repoRoot, "examples", "state");
export const scanCli = path.join(repoRoot, "dist", "policypack", "cli", "main.js");

/** Project name of the example program (Pulumi.yaml `name`). */
export const exampleProject = "alicloud-customer-data";
/** The alicloud version the example pins (npm @pulumi/alicloud = plugin version). */
export const alicloudVersion = "3.108.0";

/** Generous per-command limit: a cold ts-node type-check of @pulumi/alicloud is the slowest step. */
const COMMAND_TIMEOUT_MS = 240_000;

export interface Toolchain {
  /** Dir holding `pulumi` and `pulumi-language-nodejs`. */
  readonly cliBin: string;
  /** Dir holding the passthrough test providers (`pulumi-resource-alicloud`). */
  readonly testProvidersBin: string;
}

let toolchain: Toolchain | undefined;

/** Reads the bin dirs from the env file the toolchain script writes (builds nothing). */
export function loadToolchain(): Toolchain {
  if (toolchain) return toolchain;
  const out = execFileSync(
    "bash",
    ["-c", 'source scripts/pulumi-env.sh >/dev/null && printf "%s\\n%s\\n" "$PULUMI_TOOLCHAIN_BIN" "$PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN"'],
    { cwd: repoRoot, encoding: "utf8", env: { ...process.env, PULUMI_HOME: os.tmpdir(), PULUMI_BACKEND_URL: "file://" + os.tmpdir() } },
  );
  const [cliBin, testProvidersBin] = out.split("\n");
  if (!cliBin || !fs.existsSync(path.join(cliBin, "pulumi"))) {
    throw new Error(`no pulumi CLI in '${cliBin}': run bash scripts/pulumi-toolchain.sh cli`);
  }
  if (!testProvidersBin || !fs.existsSync(path.join(testProvidersBin, "pulumi-resource-alicloud"))) {
    throw new Error(`no passthrough test provider in '${testProvidersBin}': run bash scripts/pulumi-toolchain.sh test-providers`);
  }
  toolchain = { cliBin, testProvidersBin };
  return toolchain;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved in arrival order. */
  readonly output: string;
  readonly ms: number;
}

/** Runs a command to completion (never throws on a non-zero exit). */
export function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      output += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      output += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? COMMAND_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, output, ms: Date.now() - t0 });
    });
  });
}

/** Shortens a command's output for an assertion message. */
export function describeRun(what: string, r: RunResult): string {
  const tail = r.output.length > 6000 ? "…" + r.output.slice(-6000) : r.output;
  return `${what}: exit ${r.code} after ${r.ms} ms\n--- output ---\n${tail}`;
}

/** Runs assertions; a failure carries the command's output. */
export function withLog(r: RunResult, assertions: () => void, what = "command"): void {
  try {
    assertions();
  } catch (e) {
    if (e instanceof Error) e.message += "\n\n" + describeRun(what, r);
    throw e;
  }
}

/** A throwaway Pulumi home + file backend (+ optionally a copy of the example program). */
export class Workspace {
  readonly root: string;
  readonly home: string;
  readonly backend: string;
  /** Working directory for commands: the program copy, or an empty dir. */
  readonly cwd: string;
  private readonly tc: Toolchain;

  private constructor(
    label: string,
    readonly withProgram: boolean,
    program: string = exampleProgram,
    nodeModules: string = path.join(program, "node_modules"),
  ) {
    this.tc = loadToolchain();
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), `upd-e2e-${label}-`));
    this.home = path.join(this.root, "pulumi-home");
    this.backend = path.join(this.root, "backend");
    this.cwd = path.join(this.root, withProgram ? "program" : "cwd");
    for (const d of [this.home, this.backend, this.cwd]) fs.mkdirSync(d, { recursive: true });
    if (withProgram) {
      for (const f of fs.readdirSync(program)) {
        if (f === "node_modules" || f === "bin" || f.startsWith(".")) continue;
        const src = path.join(program, f);
        if (fs.statSync(src).isFile()) fs.copyFileSync(src, path.join(this.cwd, f));
      }
      fs.symlinkSync(nodeModules, path.join(this.cwd, "node_modules"), "dir");
    }
  }

  /** A workspace with a copy of examples/programs/alicloud-customer-data. */
  static withProgram(label: string): Workspace {
    return new Workspace(label, true);
  }

  /**
   * A workspace with a copy of the files of `program` (no subdirectories),
   * its node_modules a symlink to `nodeModules` (default: the program's own).
   */
  static forProgram(label: string, program: string, nodeModules?: string): Workspace {
    return new Workspace(label, true, program, nodeModules);
  }

  /** A workspace with an empty working directory (no Pulumi.yaml, no provider on PATH). */
  static bare(label: string): Workspace {
    return new Workspace(label, false);
  }

  /** Environment for the CLI: offline settings, this workspace's home/backend, dummy cloud credentials. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const pathDirs = [this.tc.cliBin];
    if (this.withProgram) pathDirs.push(this.tc.testProvidersBin);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: [...pathDirs, process.env.PATH ?? ""].join(path.delimiter),
      PULUMI_HOME: this.home,
      PULUMI_BACKEND_URL: "file://" + this.backend,
      PULUMI_CONFIG_PASSPHRASE: "e2e-passphrase",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_SKIP_CONFIRMATIONS: "true",
      ALICLOUD_ACCESS_KEY: "e2e-dummy-access-key",
      ALICLOUD_SECRET_KEY: "e2e-dummy-secret-key",
      ALIBABA_CLOUD_ACCOUNT_TYPE: "Domestic",
      NO_COLOR: "1",
      ...extra,
    };
    // Jest's own variables would leak into the program and the pack.
    delete env.JEST_WORKER_ID;
    delete env.PULUMI_ACCESS_TOKEN;
    return env;
  }

  /** `pulumi <args> --non-interactive --color never` in this workspace. */
  pulumi(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
    return run(path.join(this.tc.cliBin, "pulumi"), [...args, "--non-interactive", "--color", "never"], {
      cwd: opts.cwd ?? this.cwd,
      env: this.env(opts.env),
      timeoutMs: opts.timeoutMs,
    });
  }

  /** `pulumi stack init <name>` (+ `pulumi config set` of each entry); throws on failure. */
  async initStack(name: string, config: Record<string, string> = {}): Promise<void> {
    const r = await this.pulumi(["stack", "init", name]);
    if (r.code !== 0) throw new Error(describeRun(`pulumi stack init ${name}`, r));
    for (const [k, v] of Object.entries(config)) await this.setConfig(name, k, v);
  }

  async setConfig(stack: string, key: string, value: string): Promise<void> {
    const r = await this.pulumi(["config", "set", "--stack", stack, key, value]);
    if (r.code !== 0) throw new Error(describeRun(`pulumi config set ${key}`, r));
  }

  /** `pulumi preview --stack <stack> --policy-pack <pack> [--policy-pack-config <cfg>]`. */
  preview(stack: string, opts: { pack?: string; config?: string } = {}): Promise<RunResult> {
    const args = ["preview", "--stack", stack, "--policy-pack", opts.pack ?? repoRoot];
    if (opts.config) args.push("--policy-pack-config", opts.config);
    return this.pulumi(args);
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** One policy result as the CLI prints it under "Policies:". */
export interface PolicyLine {
  readonly level: string;
  readonly severity: string;
  readonly policy: string;
  /** "(type: name)" as the CLI prints it, e.g. "alicloud:oss:Bucket: customer-data". */
  readonly subject: string;
  /** The lines that follow (description / message). */
  readonly message: string;
  /** The URN the pack's message names (its exemption hint), if any. */
  readonly urn?: string;
}

/**
 * Parses the "Policies:" section of `pulumi preview` / `pulumi policy analyze`
 * human output:
 *     - [mandatory] [severity: critical]  restricted-provider  (alicloud:oss:Bucket: customer-data)
 *       <message line(s)>
 */
export function parsePolicyLines(output: string): PolicyLine[] {
  const lines = output.split(/\r?\n/);
  const head = /^\s+- \[(\w+)\] (?:\[severity: (\w+)\]\s+)?(\S+)\s+\((.*)\)\s*$/;
  const result: PolicyLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = head.exec(lines[i]!);
    if (!m) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && !head.test(lines[j]!) && /^\s{6,}\S/.test(lines[j]!); j++) body.push(lines[j]!.trim());
    const message = body.join("\n");
    const urn = /resources match (urn:pulumi:\S+?)\.?$/m.exec(message)?.[1];
    result.push({ level: m[1]!, severity: m[2] ?? "", policy: m[3]!, subject: m[4]!, message, urn });
  }
  return result;
}

/** The URN of a resource of the example program in `stack`. */
export function exampleUrn(stack: string, type: string, name: string): string {
  return `urn:pulumi:${stack}::${exampleProject}::${type}::${name}`;
}

/** Every resource the example program declares, plus its default provider. */
export const exampleResources: readonly { type: string; name: string; tagged: boolean }[] = [
  { type: "alicloud:oss/bucket:Bucket", name: "customer-data", tagged: true },
  { type: "alicloud:vpc/network:Network", name: "customer-vpc", tagged: true },
  { type: "alicloud:vpc/switch:Switch", name: "customer-vswitch", tagged: true },
  { type: "alicloud:ecs/securityGroup:SecurityGroup", name: "app-sg", tagged: true },
  { type: "alicloud:ecs/instance:Instance", name: "app", tagged: true },
  { type: "alicloud:rds/instance:Instance", name: "customer-db", tagged: true },
  { type: "alicloud:rds/account:Account", name: "app-account", tagged: false },
  { type: "pulumi:providers:alicloud", name: `default_${alicloudVersion.replace(/\./g, "_")}`, tagged: false },
];

/** The parts of a `pulumi stack export` file the tests read. */
export interface StackExport {
  version: number;
  deployment: { resources?: { urn: string }[]; manifest?: { version?: string; magic?: string } };
}

/** True when a JSON document is a `pulumi stack export` file ({version, deployment}). */
export function isStackExport(doc: unknown): doc is StackExport {
  return (
    typeof doc === "object" &&
    doc !== null &&
    typeof (doc as { version?: unknown }).version === "number" &&
    typeof (doc as { deployment?: unknown }).deployment === "object" &&
    (doc as { deployment?: unknown }).deployment !== null
  );
}

/** Every `pulumi stack export` file under examples/state/ (preview JSON and other files skipped). */
export function exportedStates(): { file: string; doc: StackExport }[] {
  const out: { file: string; doc: StackExport }[] = [];
  for (const f of fs
    .readdirSync(stateDir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const file = path.join(stateDir, f);
    const doc = readJson(file);
    if (isStackExport(doc)) out.push({ file, doc });
  }
  return out;
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** Lines that look like a JavaScript stack trace frame. */
export function stackTraceLines(output: string): string[] {
  return output.split(/\r?\n/).filter((l) => l.startsWith("    at "));
}
