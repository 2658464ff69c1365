/**
 * A/B of Analyze between packs, finer than `npm run bench`'s figure: 10,000
 * mixed requests sent one at a time in chunks of 200, the packs taking turns
 * within each chunk in rotating order, several passes; per pack, the mean
 * time per request, the ratio of its total to the last pack's, and the median
 * of the per-chunk ratios. Used to decide whether a change is kept (see
 * BENCHMARKS.md); `npm run bench` remains the record.
 *
 *     npm run build && tsc -p tsconfig.bench.json
 *     node .bench/build/scripts/bench/ab.js <pack> … [--passes N]
 *
 * A pack is a directory, or `empty` (one no-op policy per policy of this
 * pack), or `footprint:N` (the empty pack whose first resource policy calls N
 * distinct small functions per request: what code run per request costs in a
 * pack process, beyond its time in isolation). List a second `empty` as a
 * control: its ratio is the spread of the measurement itself.
 */
import * as path from "path";
import { startPack } from "../../tests/protocol/harness";
import { emptyPack } from "./packs";
import { encodeAnalyze, RawAnalyzer } from "./rpc";
import { mixedStack } from "./workload";

/** Requests per turn of a pack. */
const chunkSize = 200;

/** N distinct small functions, each called once per request. */
function footprintPack(n: number, name: string): string {
  let prelude = "";
  for (let i = 0; i < n; i++)
    prelude += `function f${i}(x, o) { let y = x; for (let k = 0; k < 2; k++) { y = (y * ${i + 3} + k) ^ (y >>> ${(i % 13) + 1}); if (y & ${1 << (i % 7)}) y += o.a${i % 5}; else y -= ${i}; } return y | 0; }\n`;
  prelude += `const o = { a0: 1, a1: 2, a2: 3, a3: 4, a4: 5 };\nlet sink = 0;\n`;
  const calls = Array.from({ length: n }, (_, i) => `x = f${i}(x, o);`).join(" ");
  return emptyPack(name, { prelude, work: `() => { let x = sink; ${calls} sink = x; }` });
}

function resolve(spec: string, index: number): string {
  if (spec === "empty") return emptyPack(`ab-empty-${index}`);
  const m = /^footprint:(\d+)$/.exec(spec);
  if (m) return footprintPack(Number(m[1]), `ab-footprint-${m[1]}-${index}`);
  return path.resolve(spec);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--passes");
  const passes = at >= 0 ? Number(args.splice(at, 2)[1]) : 4;
  if (args.length < 2 || !Number.isInteger(passes) || passes < 1) throw new Error("usage: ab.js <pack> <pack> … [--passes N]");
  const requests = mixedStack(10_000).map(encodeAnalyze);
  const packs: { name: string; close: () => Promise<void>; raw: RawAnalyzer; times: number[] }[] = [];
  try {
    for (const [i, spec] of args.entries()) {
      const p = await startPack({ packDir: resolve(spec, i), startTimeoutMs: 120_000 });
      await p.configure({});
      packs.push({ name: spec, close: () => p.close(), raw: new RawAnalyzer(p.port), times: [] });
    }
    for (const k of packs) for (const r of requests) await k.raw.analyze(r);
    let turn = 0;
    for (let pass = 0; pass < passes; pass++)
      for (let c = 0; c < requests.length; c += chunkSize, turn++) {
        const part = requests.slice(c, c + chunkSize);
        for (let j = 0; j < packs.length; j++) {
          const k = packs[(j + turn) % packs.length]!;
          const t0 = performance.now();
          for (const r of part) await k.raw.analyze(r);
          k.times.push(performance.now() - t0);
        }
      }
  } finally {
    for (const k of packs) {
      k.raw.close();
      await k.close();
    }
  }
  const base = packs[packs.length - 1]!.times;
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  for (const k of packs) {
    const ratios = k.times.map((t, i) => t / base[i]!).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    const perRequest = (sum(k.times) / (k.times.length * chunkSize)) * 1000;
    console.log(
      `${k.name.padEnd(28)} ${perRequest.toFixed(1)} µs/request, total ratio ${(sum(k.times) / sum(base)).toFixed(3)}, median chunk ratio ${median.toFixed(3)}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
