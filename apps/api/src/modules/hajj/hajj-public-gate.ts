import { createHash } from 'node:crypto';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { CaptchaVerifier } from '../../platform/auth/ports';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import type { RequestContext } from '../../platform/graphql/context';

export interface HajjLimits {
  perIpPerMinute: number;
  perNationalIdPer10Minutes: number;
  caravanListsPerIpPerMinute: number;
}

type Ctx = Pick<RequestContext, 'ip'>;

const hashed = (nationalId: string) => createHash('sha256').update(`hajj:${nationalId}`).digest('hex').slice(0, 32);

/** A national ID as typed (Persian digits, dashes) in its ten-digit form, or null when it is not one. */
export function normalizedNationalId(text: string): string | null {
  const checked = checkNationalId(toLatinDigits(text));
  return checked.valid ? checked.normalized : null;
}

/**
 * The public operations' guard: every try counts against the caller's IP (per minute) and the
 * national ID it names (per 10 minutes) in one atomic statement (platform rate limiter, shared by
 * every API process), before the captcha is checked and before anything is looked up. The per-IP
 * window is shared by the receipt lookup and the pre-registration. A national ID is counted by its
 * hash, never stored.
 */
export class HajjPublicGate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly captchas: CaptchaVerifier,
    private readonly limits: HajjLimits,
  ) {}

  async pass(ctx: Ctx, nationalIdText: string, captchaId: string, captchaAnswer: string): Promise<void> {
    const id = normalizedNationalId(nationalIdText) ?? toLatinDigits(nationalIdText).trim().slice(0, 16);
    await this.limiter.hit([
      { key: `hajj:ip:${ctx.ip}`, max: this.limits.perIpPerMinute, windowSeconds: 60 },
      { key: `hajj:nid:${hashed(id)}`, max: this.limits.perNationalIdPer10Minutes, windowSeconds: 600 },
    ]);
    await this.captchas.verify(captchaId, captchaAnswer);
  }

  /** The public caravan lists: per IP only, no captcha (they are public notices). */
  async passCaravanList(ctx: Ctx): Promise<void> {
    await this.limiter.hit([{ key: `hajj:caravans:ip:${ctx.ip}`, max: this.limits.caravanListsPerIpPerMinute, windowSeconds: 60 }]);
  }
}
