import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import {
  createTree,
  createUser,
  LOGIN,
  PASSWORD,
  Role,
  signIn,
  solvedCaptcha,
  uniqueNationalId,
  type TestUser,
  type Tree,
} from '../../test-support/accounts-fixtures';
import { AuthChallenge } from './auth-challenge.entity';
import { LoginThrottle } from './login-throttle.entity';
import { SmsMessage } from '../../platform/sms/sms-message.entity';
import { AuditEvent } from '../../platform/audit/audit-event.entity';
import { sha256 } from './secrets';
import { toLatinDigits } from '@pishkhan/national-id';

/** An address of its own for each caller that needs one (throttles count per IP). */
let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

let api: TestApi;
let db: DataSource;
let tree: Tree;

beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1', OTP_LIMIT_PER_IP_HOUR: '8' });
  db = api.server.database.dataSource;
  tree = await createTree(db);
});
afterAll(async () => {
  await api.stop();
});

const ME = '{ me { user { nationalId } activeRole { role } } }';

/** The throttle's wait is over for this national ID and every address (time passes, in a test). */
async function waitIsOver(nationalId: string): Promise<void> {
  await db.query(`UPDATE login_throttle SET blocked_until = NULL WHERE key = $1 OR key LIKE 'ip:10.9.%'`, [
    `nid:${sha256(nationalId).toString('hex')}`,
  ]);
}

async function lastSmsTo(mobile: string): Promise<string> {
  const message = await db.getRepository(SmsMessage).findOne({ where: { to: mobile }, order: { createdAt: 'DESC' } });
  // Codes come in Persian digits; the API takes Latin ones too.
  return toLatinDigits(message?.text ?? '');
}

describe('password sign-in', () => {
  it('signs in with national ID in Persian digits, password and captcha, and the session carries the role', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: freshIp() });
    const persianId = user.nationalId.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const response = await client.gql(LOGIN, { input: { nationalId: persianId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(response.errors).toBeUndefined();
    expect(client.cookie).toMatch(/^pishkhan_session=/);
    expect((await client.gql(ME)).data).toEqual({ me: { user: { nationalId: user.nationalId }, activeRole: { role: 'DATA_ENTRANT' } } });
  });

  it('gives one answer for a wrong password and for an unknown national ID', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.1' });
    const wrong = await client.gql(LOGIN, {
      input: { nationalId: user.nationalId, password: 'not-it-123', ...(await solvedCaptcha(client)) },
    });
    const unknown = await client.gql(LOGIN, {
      input: { nationalId: uniqueNationalId(), password: 'not-it-123', ...(await solvedCaptcha(client)) },
    });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_CREDENTIALS' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(client.cookie).toBeNull();
  });

  it('draws the captcha as a PNG picture (pixels, no glyph outlines to read back)', async () => {
    const client = api.client({ ip: freshIp() });
    const issued = await client.gql<{ newCaptcha: { id: string; image: string; expiresAt: string } }>(
      'mutation { newCaptcha { id image expiresAt } }',
    );
    const { image } = issued.data!.newCaptcha;
    expect(image).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(image.slice('data:image/png;base64,'.length), 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([200, 70]);
    expect(png.toString('latin1')).not.toMatch(/<svg|<path/);
    const answer = await client.gql<{ devCaptchaAnswer: string }>('query($id: ID!) { devCaptchaAnswer(captchaId: $id) }', {
      id: issued.data!.newCaptcha.id,
    });
    expect(answer.data!.devCaptchaAnswer).toMatch(/^[a-hj-km-np-z2-9]{5}$/);
  });

  it('refuses a wrong, reused or expired captcha', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.2' });
    const captcha = await solvedCaptcha(client);
    const wrong = await client.gql(LOGIN, {
      input: { nationalId: user.nationalId, password: PASSWORD, captchaId: captcha.captchaId, captchaAnswer: 'zzzzz' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');
    // A failed try used the captcha up: the right answer no longer works.
    const reused = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...captcha } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');

    const fresh = await solvedCaptcha(client);
    const ok = await client.gql(LOGIN, {
      input: { nationalId: user.nationalId, password: PASSWORD, ...fresh, captchaAnswer: fresh.captchaAnswer.toUpperCase() },
    });
    expect(ok.errors).toBeUndefined();
    const again = await api.client({ ip: freshIp() }).gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...fresh } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');

    const old = await solvedCaptcha(client);
    await db.getRepository(AuthChallenge).update({ id: old.captchaId }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...old } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');
  });

  it('slows down repeated failures per national ID with a growing wait, and a success after the wait clears it', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.3' });
    const tryWrong = async () =>
      client.gql(LOGIN, { input: { nationalId: user.nationalId, password: 'wrong-pass-9', ...(await solvedCaptcha(client)) } });
    for (let i = 0; i < 4; i += 1) expect((await tryWrong()).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const throttled = await tryWrong();
    expect(throttled.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(throttled.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Even the right password waits: the attacker cannot tell.
    const right = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const rows = await db.getRepository(LoginThrottle).find();
    const waits = rows.filter((r) => r.blockedUntil !== null).map((r) => (r.blockedUntil!.getTime() - Date.now()) / 1000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(300);

    // Time passes (the wait is over): the right password works and the count starts again.
    await db.query(
      `UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until IS NOT NULL AND key LIKE 'nid:%'`,
    );
    await db.query(`UPDATE login_throttle SET blocked_until = NULL WHERE key = 'ip:10.1.0.3'`);
    const after = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(after.errors).toBeUndefined();
  });

  it('counts 30 wrong passwords sent at once as 30, and checks only those that found no wait', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: freshIp() });
    const captchas = await Promise.all(Array.from({ length: 30 }, () => solvedCaptcha(client)));
    const answers = await Promise.all(
      captchas.map((captcha) => client.gql(LOGIN, { input: { nationalId: user.nationalId, password: 'wrong-pass-9', ...captcha } })),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
    const checked = codes.filter((code) => code === 'INVALID_CREDENTIALS').length;
    expect(codes.filter((code) => code !== 'INVALID_CREDENTIALS' && code !== 'TOO_MANY_ATTEMPTS')).toEqual([]);
    // Three free failures, then the fourth starts a wait of 2 s: the rest are refused unchecked
    // (a fifth at most, should the wait run out while the 30 are still arriving).
    expect(checked).toBeGreaterThanOrEqual(4);
    expect(checked).toBeLessThanOrEqual(5);
    const row = await db.getRepository(LoginThrottle).findOneByOrFail({ key: `nid:${sha256(user.nationalId).toString('hex')}` });
    expect(row.failures).toBe(30);
  });

  it('refuses a signed-out session and a disabled account', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = await signIn(api, user);
    expect((await client.gql('mutation { logout }')).data).toEqual({ logout: true });
    expect(client.cookie).toBeNull();
    const stale = api.client({ ip: freshIp() });
    const again = await signIn(api, user);
    stale.cookie = again.cookie;
    await again.gql('mutation { logout }');
    expect((await stale.gql(ME)).data).toEqual({ me: null });
  });

  it('writes login events to the audit log with the national ID masked', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    await signIn(api, user);
    const events = await db.getRepository(AuditEvent).find({ where: { action: 'auth.login.password', actorUserId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'SUCCESS',
      actorRole: 'DATA_ENTRANT',
      subjectMasked: `${user.nationalId.slice(0, 3)}****${user.nationalId.slice(-3)}`,
    });
    expect(JSON.stringify(await db.query('SELECT * FROM audit_event'))).not.toContain(user.nationalId);
  });
});

const REQUEST_OTP = 'mutation($input: OtpRequestInput!) { requestLoginOtp(input: $input) { challengeId expiresAt resendAvailableAt } }';
const OTP_LOGIN = 'mutation($input: OtpLoginInput!) { loginWithOtp(input: $input) { activeRole { role } } }';

describe('one-time password sign-in', () => {
  async function requestOtp(client: ReturnType<TestApi['client']>, nationalId: string) {
    const response = await client.gql<{ requestLoginOtp: { challengeId: string } }>(REQUEST_OTP, {
      input: { nationalId, ...(await solvedCaptcha(client)) },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.requestLoginOtp.challengeId;
  }

  it('sends six digits by SMS that sign in once', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const ok = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(ok.data).toEqual({ loginWithOtp: { activeRole: { role: 'APPROVER' } } });
    const reused = await api.client({ ip: freshIp() }).gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
  });

  it('answers the same for an unknown national ID and sends nothing', async () => {
    const client = api.client({ ip: freshIp() });
    const response = await client.gql<{ requestLoginOtp: { challengeId: string } }>(REQUEST_OTP, {
      input: { nationalId: uniqueNationalId(), ...(await solvedCaptcha(client)) },
    });
    expect(Object.keys(response.data!.requestLoginOtp).sort()).toEqual(['challengeId', 'expiresAt', 'resendAvailableAt']);
    const challenge = await db.getRepository(AuthChallenge).findOneByOrFail({ id: response.data!.requestLoginOtp.challengeId });
    expect(challenge.userId).toBeNull();
    const sent = await db
      .getRepository(SmsMessage)
      .createQueryBuilder('m')
      .where('m.created_at >= :t', { t: challenge.createdAt })
      .andWhere("m.purpose = 'LOGIN_OTP'")
      .getMany();
    const owners = await db.query('SELECT mobile FROM user_account WHERE mobile = ANY($1)', [sent.map((m) => m.to)]);
    expect(owners).toHaveLength(sent.length);
  });

  it('keeps the tries used across a resend: a challenge that used its five tries is dead, and cannot be resent', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const challengeId = await requestOtp(client, user.nationalId);
    const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000');
    const guess = async (code: string) => {
      await waitIsOver(user.nationalId); // the sign-in throttle would slow these guesses down
      const response = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
      const error = response.errors?.[0]?.extensions;
      return error?.code === 'OTP_INVALID' ? error.remainingTries : error?.code;
    };
    let code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    expect([await guess(wrongFor(code)), await guess(wrongFor(code))]).toEqual([4, 3]);
    // The cool-down is over: a new code, but not new tries.
    await db.getRepository(AuthChallenge).update({ id: challengeId }, { resendAt: new Date(Date.now() - 1000) });
    const resend = 'mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }';
    expect((await client.gql(resend, { id: challengeId })).errors).toBeUndefined();
    code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    expect([await guess(wrongFor(code)), await guess(wrongFor(code)), await guess(wrongFor(code))]).toEqual([2, 1, 'OTP_EXPIRED']);
    await db.getRepository(AuthChallenge).update({ id: challengeId }, { resendAt: new Date(Date.now() - 1000) });
    const dead = await client.gql(resend, { id: challengeId });
    expect(dead.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
    expect(await guess(code)).toBe('OTP_EXPIRED');
  });

  it('sends at most five codes per national ID per hour, resends included; then TOO_MANY_ATTEMPTS and no SMS', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const sent = () => db.getRepository(SmsMessage).countBy({ to: user.mobile });
    const challengeIds: string[] = [];
    for (let i = 0; i < 4; i += 1) challengeIds.push(await requestOtp(api.client({ ip: freshIp() }), user.nationalId));
    await db.getRepository(AuthChallenge).update({ id: challengeIds[0]! }, { resendAt: new Date(Date.now() - 1000) });
    expect(
      (
        await api
          .client({ ip: freshIp() })
          .gql('mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }', { id: challengeIds[0] })
      ).errors,
    ).toBeUndefined();
    expect(await sent()).toBe(5);

    const client = api.client({ ip: freshIp() });
    const refused = await client.gql(REQUEST_OTP, { input: { nationalId: user.nationalId, ...(await solvedCaptcha(client)) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
    await db.getRepository(AuthChallenge).update({ id: challengeIds[1]! }, { resendAt: new Date(Date.now() - 1000) });
    const resent = await client.gql('mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }', { id: challengeIds[1] });
    expect(resent.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // A forgotten password's code is a one-time code too.
    const forgot = await client.gql(FORGOT, {
      input: { nationalId: user.nationalId, mobile: user.mobile, ...(await solvedCaptcha(client)) },
    });
    expect(forgot.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(await sent()).toBe(5);
  });

  it('sends codes from one address up to its hourly limit (8 in this file), whatever the national IDs', async () => {
    const client = api.client({ ip: freshIp() });
    const codes: unknown[] = [];
    for (let i = 0; i < 9; i += 1) {
      const response = await client.gql(REQUEST_OTP, { input: { nationalId: uniqueNationalId(), ...(await solvedCaptcha(client)) } });
      codes.push(response.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual([...Array<string>(8).fill('OK'), 'TOO_MANY_ATTEMPTS']);
  });

  it('counts wrong codes in the sign-in throttle, across challenges, with wrong passwords', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const guessOn = async (challengeId: string) => {
      const response = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code: '000000' } });
      return response.errors?.[0]?.extensions?.code;
    };
    const first = await requestOtp(client, user.nationalId);
    const second = await requestOtp(client, user.nationalId);
    // Two wrong codes on each challenge: the fourth failure of the national ID starts a wait.
    const codes = [await guessOn(first), await guessOn(first), await guessOn(second), await guessOn(second)];
    expect(codes.every((code) => code === 'OTP_INVALID')).toBe(true);
    const third = await db.getRepository(AuthChallenge).findOneByOrFail({ id: second });
    expect(third.attempts).toBe(2);
    expect(await guessOn(second)).toBe('TOO_MANY_ATTEMPTS');
    // The same throttle as passwords: the right password waits too.
    const password = await api
      .client({ ip: freshIp() })
      .gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(password.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('counts 30 wrong codes sent at once as 30 guesses, checking only those that found no wait', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const challengeIds = [await requestOtp(client, user.nationalId), await requestOtp(client, user.nationalId)];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        client.gql(OTP_LOGIN, { input: { challengeId: challengeIds[i % 2], nationalId: user.nationalId, code: '000000' } }),
      ),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
    const checked = codes.filter((code) => code === 'OTP_INVALID' || code === 'OTP_EXPIRED').length;
    expect(codes.filter((code) => code !== 'OTP_INVALID' && code !== 'OTP_EXPIRED' && code !== 'TOO_MANY_ATTEMPTS')).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(4);
    expect(checked).toBeLessThanOrEqual(5);
    const row = await db.getRepository(LoginThrottle).findOneByOrFail({ key: `nid:${sha256(user.nationalId).toString('hex')}` });
    expect(row.failures).toBe(30);
    const tries = await db.getRepository(AuthChallenge).findBy(challengeIds.map((id) => ({ id })));
    expect(tries.reduce((sum, challenge) => sum + challenge.attempts, 0)).toBe(checked);
  });

  it('allows five tries, then the challenge is dead even for the right code', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    const remaining: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      await waitIsOver(user.nationalId); // the sign-in throttle would slow these guesses down
      const response = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code: wrong } });
      remaining.push(
        response.errors?.[0]?.extensions?.code === 'OTP_INVALID'
          ? response.errors[0].extensions.remainingTries
          : response.errors?.[0]?.extensions?.code,
      );
    }
    expect(remaining).toEqual([4, 3, 2, 1, 'OTP_EXPIRED']);
    await waitIsOver(user.nationalId);
    const right = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(right.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
  });

  it('expires after two minutes, is tied to its national ID, and resends only after the cool-down', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const other = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client({ ip: freshIp() });
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const stolen = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: other.nationalId, code } });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('OTP_INVALID');

    const tooSoon = await client.gql('mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }', { id: challengeId });
    expect(tooSoon.errors?.[0]?.extensions?.code).toBe('RESEND_TOO_SOON');

    await db
      .getRepository(AuthChallenge)
      .update({ id: challengeId }, { expiresAt: new Date(Date.now() - 1000), resendAt: new Date(Date.now() - 1000) });
    const expired = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');

    const resent = await client.gql('mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }', { id: challengeId });
    expect(resent.errors).toBeUndefined();
    const newCode = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    if (newCode !== code) {
      const oldCode = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
      expect(oldCode.errors?.[0]?.extensions?.code).toBe('OTP_INVALID');
    }
    const ok = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code: newCode } });
    expect(ok.errors).toBeUndefined();
  });
});

const FORGOT = 'mutation($input: ForgotPasswordInput!) { forgotPassword(input: $input) { challengeId expiresAt resendAvailableAt } }';
const RESET = 'mutation($input: ResetPasswordWithCodeInput!) { resetPasswordWithCode(input: $input) }';

describe('forgotten and changed passwords', () => {
  async function forgot(user: Pick<TestUser, 'nationalId'>, mobile: string) {
    const client = api.client({ ip: freshIp() });
    const response = await client.gql<{ forgotPassword: { challengeId: string; expiresAt: string; resendAvailableAt: string } }>(FORGOT, {
      input: { nationalId: user.nationalId, mobile, ...(await solvedCaptcha(client)) },
    });
    return { client, response };
  }

  it('changes nothing when asked: a code goes to the registered mobile, and only the code sets the new password and ends the sessions', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const other = await signIn(api, user);
    const { client, response } = await forgot(user, user.mobile);
    expect(response.errors).toBeUndefined();
    const { challengeId } = response.data!.forgotPassword;
    // Nothing changed yet: the old password and the open session still work.
    expect((await other.gql(ME)).data).toEqual({ me: { user: { nationalId: user.nationalId }, activeRole: { role: 'DATA_ENTRANT' } } });
    await signIn(api, user);
    const code = /کد بازیابی گذرواژهٔ شما (\d{6}) است/.exec(await lastSmsTo(user.mobile))![1]!;

    const weak = await client.gql(RESET, { input: { challengeId, nationalId: user.nationalId, code, newPassword: 'abcdefgh' } });
    expect(weak.errors?.[0]?.extensions?.code).toBe('WEAK_PASSWORD');
    const wrong = await client.gql(RESET, {
      input: { challengeId, nationalId: user.nationalId, code: code === '000000' ? '111111' : '000000', newPassword: 'reset-pass-2024' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'OTP_INVALID', remainingTries: 4 });
    const loginCode = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(loginCode.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED'); // a reset code does not sign in

    const reset = await client.gql(RESET, { input: { challengeId, nationalId: user.nationalId, code, newPassword: 'reset-pass-2024' } });
    expect(reset.data).toEqual({ resetPasswordWithCode: true });
    expect((await other.gql(ME)).data).toEqual({ me: null });
    const again = await client.gql(RESET, { input: { challengeId, nationalId: user.nationalId, code, newPassword: 'reset-pass-2025' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
    const old = await api
      .client({ ip: freshIp() })
      .gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const session = await signIn(api, user, 'reset-pass-2024');
    expect((await session.gql(ME)).data).toEqual({ me: { user: { nationalId: user.nationalId }, activeRole: { role: 'DATA_ENTRANT' } } });
  });

  it('answers a wrong mobile and an unknown national ID as it answers the right pair, sends nothing, and no code resets them', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const right = await forgot(user, user.mobile);
    const wrongMobile = await forgot(user, '09999999999');
    const unknown = await forgot({ nationalId: uniqueNationalId() }, user.mobile);
    const shape = (r: typeof right) => ({
      errors: r.response.errors,
      status: r.response.status,
      keys: Object.keys(r.response.data!.forgotPassword).sort(),
    });
    expect(shape(wrongMobile)).toEqual(shape(right));
    expect(shape(unknown)).toEqual(shape(right));
    const messages = await db.getRepository(SmsMessage).findBy({ to: user.mobile, purpose: 'PASSWORD_RESET_CODE' });
    expect(messages).toHaveLength(1);
    const code = /(\d{6})/.exec(toLatinDigits(messages[0]!.text))![1]!;
    // The code sent for the right pair opens nothing through the other challenges.
    for (const [target, nationalId] of [
      [wrongMobile, user.nationalId],
      [unknown, user.nationalId],
    ] as const) {
      const attempt = await target.client.gql(RESET, {
        input: { challengeId: target.response.data!.forgotPassword.challengeId, nationalId, code, newPassword: 'reset-pass-2024' },
      });
      expect(attempt.errors?.[0]?.extensions).toMatchObject({ code: 'OTP_INVALID' });
    }
    await signIn(api, user);
  });

  it('a wrong current password counts in the throttle; a change ends the other sessions', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]], { mustChangePassword: true });
    const session = await signIn(api, user);
    const blocked = await session.gql('{ myOrganisationUnits { id } }');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const wrong = await session.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', {
      input: { currentPassword: 'not-it-123', newPassword: 'new-pass-2024' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const weak = await session.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', {
      input: { currentPassword: PASSWORD, newPassword: 'abcdefgh' },
    });
    expect(weak.errors?.[0]?.extensions?.code).toBe('WEAK_PASSWORD');
    const second = await signIn(api, user);
    const changed = await session.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', {
      input: { currentPassword: PASSWORD, newPassword: 'new-pass-2024' },
    });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await session.gql('{ myOrganisationUnits { id } }')).errors).toBeUndefined();
    expect((await second.gql(ME)).data).toEqual({ me: null });
    await signIn(api, user, 'new-pass-2024');
  });
});

describe('signing in again in the same browser', () => {
  it('opens a new session and ends the one the cookie held, by password and by one-time password', async () => {
    const first = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const second = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const browser = await signIn(api, first);
    const oldCookie = browser.cookie;
    const copy = api.client({ ip: freshIp() });
    copy.cookie = oldCookie;
    expect((await copy.gql(ME)).data).toEqual({ me: { user: { nationalId: first.nationalId }, activeRole: { role: 'DATA_ENTRANT' } } });

    const again = await browser.gql(LOGIN, {
      input: { nationalId: second.nationalId, password: PASSWORD, ...(await solvedCaptcha(browser)) },
    });
    expect(again.errors).toBeUndefined();
    expect(browser.cookie).not.toBe(oldCookie);
    expect((await copy.gql(ME)).data).toEqual({ me: null });
    expect((await browser.gql(ME)).data).toEqual({ me: { user: { nationalId: second.nationalId }, activeRole: { role: 'APPROVER' } } });

    const beforeOtp = api.client({ ip: freshIp() });
    beforeOtp.cookie = browser.cookie;
    const otp = await browser.gql<{ requestLoginOtp: { challengeId: string } }>(REQUEST_OTP, {
      input: { nationalId: second.nationalId, ...(await solvedCaptcha(browser)) },
    });
    const code = /(\d{6})/.exec(await lastSmsTo(second.mobile))![1]!;
    const byOtp = await browser.gql(OTP_LOGIN, {
      input: { challengeId: otp.data!.requestLoginOtp.challengeId, nationalId: second.nationalId, code },
    });
    expect(byOtp.errors).toBeUndefined();
    expect(browser.cookie).not.toBe(beforeOtp.cookie);
    expect((await beforeOtp.gql(ME)).data).toEqual({ me: null });
    expect((await browser.gql(ME)).data).toEqual({ me: { user: { nationalId: second.nationalId }, activeRole: { role: 'APPROVER' } } });
  });
});
