import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { toLatinDigits } from '@pishkhan/national-id';
import type { SmsGateway } from '../../platform/sms/sms-gateway';
import type { Logger } from '../../platform/logging/logger';
import { RateLimitedError, type RateLimiter } from '../../platform/rate-limit/rate-limiter';
import { isUuid } from '../../platform/graphql/id-arg';
import { AuthChallenge, ChallengeKind } from './auth-challenge.entity';
import { UserAccount } from './user-account.entity';
import type { LoginThrottleService } from './login-throttle.service';
import { challengeHash, newOtpCode, sameHash, sha256 } from './secrets';
import { OtpExpiredError, OtpInvalidError, ResendTooSoonError, TooManyAttemptsError } from './accounts.errors';

export const OTP_TTL_MS = 2 * 60_000;
export const OTP_RESEND_MS = 60_000;
/** Tries of one challenge, whatever resends happened: then it is dead. */
export const OTP_MAX_TRIES = 5;

/** How many codes may be sent in an hour, per national ID and per address (config `auth.otpLimits`). */
export interface OtpLimits {
  perNationalIdPerHour: number;
  perIpPerHour: number;
}

export interface CodeIssued {
  challengeId: string;
  expiresAt: Date;
  resendAvailableAt: Date;
}

/** What a code is for: its challenge kind, its SMS text and the outbox purpose. */
export interface CodeUse {
  kind: ChallengeKind.OTP | ChallengeKind.PASSWORD_RESET;
  text: (code: string) => string;
  purpose: string;
}

type Ip = string;

interface Outgoing {
  to: string;
  text: string;
  purpose: string;
}

/**
 * Six-digit codes sent by SMS: a sign-in OTP or a password reset. Every code sent (first or resent,
 * with or without an account behind the national ID) is counted per national ID and per address
 * in the hour; past either limit TOO_MANY_ATTEMPTS and nothing is sent. A challenge has
 * OTP_MAX_TRIES tries in all (a resend gives a new code, not new tries); every guess also counts
 * in the sign-in throttle (per national ID and per address, like a wrong password).
 *
 * With a real SMS gateway the code leaves after the answer, not before it: whether a message was
 * sent (an account, a matching mobile) must not show in how long the answer took, nor in an
 * OUTSIDE_SERVICE_UNAVAILABLE that only a right guess could get. A failed send is logged (purpose
 * and reason, never the text). The embedded outbox writes inside the challenge's transaction.
 */
export class OneTimeCodes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly throttle: LoginThrottleService,
    private readonly sms: SmsGateway,
    private readonly limits: OtpLimits,
    private readonly log?: Logger,
  ) {}

  /**
   * A new challenge for `nationalId`; the code goes by SMS only to `recipient` (null: nobody, for a
   * national ID or a mobile that matched no one). The same statements run either way.
   */
  async issue(use: CodeUse, nationalId: string, recipient: UserAccount | null, ip: Ip): Promise<CodeIssued> {
    const subjectHash = sha256(nationalId);
    await this.spend(subjectHash, ip);
    let outgoing: Outgoing | null = null;
    const issued = await this.dataSource.transaction(async (manager) => {
      const code = newOtpCode();
      const now = Date.now();
      const challenge = await manager.save(AuthChallenge, {
        kind: use.kind,
        answerHash: Buffer.alloc(0),
        userId: recipient?.id ?? null,
        subjectHash,
        expiresAt: new Date(now + OTP_TTL_MS),
        resendAt: new Date(now + OTP_RESEND_MS),
      });
      await manager.update(AuthChallenge, { id: challenge.id }, { answerHash: challengeHash(challenge.id, code) });
      if (recipient) outgoing = await this.sendOrHold({ to: recipient.mobile, text: use.text(code), purpose: use.purpose }, manager);
      return { challengeId: challenge.id, expiresAt: challenge.expiresAt, resendAvailableAt: challenge.resendAt! };
    });
    this.sendAfterAnswer(outgoing);
    return issued;
  }

  /** A new code for the same live challenge, after the cool-down; the old code stops working and the tries used stay used. */
  async resend(use: CodeUse, challengeId: string, ip: Ip): Promise<CodeIssued> {
    let outgoing: Outgoing | null = null;
    const issued = await this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOne(AuthChallenge, {
        where: { id: challengeId, kind: use.kind, consumedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!challenge || challenge.attempts >= OTP_MAX_TRIES) throw new OtpExpiredError();
      const wait = Math.ceil(((challenge.resendAt?.getTime() ?? 0) - Date.now()) / 1000);
      if (wait > 0) throw new ResendTooSoonError(wait);
      await this.spend(challenge.subjectHash ?? Buffer.alloc(0), ip);
      const code = newOtpCode();
      const now = Date.now();
      const expiresAt = new Date(now + OTP_TTL_MS);
      const resendAt = new Date(now + OTP_RESEND_MS);
      await manager.update(AuthChallenge, { id: challenge.id }, { answerHash: challengeHash(challenge.id, code), expiresAt, resendAt });
      if (challenge.userId) {
        const user = await manager.findOneBy(UserAccount, { id: challenge.userId });
        if (user) outgoing = await this.sendOrHold({ to: user.mobile, text: use.text(code), purpose: use.purpose }, manager);
      }
      return { challengeId: challenge.id, expiresAt, resendAvailableAt: resendAt };
    });
    this.sendAfterAnswer(outgoing);
    return issued;
  }

  /**
   * Checks a code: the guess is counted in the sign-in throttle first (TOO_MANY_ATTEMPTS while it
   * waits), then against the challenge's tries in the same statement that reads it. Answers the
   * user the challenge was for, and uses the challenge up; OTP_INVALID (with the tries left) or
   * OTP_EXPIRED otherwise.
   */
  async check(use: CodeUse, input: { challengeId: string; nationalId: string; code: string }, ip: Ip): Promise<string> {
    await this.throttle.attempt({ nationalId: input.nationalId, ip });
    if (!isUuid(input.challengeId)) throw new OtpExpiredError();
    // Counting the try and reading the challenge is one statement: parallel guesses each count.
    const counted = (await this.dataSource.query(
      `UPDATE auth_challenge SET attempts = attempts + 1
        WHERE id = $1 AND kind = $2 AND consumed_at IS NULL AND expires_at > now() AND attempts < $3
        RETURNING answer_hash, subject_hash, user_id, attempts`,
      [input.challengeId, use.kind, OTP_MAX_TRIES],
    )) as [Array<{ answer_hash: Buffer; subject_hash: Buffer; user_id: string | null; attempts: number }>, number];
    const row = counted[0][0];
    if (!row) throw new OtpExpiredError();
    const code = toLatinDigits(input.code).trim();
    const right =
      sameHash(row.subject_hash, sha256(input.nationalId)) &&
      sameHash(row.answer_hash, challengeHash(input.challengeId, code)) &&
      row.user_id !== null;
    if (!right) {
      const remaining = OTP_MAX_TRIES - row.attempts;
      if (remaining <= 0) throw new OtpExpiredError();
      throw new OtpInvalidError(remaining);
    }
    const consumed = await this.dataSource
      .getRepository(AuthChallenge)
      .update({ id: input.challengeId, consumedAt: IsNull() }, { consumedAt: new Date() });
    if (!consumed.affected) throw new OtpExpiredError();
    return row.user_id!;
  }

  /** The embedded outbox writes now, in the transaction; a real gateway's message is held for after the answer. */
  private async sendOrHold(message: Outgoing, manager: EntityManager): Promise<Outgoing | null> {
    if (!this.sms.embedded) return message;
    await this.sms.send(message.to, message.text, message.purpose, manager);
    return null;
  }

  private sendAfterAnswer(message: Outgoing | null): void {
    if (!message) return;
    setImmediate(() => {
      this.sms.send(message.to, message.text, message.purpose).catch((error: unknown) => {
        this.log?.warn(
          { sms: { purpose: message.purpose, error: (error as { code?: string }).code ?? (error as Error).name } },
          'one-time code SMS not sent',
        );
      });
    });
  }

  /** Counts one code to send; TOO_MANY_ATTEMPTS (and nothing sent) past a limit. */
  private async spend(subjectHash: Buffer, ip: Ip): Promise<void> {
    try {
      await this.limiter.hit([
        { key: `otp:nid:${subjectHash.toString('hex')}`, max: this.limits.perNationalIdPerHour, windowSeconds: 3600 },
        { key: `otp:ip:${ip}`, max: this.limits.perIpPerHour, windowSeconds: 3600 },
      ]);
    } catch (error) {
      if (error instanceof RateLimitedError) throw new TooManyAttemptsError(Number(error.details.retryAfterSeconds) || 1);
      throw error;
    }
  }
}
