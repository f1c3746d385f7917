import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, LOGIN, PASSWORD, Role, signIn, solvedCaptcha, uniqueNationalId, type Tree } from '../../test-support/accounts-fixtures';
import { AuthChallenge } from './auth-challenge.entity';
import { LoginThrottle } from './login-throttle.entity';
import { SmsMessage } from '../../platform/sms/sms-message.entity';
import { AuditEvent } from '../../platform/audit/audit-event.entity';

let api: TestApi;
let db: DataSource;
let tree: Tree;

beforeAll(async () => {
  api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
  db = api.server.database.dataSource;
  tree = await createTree(db);
});
afterAll(async () => {
  await api.stop();
});

const ME = '{ me { user { nationalId } activeRole { role } } }';

async function lastSmsTo(mobile: string): Promise<string> {
  const message = await db.getRepository(SmsMessage).findOne({ where: { to: mobile }, order: { createdAt: 'DESC' } });
  return message?.text ?? '';
}

describe('password sign-in', () => {
  it('signs in with national ID in Persian digits, password and captcha, and the session carries the role', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client();
    const persianId = user.nationalId.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const response = await client.gql(LOGIN, { input: { nationalId: persianId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(response.errors).toBeUndefined();
    expect(client.cookie).toMatch(/^pishkhan_session=/);
    expect((await client.gql(ME)).data).toEqual({ me: { user: { nationalId: user.nationalId }, activeRole: { role: 'DATA_ENTRANT' } } });
  });

  it('gives one answer for a wrong password and for an unknown national ID', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.1' });
    const wrong = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: 'not-it-123', ...(await solvedCaptcha(client)) } });
    const unknown = await client.gql(LOGIN, { input: { nationalId: uniqueNationalId(), password: 'not-it-123', ...(await solvedCaptcha(client)) } });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_CREDENTIALS' } });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(client.cookie).toBeNull();
  });

  it('refuses a wrong, reused or expired captcha', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.2' });
    const captcha = await solvedCaptcha(client);
    const wrong = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, captchaId: captcha.captchaId, captchaAnswer: 'zzzzz' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');
    // A failed try used the captcha up: the right answer no longer works.
    const reused = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...captcha } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');

    const fresh = await solvedCaptcha(client);
    const ok = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...fresh, captchaAnswer: fresh.captchaAnswer.toUpperCase() } });
    expect(ok.errors).toBeUndefined();
    const again = await api.client().gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...fresh } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');

    const old = await solvedCaptcha(client);
    await db.getRepository(AuthChallenge).update({ id: old.captchaId }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...old } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('CAPTCHA_INVALID');
  });

  it('slows down repeated failures per national ID with a growing wait, and a success after the wait clears it', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.3' });
    const tryWrong = async () => client.gql(LOGIN, { input: { nationalId: user.nationalId, password: 'wrong-pass-9', ...(await solvedCaptcha(client)) } });
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
    await db.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until IS NOT NULL AND key LIKE 'nid:%'`);
    await db.query(`UPDATE login_throttle SET blocked_until = NULL WHERE key = 'ip:10.1.0.3'`);
    const after = await client.gql(LOGIN, { input: { nationalId: user.nationalId, password: PASSWORD, ...(await solvedCaptcha(client)) } });
    expect(after.errors).toBeUndefined();
  });

  it('refuses a signed-out session and a disabled account', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = await signIn(api, user);
    expect((await client.gql('mutation { logout }')).data).toEqual({ logout: true });
    expect(client.cookie).toBeNull();
    const stale = api.client();
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
    expect(events[0]).toMatchObject({ outcome: 'SUCCESS', actorRole: 'DATA_ENTRANT', subjectMasked: `${user.nationalId.slice(0, 3)}****${user.nationalId.slice(-3)}` });
    expect(JSON.stringify(await db.query('SELECT * FROM audit_event'))).not.toContain(user.nationalId);
  });
});

const REQUEST_OTP = 'mutation($input: OtpRequestInput!) { requestLoginOtp(input: $input) { challengeId expiresAt resendAvailableAt } }';
const OTP_LOGIN = 'mutation($input: OtpLoginInput!) { loginWithOtp(input: $input) { activeRole { role } } }';

describe('one-time password sign-in', () => {
  async function requestOtp(client: ReturnType<TestApi['client']>, nationalId: string) {
    const response = await client.gql<{ requestLoginOtp: { challengeId: string } }>(REQUEST_OTP, { input: { nationalId, ...(await solvedCaptcha(client)) } });
    expect(response.errors).toBeUndefined();
    return response.data!.requestLoginOtp.challengeId;
  }

  it('sends six digits by SMS that sign in once', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client();
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const ok = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(ok.data).toEqual({ loginWithOtp: { activeRole: { role: 'APPROVER' } } });
    const reused = await api.client().gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
  });

  it('answers the same for an unknown national ID and sends nothing', async () => {
    const client = api.client();
    const response = await client.gql<{ requestLoginOtp: { challengeId: string } }>(REQUEST_OTP, { input: { nationalId: uniqueNationalId(), ...(await solvedCaptcha(client)) } });
    expect(Object.keys(response.data!.requestLoginOtp).sort()).toEqual(['challengeId', 'expiresAt', 'resendAvailableAt']);
    const challenge = await db.getRepository(AuthChallenge).findOneByOrFail({ id: response.data!.requestLoginOtp.challengeId });
    expect(challenge.userId).toBeNull();
    const sent = await db.getRepository(SmsMessage).createQueryBuilder('m').where('m.created_at >= :t', { t: challenge.createdAt }).andWhere("m.purpose = 'LOGIN_OTP'").getMany();
    const owners = await db.query('SELECT mobile FROM user_account WHERE mobile = ANY($1)', [sent.map((m) => m.to)]);
    expect(owners).toHaveLength(sent.length);
  });

  it('allows five tries, then the challenge is dead even for the right code', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client();
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    const remaining: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code: wrong } });
      remaining.push(response.errors?.[0]?.extensions?.code === 'OTP_INVALID' ? response.errors[0].extensions.remainingTries : response.errors?.[0]?.extensions?.code);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 'OTP_EXPIRED']);
    const right = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: user.nationalId, code } });
    expect(right.errors?.[0]?.extensions?.code).toBe('OTP_EXPIRED');
  });

  it('expires after two minutes, is tied to its national ID, and resends only after the cool-down', async () => {
    const user = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const other = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
    const client = api.client();
    const challengeId = await requestOtp(client, user.nationalId);
    const code = /(\d{6})/.exec(await lastSmsTo(user.mobile))![1]!;
    const stolen = await client.gql(OTP_LOGIN, { input: { challengeId, nationalId: other.nationalId, code } });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('OTP_INVALID');

    const tooSoon = await client.gql('mutation($id: ID!) { resendLoginOtp(challengeId: $id) { challengeId } }', { id: challengeId });
    expect(tooSoon.errors?.[0]?.extensions?.code).toBe('RESEND_TOO_SOON');

    await db.getRepository(AuthChallenge).update({ id: challengeId }, { expiresAt: new Date(Date.now() - 1000), resendAt: new Date(Date.now() - 1000) });
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

describe('forgotten and changed passwords', () => {
  it('sends a temporary password that must be changed first; the change ends other sessions', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const other = await signIn(api, user);
    const client = api.client();
    const forgot = await client.gql('mutation($input: ForgotPasswordInput!) { forgotPassword(input: $input) }', {
      input: { nationalId: user.nationalId, mobile: user.mobile, ...(await solvedCaptcha(client)) },
    });
    expect(forgot.data).toEqual({ forgotPassword: true });
    expect((await other.gql(ME)).data).toEqual({ me: null });
    const temporary = /موقت شما (\S+) است/.exec(await lastSmsTo(user.mobile))![1]!;

    const session = await signIn(api, user, temporary);
    const blocked = await session.gql('{ myOrganisationUnits { id } }');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await session.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: temporary, newPassword: 'abcdefgh' } });
    expect(weak.errors?.[0]?.extensions?.code).toBe('WEAK_PASSWORD');
    const second = await signIn(api, user, temporary);
    const changed = await session.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: temporary, newPassword: 'new-pass-2024' } });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await session.gql('{ myOrganisationUnits { id } }')).errors).toBeUndefined();
    expect((await second.gql(ME)).data).toEqual({ me: null });
    await signIn(api, user, 'new-pass-2024');
  });

  it('answers the same for a mobile that does not match and sends nothing', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const client = api.client({ ip: '10.1.0.9' });
    const response = await client.gql('mutation($input: ForgotPasswordInput!) { forgotPassword(input: $input) }', {
      input: { nationalId: user.nationalId, mobile: '09999999999', ...(await solvedCaptcha(client)) },
    });
    expect(response.data).toEqual({ forgotPassword: true });
    expect(await lastSmsTo(user.mobile)).toBe('');
    await signIn(api, user);
  });
});
