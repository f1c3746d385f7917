import type { BearerAuthenticator } from '../../platform/auth/ports';
import type { DataSource } from 'typeorm';
import type { ClientPrincipal } from '../../platform/auth/principal';
import { BadInputError } from '../../platform/errors/domain-error';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import { ApiClient, ApiScope } from './api-client.entity';
import { ApiClientInactiveError, ApiKeyInvalidError } from './api-clients.errors';
import { issueKey, parseKey, secretMatches } from './api-key';
import { addressAllowed, clientPermissions } from './api-clients.policy';

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

/**
 * API clients of other government systems: keys made here and stored hashed; each call is checked
 * for the key, the caller's address and the daily quota (counted in PostgreSQL, shared by replicas).
 */
export class ApiClientService implements BearerAuthenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
  ) {}

  async create(input: ClientInput): Promise<CreatedClient> {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 100) throw new BadInputError('name', 'A name of 2 to 100 characters');
    const scopes = [...new Set(input.scopes.map((s) => s.trim()))];
    const known = Object.values(ApiScope) as string[];
    if (scopes.length === 0 || scopes.some((s) => !known.includes(s)))
      throw new BadInputError('scopes', `Scopes are some of ${known.join(', ')}`);
    if (!Number.isInteger(input.dailyQuota) || input.dailyQuota < 1 || input.dailyQuota > 10_000_000)
      throw new BadInputError('dailyQuota', 'A daily quota from 1 to 10,000,000');
    if (input.ipAllowlist.some((ip) => !/^[0-9a-fA-F:.]{2,45}$/.test(ip)))
      throw new BadInputError('ipAllowlist', 'Exact IPv4 or IPv6 addresses');
    const issued = issueKey();
    const client = await this.dataSource.getRepository(ApiClient).save({
      name,
      keyPrefix: issued.prefix,
      keyHash: issued.hash,
      scopes,
      dailyQuota: input.dailyQuota,
      ipAllowlist: input.ipAllowlist,
      active: true,
    });
    return { client, key: issued.key };
  }

  list(): Promise<ApiClient[]> {
    return this.dataSource.getRepository(ApiClient).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /**
   * The principal of a Bearer key, read from the database on every call (so a deactivation or a new
   * key takes effect at once). Refused with `ApiKeyInvalidError` when the key is malformed, unknown
   * (a replaced key is unknown) or called from an address not on the allowlist, and with
   * `ApiClientInactiveError` when it is the key of a deactivated client. Nothing of the quota is
   * spent here: each lookup takes its unit (`takeQuota`).
   */
  async principalOf(key: string, ip: string): Promise<ClientPrincipal> {
    const parsed = parseKey(key);
    if (!parsed) throw new ApiKeyInvalidError();
    const client = await this.dataSource.getRepository(ApiClient).findOneBy({ keyPrefix: parsed.prefix });
    if (!client || !secretMatches(client.keyHash, parsed.secret)) throw new ApiKeyInvalidError();
    if (!client.active) throw new ApiClientInactiveError();
    if (!addressAllowed(client.ipAllowlist, ip)) throw new ApiKeyInvalidError();
    return {
      kind: 'client',
      id: client.id,
      name: client.name,
      dailyQuota: client.dailyQuota,
      permissions: clientPermissions(client.scopes),
    };
  }

  /**
   * Takes up to `units` lookups of the client's daily quota (a rolling UTC day) in one atomic step
   * shared by every replica: every root field of a GraphQL request is one lookup, and so is every
   * download of a plain route. Answers how many it got; the rest are refused QUOTA_EXCEEDED.
   */
  async takeQuota(client: ClientPrincipal, units: number): Promise<number> {
    const dailyQuota = client.dailyQuota ?? (await this.dataSource.getRepository(ApiClient).findOneBy({ id: client.id }))?.dailyQuota ?? 0;
    return this.limiter.take({ key: `client-quota:${client.id}`, max: dailyQuota, windowSeconds: 86_400 }, units);
  }
}
