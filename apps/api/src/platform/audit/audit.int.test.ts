import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, Role, signIn, solvedCaptcha, type Tree } from '../../test-support/accounts-fixtures';
import { AuditEvent } from './audit-event.entity';
import { minimalPdf } from '../files/test-fixtures/samples';

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

describe('audit log', () => {
  it('records every mutation with who, role, outcome and code, and refuses UPDATE, DELETE and TRUNCATE', async () => {
    const user = await createUser(db, [[Role.DATA_ENTRANT, tree.hq]]);
    const session = await signIn(api, user);
    await session.gql('mutation($id: ID!) { switchRole(roleAssignmentId: $id) { activeRole { role } } }', {
      id: '00000000-0000-0000-0000-000000000000',
    });
    const lines = await db.getRepository(AuditEvent).find({ where: { actorUserId: user.id }, order: { id: 'ASC' } });
    expect(lines.map((l) => [l.action, l.outcome, l.code, l.actorRole])).toEqual([
      ['auth.login.password', 'SUCCESS', null, 'DATA_ENTRANT'],
      ['mutation.loginWithPassword', 'SUCCESS', null, 'DATA_ENTRANT'],
      ['mutation.switchRole', 'FAILURE', 'ROLE_NOT_HELD', 'DATA_ENTRANT'],
    ]);
    expect(lines.every((l) => l.requestId && l.ip)).toBe(true);

    const id = lines[0]!.id;
    await expect(db.query(`UPDATE audit_event SET outcome = 'FAILURE' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_event WHERE id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
  });

  it('records anonymous refusals too, and keeps no password or captcha answer', async () => {
    const client = api.client();
    const captcha = await solvedCaptcha(client);
    await client.gql('mutation($input: PasswordLoginInput!) { loginWithPassword(input: $input) { user { id } } }', {
      input: { nationalId: '0013542419', password: 'my-secret-pass-77', ...captcha },
    });
    const rows = (await db.query(
      `SELECT * FROM audit_event WHERE details::text LIKE '%my-secret-pass-77%' OR action LIKE '%my-secret%'`,
    )) as unknown[];
    expect(rows).toEqual([]);
    const failure = await db
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { action: 'auth.login.password', subjectMasked: '001****419' }, order: { id: 'DESC' } });
    expect(failure.outcome).toBe('FAILURE');
  });

  it('is searchable by an administrator, by action prefix, outcome and national ID', async () => {
    const admin = await createUser(db, [[Role.SYSTEM_ADMIN, tree.ministry]]);
    const target = await createUser(db, [[Role.DATA_ENTRANT, tree.hq]]);
    await signIn(api, target);
    const session = await signIn(api, admin);
    const result = await session.gql<{
      auditEvents: { total: number; items: Array<{ action: string; subjectMasked: string; outcome: string }> };
    }>('query($f: AuditFilter) { auditEvents(filter: $f) { total items { action subjectMasked outcome } } }', {
      f: { action: 'auth.login', nationalId: target.nationalId, outcome: 'SUCCESS', offset: 0, limit: 10 },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditEvents.items[0]).toEqual({
      action: 'auth.login.password',
      subjectMasked: `${target.nationalId.slice(0, 3)}****${target.nationalId.slice(-3)}`,
      outcome: 'SUCCESS',
    });
    const limit = await session.gql('{ auditEvents(filter: { limit: 5000 }) { total } }');
    expect(limit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const offset = await session.gql('{ auditEvents(filter: { offset: 100001 }) { total } }');
    expect(offset.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'offset', constraints: ['max'] }] });
    const byDefault = await session.gql<{ auditEvents: { items: unknown[]; total: number } }>('{ auditEvents { total items { id } } }');
    expect(byDefault.data!.auditEvents.items).toHaveLength(Math.min(50, byDefault.data!.auditEvents.total));
  });

  it('names the person of every line and its record in words, and finds by a national ID every line by or about that person', async () => {
    const admin = await createUser(db, [[Role.SYSTEM_ADMIN, tree.ministry]]);
    const entrant = await createUser(db, [[Role.DATA_ENTRANT, tree.hq]], { firstName: 'زهره', lastName: 'آزمونی' });
    const session = await signIn(api, entrant);
    // A line with him as the actor only (no subject): a refused mutation.
    await session.gql('mutation($id: ID!) { switchRole(roleAssignmentId: $id) { activeRole { role } } }', {
      id: '00000000-0000-0000-0000-000000000000',
    });
    // A record of the platform's own: his upload, named by its file name.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'gozaresh-1405.pdf');
    const upload = await fetch(`${api.url}/files/evidence`, { method: 'POST', headers: { cookie: session.cookie! }, body: form });
    expect(upload.status).toBe(201);

    type Line = {
      action: string;
      actorName: string | null;
      actorNationalIdMasked: string | null;
      targetType: string | null;
      targetLabel: string | null;
      subjectMasked: string | null;
    };
    const reader = await signIn(api, admin);
    const found = await reader.gql<{ auditEvents: { total: number; items: Line[] } }>(
      'query($f: AuditFilter) { auditEvents(filter: $f) { total items { action actorName actorNationalIdMasked targetType targetLabel subjectMasked } } }',
      { f: { nationalId: entrant.nationalId, offset: 0, limit: 50 } },
    );
    expect(found.errors).toBeUndefined();
    const masked = `${entrant.nationalId.slice(0, 3)}****${entrant.nationalId.slice(-3)}`;
    const lines = found.data!.auditEvents.items;
    expect(lines.map((line) => line.action).sort()).toEqual([
      'auth.login.password',
      'files.upload',
      'mutation.loginWithPassword',
      'mutation.switchRole',
    ]);
    for (const line of lines) expect(line).toMatchObject({ actorName: 'زهره آزمونی', actorNationalIdMasked: masked });
    expect(lines.find((line) => line.action === 'files.upload')).toMatchObject({
      targetType: 'stored_file',
      targetLabel: 'فایل gozaresh-1405.pdf',
    });
    // Before, only the lines that named him as their subject were found.
    expect(lines.filter((line) => line.subjectMasked === masked).map((line) => line.action)).toEqual(['auth.login.password']);
  });
});
