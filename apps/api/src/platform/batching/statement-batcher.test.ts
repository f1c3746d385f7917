import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher';

/** A flush the test releases by hand, recording what it was given. */
function manualFlush() {
  const calls: Array<{ items: number[]; release: (results?: number[]) => void; fail: (e: Error) => void }> = [];
  const flush = (items: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      calls.push({ items, release: (results) => resolve(results ?? items.map((i) => i * 10)), fail: reject });
    });
  return { calls, flush };
}

describe('WriteBatcher', () => {
  it('flushes a lone item at once and gives it its own result', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new WriteBatcher(flush);
    const answer = batcher.submit(1);
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0]!.release();
    await expect(answer).resolves.toBe(10);
  });

  it('groups what arrives during a flush into the next one, in order, one flush at a time', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new WriteBatcher(flush);
    const first = batcher.submit(1);
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
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
    const batcher = new WriteBatcher(flush, { maxInFlight: 1, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    for (let i = 0; i < 3; i += 1) {
      calls[i]!.release();
      await all[i === 0 ? 0 : i * 2];
    }
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('rejects every item of a failed flush, and goes on with the next batch', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new WriteBatcher(flush);
    const first = batcher.submit(1);
    const second = [batcher.submit(2), batcher.submit(3)];
    calls[0]!.fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    calls[1]!.fail(new Error('still gone'));
    await expect(Promise.allSettled(second)).resolves.toEqual([
      { status: 'rejected', reason: new Error('still gone') },
      { status: 'rejected', reason: new Error('still gone') },
    ]);
    const third = batcher.submit(4);
    calls[2]!.release();
    await expect(third).resolves.toBe(40);
  });

  it('rejects the batch when the flush answers a different number of results', async () => {
    const { calls, flush } = manualFlush();
    const batcher = new WriteBatcher(flush);
    const answer = batcher.submit(1);
    calls[0]!.release([]);
    await expect(answer).rejects.toThrow('A batch of 1 got 0 results');
  });
});
