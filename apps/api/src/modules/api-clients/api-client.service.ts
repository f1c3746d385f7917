import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Permission } from '../../platform/auth/permissions';
import type { ClientPrincipal } from '../../platform/auth/principal';
import { BadInputError } from '../../platform/errors/domain-error';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import { RateLimitedError } from '../../platform/rate-limit/rate-limiter';
import { ApiClient, ApiScope } from './api-client.entity';

const SCOPE_PERMISSION: Record<ApiScope, Permission> = {
  [ApiScope.HOUSEHOLD_READ]: Permission.HOUSEHOLD_READ,
  [ApiScope.HOUSEHOLD_CHANGES]: Permission.HOUSEHOLD_CHANGES,
  [ApiScope.SUBSIDY_REQUEST]: Permission.SUBSIDY_REQUEST,
};

const KEY = /^pk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export interface CreatedClient {
  client: ApiClient;
  /** Shown once; never stored. */
  key: string;
}

export interface ClientInput {
  name: string;
  scopes: string[];
  dailyQuota: number;
  ipAllowlist: string[];
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest();

/**
 * API clients of other government systems: keys made here and stored hashed; each call is checked
 * for the key, the caller's address and the daily quota (counted in PostgreSQL, shared by replicas).
 */
export class ApiClientService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
  ) {}

  async create(input: ClientInput): Promise<CreatedClient> {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 100) throw new BadInputError('name', 'A name of 2 to 100 characters');
    const scopes = [...new Set(input.scopes.map((s) => s.trim()))];
    const known = Object.values(ApiScope) as string[];
    if (scopes.length === 0 || scopes.some((s) => !known.includes(s))) throw new BadInputError('scopes', `Scopes are some of ${known.join(', ')}`);
    if (!Number.isInteger(input.dailyQuota) || input.dailyQuota < 1 || input.dailyQuota > 10_000_000) throw new BadInputError('dailyQuota', 'A daily quota from 1 to 10,000,000');
    if (input.ipAllowlist.some((ip) => !/^[0-9a-fA-F:.]{2,45}$/.test(ip))) throw new BadInputError('ipAllowlist', 'Exact IPv4 or IPv6 addresses');
    const prefix = randomBytes(8).toString('hex').slice(0, 10);
    const secret = randomBytes(32).toString('base64url');
    const client = await this.dataSource.getRepository(ApiClient).save({ name, keyPrefix: prefix, keyHash: hashOf(secret), scopes, dailyQuota: input.dailyQuota, ipAllowlist: input.ipAllowlist, active: true });
    return { client, key: `pk_${prefix}_${secret}` };
  }

  list(): Promise<ApiClient[]> {
    return this.dataSource.getRepository(ApiClient).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /**
   * The principal of a Bearer key, or null when the key is unknown, inactive or called from an
   * address not on the allowlist. A client past its daily quota gets a principal whose only
   * "permission" is the quota refusal (see `quotaExceeded`).
   */
  async principalOf(key: string, ip: string): Promise<ClientPrincipal | null> {
    const match = KEY.exec(key);
    if (!match) return null;
    const client = await this.dataSource.getRepository(ApiClient).findOneBy({ keyPrefix: match[1]!, active: true });
    if (!client) return null;
    const given = hashOf(match[2]!);
    if (client.keyHash.length !== given.length || !timingSafeEqual(client.keyHash, given)) return null;
    if (client.ipAllowlist.length > 0 && !client.ipAllowlist.includes(ip.replace(/^::ffff:/, ''))) return null;
    let quotaExceeded = false;
    try {
      await this.limiter.hit([{ key: `client-quota:${client.id}`, max: client.dailyQuota, windowSeconds: 86_400 }]);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      quotaExceeded = true;
    }
    return {
      kind: 'client',
      id: client.id,
      name: client.name,
      quotaExceeded,
      permissions: new Set(client.scopes.map((s) => SCOPE_PERMISSION[s as ApiScope]).filter(Boolean)),
    };
  }
}
