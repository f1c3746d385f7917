import type { CaptchaVerifier } from '../../platform/auth/ports';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AuthChallenge, ChallengeKind } from './auth-challenge.entity';
import { CaptchaInvalidError } from './accounts.errors';
import { challengeHash, sameHash } from './secrets';
import { isUuid } from '../../platform/graphql/id-arg';
import { drawCaptchaPng, newCaptchaText } from './captcha-image';

const TTL_MS = 3 * 60_000;

export interface IssuedCaptcha {
  id: string;
  /** `data:image/png;base64,…` */
  image: string;
  expiresAt: Date;
}

/**
 * Captchas drawn by the server as PNG pictures (captcha-image.ts: rotated, warped glyphs crossed
 * by curves and noise; an SVG's glyph outlines were read back by a program), single use (any try consumes it), valid 3 minutes,
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
    const answer = newCaptchaText();
    const png = await drawCaptchaPng(answer);
    const repository = this.dataSource.getRepository(AuthChallenge);
    const expiresAt = new Date(Date.now() + TTL_MS);
    const row = repository.create({
      kind: ChallengeKind.CAPTCHA,
      answerHash: Buffer.alloc(0),
      expiresAt,
      devAnswer: this.exposeAnswers ? answer : null,
    });
    const { id } = await repository.save(row);
    await repository.update({ id }, { answerHash: challengeHash(id, answer) });
    return { id, image: `data:image/png;base64,${png.toString('base64')}`, expiresAt };
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
