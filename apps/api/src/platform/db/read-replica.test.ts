import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { createLogger } from '../logging/logger';
import { lsnToBigInt, ReplicaRouter, routingDataSource } from './read-replica';

/** A stand-in for a DataSource: `query` answers what the test sets. */
function fakeSource(name: string, answer: () => unknown) {
  return {
    name,
    isInitialized: true,
    query: vi.fn(async () => answer()),
    initialize: vi.fn(async () => undefined),
  } as unknown as DataSource & { name: string };
}

describe('lsnToBigInt', () => {
  it('reads a WAL position as bytes', () => {
    expect(lsnToBigInt('0/0')).toBe(0n);
    expect(lsnToBigInt('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(lsnToBigInt('1/0') > lsnToBigInt('0/FFFFFFFF')).toBe(true);
    expect(() => lsnToBigInt('nonsense')).toThrow('Not a WAL position');
  });
});

describe('ReplicaRouter', () => {
  let primaryLsn: string;
  let replay: { recovery: boolean; lsn: string | null } | Error;
  let primary: DataSource & { name: string };
  let replica: DataSource & { name: string };
  let router: ReplicaRouter;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T09:00:00Z'));
    primaryLsn = '0/1000';
    replay = { recovery: true, lsn: '0/1000' };
    primary = fakeSource('primary', () => [{ lsn: primaryLsn }]);
    replica = fakeSource('replica', () => {
      if (replay instanceof Error) throw replay;
      return [replay];
    });
    router = new ReplicaRouter(primary, replica, 1_000, createLogger('silent'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends reads to the replica once it has replayed what the primary had written when asked', async () => {
    expect(router.current()).toBe(primary);
    await router.probe();
    expect(router.current()).toBe(replica);
    expect(router.status()).toMatchObject({ state: 'fresh', serving: true, lagMs: 0 });
  });

  it('measures staleness from the newest primary position the replica has replayed, and skips it past the bound', async () => {
    await router.probe();
    // The primary writes on; the replica stops replaying at 0/1000.
    primaryLsn = '0/2000';
    vi.advanceTimersByTime(400);
    await router.probe();
    expect(router.status()).toMatchObject({ state: 'fresh', lagMs: 400, serving: true });
    vi.advanceTimersByTime(700);
    // 1.1 s since the last position it has: more than the 1 s allowed, even before the next measure.
    expect(router.status()).toMatchObject({ state: 'behind', serving: false });
    expect(router.current()).toBe(primary);
    // It catches up past the position noted 1.1 s ago, and then past the newest one.
    replay = { recovery: true, lsn: '0/2000' };
    await router.probe();
    expect(router.current()).toBe(replica);
  });

  it('skips a replica that does not answer, or that is no longer a replica', async () => {
    await router.probe();
    replay = new Error('connect ECONNREFUSED');
    await router.probe();
    expect(router.status()).toMatchObject({ state: 'unreachable', serving: false, lagMs: null });
    expect(router.current()).toBe(primary);
    replay = { recovery: false, lsn: null };
    await router.probe();
    expect(router.status()).toMatchObject({ state: 'not-a-replica', serving: false });
  });
});

describe('routingDataSource', () => {
  it('resolves every property and method on the source chosen at that moment', async () => {
    const a = fakeSource('a', () => ['from a']);
    const b = fakeSource('b', () => ['from b']);
    let chosen: DataSource = a;
    const routed = routingDataSource(() => chosen) as DataSource & { name: string };
    expect(routed.name).toBe('a');
    expect(await routed.query('SELECT 1')).toEqual(['from a']);
    chosen = b;
    expect(await routed.query('SELECT 1')).toEqual(['from b']);
    expect(() => Object.assign(routed, { name: 'c' })).toThrow('read-only');
  });
});
