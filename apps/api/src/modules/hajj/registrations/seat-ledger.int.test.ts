import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource, QueryRunner } from 'typeorm';
import { solvedCaptcha } from '../../../test-support/accounts-fixtures';
import {
  activeSeason,
  addCaravan,
  addReceipt,
  seasonFile,
  startHajjApi,
  type HajjTestApi,
  type TestReceipt,
} from '../../../test-support/hajj-fixtures';
import { ActiveSeasonCache } from '../season/active-season-cache';
import type { HajjSeason } from '../season/season.entity';
import { lockQuotas, SEAT_LOCK_TIMEOUT } from './seat-ledger';

let hajj: HajjTestApi;
let db: DataSource;
let season: HajjSeason;

beforeAll(async () => {
  hajj = await startHajjApi({ HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
  db = hajj.db;
  season = await activeSeason(db, seasonFile({ groups: [{ provinces: ['سمنان'], opensInHours: -1 }], settings: { holdMinutes: 90 } }));
});
afterAll(async () => {
  await hajj.stop();
});

const PRE_REGISTER = `mutation($input: HajjPreRegisterInput!) { hajjPreRegister(input: $input) { trackingCode status caravan { id } } }`;

async function preRegister(receipt: Pick<TestReceipt, 'nationalId' | 'receiptNumber' | 'birthDate'>, caravanId: string) {
  const client = hajj.api.client();
  const answer = await client.gql<{ hajjPreRegister: { trackingCode: string } }>(PRE_REGISTER, {
    input: {
      nationalId: receipt.nationalId,
      receiptNumber: receipt.receiptNumber,
      birthDate: receipt.birthDate,
      caravanId,
      ...(await solvedCaptcha(client)),
    },
  });
  const extensions = answer.errors?.[0]?.extensions;
  return { code: extensions?.code ?? 'OK', trackingCode: answer.data?.hajjPreRegister.trackingCode, extensions };
}

async function notMatchedAudits(): Promise<number> {
  const [{ n }] = (await db.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE action = 'hajj.pre-register' AND code = 'RECEIPT_NOT_MATCHED'`,
  )) as [{ n: number }];
  return n;
}

describe('the quota locks (hajj_lock_quotas)', () => {
  const runners: QueryRunner[] = [];
  async function transaction(): Promise<QueryRunner> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    runners.push(runner);
    return runner;
  }
  afterEach(async () => {
    for (const runner of runners.splice(0)) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  });

  it('sets the lock timeout and takes every key in one statement, in key order whatever the order given', async () => {
    const [a, b] = [`test:${Date.now()}:a`, `test:${Date.now()}:b`];
    const holder = await transaction();
    await holder.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [a]);

    // b then a, as given: sorted, the change waits for a before it takes b.
    const changer = await transaction();
    const [{ pid }] = (await changer.query('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
    const locked = lockQuotas(changer.manager, [b, a]);
    for (;;) {
      const [{ waiting }] = (await db.query(
        `SELECT count(*)::int AS waiting FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted`,
        [pid],
      )) as [{ waiting: number }];
      if (waiting > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const [{ free }] = (await db.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free', [b])) as [{ free: boolean }];
    expect(free).toBe(true);
    await db.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [b]);

    await holder.commitTransaction();
    await locked;
    const [{ timeout }] = (await changer.query(`SELECT current_setting('lock_timeout') AS timeout`)) as [{ timeout: string }];
    expect(timeout).toBe(SEAT_LOCK_TIMEOUT);
    const [{ held }] = (await db.query(`SELECT count(*)::int AS held FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND granted`, [
      pid,
    ])) as [{ held: number }];
    expect(held).toBe(2);
    await changer.commitTransaction();
    const [{ after }] = (await db.query(`SELECT count(*)::int AS after FROM pg_locks WHERE pid = $1 AND locktype = 'advisory'`, [pid])) as [
      { after: number },
    ];
    expect(after).toBe(0);
  });
});

describe('hajjPreRegister at a caravan already full', () => {
  it('answers ONLINE_SHARE_FULL before matching the receipt; RECEIPT_NOT_MATCHED where seats are left', async () => {
    const full = await addCaravan(db, season.id, { capacity: 2 });
    expect((await preRegister(await addReceipt(db), full.id)).code).toBe('OK');
    const stranger = { ...(await addReceipt(db)), birthDate: '1999-01-01' };

    const before = await notMatchedAudits();
    expect((await preRegister(stranger, full.id)).code).toBe('ONLINE_SHARE_FULL');
    expect((await preRegister(await addReceipt(db), full.id)).code).toBe('ONLINE_SHARE_FULL');
    // The refusal depends on the caravan alone: the receipt was not looked at.
    expect(await notMatchedAudits()).toBe(before);

    const open = await addCaravan(db, season.id, { capacity: 2 });
    expect((await preRegister(stranger, open.id)).code).toBe('RECEIPT_NOT_MATCHED');
    expect(await notMatchedAudits()).toBe(before + 1);
  });

  it('is CARAVAN_FULL before ONLINE_SHARE_FULL when every seat is taken', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 1 });
    const receipt = await addReceipt(db);
    const [{ id }] = (await db.query('SELECT id FROM hajj_deposit_receipt WHERE receipt_number = $1', [receipt.receiptNumber])) as [
      { id: string },
    ];
    await db.query(
      `INSERT INTO hajj_registration (season_id, caravan_id, receipt_id, national_id, channel, status, tracking_code) VALUES ($1, $2, $3, $4, 'IN_PERSON', 'CONFIRMED', $5)`,
      [season.id, caravan.id, id, receipt.nationalId, `8${Date.now()}`.slice(0, 12)],
    );
    expect((await preRegister({ ...(await addReceipt(db)), birthDate: '1999-01-01' }, caravan.id)).code).toBe('CARAVAN_FULL');
  });
});

describe('a second seat for the same person or receipt', () => {
  it('is ALREADY_REGISTERED while the first holds; a hold that ended but was not released yet gives way at once', async () => {
    const first = await addCaravan(db, season.id);
    const second = await addCaravan(db, season.id);
    const receipt = await addReceipt(db);
    const held = await preRegister(receipt, first.id);
    expect(held.code).toBe('OK');
    expect((await preRegister(receipt, second.id)).extensions).toEqual({ code: 'ALREADY_REGISTERED', trackingCode: held.trackingCode });

    // The hold ends; no job has released it: the row still says HELD and still has the unique index's place.
    await db.query(`UPDATE hajj_registration SET hold_expires_at = clock_timestamp() - interval '1 second' WHERE tracking_code = $1`, [
      held.trackingCode,
    ]);
    const again = await preRegister(receipt, second.id);
    expect(again.code).toBe('OK');
    const rows = (await db.query(
      `SELECT tracking_code, status, release_reason FROM hajj_registration WHERE national_id = $1 ORDER BY created_at`,
      [receipt.nationalId],
    )) as unknown[];
    expect(rows).toEqual([
      { tracking_code: held.trackingCode, status: 'RELEASED', release_reason: 'HOLD_EXPIRED' },
      { tracking_code: again.trackingCode, status: 'HELD', release_reason: null },
    ]);
  });
});

describe('the active season, cached for a few seconds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers from memory within its bound, reads again after it, and never remembers that none is active', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cache = new ActiveSeasonCache(db, 5_000);
    expect((await cache.requireActive()).holdMinutes).toBe(90);
    await db.query('UPDATE hajj_season SET hold_minutes = 45 WHERE id = $1', [season.id]);
    vi.advanceTimersByTime(4_999);
    expect((await cache.requireActive()).holdMinutes).toBe(90);
    vi.advanceTimersByTime(1);
    expect((await cache.requireActive()).holdMinutes).toBe(45);

    await db.query('UPDATE hajj_season SET active = false WHERE id = $1', [season.id]);
    vi.advanceTimersByTime(5_000);
    await expect(cache.requireActive()).rejects.toMatchObject({ code: 'NO_ACTIVE_SEASON' });
    await db.query('UPDATE hajj_season SET active = true, hold_minutes = 90 WHERE id = $1', [season.id]);
    expect((await cache.requireActive()).id).toBe(season.id);
    expect(Object.isFrozen(await cache.requireActive())).toBe(true);
  });
});
