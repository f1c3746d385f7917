import { createHash, timingSafeEqual } from 'node:crypto';
import express, { Router } from 'express';
import type { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { RateLimitedError } from '../../../platform/rate-limit/rate-limiter';
import type { SmsLookupService } from './sms-lookup.service';

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const refuse = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * `POST /sms/inbound`: the SMS gateway's webhook for the short number 300000 (seed 000 rule 4).
 * A text holding a national ID gets back only the cluster number of the household it heads;
 * anything else a short Persian help text. The reply goes out through the SMS gateway and is also
 * the HTTP answer. Authenticated by `X-Sms-Secret`; rate-limited per sender.
 */
export function smsInboundRoutes(deps: { secret: string; smsLookup: SmsLookupService; limiter: RateLimiter }): Router {
  const router = Router();
  router.post('/sms/inbound', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      if (!sameSecret(req.get('x-sms-secret'), deps.secret)) {
        res.status(401).json(refuse('UNAUTHENTICATED', 'Unknown gateway'));
        return;
      }
      const body = (req.body ?? {}) as { from?: unknown; to?: unknown; text?: unknown };
      if (typeof body.from !== 'string' || !/^09\d{9}$/.test(body.from) || typeof body.text !== 'string' || body.text.length > 1000) {
        res.status(400).json(refuse('BAD_USER_INPUT', 'from must be 09xxxxxxxxx and text a string'));
        return;
      }
      try {
        await deps.limiter.hit([{ key: `sms-in:${body.from}`, max: 5, windowSeconds: 600 }]);
      } catch (error) {
        if (error instanceof RateLimitedError) {
          res.status(429).json(refuse('RATE_LIMITED', 'Too many messages from this number'));
          return;
        }
        throw error;
      }
      res.json({ to: body.from, reply: await deps.smsLookup.answer(body.from, body.text) });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
