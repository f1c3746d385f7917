import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, LOGIN, PASSWORD, Role, signIn, solvedCaptcha } from '../../test-support/accounts-fixtures';
import { createHousehold, resetCampaign } from '../../test-support/households-fixtures';
import { CampaignWindow } from './cluster-lookup/cluster-campaign.entity';
import { SubsidyPilot } from './pilot/subsidy-pilot.entity';
import { SmsMessage } from '../../platform/sms/sms-message.entity';
import { tehranToday } from '../../platform/time/tehran-date';
import { PILOT_MESSAGE, PILOT_PREFIXES } from './households.seed';

let api: TestApi;
let db: DataSource;
let windows: Record<string, CampaignWindow>;

beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  db = api.server.database.dataSource;
});
beforeEach(async () => {
  windows = await resetCampaign(db);
});
afterAll(async () => {
  await api.stop();
});

const LOOKUP =
  'query($h: String!, $t: String!, $n: Int!) { householdCluster(headNationalId: $h, trackingCode: $t, memberCount: $n) { incomeCluster householdSize } }';
const LOOKUP_WITH_CAPTCHA =
  'query($h: String!, $t: String!, $n: Int!, $c: ID, $a: String) { householdCluster(headNationalId: $h, trackingCode: $t, memberCount: $n, captchaId: $c, captchaAnswer: $a) { incomeCluster householdSize } }';

function dayOffset(days: number, from = tehranToday()): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function openWindow(window: CampaignWindow, start: string, end: string): Promise<void> {
  await db.getRepository(CampaignWindow).update({ id: window.id }, { startDate: start, endDate: end });
}

let ipCounter = 0;
/** Each lookup test calls from its own address, so per-IP limits of one test do not touch another. */
function caller() {
  ipCounter += 1;
  return api.client({ ip: `10.9.${Math.floor(ipCounter / 250)}.${ipCounter % 250}` });
}

describe('householdCluster', () => {
  it('answers the cluster inside the household size window, in any digits', async () => {
    const household = await createHousehold(db, 3, { cluster: 4 });
    await openWindow(windows.three!, dayOffset(-1), dayOffset(1));
    const persian = household.headNationalId.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const response = await caller().gql(LOOKUP, { h: persian, t: household.trackingCode, n: 3 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ householdCluster: { incomeCluster: 4, householdSize: 3 } });
  });

  it('refuses outside the window, naming the household own window in ISO and Jalali', async () => {
    const household = await createHousehold(db, 4);
    await openWindow(windows.three!, dayOffset(-1), dayOffset(1));
    await openWindow(windows.four!, dayOffset(2), dayOffset(4));
    await openWindow(windows.catchUp!, dayOffset(5), dayOffset(12));
    const response = await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 4 });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'OUTSIDE_WINDOW',
      window: { start: dayOffset(2), end: dayOffset(4), startJalali: expect.stringMatching(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/) },
      catchUpWindow: { start: dayOffset(5), end: dayOffset(12) },
    });
    // The catch-up window serves anyone who missed theirs.
    await openWindow(windows.catchUp!, dayOffset(-1), dayOffset(0));
    expect((await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 4 })).errors).toBeUndefined();
  });

  it('closes a window after its last day (in Tehran) and opens one on its first', async () => {
    const household = await createHousehold(db, 1);
    await openWindow(windows.small!, dayOffset(-3), dayOffset(-1));
    await openWindow(windows.catchUp!, dayOffset(1), dayOffset(3));
    const response = await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 1 });
    expect(response.errors?.[0]?.extensions?.code).toBe('OUTSIDE_WINDOW');
    await openWindow(windows.small!, dayOffset(0), dayOffset(0));
    expect((await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 1 })).errors).toBeUndefined();
  });

  it('gives one answer for a wrong tracking code, a wrong size and an unknown national ID', async () => {
    const household = await createHousehold(db, 2);
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const answers = await Promise.all([
      caller().gql(LOOKUP, { h: household.headNationalId, t: '12345678901234', n: 2 }),
      caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 3 }),
      caller().gql(LOOKUP, { h: withCheckDigit('123454321'), t: household.trackingCode, n: 2 }),
      caller().gql(LOOKUP, { h: household.memberIds[1]!, t: household.trackingCode, n: 2 }),
      caller().gql(LOOKUP, { h: 'junk', t: household.trackingCode, n: 2 }),
    ]);
    const errors = answers.map((a) => a.errors?.[0]);
    for (const error of errors) expect(error).toEqual(errors[0]);
    expect(errors[0]).toMatchObject({ extensions: { code: 'HOUSEHOLD_NOT_MATCHED' } });
  });

  it('sends armed-forces households to their unit, and says when no campaign is open', async () => {
    const household = await createHousehold(db, 2, { armedForces: true });
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    expect(
      (await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 2 })).errors?.[0]?.extensions?.code,
    ).toBe('ARMED_FORCES_SEPARATE');
    const normal = await createHousehold(db, 2);
    await openWindow(windows.small!, dayOffset(-10), dayOffset(-8));
    await openWindow(windows.catchUp!, dayOffset(-7), dayOffset(-1));
    expect((await caller().gql(LOOKUP, { h: normal.headNationalId, t: normal.trackingCode, n: 2 })).errors?.[0]?.extensions?.code).toBe(
      'CAMPAIGN_CLOSED',
    );
    await db.query('UPDATE cluster_campaign SET active = false');
    expect((await caller().gql(LOOKUP, { h: normal.headNationalId, t: normal.trackingCode, n: 2 })).errors?.[0]?.extensions?.code).toBe(
      'CAMPAIGN_CLOSED',
    );
  });

  it('asks a captcha, never refuses, once strangers failed on a national ID, and its head gets in by answering one', async () => {
    const household = await createHousehold(db, 2, { cluster: 5 });
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const codes: unknown[] = [];
    for (let i = 0; i < 12; i += 1)
      codes.push((await caller().gql(LOOKUP, { h: household.headNationalId, t: '00000000000000', n: 2 })).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 3)).toEqual(['HOUSEHOLD_NOT_MATCHED', 'HOUSEHOLD_NOT_MATCHED', 'HOUSEHOLD_NOT_MATCHED']);
    // Past the threshold every try needs a captcha; none is refused (the strangers spent nothing of his).
    expect(codes.slice(3)).toEqual(Array.from({ length: 9 }, () => 'CAPTCHA_REQUIRED'));
    const head = caller();
    const right = { h: household.headNationalId, t: household.trackingCode, n: 2 };
    expect((await head.gql(LOOKUP, right)).errors?.[0]?.extensions?.code).toBe('CAPTCHA_REQUIRED');
    const solved = await solvedCaptcha(head);
    expect((await head.gql(LOOKUP_WITH_CAPTCHA, { ...right, c: solved.captchaId, a: solved.captchaAnswer })).data).toEqual({
      householdCluster: { incomeCluster: 5, householdSize: 2 },
    });
    // His right lookups are not failures: they neither push the national ID further nor run out.
    for (let i = 0; i < 5; i += 1)
      expect((await head.gql(LOOKUP, right)).data).toEqual({ householdCluster: { incomeCluster: 5, householdSize: 2 } });
  });

  it('does not count right lookups as failures: a head who looks up often is never asked a captcha', async () => {
    const household = await createHousehold(db, 1, { cluster: 2 });
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const right = { h: household.headNationalId, t: household.trackingCode, n: 1 };
    // More right lookups than the failure threshold (3), from several addresses: each try counts as
    // a failure only while it is in flight, and is given back once it matched.
    for (let i = 0; i < 6; i += 1)
      expect((await caller().gql(LOOKUP, right)).data).toEqual({ householdCluster: { incomeCluster: 2, householdSize: 1 } });
    const [{ n }] = (await db.query(
      `SELECT coalesce(sum(count), 0)::int AS n FROM rate_limit_counter WHERE key LIKE 'cluster:fail:nid:%' AND key = 'cluster:fail:nid:' || left(encode(sha256($1::bytea), 'hex'), 32)`,
      [household.headNationalId],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('after three failed matches for a national ID, answers only with a right captcha, used once, that lets its solver go on', async () => {
    const household = await createHousehold(db, 2, { cluster: 6 });
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const right = { h: household.headNationalId, t: household.trackingCode, n: 2 };
    for (let i = 0; i < 3; i += 1)
      expect((await caller().gql(LOOKUP, { ...right, n: 5 })).errors?.[0]?.extensions?.code).toBe('HOUSEHOLD_NOT_MATCHED');
    // The right proof from a new address still needs the captcha: the national ID is under watch.
    const person = caller();
    const required = await person.gql(LOOKUP, right);
    expect(required.errors?.[0]).toMatchObject({ extensions: { code: 'CAPTCHA_REQUIRED' } });
    expect(required.data).toBeNull();

    const wrong = await solvedCaptcha(person);
    expect((await person.gql(LOOKUP_WITH_CAPTCHA, { ...right, c: wrong.captchaId, a: 'zzzzz' })).errors?.[0]?.extensions?.code).toBe(
      'CAPTCHA_INVALID',
    );
    const solved = await solvedCaptcha(person);
    const answered = await person.gql(LOOKUP_WITH_CAPTCHA, { ...right, c: solved.captchaId, a: solved.captchaAnswer.toUpperCase() });
    expect(answered.errors).toBeUndefined();
    expect(answered.data).toEqual({ householdCluster: { incomeCluster: 6, householdSize: 2 } });
    // The solver goes on with this household (e.g. confirms it) without another captcha...
    expect((await person.gql(LOOKUP, right)).data).toEqual({ householdCluster: { incomeCluster: 6, householdSize: 2 } });
    // ...but another address is still asked one, and the used captcha does not open it.
    const other = caller();
    expect((await other.gql(LOOKUP, right)).errors?.[0]?.extensions?.code).toBe('CAPTCHA_REQUIRED');
    expect(
      (await other.gql(LOOKUP_WITH_CAPTCHA, { ...right, c: solved.captchaId, a: solved.captchaAnswer })).errors?.[0]?.extensions?.code,
    ).toBe('CAPTCHA_INVALID');
  });

  it('asks a captcha of an address after its failures, not of other addresses nor of a signed-in operator', async () => {
    const api2 = await startTestApi({ TRUST_PROXY_HOPS: '1', CLUSTER_CAPTCHA_AFTER_IP_FAILURES: '2' });
    try {
      const db2 = api2.server.database.dataSource;
      const windows2 = await resetCampaign(db2);
      await db2.getRepository(CampaignWindow).update({ id: windows2.small!.id }, { startDate: dayOffset(-1), endDate: dayOffset(1) });
      const households = await Promise.all([1, 2, 3].map(() => createHousehold(db2, 1, { cluster: 3 })));
      const busy = api2.client({ ip: '10.77.0.1' });
      // Two failures from one address, each for a different national ID (none reaches its own threshold).
      for (const h of households.slice(0, 2))
        expect((await busy.gql(LOOKUP, { h: h.headNationalId, t: '00000000000000', n: 1 })).errors?.[0]?.extensions?.code).toBe(
          'HOUSEHOLD_NOT_MATCHED',
        );
      const third = { h: households[2]!.headNationalId, t: households[2]!.trackingCode, n: 1 };
      expect((await busy.gql(LOOKUP, third)).errors?.[0]?.extensions?.code).toBe('CAPTCHA_REQUIRED');
      expect((await api2.client({ ip: '10.77.0.2' }).gql(LOOKUP, third)).data).toEqual({
        householdCluster: { incomeCluster: 3, householdSize: 1 },
      });

      // Anyone else signed in on that address is asked one too: a session is no proof of the household.
      const tree = await createTree(db2);
      const staff = await createUser(db2, [[Role.SYSTEM_ADMIN, tree.hq]]);
      const signedIn = api2.client({ ip: '10.77.0.1' });
      expect(
        (await signedIn.gql(LOGIN, { input: { nationalId: staff.nationalId, password: PASSWORD, ...(await solvedCaptcha(signedIn)) } }))
          .errors,
      ).toBeUndefined();
      expect((await signedIn.gql(LOOKUP, third)).errors?.[0]?.extensions?.code).toBe('CAPTCHA_REQUIRED');

      // An assisted-channel operator is counted as himself and is never asked a captcha.
      const office = await signIn(api2, await createUser(db2, [[Role.ASSISTED_CHANNEL_OPERATOR, tree.hq]]));
      for (let i = 0; i < 4; i += 1)
        expect((await office.gql(LOOKUP, { ...third, n: 4 })).errors?.[0]?.extensions?.code).toBe('HOUSEHOLD_NOT_MATCHED');
      expect((await office.gql(LOOKUP, third)).data).toEqual({ householdCluster: { incomeCluster: 3, householdSize: 1 } });
    } finally {
      await api2.stop();
    }
  });

  it('lets an administrator move a window, and the lookup follows it', async () => {
    const household = await createHousehold(db, 5, { cluster: 9 });
    const admin = await signIn(api, await createUser(db, [[Role.SYSTEM_ADMIN, (await createTree(db)).ministry]]));
    expect(
      (await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 5 })).errors?.[0]?.extensions?.code,
    ).toBe('CAMPAIGN_CLOSED');
    const moved = await admin.gql(
      'mutation($id: ID!, $input: CampaignWindowInput!) { updateCampaignWindow(id: $id, input: $input) { startDate endDate minSize } }',
      {
        id: windows.large!.id,
        input: { startDate: dayOffset(0), endDate: dayOffset(2) },
      },
    );
    expect(moved.data).toEqual({ updateCampaignWindow: { startDate: dayOffset(0), endDate: dayOffset(2), minSize: 5 } });
    expect((await caller().gql(LOOKUP, { h: household.headNationalId, t: household.trackingCode, n: 5 })).data).toEqual({
      householdCluster: { incomeCluster: 9, householdSize: 5 },
    });
    const bad = await admin.gql(
      'mutation($id: ID!, $input: CampaignWindowInput!) { updateCampaignWindow(id: $id, input: $input) { id } }',
      { id: windows.large!.id, input: { startDate: dayOffset(3), endDate: dayOffset(2) } },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('householdCluster under concurrency', () => {
  let busyApi: TestApi;
  beforeAll(async () => {
    // The per-address request limit is raised so that only the failure threshold (20) is at play.
    busyApi = await startTestApi({ TRUST_PROXY_HOPS: '1', CLUSTER_LIMIT_PER_IP_MINUTE: '1000' });
  });
  afterAll(async () => {
    await busyApi.stop();
  });

  it('asks a captcha of an address past 20 failures even when 50 are sent at once', async () => {
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const address = busyApi.client({ ip: '10.78.0.1' });
    // 50 different national IDs, so that no national ID reaches its own threshold.
    const tries = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        address.gql(LOOKUP, { h: withCheckDigit(`77${String(i).padStart(7, '0')}`), t: '00000000000000', n: 2 }),
      ),
    );
    const codes = tries.map((t) => t.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'HOUSEHOLD_NOT_MATCHED')).toHaveLength(20);
    expect(codes.filter((c) => c === 'CAPTCHA_REQUIRED')).toHaveLength(30);
    expect((await address.gql(LOOKUP, { h: withCheckDigit('778000000'), t: '00000000000000', n: 2 })).errors?.[0]?.extensions?.code).toBe(
      'CAPTCHA_REQUIRED',
    );
  });

  it('asks a captcha past 3 failures on a national ID even when 50 are sent at once from 50 addresses', async () => {
    const household = await createHousehold(db, 2, { cluster: 8 });
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    const tries = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        busyApi.client({ ip: `10.79.0.${i + 1}` }).gql(LOOKUP, { h: household.headNationalId, t: '00000000000000', n: 2 }),
      ),
    );
    const codes = tries.map((t) => t.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'HOUSEHOLD_NOT_MATCHED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'CAPTCHA_REQUIRED')).toHaveLength(47);
  });
});

describe('the household head invariant', () => {
  it('refuses a second head and a household left without one, in the database itself', async () => {
    const household = await createHousehold(db, 2);
    await expect(
      db.query(`UPDATE household_member SET relation = 'HEAD' WHERE national_id = $1`, [household.memberIds[1]]),
    ).rejects.toThrow();
    await expect(
      db.query(`UPDATE household_member SET relation = 'SPOUSE' WHERE national_id = $1`, [household.headNationalId]),
    ).rejects.toThrow(/no head/);
    // Headship can move inside one transaction.
    await db.transaction(async (m) => {
      await m.query(`UPDATE household_member SET relation = 'SPOUSE' WHERE national_id = $1`, [household.headNationalId]);
      await m.query(`UPDATE household_member SET relation = 'HEAD' WHERE national_id = $1`, [household.memberIds[1]]);
    });
  });
});

describe('subsidyServiceRequest (welfare system channel)', () => {
  const REQUEST = 'mutation($n: String!, $s: SubsidyService!) { subsidyServiceRequest(nationalId: $n, service: $s) { id service } }';

  it('refuses an applicant of the pilot with the exact message, records others, and needs the permission', async () => {
    const tree = await createTree(db);
    const operator = await signIn(api, await createUser(db, [[Role.ASSISTED_CHANNEL_OPERATOR, tree.hq]]));
    await db.getRepository(SubsidyPilot).save({
      province: 'سمنان',
      startsAt: new Date(Date.now() - 60_000),
      prefixes: PILOT_PREFIXES,
      refusalCode: '390831',
      refusalMessage: PILOT_MESSAGE,
      portalUrl: 'https://ncr.ir',
      active: true,
    });
    for (const prefix of ['750', '752', '657']) {
      const refused = await operator.gql(REQUEST, { n: withCheckDigit(`${prefix}123456`), s: 'DEATH' });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱',
        extensions: { code: 'PILOT_REDIRECT', portalUrl: 'https://ncr.ir' },
      });
    }
    const recorded = await operator.gql<{ subsidyServiceRequest: { service: string } }>(REQUEST, { n: '0013542419', s: 'MARRIAGE' });
    expect(recorded.data?.subsidyServiceRequest.service).toBe('MARRIAGE');
    expect((await operator.gql(REQUEST, { n: '0013542418', s: 'MARRIAGE' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.client().gql(REQUEST, { n: '0013542419', s: 'MARRIAGE' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not refuse before the pilot starts', async () => {
    const tree = await createTree(db);
    const operator = await signIn(api, await createUser(db, [[Role.ASSISTED_CHANNEL_OPERATOR, tree.hq]]));
    await db.query(`UPDATE subsidy_pilot SET starts_at = now() + interval '1 day'`);
    const response = await operator.gql(REQUEST, { n: withCheckDigit('530123456'), s: 'CUSTODY' });
    expect(response.errors).toBeUndefined();
    await db.query(`UPDATE subsidy_pilot SET starts_at = now() - interval '1 minute'`);
  });
});

describe('SMS channel', () => {
  async function sms(text: string, from = `0912${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, secret = 'dev-sms-secret') {
    const response = await fetch(`${api.url}/sms/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sms-secret': secret },
      body: JSON.stringify({ from, to: '300000', text }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { reply?: string; errors?: Array<{ extensions: { code: string } }> },
      from,
    };
  }

  it('answers a head national ID in any digits and spacing with the cluster number only, and sends it', async () => {
    const household = await createHousehold(db, 3, { cluster: 5 });
    const spaced = household.headNationalId.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replace(/^(.{3})(.{3})/, '$1 $2-');
    const answer = await sms(`  ${spaced} `);
    expect(answer.status).toBe(200);
    expect(answer.body.reply).toBe('خوشه درآمدی خانوار شما: ۵');
    const sent = await db.getRepository(SmsMessage).findOneByOrFail({ to: answer.from });
    expect(sent.text).toBe('خوشه درآمدی خانوار شما: ۵');
    const arabic = household.headNationalId.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    expect((await sms(arabic)).body.reply).toBe('خوشه درآمدی خانوار شما: ۵');
  });

  it('answers junk, a member who is not head, an unknown ID and an armed-forces head with the help text only', async () => {
    const household = await createHousehold(db, 2);
    const armed = await createHousehold(db, 1, { armedForces: true });
    for (const text of [
      'سلام',
      `${household.headNationalId} لطفا`,
      household.memberIds[1]!,
      withCheckDigit('123454321'),
      armed.headNationalId,
      '',
    ]) {
      const answer = await sms(text);
      expect(answer.body.reply).toBe('برای دریافت خوشه درآمدی، فقط کد ملی سرپرست خانوار را به ۳۰۰۰۰۰ بفرستید.');
    }
  });

  it('refuses a wrong secret, a malformed sender, and too many messages from one number', async () => {
    expect((await sms('0013542419', '09121234567', 'wrong')).status).toBe(401);
    expect((await sms('0013542419', '12345')).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await sms('سلام', '09129999999')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('confirmations and objections', () => {
  const CONFIRM = 'mutation($input: HouseholdProofInput!) { confirmHousehold(input: $input) { kind channel officeCode } }';
  const OBJECT =
    'mutation($input: HouseholdProofInput!, $body: ObjectionBody!, $reason: String!) { fileClusterObjection(input: $input, body: $body, reason: $reason) { id kind body status } }';

  it('take the same checks as the lookup, record the channel, and route objections to a queue that resolves them', async () => {
    const household = await createHousehold(db, 2);
    const proof = { headNationalId: household.headNationalId, trackingCode: household.trackingCode, memberCount: 2 };
    expect((await caller().gql(CONFIRM, { input: proof })).errors?.[0]?.extensions?.code).toBe('CAMPAIGN_CLOSED');
    await openWindow(windows.small!, dayOffset(-1), dayOffset(1));
    expect((await caller().gql(CONFIRM, { input: { ...proof, memberCount: 3 } })).errors?.[0]?.extensions?.code).toBe(
      'HOUSEHOLD_NOT_MATCHED',
    );
    expect((await caller().gql(CONFIRM, { input: proof })).data).toEqual({
      confirmHousehold: { kind: 'CONFIRMATION', channel: 'WEB', officeCode: null },
    });

    const tree = await createTree(db);
    const office = await signIn(api, await createUser(db, [[Role.ASSISTED_CHANNEL_OPERATOR, tree.hq]]));
    expect((await office.gql(CONFIRM, { input: proof })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await office.gql(CONFIRM, { input: { ...proof, officeCode: 'POST-2841' } })).data).toEqual({
      confirmHousehold: { kind: 'CONFIRMATION', channel: 'ASSISTED', officeCode: 'POST-2841' },
    });

    const filed = await caller().gql<{ fileClusterObjection: { id: string } }>(OBJECT, {
      input: proof,
      body: 'CIVIL_REGISTRY',
      reason: 'فرزند دوم در خانوار ثبت نشده است',
    });
    expect(filed.data?.fileClusterObjection).toMatchObject({ kind: 'OBJECTION', body: 'CIVIL_REGISTRY', status: 'OPEN' });
    expect((await caller().gql(OBJECT, { input: proof, body: 'CIVIL_REGISTRY', reason: 'نه' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const subsidy = await caller().gql<{ fileClusterObjection: { id: string } }>(OBJECT, {
      input: proof,
      body: 'SUBSIDY_ORGANISATION',
      reason: 'یارانه کمتر از خوشه واریز شده است',
    });

    const registry = await signIn(api, await createUser(db, [[Role.CIVIL_REGISTRY_OPERATOR, tree.hq]]));
    const queue = await registry.gql<{ clusterObjections: { items: Array<{ id: string }> } }>(
      '{ clusterObjections(body: CIVIL_REGISTRY, status: OPEN, limit: 100) { items { id } } }',
    );
    expect(queue.data!.clusterObjections.items.map((i) => i.id)).toContain(filed.data!.fileClusterObjection.id);
    expect((await registry.gql('{ clusterObjections(body: SUBSIDY_ORGANISATION) { total } }')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const RESOLVE =
      'mutation($id: ID!) { resolveClusterObjection(id: $id, accepted: true, resolution: "ثبت احوال اصلاح کرد") { status resolution } }';
    expect((await registry.gql(RESOLVE, { id: subsidy.data!.fileClusterObjection.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await registry.gql(RESOLVE, { id: filed.data!.fileClusterObjection.id })).data).toEqual({
      resolveClusterObjection: { status: 'ACCEPTED', resolution: 'ثبت احوال اصلاح کرد' },
    });
    expect((await registry.gql(RESOLVE, { id: filed.data!.fileClusterObjection.id })).errors?.[0]?.extensions?.code).toBe(
      'OBJECTION_ALREADY_RESOLVED',
    );
  });
});

describe('SMS simulator (embedded gateway)', () => {
  it('answers as the short number would and keeps the reply in the outbox', async () => {
    const household = await createHousehold(db, 1, { cluster: 8 });
    const answer = await api.gql<{ simulateInboundSms: { reply: string } }>(
      'mutation($f: String!, $t: String!) { simulateInboundSms(from: $f, text: $t) { reply } }',
      { f: '09351234567', t: household.headNationalId },
    );
    expect(answer.data?.simulateInboundSms.reply).toBe('خوشه درآمدی خانوار شما: ۸');
  });
});
