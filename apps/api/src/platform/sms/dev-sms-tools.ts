import { DomainError } from '../errors/domain-error';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { SmsGateway } from './sms-gateway';

/**
 * The embedded SMS gateway's development tools (the outbox, the inbound simulator): refused with
 * NOT_AVAILABLE unless the gateway is the embedded one (which production refuses to start with),
 * and limited per IP per minute (RATE_LIMITED with `retryAfterSeconds` past it), tools together.
 */
export class DevSmsTools {
  constructor(
    private readonly gateway: SmsGateway,
    private readonly limiter: RateLimiter,
    private readonly perIpPerMinute: number,
  ) {}

  async enter(ip: string): Promise<void> {
    if (!this.gateway.embedded)
      throw new DomainError('NOT_AVAILABLE', 'The SMS development tools exist only with the embedded SMS gateway');
    await this.limiter.hit([{ key: `dev-sms:ip:${ip}`, max: this.perIpPerMinute, windowSeconds: 60 }]);
  }
}
