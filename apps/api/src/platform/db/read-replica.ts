import { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';

/** A WAL position (`16/B374D848`) as a number of bytes. */
export function lsnToBigInt(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn.trim());
  if (!match) throw new Error(`Not a WAL position: ${lsn}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

interface Sample {
  /** When the primary's position was asked for (before the question left). */
  at: number;
  lsn: bigint;
}

export type ReplicaState = 'starting' | 'fresh' | 'behind' | 'unreachable' | 'not-a-replica';

export interface ReplicaStatus {
  state: ReplicaState;
  /** How far behind the primary the replica may be, at most, now (null before the first answer). */
  lagMs: number | null;
  /** Whether routed reads go to the replica at this moment. */
  serving: boolean;
}

/**
 * Sends the reads that may be slightly stale to a streaming replica while it is close enough.
 *
 * How close is measured, not assumed: every `probeMs` the primary's flushed WAL position is noted
 * with the time it was asked for, then the replica's replayed position is read. The replica has
 * every transaction committed before the newest noted time whose position it has replayed
 * (`freshAsOf`), so a read sent to it now is at most `now - freshAsOf` stale; past `maxLagMs` (or
 * when the replica does not answer) those reads go to the primary until it has caught up. The
 * measure needs no privilege and no clock agreement between servers: only this process's clock.
 */
export class ReplicaRouter {
  private samples: Sample[] = [];
  private freshAsOf: number | null = null;
  private state: ReplicaState = 'starting';
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private readonly probeMs: number;
  /** The DataSource contexts get: every property and method resolves on the side chosen at that moment. */
  readonly dataSource: DataSource;

  constructor(
    private readonly primary: DataSource,
    private readonly replica: DataSource,
    private readonly maxLagMs: number,
    private readonly log: Logger,
  ) {
    this.probeMs = Math.max(50, Math.min(500, Math.floor(maxLagMs / 4)));
    this.dataSource = routingDataSource(() => this.current());
  }

  /** Where a lag-tolerant read goes now. */
  current(): DataSource {
    return this.servesReads() ? this.replica : this.primary;
  }

  private servesReads(): boolean {
    return this.freshAsOf !== null && this.replica.isInitialized && Date.now() - this.freshAsOf <= this.maxLagMs;
  }

  status(): ReplicaStatus {
    const serving = this.servesReads();
    // Between two measures the lag only grows: a replica measured fresh may have fallen behind since.
    const state = this.state === 'fresh' && !serving ? 'behind' : this.state;
    return { state, lagMs: this.freshAsOf === null ? null : Math.max(0, Date.now() - this.freshAsOf), serving };
  }

  /** One measurement (the timer calls it; tests may too). */
  probe(): Promise<void> {
    this.probing ??= this.measureWithin(Math.max(2_000, 4 * this.probeMs)).finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  /** A measure that hangs (a server that accepts but does not answer) counts as unreachable. */
  private async measureWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms);
    });
    const outcome = await Promise.race([this.measure(), timeout]).finally(() => clearTimeout(timer));
    if (outcome === 'timeout') {
      this.freshAsOf = null;
      this.setState('unreachable', new Error(`no answer within ${ms} ms`));
    }
  }

  private async measure(): Promise<void> {
    const at = Date.now();
    try {
      const [row] = (await this.primary.query('SELECT pg_current_wal_flush_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      this.samples.push({ at, lsn: lsnToBigInt(row!.lsn) });
    } catch {
      // The primary did not answer: nothing new is known of it; the replica's last measure ages.
    }
    try {
      if (!this.replica.isInitialized) await this.replica.initialize();
      const [row] = (await this.replica.query('SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS lsn')) as Array<{
        recovery: boolean;
        lsn: string | null;
      }>;
      if (!row!.recovery || row!.lsn === null) {
        this.setState('not-a-replica');
        this.freshAsOf = null;
        return;
      }
      const replayed = lsnToBigInt(row!.lsn);
      const caughtUp = this.samples.filter((s) => s.lsn <= replayed);
      if (caughtUp.length > 0) {
        this.freshAsOf = Math.max(this.freshAsOf ?? 0, caughtUp.at(-1)!.at);
        // Older samples can no longer tell anything newer than the one just used.
        this.samples = this.samples.filter((s) => s.at >= this.freshAsOf!);
      }
      this.setState(this.servesReads() ? 'fresh' : 'behind');
    } catch (error) {
      this.freshAsOf = null;
      this.setState('unreachable', error);
    }
    // Keep a bounded history even while the replica is far behind.
    const oldest = Date.now() - this.maxLagMs - 10 * this.probeMs;
    if (this.samples.length > 1 && this.samples[0]!.at < oldest)
      this.samples = this.samples.filter((s, i) => s.at >= oldest || i === this.samples.length - 1);
  }

  private setState(next: ReplicaState, error?: unknown): void {
    if (next === this.state) return;
    const fields = { from: this.state, to: next, maxLagMs: this.maxLagMs, ...(error ? { err: error } : {}) };
    if (next === 'fresh') this.log.info(fields, 'read replica serves reads');
    else this.log.warn(fields, 'read replica skipped: reads go to the primary');
    this.state = next;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.probe(), this.probeMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.probing;
  }
}

/**
 * A DataSource that is, at each use, whichever `pick()` returns: contexts keep one object (and use
 * it like any DataSource) while the platform chooses the server per call.
 */
export function routingDataSource(pick: () => DataSource): DataSource {
  return new Proxy(Object.create(DataSource.prototype) as DataSource, {
    get(_target, property) {
      const target = pick();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    has(_target, property) {
      return Reflect.has(pick(), property);
    },
    set() {
      throw new Error('A routed DataSource is read-only');
    },
  });
}
