import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Logger } from '../logging/logger';
import { Job, JobStatus } from './job.entity';

export type JobHandler = (payload: Record<string, unknown>, job: Job) => Promise<void>;

const LEASE_SECONDS = 300;

/** Retry delay after the n-th failed attempt: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * The PostgreSQL job queue (no timer in memory holds the schedule: the rows do). `runDue` claims due
 * jobs with SKIP LOCKED, runs their handlers, and records the outcome; `start` polls in the
 * background, `stop` waits for the running batch.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    /** A direct connection (`DATABASE_DIRECT_URL`) when the API goes through a transaction pooler. */
    readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Enqueues a job; with a dedupe key, at most one such job ever exists (scheduling twice is harmless). */
  async enqueue(
    kind: string,
    payload: Record<string, unknown>,
    options: { runAt?: Date; dedupeKey?: string; maxAttempts?: number } = {},
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(Job)
      .values({
        kind,
        payload: payload as QueryDeepPartialEntity<Job>['payload'],
        runAt: options.runAt ?? new Date(),
        dedupeKey: options.dedupeKey ?? null,
        maxAttempts: options.maxAttempts ?? 8,
      })
      .orIgnore()
      .execute();
  }

  /**
   * Claims and runs up to `limit` due jobs of the kinds this process has handlers for (a process
   * never takes a job it cannot run); returns how many ran.
   */
  async runDue(limit = 20): Promise<number> {
    const claimed = (await this.dataSource.query(
      `UPDATE job SET status = 'RUNNING', attempts = attempts + 1, lease_until = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM job
                      WHERE ((status = 'PENDING' AND run_at <= now()) OR (status = 'RUNNING' AND lease_until < now()))
                        AND kind = ANY($3::text[])
                      ORDER BY run_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts, max_attempts AS "maxAttempts"`,
      [limit, LEASE_SECONDS, [...this.handlers.keys()]],
    )) as [Array<Pick<Job, 'id' | 'kind' | 'payload' | 'attempts' | 'maxAttempts'>>, number];
    const jobs = claimed[0];
    for (const job of jobs) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for ${job.kind}`);
        await handler(job.payload, job as Job);
        await this.dataSource.query(`UPDATE job SET status = 'DONE', lease_until = NULL, last_error = NULL WHERE id = $1`, [job.id]);
      } catch (error) {
        const message = (error as Error).message?.slice(0, 500) ?? 'failed';
        const final = job.attempts >= job.maxAttempts;
        await this.dataSource.query(
          `UPDATE job SET status = $2, lease_until = NULL, last_error = $3, run_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [job.id, final ? JobStatus.FAILED : JobStatus.PENDING, message, backoffSeconds(job.attempts)],
        );
        this.log.warn({ job: job.id, kind: job.kind, attempt: job.attempts, final, err: message }, 'job failed');
      }
    }
    return jobs.length;
  }

  /** Polls every `intervalMs` in the background (not in tests: they call `runDue` themselves). */
  start(intervalMs = 5000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue().catch((error: unknown) => {
        this.log.error({ err: error }, 'job queue poll failed');
        return 0;
      });
      void this.running.finally(() => {
        this.running = null;
      });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
