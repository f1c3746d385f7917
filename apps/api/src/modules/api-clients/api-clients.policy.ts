import { Permission } from '../../platform/auth/permissions';
import { ApiScope } from './api-client.entity';

/**
 * Who may do what with API clients:
 * - among people, only a system administrator manages clients (every client operation requires
 *   `MANAGE_API_CLIENTS`, which `platform/auth/role-permissions.ts` grants to SYSTEM_ADMIN alone);
 * - a client acts with the permissions of its scopes, one each, and nothing else;
 * - a client with an allowlist is served only from an address on it (an empty list: any address).
 */

export const MANAGE_API_CLIENTS = Permission.SYSTEM_ADMIN;

const SCOPE_PERMISSION: Readonly<Record<ApiScope, Permission>> = {
  [ApiScope.HOUSEHOLD_READ]: Permission.HOUSEHOLD_READ,
  [ApiScope.HOUSEHOLD_CHANGES]: Permission.HOUSEHOLD_CHANGES,
  [ApiScope.SUBSIDY_REQUEST]: Permission.SUBSIDY_REQUEST,
};

/** The permissions a client's scopes grant; a scope no longer known grants nothing. */
export function clientPermissions(scopes: readonly string[]): ReadonlySet<Permission> {
  return new Set(scopes.map((scope) => SCOPE_PERMISSION[scope as ApiScope]).filter(Boolean));
}

/** Whether a call from `ip` (IPv4-mapped IPv6 read as IPv4) is allowed by the client's allowlist. */
export function addressAllowed(allowlist: readonly string[], ip: string): boolean {
  return allowlist.length === 0 || allowlist.includes(ip.replace(/^::ffff:/, ''));
}
