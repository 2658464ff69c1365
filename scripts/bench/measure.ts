/**
 * What every part of `npm run bench` measures with: a millisecond clock, the
 * median, a printable list of samples, and the shape of one row of the table.
 */

/** One line of the benchmark table. */
export interface BenchRow {
  readonly what: string;
  readonly ours: number;
  readonly base: number;
  readonly unit: string;
  readonly target: string;
  readonly ok: boolean;
  /** Raw samples, printed under the row. */
  readonly samples?: string;
}

/** Monotonic time in milliseconds. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Samples as space-separated numbers with `digits` decimals. */
export const list = (xs: readonly number[], digits = 0): string => xs.map((x) => x.toFixed(digits)).join(" ");
