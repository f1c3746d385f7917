import { describe, expect, it } from 'vitest';
import { Permission } from '../../platform/auth/permissions';
import type { ClientPrincipal, UserPrincipal } from '../../platform/auth/principal';
import { permissionsOf } from '../../platform/auth/role-permissions';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError } from '../../platform/errors/domain-error';
import {
  assertMayAnswerObjections,
  assistedOperator,
  lookupCaller,
  mayAnswerObjections,
  mayReadChanges,
  webhookSubscriber,
} from './households.policy';
import { ObjectionBody } from './responses/household-response.entity';

const user = (role: Role): UserPrincipal => ({
  kind: 'user',
  id: `user-${role.toLowerCase()}`,
  sessionId: 's',
  nationalId: '0013542419',
  roleAssignmentId: 'ra',
  role,
  organisationUnitId: 'unit',
  organisationPath: '/1/',
  mustChangePassword: false,
  permissions: permissionsOf(role),
});

const client = (...scopes: Permission[]): ClientPrincipal => ({
  kind: 'client',
  id: 'client-1',
  name: 'سامانه رفاهی',
  permissions: new Set(scopes),
});

const BODIES = [ObjectionBody.CIVIL_REGISTRY, ObjectionBody.SUBSIDY_ORGANISATION];
const IP = '10.0.0.7';

describe('households policy: the signed-out head of household', () => {
  it('is counted by his address and may be asked a captcha', () => {
    expect(lookupCaller(null, IP)).toEqual({ key: `ip:${IP}`, mayBeAskedCaptcha: true });
  });

  it('acts for himself on the web and subscribes no webhook', () => {
    expect(assistedOperator(null)).toBeNull();
    expect(() => webhookSubscriber(null)).toThrow(ForbiddenError);
  });
});

describe('households policy: an assisted-channel operator', () => {
  const operator = user(Role.ASSISTED_CHANNEL_OPERATOR);

  it('acts for the head of household on the assisted channel', () => {
    expect(assistedOperator(operator)).toBe(operator);
  });

  it('is counted as himself, not by his office address, and is never asked a captcha', () => {
    expect(lookupCaller(operator, IP)).toEqual({ key: `user:${operator.id}`, mayBeAskedCaptcha: false });
  });

  it('may not subscribe a webhook', () => {
    expect(() => webhookSubscriber(operator)).toThrow('Webhooks are for API clients');
  });
});

describe('households policy: a civil registry operator', () => {
  const registry = user(Role.CIVIL_REGISTRY_OPERATOR);

  it('answers the civil registry objections only', () => {
    expect(mayAnswerObjections(registry, ObjectionBody.CIVIL_REGISTRY)).toBe(true);
    expect(mayAnswerObjections(registry, ObjectionBody.SUBSIDY_ORGANISATION)).toBe(false);
    expect(() => assertMayAnswerObjections(registry, ObjectionBody.CIVIL_REGISTRY)).not.toThrow();
    expect(() => assertMayAnswerObjections(registry, ObjectionBody.SUBSIDY_ORGANISATION)).toThrow(ForbiddenError);
  });

  it('is not on the assisted channel: counted by his address in a lookup, and asked a captcha like anyone', () => {
    expect(assistedOperator(registry)).toBeNull();
    expect(lookupCaller(registry, IP)).toEqual({ key: `ip:${IP}`, mayBeAskedCaptcha: true });
  });
});

describe('households policy: a system administrator', () => {
  const admin = user(Role.SYSTEM_ADMIN);

  it('answers every body objections', () => {
    for (const body of BODIES) expect(mayAnswerObjections(admin, body)).toBe(true);
  });

  it('is not on the assisted channel and subscribes no webhook', () => {
    expect(assistedOperator(admin)).toBeNull();
    expect(() => webhookSubscriber(admin)).toThrow(ForbiddenError);
  });

  it('is counted by his address in a lookup and asked a captcha like anyone: a session is no proof', () => {
    expect(lookupCaller(admin, IP)).toEqual({ key: `ip:${IP}`, mayBeAskedCaptcha: true });
  });
});

describe('households policy: an API client', () => {
  it('reads the change files with household:changes, and not with household:read alone', () => {
    expect(mayReadChanges(client(Permission.HOUSEHOLD_CHANGES))).toBe(true);
    expect(mayReadChanges(client(Permission.HOUSEHOLD_READ))).toBe(false);
  });

  it('subscribes webhooks as itself', () => {
    const reader = client(Permission.HOUSEHOLD_CHANGES);
    expect(webhookSubscriber(reader)).toBe(reader);
  });

  it('is counted by its address in a lookup, and acts for nobody on the assisted channel', () => {
    expect(lookupCaller(client(Permission.HOUSEHOLD_READ), IP)).toEqual({ key: `ip:${IP}`, mayBeAskedCaptcha: true });
    expect(assistedOperator(client(Permission.HOUSEHOLD_READ))).toBeNull();
  });
});
