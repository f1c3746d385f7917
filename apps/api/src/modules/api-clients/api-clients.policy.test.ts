import { describe, expect, it } from 'vitest';
import { Permission } from '../../platform/auth/permissions';
import { permissionsOf } from '../../platform/auth/role-permissions';
import { ALL_ROLES, Role } from '../../platform/auth/roles';
import { ApiScope } from './api-client.entity';
import { MANAGE_API_CLIENTS, addressAllowed, clientPermissions } from './api-clients.policy';

describe('api-clients policy: people', () => {
  it.each(ALL_ROLES)('%s manages API clients only when it is the system administrator', (role) => {
    expect(permissionsOf(role).has(MANAGE_API_CLIENTS)).toBe(role === Role.SYSTEM_ADMIN);
  });
});

describe('api-clients policy: clients', () => {
  it('grants one permission per scope and nothing for an unknown scope', () => {
    expect([...clientPermissions([ApiScope.HOUSEHOLD_READ])]).toEqual([Permission.HOUSEHOLD_READ]);
    expect([...clientPermissions([ApiScope.HOUSEHOLD_CHANGES])]).toEqual([Permission.HOUSEHOLD_CHANGES]);
    expect([...clientPermissions([ApiScope.SUBSIDY_REQUEST])]).toEqual([Permission.SUBSIDY_REQUEST]);
    expect([...clientPermissions(['household:read', 'system:admin', 'audit:read'])]).toEqual([Permission.HOUSEHOLD_READ]);
    expect(clientPermissions([]).size).toBe(0);
  });

  it('serves any address without an allowlist, and only the listed ones with it (IPv4-mapped IPv6 read as IPv4)', () => {
    expect(addressAllowed([], '203.0.113.9')).toBe(true);
    expect(addressAllowed(['203.0.113.9'], '203.0.113.9')).toBe(true);
    expect(addressAllowed(['203.0.113.9'], '::ffff:203.0.113.9')).toBe(true);
    expect(addressAllowed(['203.0.113.9'], '203.0.113.10')).toBe(false);
    expect(addressAllowed(['2001:db8::1'], '2001:db8::1')).toBe(true);
  });
});
