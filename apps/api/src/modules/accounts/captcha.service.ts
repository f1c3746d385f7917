import type { CaptchaVerifier } from '../../platform/auth/ports';
import svgCaptcha from 'svg-captcha';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AuthChallenge, ChallengeKind } from './auth-challenge.entity';
import { CaptchaInvalidError } from './accounts.errors';
import { challengeHash, sameHash } from './secrets';
import { isUuid } from '../../platform/graphql/id-arg';

const TTL_MS = 3 * 60_000;
/** Letters and digits that cannot be mistaken for one another. */
const CHARACTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface IssuedCaptcha {
  id: string;
  /** `data:image/svg+xml;base64,…` */
  image: string;
  expiresAt: Date;
}

/**
 * Captchas drawn by the server (svg-captcha), single use (any try consumes it), valid 3 minutes,
 * checked case-insensitively, kept in PostgreSQL so every API replica knows them.
 */
export class CaptchaService implements CaptchaVerifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exposeAnswers: boolean,
  ) {}

  async issue(): Promise<IssuedCaptcha> {
    // Housekeeping as we go: a few challenges that ended over an hour ago leave with each new one.
    await this.dataSource.query(
      `DELETE FROM auth_challenge WHERE id IN (SELECT id FROM auth_challenge WHERE expires_at < now() - interval '1 hour' LIMIT 20)`,
    );
    const captcha = svgCaptcha.create({ size: 5, noise: 2, ignoreChars: '', charPreset: CHARACTERS, color: false, width: 150, height: 50 });
    const answer = captcha.text.toLowerCase();
    const repository = this.dataSource.getRepository(AuthChallenge);
    const expiresAt = new Date(Date.now() + TTL_MS);
    const row = repository.create({ kind: ChallengeKind.CAPTCHA, answerHash: Buffer.alloc(0), expiresAt, devAnswer: this.exposeAnswers ? answer : null });
    const { id } = await repository.save(row);
    await repository.update({ id }, { answerHash: challengeHash(id, answer) });
    return { id, image: `data:image/svg+xml;base64,${Buffer.from(captcha.data).toString('base64')}`, expiresAt };
  }

  /** Consumes the captcha and throws `CAPTCHA_INVALID` unless the answer matches. */
  async verify(id: string, answer: string): Promise<void> {
    if (!isUuid(id)) throw new CaptchaInvalidError();
    const result = await this.dataSource
      .createQueryBuilder()
      .update(AuthChallenge)
      .set({ consumedAt: () => 'now()' })
      .where({ id, kind: ChallengeKind.CAPTCHA, consumedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning(['answerHash'])
      .execute();
    const row = (result.raw as Array<{ answer_hash: Buffer }>)[0];
    if (!row || !sameHash(row.answer_hash, challengeHash(id, answer.trim().toLowerCase()))) throw new CaptchaInvalidError();
  }

  /** Development and tests only: the answer of a captcha not yet used. */
  async devAnswer(id: string): Promise<string | null> {
    if (!this.exposeAnswers || !isUuid(id)) return null;
    const row = await this.dataSource.getRepository(AuthChallenge).findOneBy({ id, kind: ChallengeKind.CAPTCHA, consumedAt: IsNull() });
    return row?.devAnswer ?? null;
  }
}
