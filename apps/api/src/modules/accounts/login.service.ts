import type { DataSource } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import { toPersianDigits } from '@pishkhan/fa-format';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { DomainError } from '../../platform/errors/domain-error';
import { ChallengeKind } from './auth-challenge.entity';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount, UserStatus } from './user-account.entity';
import type { CaptchaService } from './captcha.service';
import type { LoginThrottleService } from './login-throttle.service';
import type { OpenedSession, SessionService } from './session.service';
import type { CodeIssued, CodeUse, OneTimeCodes } from './one-time-codes';
import { hashPassword, isStrongEnough, verifyPassword } from './password-hasher';
import { InvalidCredentialsError, OtpExpiredError, OtpInvalidError, TooManyAttemptsError, WeakPasswordError } from './accounts.errors';

export type OtpChallengeIssued = CodeIssued;

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

const LOGIN_OTP: CodeUse = {
  kind: ChallengeKind.OTP,
  purpose: 'LOGIN_OTP',
  // The code in Persian digits, like the rest of the text (the form takes either).
  text: (code) => `پیشخوان: رمز یکبار مصرف ورود شما ${toPersianDigits(code)} است. این رمز تا ۲ دقیقه معتبر است و آن را به کسی ندهید.`,
};

const PASSWORD_RESET: CodeUse = {
  kind: ChallengeKind.PASSWORD_RESET,
  purpose: 'PASSWORD_RESET_CODE',
  text: (code) =>
    `پیشخوان: کد بازیابی گذرواژهٔ شما ${toPersianDigits(code)} است. این کد تا ۲ دقیقه معتبر است. اگر شما درخواست نکرده‌اید، آن را به کسی ندهید.`,
};

/** The national ID as typed, normalised; anything invalid is a wrong credential, not a hint. */
function normalisedOrNull(nationalId: string): string | null {
  const result = checkNationalId(nationalId);
  return result.valid ? result.normalized : null;
}

/**
 * Signing in and out (seed 002 rule 1): national ID + password + captcha, national ID + one-time
 * password by SMS, a forgotten password reset with a code by SMS, password change. No answer ever
 * tells whether a national ID has an account, or whether a mobile is its owner's.
 */
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly captcha: CaptchaService,
    private readonly throttle: LoginThrottleService,
    private readonly codes: OneTimeCodes,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
  ) {}

  async loginWithPassword(
    ctx: Ctx,
    input: { nationalId: string; password: string; captchaId: string; captchaAnswer: string },
  ): Promise<OpenedSession> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    const keys = { nationalId, ip: ctx.ip };
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    // Counted before it is checked, under the throttle's row locks: parallel guesses each count.
    await this.refusedWhenThrottled(ctx, 'auth.login.password', nationalId, () => this.throttle.attempt(keys));
    const user = await this.activeUser(nationalId);
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.audit.record(ctx, {
        action: 'auth.login.password',
        outcome: AuditOutcome.FAILURE,
        code: 'INVALID_CREDENTIALS',
        subjectNationalId: nationalId,
      });
      throw new InvalidCredentialsError();
    }
    return this.openSession(ctx, user, 'PASSWORD', keys);
  }

  async requestOtp(ctx: Ctx, input: { nationalId: string; captchaId: string; captchaAnswer: string }): Promise<OtpChallengeIssued> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    await this.throttle.assertAllowed({ nationalId, ip: ctx.ip });
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    const user = await this.activeUser(nationalId);
    const issued = await this.refusedWhenThrottled(ctx, 'auth.otp.request', nationalId, () =>
      this.codes.issue(LOGIN_OTP, nationalId, user, ctx.ip),
    );
    await this.audit.record(ctx, {
      action: 'auth.otp.request',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: nationalId,
      targetId: issued.challengeId,
    });
    return issued;
  }

  /** A new code for the same challenge, after the cool-down; the old code stops working, the tries used stay used. */
  async resendOtp(ctx: Ctx, challengeId: string): Promise<OtpChallengeIssued> {
    const issued = await this.refusedWhenThrottled(ctx, 'auth.otp.resend', null, () => this.codes.resend(LOGIN_OTP, challengeId, ctx.ip));
    await this.audit.record(ctx, { action: 'auth.otp.resend', outcome: AuditOutcome.SUCCESS, targetId: issued.challengeId });
    return issued;
  }

  async loginWithOtp(ctx: Ctx, input: { challengeId: string; nationalId: string; code: string }): Promise<OpenedSession> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    const userId = await this.checkCode(ctx, LOGIN_OTP, 'auth.login.otp', { ...input, nationalId });
    const user = await this.dataSource.getRepository(UserAccount).findOneBy({ id: userId, status: UserStatus.ACTIVE });
    if (!user) throw new InvalidCredentialsError();
    return this.openSession(ctx, user, 'OTP', { nationalId, ip: ctx.ip });
  }

  /**
   * A password-reset code by SMS to the user's registered mobile, when the national ID and the
   * mobile are an active user's. Nothing changes yet. The answer is a challenge either way, after
   * the same statements (the code counted against the limits, a challenge row, an audit event),
   * so neither the answer nor its timing tells whether the pair was right.
   */
  async forgotPassword(
    ctx: Ctx,
    input: { nationalId: string; mobile: string; captchaId: string; captchaAnswer: string },
  ): Promise<CodeIssued> {
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    await this.captcha.verify(input.captchaId, input.captchaAnswer);
    const user = await this.activeUser(nationalId);
    const owner = user !== null && user.mobile === toLatinDigits(input.mobile).trim() ? user : null;
    const issued = await this.refusedWhenThrottled(ctx, 'auth.password.forgot', nationalId, () =>
      this.codes.issue(PASSWORD_RESET, nationalId, owner, ctx.ip),
    );
    await this.audit.record(ctx, {
      action: 'auth.password.forgot',
      outcome: owner ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
      subjectNationalId: nationalId,
      targetId: issued.challengeId,
    });
    return issued;
  }

  /** A new reset code for the same challenge, after the cool-down (same limits as sign-in codes). */
  async resendPasswordResetCode(ctx: Ctx, challengeId: string): Promise<CodeIssued> {
    const issued = await this.refusedWhenThrottled(ctx, 'auth.password.forgot.resend', null, () =>
      this.codes.resend(PASSWORD_RESET, challengeId, ctx.ip),
    );
    await this.audit.record(ctx, { action: 'auth.password.forgot.resend', outcome: AuditOutcome.SUCCESS, targetId: issued.challengeId });
    return issued;
  }

  /**
   * The code of `forgotPassword` sets a new password: only then does the password change, and
   * every session of the user ends. The code has the tries of a sign-in code, and wrong codes
   * count in the sign-in throttle.
   */
  async resetPasswordWithCode(
    ctx: Ctx,
    input: { challengeId: string; nationalId: string; code: string; newPassword: string },
  ): Promise<void> {
    if (!isStrongEnough(input.newPassword)) throw new WeakPasswordError();
    const nationalId = normalisedOrNull(input.nationalId) ?? input.nationalId.trim();
    const userId = await this.checkCode(ctx, PASSWORD_RESET, 'auth.password.reset', { ...input, nationalId });
    const hash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: userId }, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: new Date() });
      await this.sessions.revokeAllOf(userId, manager);
      await this.audit.record(
        ctx,
        { action: 'auth.password.reset', outcome: AuditOutcome.SUCCESS, subjectNationalId: nationalId, actorUserId: userId },
        manager,
      );
    });
    await this.throttle.recordSuccess({ nationalId, ip: ctx.ip });
  }

  async changePassword(
    ctx: Ctx,
    userId: string,
    sessionId: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    const user = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: userId });
    await this.throttle.attempt({ nationalId: user.nationalId, ip: ctx.ip });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new InvalidCredentialsError();
    await this.throttle.recordSuccess({ nationalId: user.nationalId, ip: ctx.ip });
    if (!isStrongEnough(input.newPassword) || input.newPassword === input.currentPassword) throw new WeakPasswordError();
    const hash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: userId }, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: new Date() });
      await this.sessions.revokeAllOf(userId, manager, sessionId);
    });
  }

  /** Checks a code (counted in the throttle and the challenge's tries); failures are audited. */
  private async checkCode(
    ctx: Ctx,
    use: CodeUse,
    action: string,
    input: { challengeId: string; nationalId: string; code: string },
  ): Promise<string> {
    try {
      return await this.codes.check(use, input, ctx.ip);
    } catch (error) {
      if (error instanceof OtpInvalidError || error instanceof OtpExpiredError || error instanceof TooManyAttemptsError) {
        await this.audit.record(ctx, { action, outcome: AuditOutcome.FAILURE, code: error.code, subjectNationalId: input.nationalId });
      }
      throw error;
    }
  }

  /** Runs `step`; a TOO_MANY_ATTEMPTS it throws is audited as a denial before it goes on. */
  private async refusedWhenThrottled<T>(ctx: Ctx, action: string, nationalId: string | null, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        await this.audit.record(ctx, { action, outcome: AuditOutcome.DENIED, code: error.code, subjectNationalId: nationalId });
      }
      throw error;
    }
  }

  private activeUser(nationalId: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ nationalId, status: UserStatus.ACTIVE });
  }

  /** Opens a session in the user's first active role (the admin then offers the others). */
  private async openSession(ctx: Ctx, user: UserAccount, method: string, keys: { nationalId: string; ip: string }): Promise<OpenedSession> {
    const role = await this.dataSource
      .getRepository(RoleAssignment)
      .findOne({ where: { userId: user.id, active: true }, order: { createdAt: 'ASC', role: 'ASC', id: 'ASC' } });
    if (!role) {
      await this.audit.record(ctx, {
        action: `auth.login.${method.toLowerCase()}`,
        outcome: AuditOutcome.DENIED,
        code: 'NO_ACTIVE_ROLE',
        actorUserId: user.id,
      });
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
