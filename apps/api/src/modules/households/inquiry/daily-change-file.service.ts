import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { addDays, tehranInstant, tehranWallClock } from '../../../platform/time/tehran-date';
import { DailyChangeFile } from './daily-change-file.entity';
import type { HouseholdChangeEvent } from './household-change-event.entity';

export const DAILY_FILE_JOB = 'households.daily-change-file';

/** The next 11:00 in Tehran after `now`, and the Tehran day whose file is written then (the day before). */
export function nextRun(now: Date): { runAt: Date; day: string } {
  const { date, time } = tehranWallClock(now);
  const runDay = time >= '11:00' ? addDays(date, 1) : date;
  return { runAt: new Date(tehranInstant(runDay, '11:00')), day: addDays(runDay, -1) };
}

/**
 * Writes each day's change events as NDJSON with its SHA-256 at 11:00 Tehran time (a job of the
 * PostgreSQL queue, scheduled again after each run), for clients with `household:changes`.
 */
export class DailyChangeFileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    jobs.register(DAILY_FILE_JOB, async (payload) => {
      await this.produce(String(payload.day));
      await this.scheduleNext(new Date());
    });
  }

  /** Makes sure the next run is scheduled (idempotent: one job per run day). */
  async scheduleNext(now: Date): Promise<void> {
    const { runAt, day } = nextRun(now);
    await this.jobs.enqueue(DAILY_FILE_JOB, { day }, { runAt, dedupeKey: `${DAILY_FILE_JOB}:${day}` });
  }

  /** Writes (or rewrites) the file of one Tehran day. */
  async produce(day: string): Promise<DailyChangeFile> {
    const events = (await this.dataSource.query(
      `SELECT id, type, source, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", recorded_at AS "recordedAt", household_ids AS "householdIds", national_ids AS "nationalIds"
         FROM household_change_event
        WHERE recorded_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Tehran' AND recorded_at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Tehran'
        ORDER BY id`,
      [day],
    )) as Array<Pick<HouseholdChangeEvent, 'id' | 'type' | 'source' | 'occurredOn' | 'recordedAt' | 'householdIds' | 'nationalIds'>>;
    const content = events
      .map((e) =>
        JSON.stringify({
          id: e.id,
          type: e.type,
          source: e.source,
          occurredAt: e.occurredOn,
          recordedAt: new Date(e.recordedAt).toISOString(),
          householdIds: e.householdIds,
          nationalIds: e.nationalIds,
        }),
      )
      .map((line) => `${line}\n`)
      .join('');
    const file = { day, content, sha256: createHash('sha256').update(content).digest('hex'), events: events.length };
    await this.dataSource.getRepository(DailyChangeFile).upsert(file, ['day']);
    return this.dataSource.getRepository(DailyChangeFile).findOneByOrFail({ day });
  }

  list(limit: number): Promise<DailyChangeFile[]> {
    return this.dataSource
      .getRepository(DailyChangeFile)
      .find({ select: { day: true, sha256: true, events: true, createdAt: true }, order: { day: 'DESC' }, take: limit });
  }

  get(day: string): Promise<DailyChangeFile | null> {
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? this.dataSource.getRepository(DailyChangeFile).findOneBy({ day }) : Promise.resolve(null);
  }
}
