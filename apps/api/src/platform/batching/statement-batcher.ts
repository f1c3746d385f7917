/**
 * One statement for many concurrent requests on a hot path (group commit for writes, coalescing
 * for reads): items submitted in the same turn of the event loop, or while a flush is running, go
 * together in the next flush, so under load N concurrent requests cost one statement instead of N
 * (and N row locks on a hot row become one). Each submitter's promise settles only when its own
 * flush is done (committed, for a write), so nothing is reported stored before it is; with no
 * load a lone item is flushed alone, one event-loop turn after it came.
 */
export class StatementBatcher<Item, Result> {
  private queue: Array<{ item: Item; resolve: (r: Result) => void; reject: (e: unknown) => void }> = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    /** Writes the items in one statement and returns one result per item, in order. */
    private readonly flush: (items: Item[]) => Promise<Result[]>,
    private readonly options: { maxInFlight: number; maxBatch: number } = { maxInFlight: 1, maxBatch: 500 },
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      // Lingers until the event loop's current turn is over: the requests that arrived together
      // (read in the same turn) go in one flush, at the cost of no measurable wait.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.next();
        });
      }
    });
  }

  /** How many items wait for a flush (for tests and metrics). */
  get pending(): number {
    return this.queue.length;
  }

  /** The next batch starts before this one's submitters hear back. */
  private settled(): void {
    this.inFlight -= 1;
    this.next();
  }

  private next(): void {
    if (this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.options.maxBatch);
    this.inFlight += 1;
    let written: Promise<Result[]>;
    try {
      written = this.flush(batch.map((b) => b.item));
    } catch (error) {
      written = Promise.reject(error);
    }
    written.then(
      (results) => {
        this.settled();
        if (results.length !== batch.length) {
          const error = new Error(`A batch of ${batch.length} got ${results.length} results`);
          batch.forEach((b) => b.reject(error));
        } else batch.forEach((b, i) => b.resolve(results[i]!));
      },
      (error: unknown) => {
        this.settled();
        batch.forEach((b) => b.reject(error));
      },
    );
  }
}
