/** How long one slice of waiting calls may run before the host gets the thread back. */
export const SLICE_MS = 8;

/**
 * Calls that waited for something (the functions' code, the workbook's reports), answered a few milliseconds at a
 * time once it came: thousands of REPORT formulas waiting at once would otherwise be answered in one long task that
 * freezes Excel. Between slices the host runs (a timer of 0 ms). Each call settles its own promise and never throws.
 */
export class SlicedQueue {
  private waiting: Array<() => void> = [];
  private draining = false;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly yieldToHost: (next: () => void) => void = (next) => void setTimeout(next, 0),
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  add(call: () => void): void {
    this.waiting.push(call);
  }

  /** Runs every waiting call (and any added meanwhile), at least one and at most `SLICE_MS` of them per slice. */
  drain(): void {
    if (this.draining) return;
    this.draining = true;
    const slice = () => {
      const start = this.now();
      let next = 0;
      while (next < this.waiting.length && (next === 0 || this.now() - start < SLICE_MS)) this.waiting[next++]!();
      this.waiting = this.waiting.slice(next);
      if (this.waiting.length > 0) this.yieldToHost(slice);
      else this.draining = false;
    };
    slice();
  }
}

/** A promise settled by `answer` when the queue gets to it: what a call that has to wait returns. */
export function answerWhenDrained<T>(queue: SlicedQueue, answer: () => T): Promise<Awaited<T>> {
  return new Promise<Awaited<T>>((resolve, reject) =>
    queue.add(() => {
      try {
        resolve(answer() as Awaited<T>);
      } catch (error) {
        reject(error);
      }
    }),
  );
}
