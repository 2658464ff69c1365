/**
 * `npm run bench`: every performance target of the project, measured in one
 * run as ratios against a baseline measured in the same run (these machines
 * are shared and noisy, so absolute times mean little):
 *
 *   - cold start, spawn → listening port: this pack vs an empty pack of
 *     no-op policies, one per policy of ours, on the same @pulumi/policy runtime (target ≤ 1.10×), and
 *     the same pack with a TypeScript `main` under ts-node type checking
 *     (reference point: what a pack without compiled JavaScript costs);
 *   - Analyze over 10,000 mixed resources (target ≤ 1.05×), beside this pack
 *     with its violations dropped (reference), the empty pack with this
 *     pack's request handling (reference: what our policies cost on top of
 *     it) and a second copy of the empty pack (control: the spread of the
 *     measurement itself);
 *   - AnalyzeStack over 50,000 resources (target ≤ 1.10×) and 5,000 vs 50,000
 *     (linear: ≤ 11×);
 *   - the core in process (target ≥ 1,000,000 resources/s on one core), the
 *     flow analysis 5,000 vs 50,000 resources (linear: ≤ 11×) and a URN glob
 *     on adversarial input (no backtracking: ≤ 50 ms);
 *   - scan on a 100,000-resource export vs read + JSON.parse (target ≤ 1.5×),
 *     by scripts/bench-scan.js.
 *
 * Method (see BENCHMARKS.md): A and B alternate in ABBA order, so neither
 * always runs first or second; every figure is a median of several runs and
 * the ratio is the ratio of the medians; the samples are printed too. Requests
 * are encoded before any clock starts (scripts/bench/rpc.ts), so a timed gRPC
 * call is the pack's work plus the transport, including the violations our
 * pack sends back. Everything the packs compile on first use is warmed up
 * before measuring, except in the cold-start figure, which is about exactly
 * that. BENCH_QUICK=1 runs fewer, smaller rounds (a smoke test, not a result);
 * BENCH_ONLY=core,cold,analyze,stack,scan runs only the parts named.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decide } from "../../policypack/core/decide";
import { createMemo } from "../../policypack/core/memo";
import { compileSettings } from "../../policypack/determination/compile";
import type { ResourceView } from "../../policypack/core/types";
import { repoRoot, startPack, type PackClient, type ResourceInput } from "../../tests/protocol/harness";
import { benchDir, emptyPack, writePack } from "./packs";
import { diagnosticCount, encodeAnalyze, encodeAnalyzeStack, RawAnalyzer } from "./rpc";
import { mixedStack } from "./workload";
import { flowsLinearity, globAdversarial } from "./core-scaling";
import { list, median, now, type BenchRow } from "./measure";

const quick = process.env["BENCH_QUICK"] === "1";
/** BENCH_ONLY=core,cold,analyze,stack,scan: run only these parts (all when unset). */
const only = process.env["BENCH_ONLY"]?.split(",").map((s) => s.trim());
const runs = (part: string): boolean => !only || only.includes(part);
const coldRounds = quick ? 3 : 11;
const tsRounds = quick ? 1 : 5;
const analyzeCount = quick ? 2_000 : 10_000;
const analyzeRounds = quick ? 2 : 7;
const bigStack = quick ? 10_000 : 50_000;
const smallStack = bigStack / 10;
const warmStack = 2_000;
const stackRounds = quick ? 2 : 9;
const coreRounds = quick ? 5 : 11;
const rows: BenchRow[] = [];

/** ABBA: in even rounds A runs first, in odd rounds B does. */
async function alternate(round: number, a: () => Promise<void>, b: () => Promise<void>): Promise<void> {
  if (round % 2 === 0) {
    await a();
    await b();
  } else {
    await b();
    await a();
  }
}

/** This pack with a TypeScript main, as packs without a build step run (ts-node with type checking). */
function tsPack(): string {
  return writePack(path.join(benchDir, "ts-pack"), {
    "package.json": JSON.stringify({ name: "ts-pack", version: "0.0.0", main: "index.ts" }),
    "index.ts": `import { createPack } from "../../policypack/library";\ncreatePack();\n`,
    "tsconfig.json": JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "commonjs",
        moduleResolution: "node",
        skipLibCheck: true,
        types: ["node"],
      },
      files: ["index.ts"],
    }),
  });
}

/** An A/B figure: the ratio of the medians decides; the median of the per-round ratios is shown beside it. */
function record(what: string, ours: readonly number[], base: readonly number[], unit: string, max: number): void {
  const o = median(ours);
  const b = median(base);
  const paired = median(ours.map((x, i) => x / base[i]!));
  rows.push({
    what,
    ours: o,
    base: b,
    unit,
    target: `≤ ${max.toFixed(2)}×`,
    ok: o / b <= max,
    samples: `ours ${list(ours)}; baseline ${list(base)}; median of per-round ratios ${paired.toFixed(3)}`,
  });
}

// ---------------------------------------------------------------------------
// Core, in process
// ---------------------------------------------------------------------------

function viewOf(r: ResourceInput, copy: boolean): ResourceView {
  const p = r.provider;
  const own = <T>(v: T): T => (copy ? structuredClone(v) : v);
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    inputs: own<Record<string, unknown>>(r.properties),
    provider: p ? { type: p.type, urn: p.urn, name: p.name, inputs: own<Record<string, unknown>>(p.properties) } : undefined,
  };
}

/** Resources decided per second, one pass over `views` per round. */
function decideRate(views: readonly ResourceView[], passes: number): number[] {
  const settings = compileSettings({});
  // The run's memo, as the pack's policy context and a scan own one (core/memo.ts).
  const memo = createMemo();
  // A fixed instant, as in scan (--now) and createPack({ clock }) in tests: a clock
  // that parsed a date string on every call would be measured instead of decide.
  const at = new Date("2026-11-28T12:00:00Z");
  const clock = (): Date => at;
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < coreRounds; r++) {
    const t0 = now();
    for (let k = 0; k < passes; k++) for (const v of views) sink += decide(v, settings, clock, memo).length;
    rates.push((passes * views.length) / ((now() - t0) / 1000));
  }
  if (sink < 0) console.log(sink);
  return rates;
}

function benchCore(): void {
  const stack = mixedStack(10_000);
  // As in scan: the resources of a provider share one provider view.
  const shared = decideRate(
    stack.map((r) => viewOf(r, false)),
    20,
  );
  const m = median(shared);
  rows.push({
    what: "core: decide() resources per second, one core (median of rounds; 10,000 mixed resources, shared provider views)",
    ours: m,
    base: 1_000_000,
    unit: "res/s",
    target: "≥ 1,000,000/s",
    ok: m >= 1_000_000,
    samples: `M/s ${list(
      shared.map((x) => x / 1e6),
      2,
    )}`,
  });
  // As in the pack: every request is deserialised afresh, so no two resources share an object.
  const fresh = decideRate(
    mixedStack(50_000).map((r) => viewOf(r, true)),
    1,
  );
  const f = median(fresh);
  rows.push({
    what: "reference: the same with every resource and provider a separate object (as the pack deserialises each request)",
    ours: f,
    base: 1_000_000,
    unit: "res/s",
    target: "(reference)",
    ok: true,
    samples: `M/s ${list(
      fresh.map((x) => x / 1e6),
      2,
    )}`,
  });
}

// ---------------------------------------------------------------------------
// Over the analyzer protocol
// ---------------------------------------------------------------------------

async function coldStart(dir: string, env?: Record<string, string>): Promise<number> {
  const t0 = now();
  const p = await startPack({ packDir: dir, startTimeoutMs: 120_000, ...(env ? { env } : {}) });
  const dt = now() - t0;
  await p.close();
  return dt;
}

async function benchColdStart(ours: string, empty: string, ts: string): Promise<void> {
  const a: number[] = [];
  const b: number[] = [];
  // One untimed start each: the first spawn of a run also warms the file system cache.
  await coldStart(empty);
  await coldStart(ours);
  for (let i = 0; i < coldRounds; i++) {
    await alternate(
      i,
      async () => void a.push(await coldStart(ours)),
      async () => void b.push(await coldStart(empty)),
    );
  }
  record("cold start: spawn → listening port (median ms)", a, b, "ms", 1.1);
  // ts-node (the copy @pulumi/pulumi registers for every pack) keeps compiled files in a disk
  // cache; with the cache on, every start after the first skips compiling and type checking.
  const c: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < tsRounds; i++) c.push(await coldStart(ts, { TS_NODE_CACHE: "false" }));
  for (let i = 0; i < tsRounds; i++) cached.push(await coldStart(ts));
  rows.push({
    what: "reference: same pack, TypeScript main compiled and type-checked by ts-node at start (its cache off, as on a first run; median ms)",
    ours: median(c),
    base: median(b),
    unit: "ms",
    target: "(reference)",
    ok: true,
    samples: `ts ${list(c)}`,
  });
  rows.push({
    what: "reference: the same with ts-node's disk cache warm (no compiling, no type checking; median ms)",
    ours: median(cached),
    base: median(b),
    unit: "ms",
    target: "(reference)",
    ok: true,
    samples: `ts cached ${list(cached)}`,
  });
}

async function withPack<T>(dir: string, f: (p: PackClient, raw: RawAnalyzer) => Promise<T>): Promise<T> {
  const p = await startPack({ packDir: dir, startTimeoutMs: 120_000 });
  const raw = new RawAnalyzer(p.port);
  try {
    await p.configure({});
    return await f(p, raw);
  } finally {
    raw.close();
    await p.close();
  }
}

/**
 * This pack with every violation dropped before it reaches @pulumi/policy: a
 * reference for the Analyze figure, which splits our overhead into our own
 * work and the cost of reporting and transferring the violations.
 */
function quietPack(): string {
  const dist = JSON.stringify(path.join(repoRoot, "dist", "policypack"));
  return writePack(path.join(benchDir, "quiet-pack"), {
    "package.json": JSON.stringify({ name: "quiet-pack", version: "0.0.0", main: "index.js" }),
    "index.js": [
      `const { PolicyPack } = require("@pulumi/policy");`,
      `const path = require("path");`,
      `const { createContext, installRequestHandling } = require(path.join(${dist}, "library.js"));`,
      `installRequestHandling();`,
      `const { createPolicies } = require(path.join(${dist}, "policies", "index.js"));`,
      `const quiet = () => {};`,
      `const policies = createPolicies(createContext()).map((p) => p.validateResource ? { ...p, validateResource: (args) => p.validateResource(args, quiet) } : { ...p, validateStack: (args) => p.validateStack(args, quiet) });`,
      `new PolicyPack("quiet-pack", { policies });`,
      "",
    ].join("\n"),
  });
}

/**
 * The empty pack with this pack's request handling installed (`installRequestHandling`: properties decoded
 * from the wire in one pass, secrets marked): a reference that separates what our policies cost from what
 * the request handling saves.
 */
function handlingPack(): string {
  const dist = JSON.stringify(path.join(repoRoot, "dist", "policypack", "library.js"));
  return emptyPack("handling-pack", { prelude: `require(${dist}).installRequestHandling();` });
}

/** Analyze calls one at a time, as the engine makes them; total ms. */
async function analyzeCalls(raw: RawAnalyzer, requests: readonly Buffer[], keep?: Buffer[]): Promise<number> {
  const t0 = now();
  for (const r of requests) {
    const resp = await raw.analyze(r);
    keep?.push(resp);
  }
  return now() - t0;
}

async function benchAnalyze(ours: string, quiet: string, empty: string, control: string, handling: string): Promise<void> {
  const requests = mixedStack(analyzeCount).map(encodeAnalyze);
  const chunk = 250;
  // `control` is a second copy of the empty pack: its ratio to the empty pack is the measurement's own spread.
  const packs = [ours, quiet, empty, control, handling];
  const totals: number[][] = packs.map(() => []);
  const responses: Buffer[] = [];
  const started: { p: PackClient; raw: RawAnalyzer }[] = [];
  try {
    for (const dir of packs) {
      const p = await startPack({ packDir: dir, startTimeoutMs: 120_000 });
      started.push({ p, raw: new RawAnalyzer(p.port) });
      await p.configure({});
    }
    // Warm-up: a whole pass each (JIT, channels, every code path the workload reaches).
    for (const [i, s] of started.entries()) await analyzeCalls(s.raw, requests, i === 0 ? responses : undefined);
    // Each round sends every request to every pack, chunk by chunk, the packs taking turns within
    // a chunk in rotating order: the three see the same machine load, whatever it does meanwhile.
    let turn = 0;
    for (let round = 0; round < analyzeRounds; round++) {
      const sums = packs.map(() => 0);
      for (let c = 0; c < requests.length; c += chunk, turn++) {
        const part = requests.slice(c, c + chunk);
        for (let k = 0; k < packs.length; k++) {
          const i = (turn + k) % packs.length;
          sums[i]! += await analyzeCalls(started[i]!.raw, part);
        }
      }
      sums.forEach((x, i) => totals[i]!.push(x));
    }
  } finally {
    for (const s of started) {
      s.raw.close();
      await s.p.close();
    }
  }
  const violations = responses.reduce((n, r) => n + diagnosticCount(r), 0);
  record(
    `Analyze, ${analyzeCount} mixed resources, one call at a time (median ms per pass; ours reports ${violations} violations)`,
    totals[0]!,
    totals[2]!,
    "ms",
    1.05,
  );
  const paired = (a: readonly number[], b: readonly number[]): string => median(a.map((x, i) => x / b[i]!)).toFixed(3);
  referenceRow(
    "reference: the same, this pack with its violations dropped unreported (our own work, without reporting and transferring violations)",
    totals[1]!,
    totals[2]!,
    `quiet ${list(totals[1]!)}; median of per-round ratios ${paired(totals[1]!, totals[2]!)}`,
  );
  referenceRow(
    "reference: the empty pack with this pack's request handling (wire decoding, secret marking), no policy work",
    totals[4]!,
    totals[2]!,
    `handling ${list(totals[4]!)}; median of per-round ratios ${paired(totals[4]!, totals[2]!)}; this pack against it: ${(median(totals[0]!) / median(totals[4]!)).toFixed(3)}× (our policies' own cost)`,
  );
  referenceRow(
    "control: a second copy of the empty pack, measured the same way (the spread of the measurement itself)",
    totals[3]!,
    totals[2]!,
    `control ${list(totals[3]!)}; median of per-round ratios ${paired(totals[3]!, totals[2]!)}`,
  );
}

/** A row printed beside a target, for reading it: no target of its own. */
function referenceRow(what: string, ours: readonly number[], base: readonly number[], samples: string): void {
  rows.push({ what, ours: median(ours), base: median(base), unit: "ms", target: "(reference)", ok: true, samples });
}

/** One AnalyzeStack in a fresh pack, after an untimed AnalyzeStack of a different stack (JIT warm-up). */
async function stackTime(dir: string, warm: Buffer, request: Buffer): Promise<{ ms: number; diagnostics: number }> {
  return withPack(dir, async (_p, raw) => {
    await raw.analyzeStack(warm);
    const t0 = now();
    const resp = await raw.analyzeStack(request);
    const ms = now() - t0;
    return { ms, diagnostics: diagnosticCount(resp) };
  });
}

async function benchAnalyzeStack(ours: string, empty: string): Promise<void> {
  const big = mixedStack(bigStack);
  const bigReq = encodeAnalyzeStack(big);
  const smallReq = encodeAnalyzeStack(big.slice(0, smallStack));
  // Its own URNs: the stack policies remember the last stack they decided, and must not find it here.
  const warmReq = encodeAnalyzeStack(mixedStack(warmStack, 10_000_000));
  const a: number[] = [];
  const b: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < stackRounds; i++) {
    await alternate(
      i,
      async () => {
        const r = await stackTime(ours, warmReq, bigReq);
        a.push(r.ms);
        diagnostics = r.diagnostics;
        as.push((await stackTime(ours, warmReq, smallReq)).ms);
      },
      async () => {
        b.push((await stackTime(empty, warmReq, bigReq)).ms);
        bs.push((await stackTime(empty, warmReq, smallReq)).ms);
      },
    );
  }
  record(`AnalyzeStack, ${bigStack} resources (median ms; fresh pack, warmed up; ours reports ${diagnostics} violations)`, a, b, "ms", 1.1);
  const lin = median(a) / median(as);
  rows.push({
    what: `AnalyzeStack linearity: ${bigStack} vs ${smallStack} resources (ratio of medians; 10× the work)`,
    ours: median(a),
    base: median(as),
    unit: "ms",
    target: "≤ 11.00×",
    ok: lin <= 11,
    samples: `ours ${smallStack}: ${list(as)}`,
  });
  rows.push({
    what: `reference: the empty pack's linearity, ${bigStack} vs ${smallStack} resources`,
    ours: median(b),
    base: median(bs),
    unit: "ms",
    target: "(reference)",
    ok: true,
    samples: `empty ${smallStack}: ${list(bs)}`,
  });
}

function benchScan(): string {
  const script = path.join(repoRoot, "scripts", "bench-scan.js");
  return execFileSync(process.execPath, [script], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, BENCH_QUICK: quick ? "1" : "0" },
    maxBuffer: 16 << 20,
  });
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  const policyVersion = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", "@pulumi", "policy", "package.json"), "utf8")) as { version: string }
  ).version;
  console.log(
    `us-person-data-guard benchmarks — node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model ?? "unknown CPU"}), ${os.platform()} ${os.arch()}, ` +
      `@pulumi/policy ${policyVersion}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}${quick ? ", QUICK" : ""}`,
  );
  if (!fs.existsSync(path.join(repoRoot, "dist", "policypack", "index.js"))) throw new Error("run `npm run build` first");
  const empty = emptyPack("empty-pack");
  if (runs("core")) {
    benchCore();
    rows.push(
      flowsLinearity(
        mixedStack(bigStack).map((r) => viewOf(r, false)),
        smallStack,
        coreRounds,
      ),
      globAdversarial(coreRounds),
    );
  }
  if (runs("cold")) await benchColdStart(repoRoot, empty, tsPack());
  if (runs("analyze")) await benchAnalyze(repoRoot, quietPack(), empty, emptyPack("control-pack"), handlingPack());
  if (runs("stack")) await benchAnalyzeStack(repoRoot, empty);
  console.log("");
  for (const r of rows) {
    const ratio =
      r.unit === "res/s"
        ? `${(r.ours / 1e6).toFixed(2)} M/s`
        : `${(r.ours / r.base).toFixed(3)}× (${r.ours.toFixed(0)} vs ${r.base.toFixed(0)} ${r.unit})`;
    console.log(`${r.ok ? "PASS" : "MISS"}  ${r.what}: ${ratio}  target ${r.target}`);
    if (r.samples) console.log(`        samples: ${r.samples}`);
  }
  const scan = runs("scan") ? benchScan().trim() : "";
  if (scan) console.log(`\n${scan}`);
  const scanRows = scan.split("\n").filter((l) => /^(PASS|MISS) /.test(l));
  const missed = rows.filter((r) => !r.ok).length + scanRows.filter((l) => l.startsWith("MISS")).length;
  const total = rows.filter((r) => r.target !== "(reference)").length + scanRows.length;
  console.log(`\n${total - missed} of ${total} targets met.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
