import { IsNull, type DataSource } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { SmsGateway } from '../../platform/sms/sms-gateway';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { isUuid } from '../../platform/graphql/id-arg';
import { DomainError } from '../../platform/errors/domain-error';
import { AuthChallenge, ChallengeKind } from './auth-challenge.entity';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount, UserStatus } from './user-account.entity';
import type { CaptchaService } from './captcha.service';
import type { LoginThrottleService } from './login-throttle.service';
import type { OpenedSession, SessionService } from './session.service';
import { hashPassword, isStrongEnough, verifyPassword } from './password-hasher';
import { challengeHash, newOtpCode, newTemporaryPassword, sameHash, sha256 } from './secrets';
import {
  InvalidCredentialsError,
  OtpExpiredError,
  OtpInvalidError,
  ResendTooSoonError,
  WeakPasswordError,
} from './accounts.errors';

const OTP_TTL_MS = 2 * 60_000;
const OTP_RESEND_MS = 60_000;
const OTP_MAX_TRIES = 5;

export interface OtpChallengeIssued {
  challengeId: string;
  expiresAt: Date;
  resendAvailableAt: Date;
}

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** The national ID as typed, normalised; anything invalid is a wrong credential, not a hint. */
function normalisedOrNull(nationalId: string): string | null {
  const result = checkNationalId(nationalId);
  return result.valid ? result.normalized : null;
}

/**
 * Signing in and out (seed 002 rule 1): national ID + password + captcha, national ID + one-time
 * password by SMS, forgotten password, password change. No answer ever tells whether a national
 * ID has an account.
 */
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly captcha: CaptchaService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly sms: SmsGateway,
    private readonly audit: AuditLog,
  ) {}

  async loginWithPassword(ctx: Ctx, input: { nationalId: string; password: string; captchaId: string; captchaAnswer: string }): Promise<OpenedSession> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    const keys = { nationalId, ip: ctx.ip };
    await this.throttle.assertAllowed(keys);
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    const user = await this.activeUser(nationalId);
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(keys);
      await this.audit.record(ctx, { action: 'auth.login.password', outcome: AuditOutcome.FAILURE, code: 'INVALID_CREDENTIALS', subjectNationalId: nationalId });
      throw new InvalidCredentialsError();
    }
    return this.openSession(ctx, user, 'PASSWORD', keys);
  }

  async requestOtp(ctx: Ctx, input: { nationalId: string; captchaId: string; captchaAnswer: string }): Promise<OtpChallengeIssued> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    await this.throttle.assertAllowed({ nationalId, ip: ctx.ip });
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    const user = await this.activeUser(nationalId);
    const issued = await this.dataSource.transaction(async (manager) => {
      const code = newOtpCode();
      const now = Date.now();
      const challenge = await manager.save(AuthChallenge, {
        kind: ChallengeKind.OTP,
        answerHash: Buffer.alloc(0),
        userId: user?.id ?? null,
        subjectHash: sha256(nationalId),
        expiresAt: new Date(now + OTP_TTL_MS),
        resendAt: new Date(now + OTP_RESEND_MS),
      });
      await manager.update(AuthChallenge, { id: challenge.id }, { answerHash: challengeHash(challenge.id, code) });
      if (user) await this.sms.send(user.mobile, otpText(code), 'LOGIN_OTP', manager);
      return { challengeId: challenge.id, expiresAt: challenge.expiresAt, resendAvailableAt: challenge.resendAt! };
    });
    await this.audit.record(ctx, { action: 'auth.otp.request', outcome: AuditOutcome.SUCCESS, subjectNationalId: nationalId, targetId: issued.challengeId });
    return issued;
  }

  /** A new code for the same challenge, after the cool-down; the old code stops working. */
  async resendOtp(ctx: Ctx, challengeId: string): Promise<OtpChallengeIssued> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(AuthChallenge, {
        where: { id: challengeId, kind: ChallengeKind.OTP, consumedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge) throw new OtpExpiredError();
      const wait = Math.ceil(((challenge.resendAt?.getTime() ?? 0) - Date.now()) / 1000);
      if (wait > 0) throw new ResendTooSoonError(wait);
      const code = newOtpCode();
      const now = Date.now();
      const expiresAt = new Date(now + OTP_TTL_MS);
      const resendAt = new Date(now + OTP_RESEND_MS);
      await manager.update(AuthChallenge, { id: challenge.id }, { answerHash: challengeHash(challenge.id, code), attempts: 0, expiresAt, resendAt });
      if (challenge.userId) {
        const user = await manager.findOneBy(UserAccount, { id: challenge.userId });
        if (user) await this.sms.send(user.mobile, otpText(code), 'LOGIN_OTP', manager);
      }
      await this.audit.record(ctx, { action: 'auth.otp.resend', outcome: AuditOutcome.SUCCESS, targetId: challenge.id }, manager);
      return { challengeId: challenge.id, expiresAt, resendAvailableAt: resendAt };
    });
  }

  async loginWithOtp(ctx: Ctx, input: { challengeId: string; nationalId: string; code: string }): Promise<OpenedSession> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    if (!isUuid(input.challengeId)) throw new OtpExpiredError();
    // Counting the try and reading the challenge is one statement: parallel guesses each count.
    const counted = (await this.dataSource.query(
      `UPDATE auth_challenge SET attempts = attempts + 1
        WHERE id = $1 AND kind = 'OTP' AND consumed_at IS NULL AND expires_at > now() AND attempts < $2
        RETURNING answer_hash, subject_hash, user_id, attempts`,
      [input.challengeId, OTP_MAX_TRIES],
    )) as [Array<{ answer_hash: Buffer; subject_hash: Buffer; user_id: string | null; attempts: number }>, number];
    const row = counted[0][0];
    if (!row) throw new OtpExpiredError();
    const code = toLatinDigits(input.code).trim();
    const right = sameHash(row.subject_hash, sha256(nationalId)) && sameHash(row.answer_hash, challengeHash(input.challengeId, code)) && row.user_id !== null;
    if (!right) {
      await this.audit.record(ctx, { action: 'auth.login.otp', outcome: AuditOutcome.FAILURE, code: 'OTP_INVALID', subjectNationalId: nationalId });
      const remaining = OTP_MAX_TRIES - row.attempts;
      if (remaining <= 0) throw new OtpExpiredError();
      throw new OtpInvalidError(remaining);
    }
    const consumed = await this.dataSource.getRepository(AuthChallenge).update({ id: input.challengeId, consumedAt: IsNull() }, { consumedAt: new Date() });
    if (!consumed.affected) throw new OtpExpiredError();
    const user = await this.dataSource.getRepository(UserAccount).findOneBy({ id: row.user_id!, status: UserStatus.ACTIVE });
    if (!user) throw new InvalidCredentialsError();
    return this.openSession(ctx, user, 'OTP', { nationalId, ip: ctx.ip });
  }

  /** A temporary password by SMS to the user's registered mobile; the same answer whatever happened. */
  async forgotPassword(ctx: Ctx, input: { nationalId: string; mobile: string; captchaId: string; captchaAnswer: string }): Promise<void> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    const keys = { nationalId, ip: ctx.ip };
    await this.throttle.assertAllowed(keys);
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    const user = await this.activeUser(nationalId);
    if (!user || user.mobile !== toLatinDigits(input.mobile).trim()) {
      await this.throttle.recordFailure(keys);
      await this.audit.record(ctx, { action: 'auth.password.forgot', outcome: AuditOutcome.FAILURE, subjectNationalId: nationalId });
      return;
    }
    const temporary = newTemporaryPassword();
    const hash = await hashPassword(temporary);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: user.id }, { passwordHash: hash, mustChangePassword: true, passwordChangedAt: new Date() });
      await this.sessions.revokeAllOf(user.id, manager);
      await this.sms.send(user.mobile, `پیشخوان: گذرواژهٔ موقت شما ${temporary} است. پس از ورود آن را تغییر دهید.`, 'TEMPORARY_PASSWORD', manager);
      await this.audit.record(ctx, { action: 'auth.password.forgot', outcome: AuditOutcome.SUCCESS, subjectNationalId: nationalId, actorUserId: user.id }, manager);
    });
  }

  async changePassword(ctx: Ctx, userId: string, sessionId: string, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const user = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure({ nationalId: user.nationalId, ip: ctx.ip });
      throw new InvalidCredentialsError();
    }
    if (!isStrongEnough(input.newPassword) || input.newPassword === input.currentPassword) throw new WeakPasswordError();
    const hash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: userId }, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: new Date() });
      await this.sessions.revokeAllOf(userId, manager, sessionId);
    });
  }

  private activeUser(nationalId: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ nationalId, status: UserStatus.ACTIVE });
  }

  /** Opens a session in the user's first active role (the admin then offers the others). */
  private async openSession(ctx: Ctx, user: UserAccount, method: string, keys: { nationalId: string; ip: string }): Promise<OpenedSession> {
    const role = await this.dataSource.getRepository(RoleAssignment).findOne({ where: { userId: user.id, active: true }, order: { createdAt: 'ASC', role: 'ASC', id: 'ASC' } });
    if (!role) {
      await this.audit.record(ctx, { action: `auth.login.${method.toLowerCase()}`, outcome: AuditOutcome.DENIED, code: 'NO_ACTIVE_ROLE', actorUserId: user.id });
      throw new DomainError('NO_ACTIVE_ROLE', 'This account has no active role yet');
    }
    await this.throttle.recordSuccess(keys);
    const opened = await this.sessions.open(user.id, role.id, method, ctx.ip);
    await this.audit.record(ctx, {
      action: `auth.login.${method.toLowerCase()}`,
      outcome: AuditOutcome.SUCCESS,
      actorUserId: user.id,
      actorRole: role.role,
      subjectNationalId: user.nationalId,
      targetType: 'session',
      targetId: opened.sessionId,
    });
    return opened;
  }
}

function otpText(code: string): string {
  return `پیشخوان: رمز یکبار مصرف ورود شما ${code} است. این رمز تا ۲ دقیقه معتبر است و آن را به کسی ندهید.`;
}

