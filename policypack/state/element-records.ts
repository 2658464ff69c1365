/**
 * The resources of a stack export read from its bytes a run of elements at
 * a time (`elements.ts` finds them): what `build` in `views.ts` turns into
 * views when the document is not parsed whole.
 */
import { ReadWhole, type ElementReader } from "./elements";
import { InputError } from "./errors";

/** What `ElementRecords.next` returns once the array is done. */
export const noMore: unique symbol = Symbol("no more elements");

/**
 * Elements parsed together: a run ends after this many, or once its text
 * reaches `runBytes`. One `JSON.parse` per run instead of one per element
 * measured 6–9 % off a scan of the 100,000-resource benchmark export (JSON
 * 1,130 → 1,062 ms, text 1,113 → 1,011 ms; medians of eight and six
 * alternating runs). Much longer runs (64 elements, 150 KB) were slower:
 * text that large is allocated outside the young generation.
 */
const runElements = 16;
const runBytes = 32 * 1024;

/**
 * The resources of a document read one element at a time (see
 * `elements.ts`), parsed a run of consecutive elements at a time when the
 * scan reaches them. A run that does not parse throws `ReadWhole`.
 */
export class ElementRecords {
  private used = false;
  /** The values of the run being handed out, and the position of the next one in it. */
  private run: unknown[] = [];
  private at = 0;
  /** Per run, in order: its byte range and the index of its first element (for `again`). */
  private readonly runStarts: number[] = [];
  private readonly runEnds: number[] = [];
  private readonly runFirst: number[] = [];
  private count = 0;
  /** The run `again` parsed last, its values not yet handed out (the scan reads resources again in order). */
  private againRun = -1;
  private againValues: unknown[] = [];

  constructor(
    private readonly reader: ElementReader,
    private readonly label: string,
  ) {}

  /** Marks the elements as the document's resources (the sentinel was where the resources are read). */
  use(): this {
    this.used = true;
    return this;
  }

  get isUsed(): boolean {
    return this.used;
  }

  /** The values of the bytes `[start, end)`, a comma-separated list; undefined when they do not parse as one. */
  private parseRun(start: number, end: number): unknown[] | undefined {
    try {
      const values: unknown = JSON.parse(`[${this.reader.decode(start, end)}]`);
      return Array.isArray(values) ? values : undefined;
    } catch {
      return undefined;
    }
  }

  /** The next element, parsed, or `noMore`. */
  next(): unknown {
    if (this.at < this.run.length) return this.handOut();
    const first = this.reader.next();
    if (!first) return noMore;
    let end = first.end;
    for (let k = 1; k < runElements && end - first.start < runBytes; k++) {
      const range = this.reader.next(first.start);
      if (!range) break;
      end = range.end;
    }
    const values = this.parseRun(first.start, end);
    if (values === undefined || values.length === 0) throw new ReadWhole();
    this.runStarts.push(first.start);
    this.runEnds.push(end);
    this.runFirst.push(this.count);
    this.count += values.length;
    this.run = values;
    this.at = 0;
    return this.handOut();
  }

  /** The run's next value, let go of here: the caller owns it (and a parsed record dies as soon as its view is built). */
  private handOut(): unknown {
    const value = this.run[this.at];
    this.run[this.at++] = undefined;
    return value;
  }

  /** Element `i` (already read once), parsed again (a fresh value each time). */
  again(i: number): unknown {
    const first = this.runFirst;
    // The last run whose first element is at or before i.
    let lo = 0;
    let hi = first.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    if (lo !== this.againRun || this.againValues[i - first[lo]!] === undefined) {
      // Undefined too when the input is now shorter than when it was read.
      const values = this.parseRun(this.runStarts[lo]!, this.runEnds[lo]!);
      const expected = (lo + 1 < first.length ? first[lo + 1]! : this.count) - first[lo]!;
      if (values === undefined || values.length !== expected) throw new InputError(this.label, "changed while it was being scanned");
      this.againRun = lo;
      this.againValues = values;
    }
    const k = i - first[lo]!;
    const value = this.againValues[k];
    this.againValues[k] = undefined; // the caller owns it, and may change it
    return value;
  }
}
