import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { createTree, createUser, Role, signIn, type TestUser } from '../../test-support/accounts-fixtures';
import type { UserPrincipal } from '../auth/principal';
import { AuditEvent } from '../audit/audit-event.entity';
import { FilePurpose, type FileDescription } from './file.service';
import type { FileAccessHook } from './file-access-policy';
import { LocalFileStorage } from './file-storage';
import { FileError } from './files.errors';
import { StoredFile } from './stored-file.entity';
import { minimalDoc, minimalPdf, minimalXlsx } from './test-fixtures/samples';
import { startFakeS3 } from './test-fixtures/fake-s3';

// The real access policy, but a test may stand in for the hook a module registered (the performance
// module's says yes only for files of entries the person may see, which needs indicators to test).
const hooks = vi.hoisted(() => ({ override: null as null | ((principal: UserPrincipal, file: FileDescription) => Promise<boolean>) }));
vi.mock('./file-access-policy', async (importOriginal) => {
  const original = await importOriginal<typeof import('./file-access-policy')>();
  class TestFileAccessPolicy extends original.FileAccessPolicy {
    override register(purpose: string, hook: FileAccessHook): void {
      super.register(purpose, (principal, file) => (hooks.override ?? hook)(principal, file));
    }
  }
  return { ...original, FileAccessPolicy: TestFileAccessPolicy };
});

const MAX_BYTES = 4_096;

let api: TestApi;
let db: DataSource;
let storageDir: string;
let uploader: TestUser;
let colleague: TestUser;
let stranger: TestUser;
let uploaderCookie: string;
let colleagueCookie: string;
let strangerCookie: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-evidence-'));
  api = await startTestApi({ FILE_STORAGE: 'local', FILE_STORAGE_DIR: storageDir, EVIDENCE_MAX_BYTES: String(MAX_BYTES) });
  db = api.server.database.dataSource;
  const tree = await createTree(db);
  uploader = await createUser(db, [[Role.DATA_ENTRANT, tree.provincial]]);
  colleague = await createUser(db, [[Role.APPROVER, tree.subsidiary]]);
  stranger = await createUser(db, [[Role.DATA_ENTRANT, tree.otherMinistryUnit]]);
  uploaderCookie = (await signIn(api, uploader)).cookie!;
  colleagueCookie = (await signIn(api, colleague)).cookie!;
  strangerCookie = (await signIn(api, stranger)).cookie!;
});

afterAll(async () => {
  await api?.stop();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

/** The composed services of the API under test, to use its FileService as a module would. */
function services(): TestApi['server']['services'] {
  return api.server.services;
}

function upload(cookie: string | null, name: string, bytes: Buffer, type = 'application/octet-stream'): Promise<Response> {
  const form = new FormData();
  form.append('note', 'ignored text field');
  form.append('file', new Blob([bytes], { type }), name);
  return fetch(`${api.url}/files/evidence`, { method: 'POST', headers: cookie ? { cookie } : {}, body: form });
}

function download(cookie: string | null, id: string): Promise<Response> {
  return fetch(`${api.url}/files/evidence/${id}`, { headers: cookie ? { cookie } : {} });
}

async function uploadOk(
  name = 'report-1.pdf',
  bytes = minimalPdf(),
): Promise<{ id: string; name: string; kind: string; sizeBytes: number; sha256: string }> {
  const response = await upload(uploaderCookie, name, bytes);
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; name: string; kind: string; sizeBytes: number; sha256: string };
}

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const errorOf = (code: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message: expect.any(String), extensions: { code, ...extensions } }],
});

describe('POST /files/evidence', () => {
  it('stores a valid PDF under a server-made key and gives it back byte for byte', async () => {
    const pdf = minimalPdf('evidence of indicator 12');
    const response = await upload(uploaderCookie, 'report-1.pdf', pdf, 'text/html');
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'report-1.pdf',
      kind: 'PDF',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });

    const row = await db.getRepository(StoredFile).findOneByOrFail({ id: body.id as string });
    expect(row).toMatchObject({
      originalName: 'report-1.pdf',
      kind: 'PDF',
      contentType: 'application/pdf',
      purpose: 'EVIDENCE',
      uploadedBy: uploader.id,
      attached: false,
      sizeBytes: pdf.length,
    });
    // The body sits under the storage key (not the row's id, never the client's name).
    expect(row.storageKey).not.toBe(row.id);
    const bodyPath = new LocalFileStorage(storageDir).pathOf(row.storageKey);
    expect(existsSync(bodyPath)).toBe(true);
    for (const file of await storedFiles()) expect(file).not.toContain('report');

    const fetched = await download(uploaderCookie, row.id);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(pdf);
    expect(
      Object.fromEntries(
        ['content-type', 'content-disposition', 'x-content-type-options', 'cache-control', 'content-length'].map((h) => [
          h,
          fetched.headers.get(h),
        ]),
      ),
    ).toEqual({
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="report-1.pdf"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-length': String(pdf.length),
    });

    const audit = await db.getRepository(AuditEvent).findOneByOrFail({ action: 'files.upload', targetId: row.id });
    expect(audit).toMatchObject({
      outcome: 'SUCCESS',
      actorUserId: uploader.id,
      actorRole: 'DATA_ENTRANT',
      targetType: 'stored_file',
      details: { purpose: 'EVIDENCE', kind: 'PDF', sizeBytes: pdf.length },
    });
  });

  it('accepts the Office kinds by their content', async () => {
    expect((await uploadOk('letter.doc', minimalDoc())).kind).toBe('DOC');
    expect((await uploadOk('Sheet_1.XLSX', minimalXlsx())).kind).toBe('XLSX');
  });

  it('refuses, with a coded error, and stores nothing', async () => {
    const rowsBefore = await db.getRepository(StoredFile).countBy({ uploadedBy: uploader.id });
    const filesBefore = await storedFiles();
    const auditBefore = await db.getRepository(AuditEvent).countBy({ action: 'files.upload', actorUserId: uploader.id });
    const oversize = Buffer.concat([minimalPdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const cases: Array<[string, () => Promise<Response>, number, ReturnType<typeof errorOf>]> = [
      [
        'a .pdf holding HTML',
        () => upload(uploaderCookie, 'report.pdf', Buffer.from('<!doctype html><script>alert(1)</script>'), 'application/pdf'),
        400,
        errorOf('FILE_TYPE_NOT_ALLOWED'),
      ],
      ['a Persian name', () => upload(uploaderCookie, 'گزارش.pdf', minimalPdf()), 400, errorOf('FILE_NAME_INVALID')],
      ['a name with a space', () => upload(uploaderCookie, 'my report.pdf', minimalPdf()), 400, errorOf('FILE_NAME_INVALID')],
      ['a double extension', () => upload(uploaderCookie, 'a.pdf.exe', minimalPdf()), 400, errorOf('FILE_NAME_INVALID')],
      ['a file over the limit', () => upload(uploaderCookie, 'big.pdf', oversize), 413, errorOf('FILE_TOO_LARGE', { maxBytes: MAX_BYTES })],
      [
        'a file far over the limit (streamed, not read whole)',
        () => upload(uploaderCookie, 'huge.pdf', Buffer.concat([minimalPdf(), Buffer.alloc(3 * 1024 * 1024)])),
        413,
        errorOf('FILE_TOO_LARGE', { maxBytes: MAX_BYTES }),
      ],
      [
        'a Word document named .xls',
        () => upload(uploaderCookie, 'sheet.xls', minimalDoc()),
        400,
        errorOf('FILE_EXTENSION_MISMATCH', { detectedKind: 'DOC' }),
      ],
      ['an empty file', () => upload(uploaderCookie, 'empty.pdf', Buffer.alloc(0)), 400, errorOf('FILE_EMPTY')],
    ];
    for (const [what, send, status, expected] of cases) {
      const response = await send();
      expect({ what, status: response.status, body: await response.json() }).toEqual({ what, status, body: expected });
    }

    const noFile = new FormData();
    noFile.append('note', 'no file');
    const missing = await fetch(`${api.url}/files/evidence`, { method: 'POST', headers: { cookie: uploaderCookie }, body: noFile });
    expect([missing.status, await missing.json()]).toEqual([400, errorOf('FILE_MISSING')]);

    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([minimalPdf()]), 'a.pdf');
    twoFiles.append('file', new Blob([minimalPdf()]), 'b.pdf');
    const two = await fetch(`${api.url}/files/evidence`, { method: 'POST', headers: { cookie: uploaderCookie }, body: twoFiles });
    expect([two.status, await two.json()]).toEqual([400, errorOf('BAD_REQUEST')]);

    const json = await fetch(`${api.url}/files/evidence`, {
      method: 'POST',
      headers: { cookie: uploaderCookie, 'content-type': 'application/json' },
      body: '{"file":"x"}',
    });
    expect([json.status, await json.json()]).toEqual([400, errorOf('BAD_REQUEST')]);

    expect(await db.getRepository(StoredFile).countBy({ uploadedBy: uploader.id })).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
    const refusals = await db
      .getRepository(AuditEvent)
      .find({ where: { action: 'files.upload', actorUserId: uploader.id }, order: { id: 'ASC' } });
    expect(refusals.slice(auditBefore).map((e) => [e.outcome, e.code])).toEqual([
      ...cases.map(([, , , expected]) => ['FAILURE', expected.errors[0]!.extensions.code]),
      ['FAILURE', 'FILE_MISSING'],
      ['FAILURE', 'BAD_REQUEST'],
      ['FAILURE', 'BAD_REQUEST'],
    ]);
  });

  it('answers 401 to an anonymous caller, and 403 to one who must change his password first', async () => {
    const anonymous = await upload(null, 'report.pdf', minimalPdf());
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    const forged = await upload('pishkhan_session=not-a-session', 'report.pdf', minimalPdf());
    expect(forged.status).toBe(401);

    const tree = await createTree(db);
    const newcomer = await createUser(db, [[Role.DATA_ENTRANT, tree.hq]], { mustChangePassword: true });
    const response = await upload((await signIn(api, newcomer)).cookie, 'report.pdf', minimalPdf());
    expect([response.status, await response.json()]).toEqual([403, errorOf('PASSWORD_CHANGE_REQUIRED')]);
    expect(await db.getRepository(StoredFile).countBy({ uploadedBy: newcomer.id })).toBe(0);
  });
});

describe('GET /files/evidence/:id', () => {
  it('hides a file from everyone but its uploader until a hook allows, and answers missing and hidden alike', async () => {
    const asked: Array<{ principal: UserPrincipal; file: FileDescription }> = [];
    const allowed = new Set<string>();
    hooks.override = async (principal, file) => {
      asked.push({ principal, file });
      return allowed.has(principal.id);
    };
    // With no module's hook (the performance module registers one in the composition), the test registers one.
    const access = services().files.access;
    if (!access.has(FilePurpose.EVIDENCE)) access.register(FilePurpose.EVIDENCE, async () => false);
    expect(() => access.register(FilePurpose.EVIDENCE, async () => true)).toThrow('registered already');

    const { id } = await uploadOk('shared.pdf');
    expect((await download(uploaderCookie, id)).status).toBe(200); // his own, not attached yet
    for (const cookie of [colleagueCookie, strangerCookie]) {
      const response = await download(cookie, id);
      expect([response.status, await response.json()]).toEqual([404, errorOf('FILE_NOT_FOUND')]);
    }
    for (const other of [randomUUID(), 'not-a-uuid']) {
      const response = await download(uploaderCookie, other);
      expect([response.status, await response.json()]).toEqual([404, errorOf('FILE_NOT_FOUND')]);
    }
    expect((await download(null, id)).status).toBe(401);

    await db.transaction((manager) => services().files.service.attach(manager, [id], (file) => file.uploadedBy === uploader.id));
    allowed.add(colleague.id);
    const granted = await download(colleagueCookie, id);
    expect(granted.status).toBe(200);
    expect(Buffer.from(await granted.arrayBuffer())).toEqual(minimalPdf());
    expect(asked.at(-1)).toMatchObject({
      principal: { kind: 'user', id: colleague.id, role: 'APPROVER' },
      file: { id, purpose: 'EVIDENCE', uploadedBy: uploader.id, attached: true, name: 'shared.pdf' },
    });
    expect(asked.at(-1)!.file).not.toHaveProperty('storageKey');
    expect((await download(strangerCookie, id)).status).toBe(404);
    // Attached, the file is the hook's to give, to its uploader too.
    expect((await download(uploaderCookie, id)).status).toBe(404);
    allowed.add(uploader.id);
    expect((await download(uploaderCookie, id)).status).toBe(200);

    const audit = await db.getRepository(AuditEvent).find({ where: { action: 'files.download', targetId: id }, order: { id: 'ASC' } });
    expect(audit.map((e) => [e.actorUserId, e.outcome])).toEqual([
      [uploader.id, 'SUCCESS'],
      [colleague.id, 'DENIED'],
      [stranger.id, 'DENIED'],
      [colleague.id, 'SUCCESS'],
      [stranger.id, 'DENIED'],
      [uploader.id, 'DENIED'],
      [uploader.id, 'SUCCESS'],
    ]);
    hooks.override = null;
  });
});

describe('FileService', () => {
  it('attaches files inside the caller transaction, all or none', async () => {
    const files = services().files.service;
    const a = await uploadOk('attach-a.pdf');
    const b = await uploadOk('attach-b.pdf');
    const mine = (file: FileDescription) => file.uploadedBy === uploader.id;

    await expect(
      db.transaction(async (manager) => {
        await files.attach(manager, [a.id], mine);
        throw new Error('the caller rolls back');
      }),
    ).rejects.toThrow('the caller rolls back');
    expect((await files.describe([a.id]))[0]!.attached).toBe(false);

    await expect(db.transaction((manager) => files.attach(manager, [a.id, randomUUID()], mine))).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
    await expect(
      db.transaction((manager) => files.attach(manager, [a.id], (file) => file.uploadedBy === stranger.id)),
    ).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });

    const attached = await db.transaction((manager) => files.attach(manager, [b.id, a.id, b.id], mine));
    expect(attached.map((f) => [f.id, f.attached])).toEqual([
      [b.id, true],
      [a.id, true],
    ]);
    const again = await db.transaction((manager) => files.attach(manager, [a.id], mine)).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(FileError);
    expect(again).toMatchObject({ code: 'FILE_ALREADY_ATTACHED' });

    expect(
      (await files.describe([a.id, 'junk', randomUUID(), b.id])).map((f) => ({
        id: f.id,
        name: f.name,
        kind: f.kind,
        attached: f.attached,
      })),
    ).toEqual([
      { id: a.id, name: 'attach-a.pdf', kind: 'PDF', attached: true },
      { id: b.id, name: 'attach-b.pdf', kind: 'PDF', attached: true },
    ]);
    await db.transaction((manager) => files.release(manager, [a.id]));
    expect((await files.describe([a.id]))[0]!.attached).toBe(false);
  });

  it('removes unattached files older than the given hours, rows and bodies, and keeps the rest', async () => {
    const { service } = services().files;
    const storage = new LocalFileStorage(storageDir);
    const old = await uploadOk('old-unattached.pdf');
    const oldAttached = await uploadOk('old-attached.pdf');
    const recent = await uploadOk('recent-unattached.pdf');
    await db.transaction((manager) => service.attach(manager, [oldAttached.id], () => true));
    await db.query(`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
      [old.id, oldAttached.id],
    ]);
    const oldRow = await db.getRepository(StoredFile).findOneByOrFail({ id: old.id });
    expect(existsSync(storage.pathOf(oldRow.storageKey))).toBe(true);

    expect(await service.removeUnattachedOlderThan(24)).toBeGreaterThanOrEqual(1);
    expect(await db.getRepository(StoredFile).findOneBy({ id: old.id })).toBeNull();
    expect(existsSync(storage.pathOf(oldRow.storageKey))).toBe(false);
    expect((await service.describe([oldAttached.id, recent.id])).map((f) => f.id)).toEqual([oldAttached.id, recent.id]);
    expect((await download(uploaderCookie, old.id)).status).toBe(404);
    expect((await download(uploaderCookie, recent.id)).status).toBe(200); // his own, unattached
  });
});

describe('upload limits per person', () => {
  let limited: TestApi;
  let limitedDir: string;
  const PER_HOUR = 6;
  const UNATTACHED_MAX = 8_192;
  beforeAll(async () => {
    limitedDir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-evidence-limits-'));
    limited = await startTestApi({
      FILE_STORAGE: 'local',
      FILE_STORAGE_DIR: limitedDir,
      EVIDENCE_MAX_BYTES: String(MAX_BYTES),
      UPLOAD_LIMIT_PER_USER_HOUR: String(PER_HOUR),
      UPLOAD_UNATTACHED_MAX_BYTES: String(UNATTACHED_MAX),
    });
  });
  afterAll(async () => {
    await limited?.stop();
    if (limitedDir) await rm(limitedDir, { recursive: true, force: true });
  });

  const person = async () =>
    (await signIn(limited, await createUser(db, [[Role.DATA_ENTRANT, (await createTree(db)).provincial]]))).cookie!;
  const send = (cookie: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'limit-test.pdf');
    return fetch(`${limited.url}/files/evidence`, { method: 'POST', headers: { cookie }, body: form });
  };
  /** A PDF of about 3,000 bytes: two fit under the cap of 8,192, three do not. */
  const threeKb = () => minimalPdf('x'.repeat(2_500));

  it(`refuses a person's uploads past ${PER_HOUR} an hour with RATE_LIMITED and Retry-After, and nobody else's`, async () => {
    const busy = await person();
    for (let i = 0; i < PER_HOUR; i += 1) expect((await send(busy, minimalPdf(`n${i}`))).status).toBe(201);
    const refused = await send(busy, minimalPdf());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual(errorOf('RATE_LIMITED', { retryAfterSeconds: expect.any(Number) }));
    expect((await send(await person(), minimalPdf())).status).toBe(201);
  });

  it('refuses an upload that would take the person’s unattached files past the cap, until one is attached', async () => {
    const cookie = await person();
    expect(threeKb().length).toBeGreaterThan(UNATTACHED_MAX / 3);
    const first = (await (await send(cookie, threeKb())).json()) as { id: string };
    expect((await send(cookie, threeKb())).status).toBe(201);
    const refused = await send(cookie, threeKb());
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual(
      errorOf('UNATTACHED_BYTES_EXCEEDED', { maxBytes: UNATTACHED_MAX, heldBytes: threeKb().length * 2 }),
    );
    await db.transaction((manager) => limited.server.services.files.service.attach(manager, [first.id], () => true));
    expect((await send(cookie, threeKb())).status).toBe(201);
  });

  it('holds the cap when uploads arrive at once', async () => {
    const cookie = await person();
    const answers = await Promise.all(Array.from({ length: PER_HOUR }, () => send(cookie, threeKb())));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 413, 413, 413, 413]);
  });
});

describe('with FILE_STORAGE=s3', () => {
  it('stores bodies as objects in the bucket and serves them back', async () => {
    const s3 = await startFakeS3();
    const s3Api = await startTestApi({
      FILE_STORAGE: 's3',
      S3_ENDPOINT: s3.url,
      S3_BUCKET: 'pishkhan-evidence',
      S3_ACCESS_KEY_ID: 'AKIATEST',
      S3_SECRET_ACCESS_KEY: 'test-secret',
    });
    try {
      const client = await signIn(s3Api, uploader);
      const xlsx = minimalXlsx();
      const form = new FormData();
      form.append('file', new Blob([xlsx]), 'budget-1404.xlsx');
      const response = await fetch(`${s3Api.url}/files/evidence`, { method: 'POST', headers: { cookie: client.cookie! }, body: form });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const row = await db.getRepository(StoredFile).findOneByOrFail({ id });
      expect(s3.objects.get(`/pishkhan-evidence/${row.storageKey}`)).toEqual({
        body: xlsx,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      expect(s3.seen.every((r) => !r.url.includes('budget'))).toBe(true);

      const fetched = await fetch(`${s3Api.url}/files/evidence/${id}`, { headers: { cookie: client.cookie! } });
      expect(fetched.status).toBe(200);
      expect(fetched.headers.get('content-disposition')).toBe('attachment; filename="budget-1404.xlsx"');
      expect(Buffer.from(await fetched.arrayBuffer())).toEqual(xlsx);
    } finally {
      await s3Api.stop();
      await s3.stop();
    }
  });
});
