/**
 * Core figures of `npm run bench` that are about how cost grows, not about
 * throughput: the flow analysis over a stack ten times larger, and a URN glob
 * on input that makes a backtracking matcher take exponential time. (The unit
 * tests check the answers of both; their time is measured here only.)
 */
import { findFlows } from "../../policypack/core/flows";
import { compileGlob } from "../../policypack/core/glob";
import type { ResourceView } from "../../policypack/core/types";
import { compileSettings } from "../../policypack/determination/compile";
import { list, median, now, type BenchRow } from "./measure";

/**
 * findFlows over the whole of `views` and over its first `smallCount`,
 * alternating, `rounds` times each. The small stack is analysed as many
 * times in a row as it is smaller (the same amount of work per sample), and
 * one analysis of it is that sample divided by the count: a 5 ms sample
 * alone would measure the timer and the collector more than the analysis.
 */
export function flowsLinearity(views: readonly ResourceView[], smallCount: number, rounds: number): BenchRow {
  const settings = compileSettings({});
  const at = new Date("2026-11-28T12:00:00Z");
  const clock = (): Date => at;
  const small = views.slice(0, smallCount);
  const repeats = Math.max(1, Math.round(views.length / small.length));
  findFlows(small, settings, clock); // warm up
  findFlows(views, settings, clock);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = now();
    for (let k = 0; k < repeats; k++) findFlows(small, settings, clock);
    a.push((now() - t0) / repeats);
    t0 = now();
    findFlows(views, settings, clock);
    b.push(now() - t0);
  }
  return {
    what: `core: findFlows linearity, ${views.length} vs ${small.length} mixed resources (ratio of medians; ${repeats}× the work; the small stack timed over ${repeats} analyses in a row)`,
    ours: median(b),
    base: median(a),
    unit: "ms",
    // The bound of the unit test this figure moved from ("roughly ten times, ratio < 20"): 10× the
    // resources also means a flow index and working set ten times larger, which no longer fit the caches
    // the small stack fits (about 12× here, and at the commit before the move, measured the same way).
    target: "< 20.00×",
    ok: median(b) / median(a) < 20,
    samples: `${small.length}: ${list(a, 1)}; ${views.length}: ${list(b, 1)}`,
  };
}

/** `*a` × 200 then `*b`, compiled and matched against 20,000 characters (a miss) and the same plus `b` (a hit). */
export function globAdversarial(rounds: number): BenchRow {
  const pattern = `${"*a".repeat(200)}*b`;
  const text = "a".repeat(20_000);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = now();
    const miss = compileGlob(pattern).matches(text);
    const hit = compileGlob(pattern).matches(`${text}b`);
    times.push(now() - t0);
    if (miss || !hit) throw new Error("the adversarial URN glob gave a wrong answer");
  }
  const m = median(times);
  return {
    what: "core: URN glob on adversarial input (`*a` × 200 `*b` against 20,000 characters, both outcomes; median ms against a 50 ms budget)",
    ours: m,
    base: 50,
    unit: "ms",
    target: "≤ 50 ms",
    ok: m <= 50,
    samples: `ms ${list(times, 2)}`,
  };
}
