import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles';
import { clientPrincipal, userPrincipal } from '../../test-support/principals';
import { RequestLoaders, principalKey } from './request-loaders';

describe('request loaders: one set per caller, never shared across principals', () => {
  it('makes a loader once per name and principal, with that principal', () => {
    const loaders = new RequestLoaders();
    const entrant = userPrincipal(Role.DATA_ENTRANT, '/A/', 'u1');
    const made: Array<string | null> = [];
    const create = (principal: Parameters<typeof principalKey>[0]) => {
      made.push(principal ? principal.id : null);
      return { for: principal };
    };
    const first = loaders.get('performance', entrant, create);
    expect(loaders.get('performance', entrant, create)).toBe(first);
    expect(first.for).toBe(entrant);
    expect(loaders.get('other', entrant, create)).not.toBe(first);
    expect(made).toEqual(['u1', 'u1']);
  });

  it('gives a role switch, another person, a client and an anonymous call loaders of their own', () => {
    const loaders = new RequestLoaders();
    const asEntrant = userPrincipal(Role.DATA_ENTRANT, '/A/', 'u1');
    const asApprover = { ...userPrincipal(Role.APPROVER, '/A/', 'u1'), roleAssignmentId: 'role-2' };
    const someoneElse = userPrincipal(Role.DATA_ENTRANT, '/A/', 'u2');
    const callers = [asEntrant, asApprover, someoneElse, clientPrincipal(), null];
    const sets = callers.map((principal) => loaders.get('performance', principal, () => ({ for: principal })));
    expect(new Set(sets).size).toBe(callers.length);
    sets.forEach((set, i) => expect(set.for).toBe(callers[i]));
    expect(new Set(callers.map(principalKey)).size).toBe(callers.length);
  });
});
