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

/** findFlows over the whole of `views` and over its first `smallCount`, alternating, `rounds` times each. */
export function flowsLinearity(views: readonly ResourceView[], smallCount: number, rounds: number): BenchRow {
  const settings = compileSettings({});
  const at = new Date("2026-11-28T12:00:00Z");
  const clock = (): Date => at;
  const small = views.slice(0, smallCount);
  findFlows(small, settings, clock); // warm up
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = now();
    findFlows(small, settings, clock);
    a.push(now() - t0);
    t0 = now();
    findFlows(views, settings, clock);
    b.push(now() - t0);
  }
  return {
    what: `core: findFlows linearity, ${views.length} vs ${small.length} mixed resources (ratio of medians; ${Math.round(views.length / small.length)}× the work)`,
    ours: median(b),
    base: median(a),
    unit: "ms",
    target: "≤ 11.00×",
    ok: median(b) / median(a) <= 11,
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
