import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Query, Resolver, buildSchema } from 'type-graphql';
import { graphql } from 'graphql';
import { Public, RequirePermission, accessRuleOf, authChecker } from './access';
import { Permission } from './permissions';
import type { RequestContext } from '../graphql/context';
import { RequestLoaders } from '../graphql/request-loaders';
import type { Principal } from './principal';
import { Role } from './roles';
import { createLogger } from '../logging/logger';

@Resolver()
class GuardedResolver {
  @Public()
  @Query(() => String)
  open(): string {
    return 'open';
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => String)
  adminOnly(): string {
    return 'secret';
  }
}

const noCookie = { token: null, set: () => undefined, clear: () => undefined };
const context = (principal: Principal | null): RequestContext => ({
  requestId: 'test',
  log: createLogger('silent'),
  ip: '127.0.0.1',
  principal,
  session: noCookie,
  loaders: new RequestLoaders(),
});

function user(permissions: Permission[], mustChangePassword = false): Principal {
  return {
    kind: 'user',
    id: 'u1',
    sessionId: 's1',
    nationalId: '0013542419',
    roleAssignmentId: 'r1',
    role: Role.DATA_ENTRANT,
    organisationUnitId: 'o1',
    organisationPath: '/A/',
    mustChangePassword,
    permissions: new Set(permissions),
  };
}

describe('access rules', () => {
  it('records the rule in the field extensions of the built schema', async () => {
    const schema = await buildSchema({ resolvers: [GuardedResolver], authChecker });
    const fields = schema.getQueryType()!.getFields();
    expect(accessRuleOf(fields.open!.extensions)).toEqual({ public: true });
    expect(accessRuleOf(fields.adminOnly!.extensions)).toEqual({ permission: Permission.SYSTEM_ADMIN });
  });

  it('lets anyone call a public operation and refuses a guarded one by who is calling', async () => {
    const schema = await buildSchema({ resolvers: [GuardedResolver], authChecker });
    const run = (source: string, principal: Principal | null) => graphql({ schema, source, contextValue: context(principal) });

    expect((await run('{ open }', null)).data).toEqual({ open: 'open' });

    const anonymous = await run('{ adminOnly }', null);
    expect(anonymous.errors?.[0]?.originalError).toMatchObject({ code: 'UNAUTHENTICATED' });

    const clerk = await run('{ adminOnly }', user([Permission.SIGNED_IN]));
    expect(clerk.errors?.[0]?.originalError).toMatchObject({ code: 'FORBIDDEN' });

    const admin = await run('{ adminOnly }', user([Permission.SYSTEM_ADMIN]));
    expect(admin.errors).toBeUndefined();
    expect(admin.data).toEqual({ adminOnly: 'secret' });

    const temporary = await run('{ adminOnly }', user([Permission.SYSTEM_ADMIN], true));
    expect(temporary.errors?.[0]?.originalError).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

    const system = await run('{ adminOnly }', { kind: 'client', id: 'c1', permissions: new Set([Permission.SYSTEM_ADMIN]) });
    expect(system.data).toEqual({ adminOnly: 'secret' });
  });
});
