import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, Role, signIn, type Tree } from '../../test-support/accounts-fixtures';
import { ROLE_PERMISSIONS } from '../../platform/auth/role-permissions';
import { Permission } from '../../platform/auth/permissions';

let api: TestApi;
let db: DataSource;
let tree: Tree;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
  tree = await createTree(db);
});
afterAll(async () => {
  await api.stop();
});

const ME = '{ me { activeRole { id role organisationUnit { code } } roles { id role } permissions } }';
const UNITS = '{ myOrganisationUnits { code } }';
const REQUESTS = '{ registrationRequests { total } }';
const AUDIT = '{ auditEvents { total } }';

interface MeData {
  me: {
    activeRole: { id: string; role: string; organisationUnit: { code: string } };
    roles: Array<{ id: string; role: string }>;
    permissions: string[];
  };
}

describe('role switching', () => {
  it('changes what the API answers without signing out', async () => {
    const user = await createUser(db, [
      [Role.LEAD_EVALUATOR, tree.ministry],
      [Role.DATA_ENTRANT, tree.provincial],
    ]);
    const session = await signIn(api, user);
    const before = (await session.gql<MeData>(ME)).data!.me;
    expect(before.activeRole.role).toBe('LEAD_EVALUATOR');
    expect(before.roles.map((r) => r.role).sort()).toEqual(['DATA_ENTRANT', 'LEAD_EVALUATOR']);
    const wide = (await session.gql<{ myOrganisationUnits: Array<{ code: string }> }>(UNITS)).data!.myOrganisationUnits.map((u) => u.code);
    expect(wide).toEqual([tree.ministry.code, tree.hq.code, tree.subsidiary.code, tree.provincial.code]);
    expect((await session.gql(REQUESTS)).errors).toBeUndefined();

    const entrantRole = before.roles.find((r) => r.role === 'DATA_ENTRANT')!;
    const switched = await session.gql<{ switchRole: MeData['me'] }>(
      'mutation($id: ID!) { switchRole(roleAssignmentId: $id) { activeRole { role } permissions } }',
      { id: entrantRole.id },
    );
    expect(switched.data!.switchRole.activeRole.role).toBe('DATA_ENTRANT');
    expect(switched.data!.switchRole.permissions).not.toContain(Permission.REGISTRATION_REVIEW);
    const narrow = (await session.gql<{ myOrganisationUnits: Array<{ code: string }> }>(UNITS)).data!.myOrganisationUnits.map(
      (u) => u.code,
    );
    expect(narrow).toEqual([tree.provincial.code]);
    expect((await session.gql(REQUESTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a role the user does not hold', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const other = await createUser(db, [[Role.SYSTEM_ADMIN, tree.ministry]]);
    const session = await signIn(api, user);
    const response = await session.gql('mutation($id: ID!) { switchRole(roleAssignmentId: $id) { activeRole { role } } }', {
      id: other.roleIds[0],
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('ROLE_NOT_HELD');
    expect((await session.gql<MeData>(ME)).data!.me.activeRole.role).toBe('DATA_ENTRANT');
  });
});

describe('switching role with a malformed id', () => {
  it('is bad input naming the argument, not a server error', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
    const session = await signIn(api, user);
    const response = await session.gql('mutation($id: ID!) { switchRole(roleAssignmentId: $id) { activeRole { role } } }', { id: 'abc' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'roleAssignmentId' }] });
    expect((await session.gql<MeData>(ME)).data!.me.activeRole.role).toBe('DATA_ENTRANT');
  });
});

describe('row-level scope, per role', () => {
  const cases: Array<[Role, keyof Tree, string[]]> = [
    [Role.SENIOR_LEAD, 'ministry', ['ministry', 'hq', 'subsidiary', 'provincial']],
    [Role.LEAD_EVALUATOR, 'ministry', ['ministry', 'hq', 'subsidiary', 'provincial']],
    [Role.APPROVER, 'subsidiary', ['subsidiary', 'provincial']],
    [Role.DATA_ENTRANT, 'hq', ['hq']],
    [Role.PROVINCIAL_PLANNING_DEPUTY, 'provincial', ['provincial']],
    [Role.HONORARY_EVALUATOR, 'subsidiary', ['subsidiary', 'provincial']],
    [Role.SYSTEM_ADMIN, 'hq', ['hq']],
  ];

  it.each(cases)('%s at %s sees exactly its subtree and never another ministry', async (role, unitKey, visible) => {
    const user = await createUser(db, [[role, tree[unitKey]]]);
    const session = await signIn(api, user);
    const codes = (await session.gql<{ myOrganisationUnits: Array<{ code: string }> }>(UNITS)).data!.myOrganisationUnits.map((u) => u.code);
    expect(codes).toEqual(visible.map((key) => tree[key as keyof Tree].code));
    expect(codes).not.toContain(tree.otherMinistryUnit.code);
  });

  it.each(Object.values(Role))('%s gets exactly the permissions of its role for each guarded operation', async (role) => {
    const user = await createUser(db, [[role, tree.hq]]);
    const session = await signIn(api, user);
    const granted = ROLE_PERMISSIONS[role];
    const requests = await session.gql(REQUESTS);
    expect(requests.errors?.[0]?.extensions?.code ?? 'OK').toBe(granted.includes(Permission.REGISTRATION_REVIEW) ? 'OK' : 'FORBIDDEN');
    const audit = await session.gql(AUDIT);
    expect(audit.errors?.[0]?.extensions?.code ?? 'OK').toBe(granted.includes(Permission.AUDIT_READ) ? 'OK' : 'FORBIDDEN');
  });
});
