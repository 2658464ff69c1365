/**
 * `npm run bench`: every performance target of the project, measured in one
 * run as ratios against a baseline measured in the same run (these machines
 * are shared and noisy, so absolute times mean little):
 *
 *   - cold start, spawn → listening port: this pack vs an empty pack of six
 *     no-op policies on the same @pulumi/policy runtime (target ≤ 1.10×), and
 *     the same pack with a TypeScript `main` under ts-node type checking
 *     (reference point: what a pack without compiled JavaScript costs);
 *   - Analyze over 10,000 mixed resources (target ≤ 1.05×);
 *   - AnalyzeStack over 50,000 resources (target ≤ 1.10×) and 5,000 vs 50,000
 *     (linear: ≤ 11×);
 *   - the core in process (target ≥ 1,000,000 resources/s on one core);
 *   - scan on a 100,000-resource export vs read + JSON.parse (target ≤ 1.5×),
 *     by scripts/bench-scan.js when present.
 *
 * A/B runs alternate and the medians are compared.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decide } from "../../policypack/core/decide";
import { compileSettings } from "../../policypack/determination/compile";
import type { ResourceView } from "../../policypack/core/types";
import { repoRoot, startPack, type PackClient, type ResourceInput } from "../../tests/protocol/harness";
import { mixedStack } from "./workload";

const quick = process.env["BENCH_QUICK"] === "1";
const rounds = quick ? 3 : 7;
const analyzeCount = quick ? 2_000 : 10_000;
const bigStack = quick ? 10_000 : 50_000;
const smallStack = bigStack / 10;
const benchDir = path.join(repoRoot, ".bench");

interface Row { readonly what: string; readonly ours: number; readonly base: number; readonly unit: string; readonly target: string; readonly ok: boolean }
const rows: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function writePack(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), body);
  return dir;
}

/** Six no-op policies on the same runtime: the floor any pack pays. */
function emptyPack(): string {
  const names = ["restricted-provider", "restricted-region", "restricted-data-flow", "upcoming-restriction", "exemption-review", "migration-inventory"];
  const policies = names.map((n, i) =>
    i === 2 || i >= 4
      ? `{ name: ${JSON.stringify(n)}, description: "no-op", enforcementLevel: "advisory", validateStack: () => {} }`
      : `{ name: ${JSON.stringify(n)}, description: "no-op", enforcementLevel: "advisory", validateResource: () => {} }`,
  );
  return writePack(path.join(benchDir, "empty-pack"), {
    "package.json": JSON.stringify({ name: "empty-pack", version: "0.0.0", main: "index.js" }),
    "index.js": `const { PolicyPack } = require("@pulumi/policy");\nnew PolicyPack("empty-pack", { policies: [${policies.join(",\n")}] });\n`,
  });
}

/** This pack with a TypeScript main, as packs without a build step run (ts-node with type checking). */
function tsPack(): string {
  return writePack(path.join(benchDir, "ts-pack"), {
    "package.json": JSON.stringify({ name: "ts-pack", version: "0.0.0", main: "index.ts" }),
    "index.ts": `import { createPack } from "../../policypack/library";\ncreatePack();\n`,
    "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "commonjs", moduleResolution: "node", skipLibCheck: true, types: ["node"] }, files: ["index.ts"] }),
  });
}

async function coldStart(dir: string): Promise<number> {
  const t0 = now();
  const p = await startPack({ packDir: dir, startTimeoutMs: 120_000 });
  const dt = now() - t0;
  await p.close();
  return dt;
}

async function withPack<T>(dir: string, f: (p: PackClient) => Promise<T>): Promise<T> {
  const p = await startPack({ packDir: dir, startTimeoutMs: 120_000 });
  try {
    await p.configure({});
    return await f(p);
  } finally {
    await p.close();
  }
}

async function analyzeAll(p: PackClient, rs: readonly ResourceInput[]): Promise<number> {
  const t0 = now();
  for (const r of rs) await p.analyze(r);
  return now() - t0;
}

function record(what: string, ours: number, base: number, unit: string, max: number): void {
  rows.push({ what, ours, base, unit, target: `≤ ${max.toFixed(2)}×`, ok: ours / base <= max });
}

async function benchColdStart(ours: string, empty: string, ts: string): Promise<void> {
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await coldStart(empty));
    a.push(await coldStart(ours));
  }
  record("cold start: spawn → listening port (median ms)", median(a), median(b), "ms", 1.1);
  for (let i = 0; i < Math.min(3, rounds); i++) c.push(await coldStart(ts));
  rows.push({ what: "reference: same pack, TypeScript main under ts-node type checking (median ms)", ours: median(c), base: median(b), unit: "ms", target: "(reference)", ok: true });
}

async function benchAnalyze(ours: string, empty: string): Promise<void> {
  const rs = mixedStack(analyzeCount);
  const a: number[] = [];
  const b: number[] = [];
  await withPack(ours, async (po) =>
    withPack(empty, async (pe) => {
      // Warm both (JIT, gRPC channels), then alternate chunks.
      await analyzeAll(po, rs.slice(0, 500));
      await analyzeAll(pe, rs.slice(0, 500));
      const chunk = Math.ceil(rs.length / rounds);
      for (let i = 0; i < rounds; i++) {
        const part = rs.slice(i * chunk, (i + 1) * chunk);
        if (i % 2) {
          a.push(await analyzeAll(po, part));
          b.push(await analyzeAll(pe, part));
        } else {
          b.push(await analyzeAll(pe, part));
          a.push(await analyzeAll(po, part));
        }
      }
    }),
  );
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  record(`Analyze, ${analyzeCount} mixed resources (total ms)`, sum(a), sum(b), "ms", 1.05);
}

async function stackTime(dir: string, rs: readonly ResourceInput[]): Promise<number> {
  return withPack(dir, async (p) => {
    const t0 = now();
    await p.analyzeStack([...rs]);
    return now() - t0;
  });
}

async function benchAnalyzeStack(ours: string, empty: string): Promise<void> {
  const big = mixedStack(bigStack);
  const small = big.slice(0, smallStack);
  const a: number[] = [];
  const b: number[] = [];
  const s: number[] = [];
  const n = Math.max(3, Math.floor(rounds / 2));
  for (let i = 0; i < n; i++) {
    b.push(await stackTime(empty, big));
    a.push(await stackTime(ours, big));
    s.push(await stackTime(ours, small));
  }
  record(`AnalyzeStack, ${bigStack} resources (median ms)`, median(a), median(b), "ms", 1.1);
  rows.push({
    what: `AnalyzeStack linearity: ${bigStack} vs ${smallStack} resources (ratio of medians; 10× the work)`,
    ours: median(a),
    base: median(s),
    unit: "ms",
    target: "≤ 11.00×",
    ok: median(a) / median(s) <= 11,
  });
}

function viewOf(r: ResourceInput): ResourceView {
  const p = r.provider;
  return {
    type: r.type,
    urn: r.urn,
    name: r.name,
    inputs: r.properties as Record<string, unknown>,
    provider: p ? { type: p.type, urn: p.urn, name: p.name, inputs: p.properties as Record<string, unknown> } : undefined,
  };
}

function benchCore(): void {
  const views = mixedStack(10_000).map(viewOf);
  const settings = compileSettings({});
  const clock = () => new Date("2026-11-28T12:00:00Z");
  let best = 0;
  for (let r = 0; r < (quick ? 3 : 7); r++) {
    const reps = 50;
    const t0 = now();
    let n = 0;
    for (let k = 0; k < reps; k++) for (const v of views) n += decide(v, settings, clock).length;
    const perSec = (reps * views.length) / ((now() - t0) / 1000);
    if (n < 0) console.log(n);
    best = Math.max(best, perSec);
  }
  rows.push({ what: "core: decide() resources per second, one core (best of rounds)", ours: best, base: 1_000_000, unit: "res/s", target: "≥ 1,000,000/s", ok: best >= 1_000_000 });
}

function benchScan(): string | undefined {
  const script = path.join(repoRoot, "scripts", "bench-scan.js");
  if (!fs.existsSync(script)) return undefined;
  return execFileSync(process.execPath, [script], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, BENCH_QUICK: quick ? "1" : "0" } });
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`us-person-data-guard benchmarks — node ${process.version}, ${os.cpus().length} CPUs (${cpu}), ${os.platform()} ${os.arch()}${quick ? ", QUICK" : ""}`);
  if (!fs.existsSync(path.join(repoRoot, "dist", "policypack", "index.js"))) throw new Error("run `npm run build` first");
  const empty = emptyPack();
  const ts = tsPack();
  benchCore();
  await benchColdStart(repoRoot, empty, ts);
  await benchAnalyze(repoRoot, empty);
  await benchAnalyzeStack(repoRoot, empty);
  console.log("");
  for (const r of rows) {
    const ratio = r.unit === "res/s" ? `${(r.ours / 1e6).toFixed(2)} M/s` : `${(r.ours / r.base).toFixed(3)}× (${r.ours.toFixed(0)} vs ${r.base.toFixed(0)} ${r.unit})`;
    console.log(`${r.ok ? "PASS" : "MISS"}  ${r.what}: ${ratio}  target ${r.target}`);
  }
  const scan = benchScan();
  if (scan) console.log(`\n${scan.trim()}`);
  const missed = rows.filter((r) => !r.ok).length;
  console.log(`\n${rows.length - missed} of ${rows.length} pack targets met${scan ? " (scan: see above)" : ""}.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
