import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../../test-support/test-api';
import { createTree, createUser, Role, signIn } from '../../../test-support/accounts-fixtures';
import { createHousehold } from '../../../test-support/households-fixtures';
import { ApiClientService } from '../../api-clients';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { DAILY_FILE_JOB, nextRun } from './daily-change-file.service';
import { backoffSeconds } from '../../../platform/jobs/job-queue';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  // Jobs of the shared database may include webhook deliveries to the webhook tests' receiver on 127.0.0.1.
  api = await startTestApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

describe('the daily change file', () => {
  it('is scheduled for 11:00 Tehran time, for the day before', () => {
    expect(nextRun(new Date('2026-11-23T07:29:00Z'))).toEqual({ runAt: new Date('2026-11-23T07:30:00Z'), day: '2026-11-22' });
    expect(nextRun(new Date('2026-11-23T07:30:00Z'))).toEqual({ runAt: new Date('2026-11-24T07:30:00Z'), day: '2026-11-23' });
    // 21:00 UTC is already the next day in Tehran.
    expect(nextRun(new Date('2026-11-23T21:00:00Z'))).toEqual({ runAt: new Date('2026-11-24T07:30:00Z'), day: '2026-11-23' });
  });

  it('is written by the queued job with the day events and their SHA-256, and served to clients with household:changes', async () => {
    const operator = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, (await createTree(db)).hq]]));
    const household = await createHousehold(db, 1);
    const recorded = await operator.gql<{ registerVitalEvent: { id: string } }>(
      'mutation($input: VitalEventInput!) { registerVitalEvent(input: $input) { id } }',
      {
        input: { type: 'DEATH', source: 'POLICE_PLUS_10', occurredOn: '2026-11-20', subjectNationalId: household.headNationalId },
      },
    );
    const [{ day }] = (await db.query(
      `SELECT to_char((recorded_at AT TIME ZONE 'Asia/Tehran')::date, 'YYYY-MM-DD') AS day FROM household_change_event WHERE id = $1`,
      [recorded.data!.registerVitalEvent.id],
    )) as [{ day: string }];

    // The server scheduled the next run at start; a due run for this day is queued and run now.
    const scheduled = (await db.query(`SELECT count(*)::int AS n FROM job WHERE kind = $1 AND status = 'PENDING'`, [DAILY_FILE_JOB])) as [
      { n: number },
    ];
    expect(scheduled[0].n).toBeGreaterThanOrEqual(1);
    const dedupeKey = `test:${day}:${Date.now()}`;
    await api.server.services.jobs.enqueue(DAILY_FILE_JOB, { day }, { dedupeKey });
    // Other test files' servers share the database and may run it first: done is what counts.
    await expect
      .poll(
        async () => {
          await api.server.services.jobs.runDue();
          return ((await db.query('SELECT status FROM job WHERE dedupe_key = $1', [dedupeKey])) as Array<{ status: string }>)[0]?.status;
        },
        { timeout: 15_000 },
      )
      .toBe('DONE');

    const client = await new ApiClientService(db, new RateLimiter(db)).create({
      name: 'سامانه رفاهی',
      scopes: ['household:changes'],
      dailyQuota: 100,
      ipAllowlist: [],
    });
    const response = await fetch(`${api.url}/households/changes/daily/${day}`, { headers: { authorization: `Bearer ${client.key}` } });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(response.headers.get('x-content-sha256')).toBe(createHash('sha256').update(body).digest('hex'));
    const lines = body
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; type: string; nationalIds: string[] });
    expect(lines.find((l) => l.id === recorded.data!.registerVitalEvent.id)).toMatchObject({
      type: 'DEATH',
      nationalIds: [household.headNationalId],
    });
    const listed = await api.gql<{ dailyChangeFiles: Array<{ day: string; events: number }> }>(
      '{ dailyChangeFiles { day events sha256 } }',
      undefined,
      { authorization: `Bearer ${client.key}` },
    );
    expect(listed.data!.dailyChangeFiles.find((f) => f.day === day)?.events).toBe(lines.length);
    expect(
      (await fetch(`${api.url}/households/changes/daily/1999-01-01`, { headers: { authorization: `Bearer ${client.key}` } })).status,
    ).toBe(404);
  });

  it('retries a failing job with growing back-off, then marks it failed', async () => {
    const jobs = api.server.services.jobs;
    let calls = 0;
    jobs.register('test.always-fails', async () => {
      calls += 1;
      throw new Error('outside service down');
    });
    const dedupeKey = `fail:${Date.now()}`;
    await jobs.enqueue('test.always-fails', {}, { maxAttempts: 2, dedupeKey });
    const row = async () =>
      (
        (await db.query(`SELECT status, attempts, last_error, run_at > now() AS later FROM job WHERE dedupe_key = $1`, [
          dedupeKey,
        ])) as Array<{ status: string; attempts: number; last_error: string; later: boolean }>
      )[0];
    // Only this server has the handler, so only it takes the job; other due jobs may come first.
    await expect.poll(async () => (await jobs.runDue(), (await row())?.attempts), { timeout: 15_000 }).toBe(1);
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'outside service down', later: true });
    await db.query(`UPDATE job SET run_at = now() WHERE dedupe_key = $1`, [dedupeKey]);
    await expect.poll(async () => (await jobs.runDue(), (await row())?.status), { timeout: 15_000 }).toBe('FAILED');
    expect(await row()).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(calls).toBe(2);
    expect([1, 2, 3, 10].map(backoffSeconds)).toEqual([30, 60, 120, 3600]);
  });
});
