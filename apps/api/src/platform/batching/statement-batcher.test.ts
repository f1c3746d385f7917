import { describe, expect, it } from 'vitest';
import { StatementBatcher } from './statement-batcher';

/** A flush the test releases by hand, recording what it was given. */
function manualFlush() {
  const calls: Array<{ items: number[]; release: (results?: number[]) => void; fail: (e: Error) => void }> = [];
  const flush = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      calls.push({ items, release: (results) => resolve(results ?? items.map((i) => i * 10)), fail: reject });
    });
  return { calls, flush };
}

/** One turn of the event loop: what was submitted in the last one is flushed. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('StatementBatcher', () => {
  it('flushes a lone item after the turn it came in, and gives it its own result', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new StatementBatcher(flush);
    const answer = batcher.submit(1);
    expect(calls).toHaveLength(0);
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0]!.release();
    await expect(answer).resolves.toBe(10);
  });

  it('groups what arrives in one turn, or during a flush, into one flush, in order, one flush at a time', async () => {
    const { calls, flush } = manualFlush();
    const together = new StatementBatcher(flush);
    const answers = [7, 8, 9].map((n) => together.submit(n));
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[7, 8, 9]]);
    calls[0]!.release();
    await expect(Promise.all(answers)).resolves.toEqual([70, 80, 90]);
  });

  it('groups what arrives during a flush into the next one', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new StatementBatcher(flush);
    const first = batcher.submit(1);
    await turn();
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
    await turn();
    expect(calls).toHaveLength(1);
    expect(batcher.pending).toBe(3);
    calls[0]!.release();
    await first;
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1]!.release();
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
  });

  it('keeps batches within the maximum size', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new StatementBatcher(flush, { maxInFlight: 1, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    await turn();
    for (let i = 0; i < 3; i += 1) {
      calls[i]!.release();
      await all[i * 2];
    }
    expect(calls.map((c) => c.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects every item of a failed flush, and goes on with the next batch', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new StatementBatcher(flush);
    const first = batcher.submit(1);
    await turn();
    const second = [batcher.submit(2), batcher.submit(3)];
    calls[0]!.fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    calls[1]!.fail(new Error('still gone'));
    await expect(Promise.allSettled(second)).resolves.toEqual([
      { status: 'rejected', reason: new Error('still gone') },
      { status: 'rejected', reason: new Error('still gone') },
    ]);
    const third = batcher.submit(4);
    await turn();
    calls[2]!.release();
    await expect(third).resolves.toBe(40);
  });

  it('rejects the batch when the flush answers a different number of results', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new StatementBatcher(flush);
    const answer = batcher.submit(1);
    await turn();
    calls[0]!.release([]);
    await expect(answer).rejects.toThrow('A batch of 1 got 0 results');
  });
});
