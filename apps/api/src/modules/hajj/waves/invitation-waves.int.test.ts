import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  activeSeason,
  addCaravan,
  addReceipt,
  hajjStaff,
  preRegisterAs,
  seasonFile,
  startHajjApi,
  statusOf,
  type HajjStaff,
  type HajjTestApi,
} from '../../../test-support/hajj-fixtures';
import { AuditLog } from '../../../platform/audit/audit-log';
import { jalali } from '../hajj-dates';
import type { HajjSeason } from '../season/season.entity';
import { InvitationWaveService } from './invitation-wave.service';

let hajj: HajjTestApi;
let db: DataSource;
let staff: HajjStaff;
let season: HajjSeason;
let waves: InvitationWaveService;

const DAY = 86_400_000;

beforeAll(async () => {
  hajj = await startHajjApi({ HAJJ_LIMIT_PER_IP_MINUTE: '100000', HAJJ_LIMIT_PER_ID_10MIN: '1000' });
  db = hajj.db;
  season = await activeSeason(
    db,
    seasonFile({
      groups: [
        { provinces: ['سمنان', 'قم'], opensInHours: -8 * 24, invitedDepositsUntil: '1383-01-01' },
        { provinces: ['تهران'], opensInHours: -2 * 24, invitedDepositsUntil: '1383-01-01' },
        { provinces: ['اصفهان'], opensInHours: 30 },
      ],
      settings: { inviteNextAfterDays: 7 },
    }),
  );
  staff = await hajjStaff(hajj.api, db);
  waves = new InvitationWaveService(db, new AuditLog(db));
});
afterAll(async () => {
  await hajj.stop();
});

const WAVES = `query($p: String) { hajjInvitationWaves(province: $p) { province previousCutoff newCutoff freeSeats invitedReceipts source } }`;
const INVITE_NOW = `mutation($p: String!) { hajjInviteNextPriority(province: $p) { province previousCutoff newCutoff freeSeats invitedReceipts source } }`;
const SET_CUTOFF = `mutation($p: String!, $d: String!) { hajjSetInvitationCutoff(province: $p, invitedDepositsUntil: $d) { previousCutoff newCutoff source invitedReceipts } }`;
const SEASONS = `query { hajjSeasons { id code active groups { id name admissionOpensAt provinces { province invitedDepositsUntil } } } }`;
const UPDATE_GROUP = `mutation($id: ID!, $i: HajjProvinceGroupInput!) { hajjUpdateProvinceGroup(id: $id, input: $i) { groups { name admissionOpensAt } } }`;
const SAVE_CARAVAN = `mutation($i: HajjCaravanInput!) { hajjSaveCaravan(input: $i) { id code province capacity onlineCapacity taken finalCostRials status managerNationalId } }`;
const FILL = `query { hajjFillRates { province groupName caravans capacity taken onlineCapacity onlineTaken fillRate invitedDepositsUntil } }`;
const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) => answer.errors?.[0]?.extensions?.code ?? 'OK';

describe('invitation waves (rule 8)', () => {
  it('after the season’s days, a province whose caravans are not full invites as many next priorities as it has free seats; every wave recorded', async () => {
    await addCaravan(db, season.id, { capacity: 2 });
    await addCaravan(db, season.id, { province: 'تهران', capacity: 5 });
    await addCaravan(db, season.id, { province: 'قم', capacity: 1 });
    const qomHolder = await addReceipt(db, { province: 'قم', depositDate: jalali('1382-01-01') });
    await addReceipt(db, { province: 'قم', depositDate: jalali('1383-06-06') });
    expect(
      (await preRegisterAs(hajj.api, qomHolder, (await db.query(`SELECT id FROM hajj_caravan WHERE province = 'قم'`))[0].id)).code,
    ).toBe('ONLINE_SHARE_FULL');
    await db.query(`UPDATE hajj_caravan SET capacity = 2 WHERE province = 'قم'`);
    expect(
      (await preRegisterAs(hajj.api, qomHolder, (await db.query(`SELECT id FROM hajj_caravan WHERE province = 'قم'`))[0].id)).trackingCode,
    ).toBeDefined();
    await db.query(`UPDATE hajj_caravan SET capacity = 1 WHERE province = 'قم'`);

    const waiting = [];
    for (const day of ['1383-02-01', '1383-05-05', '1384-01-01', '1384-09-09', '1384-11-01'])
      waiting.push(await addReceipt(db, { depositDate: jalali(day) }));
    await addReceipt(db, { province: 'تهران', depositDate: jalali('1384-02-02') });
    expect(await statusOf(hajj.api, waiting[2]!)).toMatchObject({ nextStep: 'NOT_INVITED_YET' });

    const now = new Date();
    const first = await waves.runDue(now);
    // Only Semnan: Tehran opened two days ago, Qom's caravans are full.
    expect(first.map((w) => [w.province, w.previousCutoff, w.newCutoff, w.freeSeats, w.invitedReceipts, w.source])).toEqual([
      ['سمنان', jalali('1383-01-01'), jalali('1383-05-05'), 2, 2, 'JOB'],
    ]);
    expect(await waves.runDue(now)).toEqual([]);
    expect(await waves.runDue(new Date(now.getTime() + 4 * DAY))).toEqual([]);
    // Tehran's seven days since its opening (two days ago) are up first; fewer wait than its free seats: all eligible are invited.
    const tehran = await waves.runDue(new Date(now.getTime() + 6 * DAY));
    expect(tehran.map((w) => [w.province, w.newCutoff, w.freeSeats, w.invitedReceipts])).toEqual([['تهران', jalali('1384-10-20'), 5, 1]]);

    const second = await waves.runDue(new Date(now.getTime() + 7 * DAY + 60_000));
    expect(second.map((w) => [w.province, w.newCutoff, w.invitedReceipts])).toEqual([['سمنان', jalali('1384-09-09'), 2]]);
    expect(await statusOf(hajj.api, waiting[2]!)).toMatchObject({ nextStep: 'REGISTER' });
    // Nobody eligible is left waiting in Semnan (1384/11/01 is past the eligibility cut-off).
    expect(await waves.runDue(new Date(now.getTime() + 30 * DAY))).toEqual([]);

    const listed = await staff.admin.gql<{ hajjInvitationWaves: unknown[] }>(WAVES, { p: 'سمنان' });
    expect(listed.data!.hajjInvitationWaves).toEqual([
      {
        province: 'سمنان',
        previousCutoff: jalali('1383-05-05'),
        newCutoff: jalali('1384-09-09'),
        freeSeats: 2,
        invitedReceipts: 2,
        source: 'JOB',
      },
      {
        province: 'سمنان',
        previousCutoff: jalali('1383-01-01'),
        newCutoff: jalali('1383-05-05'),
        freeSeats: 2,
        invitedReceipts: 2,
        source: 'JOB',
      },
    ]);
    expect(codeOf(await staff.manager.gql(WAVES, { p: null }))).toBe('FORBIDDEN');
  });

  it('the admin invites a province now, or sets its cut-off by hand: both recorded', async () => {
    await addCaravan(db, season.id, { province: 'قم', capacity: 3 });
    const now = await staff.admin.gql<{ hajjInviteNextPriority: Record<string, unknown> }>(INVITE_NOW, { p: 'قم' });
    expect(now.data!.hajjInviteNextPriority).toMatchObject({
      province: 'قم',
      previousCutoff: jalali('1383-01-01'),
      source: 'ADMIN',
      invitedReceipts: 1,
    });
    const set = await staff.admin.gql(SET_CUTOFF, { p: 'قم', d: jalali('1383-03-03') });
    expect(set.data).toMatchObject({ hajjSetInvitationCutoff: { newCutoff: jalali('1383-03-03'), source: 'ADMIN' } });
    expect(codeOf(await staff.admin.gql(SET_CUTOFF, { p: 'قم', d: jalali('1384-12-01') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await staff.admin.gql(SET_CUTOFF, { p: 'ناکجا', d: jalali('1383-03-03') }))).toBe('NOT_FOUND');
    expect(codeOf(await staff.semnanOffice.gql(INVITE_NOW, { p: 'قم' }))).toBe('FORBIDDEN');
  });
});

describe('admission times per province group (rule 7)', () => {
  it('each group opens at its own time; the admin can move a group’s opening', async () => {
    const isfahan = await addCaravan(db, season.id, { province: 'اصفهان', capacity: 10 });
    const semnan = await addCaravan(db, season.id, { capacity: 10 });
    const isfahanHolder = await addReceipt(db, { province: 'اصفهان' });
    expect((await preRegisterAs(hajj.api, isfahanHolder, isfahan.id)).code).toBe('ADMISSION_NOT_OPEN');
    expect(
      (await preRegisterAs(hajj.api, await addReceipt(db, { depositDate: jalali('1382-01-01') }), semnan.id)).trackingCode,
    ).toBeDefined();

    const seasons = await staff.admin.gql<{ hajjSeasons: Array<{ code: string; groups: Array<{ id: string; name: string }> }> }>(SEASONS);
    const group = seasons.data!.hajjSeasons.find((s) => s.code === season.code)!.groups.find((g) => g.name === 'گروه 3')!;
    const opened = await staff.admin.gql(UPDATE_GROUP, {
      id: group.id,
      i: { announcedOn: '2026-01-01', admissionOpensAt: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(opened.errors).toBeUndefined();
    expect((await preRegisterAs(hajj.api, isfahanHolder, isfahan.id)).trackingCode).toBeDefined();
  });
});

describe('caravans and fill rates (the admin)', () => {
  it('creates and changes caravans, never below the seats taken, and reports fill rates per province', async () => {
    const created = await staff.admin.gql<{ hajjSaveCaravan: { id: string } & Record<string, unknown> }>(SAVE_CARAVAN, {
      i: {
        code: 'sem-900',
        province: 'سمنان',
        managerName: 'مدیر',
        managerPhone: '023-3300000',
        address: 'سمنان',
        capacity: 3,
        finalCostRials: '281000000',
        managerNationalId: staff.managerNationalId,
      },
    });
    expect(created.data!.hajjSaveCaravan).toMatchObject({
      code: 'SEM-900',
      capacity: 3,
      onlineCapacity: 1,
      taken: 0,
      status: 'ACTIVE',
      managerNationalId: staff.managerNationalId,
    });
    const id = created.data!.hajjSaveCaravan.id;
    expect((await preRegisterAs(hajj.api, await addReceipt(db, { depositDate: jalali('1382-02-02') }), id)).trackingCode).toBeDefined();
    const change = (capacity: number) =>
      staff.admin.gql(SAVE_CARAVAN, {
        i: {
          id,
          code: 'SEM-900',
          province: 'سمنان',
          managerName: 'مدیر',
          managerPhone: '023-3300000',
          address: 'سمنان',
          capacity,
          finalCostRials: '281000000',
          status: 'ACTIVE',
        },
      });
    expect((await change(0)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const held = await staff.admin.gql(SAVE_CARAVAN, {
      i: {
        code: 'SEM-901',
        province: 'سمنان',
        managerName: 'م',
        managerPhone: '023-3300000',
        address: 'س',
        capacity: 2,
        finalCostRials: '1',
      },
    });
    expect(held.errors).toBeUndefined();
    expect((await change(2)).errors).toBeUndefined();
    await db.query(`UPDATE hajj_caravan SET capacity = 1 WHERE id = $1`, [id]);
    expect((await change(1)).errors).toBeUndefined();
    const [{ c }] = (await db.query(`SELECT count(*)::int AS c FROM hajj_registration WHERE caravan_id = $1`, [id])) as [{ c: number }];
    expect(c).toBe(1);
    // One seat is taken: the capacity cannot fall below it.
    await db.query(`UPDATE hajj_registration SET status = 'CONFIRMED' WHERE caravan_id = $1`, [id]);
    const below = await staff.admin.gql(SAVE_CARAVAN, {
      i: {
        id,
        code: 'SEM-900',
        province: 'سمنان',
        managerName: 'مدیر',
        managerPhone: '023-3300000',
        address: 'سمنان',
        capacity: 1,
        finalCostRials: '281000000',
        status: 'CLOSED',
      },
    });
    expect(below.errors).toBeUndefined();
    expect(
      codeOf(
        await staff.admin.gql(SAVE_CARAVAN, {
          i: {
            code: 'X-1',
            province: 'کرمان',
            managerName: 'م',
            managerPhone: '023-3300000',
            address: 'س',
            capacity: 2,
            finalCostRials: '1',
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await staff.manager.gql(SAVE_CARAVAN, {
          i: {
            code: 'X-2',
            province: 'سمنان',
            managerName: 'م',
            managerPhone: '023-3300000',
            address: 'س',
            capacity: 2,
            finalCostRials: '1',
          },
        }),
      ),
    ).toBe('FORBIDDEN');

    const fill = await staff.admin.gql<{ hajjFillRates: Array<Record<string, unknown>> }>(FILL);
    const semnanFill = fill.data!.hajjFillRates.find((f) => f.province === 'سمنان')!;
    const [expected] = (await db.query(
      `SELECT count(*)::int AS caravans, sum(capacity)::int AS capacity FROM hajj_caravan WHERE season_id = $1 AND province = 'سمنان' AND status = 'ACTIVE'`,
      [season.id],
    )) as [{ caravans: number; capacity: number }];
    expect(semnanFill).toMatchObject({ groupName: 'گروه 1', caravans: expected.caravans, capacity: expected.capacity });
    expect(semnanFill.fillRate).toBeCloseTo((semnanFill.taken as number) / expected.capacity, 3);
    expect(fill.data!.hajjFillRates.map((f) => f.province)).toEqual(['سمنان', 'قم', 'تهران', 'اصفهان']);
  });

  it('refuses a capacity below the seats taken', async () => {
    const caravan = await addCaravan(db, season.id, { capacity: 4 });
    for (let i = 0; i < 2; i += 1)
      expect(
        (await preRegisterAs(hajj.api, await addReceipt(db, { depositDate: jalali('1382-03-03') }), caravan.id)).trackingCode,
      ).toBeDefined();
    const answer = await staff.admin.gql(SAVE_CARAVAN, {
      i: {
        id: caravan.id,
        code: caravan.code,
        province: 'سمنان',
        managerName: 'م',
        managerPhone: '023-3300000',
        address: 'س',
        capacity: 1,
        finalCostRials: '1',
        status: 'ACTIVE',
      },
    });
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'CAPACITY_BELOW_TAKEN', taken: 2 });
  });
});
