import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
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
import { startTestApi, type TestApi } from '../../../test-support/test-api';
import { createLogger } from '../../../platform/logging/logger';
import { AuditLog } from '../../../platform/audit/audit-log';
import { jalali } from '../hajj-dates';
import { ReceiptKind } from '../hajj.enums';
import type { HajjSeason } from '../season/season.entity';
import { SeatReleaseService } from '../waves/seat-release.service';

let hajj: HajjTestApi;
let db: DataSource;
let season: HajjSeason;

beforeAll(async () => {
  hajj = await startHajjApi({
    HAJJ_LIMIT_PER_IP_MINUTE: '100000',
    HAJJ_LIMIT_PER_ID_10MIN: '1000',
    HAJJ_CARAVANS_LIMIT_PER_IP_MINUTE: '100000',
  });
  db = hajj.db;
  season = await activeSeason(
    db,
    seasonFile({
      groups: [
        { provinces: ['سمنان', 'تهران'], opensInHours: -1 },
        { provinces: ['اصفهان'], opensInHours: 48 },
        { provinces: ['قم'], opensInHours: -1, invitedDepositsUntil: '1383-12-29' },
      ],
      settings: { holdMinutes: 90 },
    }),
  );
});
afterAll(async () => {
  await hajj.stop();
});

const PRE_REGISTER = `mutation($input: HajjPreRegisterInput!) {
  hajjPreRegister(input: $input) { trackingCode status holdExpiresAt caravan { id code } }
}`;
const CARAVANS = `query($province: String!) {
  hajjCaravans(province: $province) { id code province managerName managerPhone address capacity onlineCapacity taken onlineTaken finalCostRials }
}`;

type PreRegistration = {
  hajjPreRegister: { trackingCode: string; status: string; holdExpiresAt: string; caravan: { id: string; code: string } };
};

async function preRegister(
  api: Pick<TestApi, 'client'>,
  receipt: Pick<TestReceipt, 'nationalId' | 'receiptNumber' | 'birthDate'>,
  caravanId: string,
) {
  const client = api.client();
  return client.gql<PreRegistration>(PRE_REGISTER, {
    input: {
      nationalId: receipt.nationalId,
      receiptNumber: receipt.receiptNumber,
      birthDate: receipt.birthDate,
      caravanId,
      ...(await solvedCaptcha(client)),
    },
  });
}

const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.[0]?.extensions?.code ?? 'OK';

async function seatsOf(caravanId: string): Promise<{ taken: number; online: number }> {
  const [row] = (await db.query(
    `SELECT count(*) FILTER (WHERE status IN ('CONFIRMED', 'PAID') OR (status = 'HELD' AND hold_expires_at > clock_timestamp()))::int AS taken,
            count(*) FILTER (WHERE channel = 'ONLINE' AND (status IN ('CONFIRMED', 'PAID') OR (status = 'HELD' AND hold_expires_at > clock_timestamp())))::int AS online
       FROM hajj_registration WHERE caravan_id = $1`,
    [caravanId],
  )) as Array<{ taken: number; online: number }>;
  return row!;
}

describe('hajjPreRegister', () => {
  it('holds a seat of the online share for the season’s hold minutes, with a tracking code; the status then says REGISTERED', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 10 });
    const receipt = await addReceipt(db);
    const before = Date.now();
    const answer = await preRegister(hajj.api, receipt, caravan.id);
    expect(answer.errors).toBeUndefined();
    const seat = answer.data!.hajjPreRegister;
    expect(seat).toMatchObject({ status: 'HELD', caravan: { id: caravan.id, code: caravan.code } });
    expect(seat.trackingCode).toMatch(/^[1-9]\d{11}$/);
    const holdMinutes = (Date.parse(seat.holdExpiresAt) - before) / 60_000;
    expect(holdMinutes).toBeGreaterThan(89.9);
    expect(holdMinutes).toBeLessThan(90.5);

    const again = await preRegister(hajj.api, receipt, caravan.id);
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_REGISTERED', trackingCode: seat.trackingCode });
    const other = await addCaravan(db, season.id);
    expect(codeOf(await preRegister(hajj.api, receipt, other.id))).toBe('ALREADY_REGISTERED');

    const client = hajj.api.client();
    const status = await client.gql<{ hajjReceiptStatus: unknown }>(
      `query($n: String!, $r: String!, $b: String!, $ci: ID!, $ca: String!) { hajjReceiptStatus(nationalId: $n, receiptNumber: $r, birthDate: $b, captchaId: $ci, captchaAnswer: $ca) { nextStep registration { trackingCode status caravan { code } } } }`,
      {
        n: receipt.nationalId,
        r: receipt.receiptNumber,
        b: receipt.birthDate,
        ...(await solvedCaptcha(client).then((c) => ({ ci: c.captchaId, ca: c.captchaAnswer }))),
      },
    );
    expect(status.data?.hajjReceiptStatus).toEqual({
      nextStep: 'REGISTERED',
      registration: { trackingCode: seat.trackingCode, status: 'HELD', caravan: { code: caravan.code } },
    });
    expect(await seatsOf(caravan.id)).toEqual({ taken: 1, online: 1 });
  });

  it('refuses with the issue’s codes: another province, admission not open (with the time), not invited yet, a receipt needing action', async () => {
    const semnan = await addCaravan(db, season.id);
    const tehran = await addCaravan(db, season.id, { province: 'تهران' });
    const isfahan = await addCaravan(db, season.id, { province: 'اصفهان' });
    const qom = await addCaravan(db, season.id, { province: 'قم' });
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), tehran.id))).toBe('NOT_YOUR_PROVINCE');

    const closed = await preRegister(hajj.api, await addReceipt(db, { province: 'اصفهان' }), isfahan.id);
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      code: 'ADMISSION_NOT_OPEN',
      opensAt: expect.any(String),
      opensAtJalali: expect.any(String),
    });
    const opensIn = (Date.parse(closed.errors![0]!.extensions!.opensAt as string) - Date.now()) / 3_600_000;
    expect(Math.round(opensIn)).toBe(48);

    const late = await preRegister(hajj.api, await addReceipt(db, { province: 'قم', depositDate: jalali('1384-05-05') }), qom.id);
    expect(late.errors?.[0]?.extensions).toEqual({ code: 'NOT_INVITED_YET', invitedDepositsUntil: jalali('1383-12-29') });
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db, { province: 'قم', depositDate: jalali('1383-12-29') }), qom.id))).toBe(
      'OK',
    );

    const document = await addReceipt(db, { kind: ReceiptKind.DOC_1363, amountRials: 250_000n, depositDate: jalali('1363-07-15') });
    const needs = await preRegister(hajj.api, document, semnan.id);
    expect(needs.errors?.[0]?.extensions).toEqual({
      code: 'RECEIPT_NEEDS_ACTION',
      nextStep: 'CONVERT_AT_PROVINCIAL_OFFICE',
      office: 'PROVINCIAL_HAJJ_OFFICE',
      branchCode: null,
    });
    const stabilise = await preRegister(hajj.api, await addReceipt(db, { acceptedBeforeNotGone: true }), semnan.id);
    expect(stabilise.errors?.[0]?.extensions).toMatchObject({ code: 'RECEIPT_NEEDS_ACTION', nextStep: 'STABILISE' });
    const ineligible = await preRegister(hajj.api, await addReceipt(db, { depositDate: jalali('1384-10-21') }), semnan.id);
    expect(ineligible.errors?.[0]?.extensions).toMatchObject({ code: 'RECEIPT_NEEDS_ACTION', nextStep: 'NOT_ELIGIBLE' });

    expect(codeOf(await preRegister(hajj.api, { ...(await addReceipt(db)), birthDate: '1999-01-01' }, semnan.id))).toBe(
      'RECEIPT_NOT_MATCHED',
    );
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), 'not-a-uuid'))).toBe('BAD_USER_INPUT');
  });

  it('gives floor(capacity × 50 %) online seats, then ONLINE_SHARE_FULL; CARAVAN_FULL once every seat is taken', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 5 });
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) codes.push(codeOf(await preRegister(hajj.api, await addReceipt(db), caravan.id)));
    expect(codes).toEqual(['OK', 'OK', 'ONLINE_SHARE_FULL']);
    // The other seats go in person at the caravan.
    for (let i = 0; i < 3; i += 1) {
      const receipt = await addReceipt(db);
      const [{ id }] = (await db.query(`SELECT id FROM hajj_deposit_receipt WHERE receipt_number = $1`, [receipt.receiptNumber])) as [
        { id: string },
      ];
      await db.query(
        `INSERT INTO hajj_registration (season_id, caravan_id, receipt_id, national_id, channel, status, tracking_code) VALUES ($1, $2, $3, $4, 'IN_PERSON', 'CONFIRMED', $5)`,
        [season.id, caravan.id, id, receipt.nationalId, `7${i}${Date.now()}`.slice(0, 12)],
      );
    }
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), caravan.id))).toBe('CARAVAN_FULL');
    const listed = await hajj.api.gql<{ hajjCaravans: Array<Record<string, unknown>> }>(CARAVANS, { province: 'سمنان' });
    expect(listed.data!.hajjCaravans.find((c) => c.id === caravan.id)).toEqual({
      id: caravan.id,
      code: caravan.code,
      province: 'سمنان',
      managerName: 'مدیر کاروان',
      managerPhone: '023-33001001',
      address: 'سمنان',
      capacity: 5,
      onlineCapacity: 2,
      taken: 5,
      onlineTaken: 2,
      finalCostRials: '280000000',
    });
  });

  it('frees the seat when the hold ends: not counted at once, released by the job, and the holder may try again', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 2 });
    const first = await addReceipt(db);
    const held = await preRegister(hajj.api, first, caravan.id);
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), caravan.id))).toBe('ONLINE_SHARE_FULL');
    await db.query(`UPDATE hajj_registration SET hold_expires_at = clock_timestamp() - interval '1 second' WHERE tracking_code = $1`, [
      held.data!.hajjPreRegister.trackingCode,
    ]);
    expect(await seatsOf(caravan.id)).toEqual({ taken: 0, online: 0 });

    const releases = new SeatReleaseService(db, new AuditLog(db), createLogger('silent'));
    expect(await releases.releaseDue()).toBeGreaterThanOrEqual(1);
    expect(await releases.releaseDue()).toBe(0);
    const [row] = (await db.query(`SELECT status, release_reason FROM hajj_registration WHERE tracking_code = $1`, [
      held.data!.hajjPreRegister.trackingCode,
    ])) as unknown[];
    expect(row).toEqual({ status: 'RELEASED', release_reason: 'HOLD_EXPIRED' });
    expect(codeOf(await preRegister(hajj.api, first, caravan.id))).toBe('OK');
  });

  it('lists a province’s caravans without a captcha; an unknown province has none', async () => {
    const listed = await hajj.api.gql<{ hajjCaravans: unknown[] }>(CARAVANS, { province: 'تهران' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.hajjCaravans.length).toBeGreaterThan(0);
    expect((await hajj.api.gql<{ hajjCaravans: unknown[] }>(CARAVANS, { province: 'ناکجا' })).data!.hajjCaravans).toEqual([]);
  });
});

describe('a season made inactive', () => {
  it('gives no seat in it, even while this process still answers the season from its few-seconds copy', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 10 });
    // A first seat reads the active season into the process's copy.
    expect(codeOf(await preRegister(hajj.api, await addReceipt(db), caravan.id))).toBe('OK');
    const late = await addReceipt(db);
    await db.query('UPDATE hajj_season SET active = false WHERE id = $1', [season.id]);
    try {
      // NOT_FOUND while the copy still names the season (the seat transaction checks it again
      // inside the locks), NO_ACTIVE_SEASON once the copy is read again; never a seat.
      expect(['NOT_FOUND', 'NO_ACTIVE_SEASON']).toContain(codeOf(await preRegister(hajj.api, late, caravan.id)));
      expect(await seatsOf(caravan.id)).toEqual({ taken: 1, online: 1 });
    } finally {
      await db.query('UPDATE hajj_season SET active = true WHERE id = $1', [season.id]);
    }
  });
});

describe('two API processes on one database', () => {
  it('never overbook the same caravan’s last seats: 40 holders racing through both for 6 online seats', async () => {
    const second = await startTestApi({ DATABASE_URL: hajj.url, HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
    try {
      const caravan = await addCaravan(db, season.id, { capacity: 12 });
      // Two seats already taken online: the race is for the last four of the six.
      for (let i = 0; i < 2; i += 1) expect(codeOf(await preRegister(hajj.api, await addReceipt(db), caravan.id))).toBe('OK');
      const holders = await Promise.all(Array.from({ length: 40 }, () => addReceipt(db)));
      const prepared = await Promise.all(
        holders.map(async (receipt, i) => {
          const client = (i % 2 === 0 ? hajj.api : second).client();
          return {
            client,
            variables: {
              input: {
                nationalId: receipt.nationalId,
                receiptNumber: receipt.receiptNumber,
                birthDate: receipt.birthDate,
                caravanId: caravan.id,
                ...(await solvedCaptcha(client)),
              },
            },
          };
        }),
      );
      const answers = await Promise.all(prepared.map(({ client, variables }) => client.gql<PreRegistration>(PRE_REGISTER, variables)));
      const codes = answers.map(codeOf);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(4);
      expect(codes.filter((c) => c !== 'OK').every((c) => c === 'ONLINE_SHARE_FULL')).toBe(true);
      expect(await seatsOf(caravan.id)).toEqual({ taken: 6, online: 6 });
      const [{ people }] = (await db.query(
        `SELECT count(DISTINCT national_id)::int AS people FROM hajj_registration WHERE caravan_id = $1`,
        [caravan.id],
      )) as [{ people: number }];
      expect(people).toBe(6);
    } finally {
      await second.stop();
    }
  });
});
