import { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { randomInt } from 'node:crypto';
import { withCheckDigit } from '@pishkhan/national-id';
import { startTestApi, type TestApi } from '../../../test-support/test-api';
import { ZeroFileImporter } from './zero-file-import.service';
import { exportZeroFile } from './zero-file-export.service';
import { parseZeroFileLine } from './zero-file.format';
import { ApiClientService } from '../../api-clients';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

const tag = () => randomInt(1e9).toString(36);
const person = () => withCheckDigit(String(randomInt(100_000_000, 999_999_999)));

function line(overrides: Record<string, unknown> = {}, members?: unknown[]) {
  return JSON.stringify({
    householdId: `hh-${tag()}`,
    trackingCode: String(randomInt(10 ** 13, 10 ** 14 - 1)),
    cluster: 3,
    province: 'سمنان',
    armedForces: false,
    members: members ?? [
      { nationalId: person(), firstName: 'علی', lastName: 'احمدی', birthDate: '1365-04-12', gender: 'M', relation: 'HEAD' },
      { nationalId: person(), firstName: 'زهرا', lastName: 'احمدی', birthDate: '1368-11-30', gender: 'F', relation: 'SPOUSE' },
    ],
    ...overrides,
  });
}

const importText = (text: string) => new ZeroFileImporter(db).import(Readable.from([text]));

describe('zero file import', () => {
  it('keeps every good line, reports each bad one with its number, and converts Jalali birth dates', async () => {
    const good1 = line();
    const good2 = line({ armedForces: true });
    const taken = JSON.parse(good1).members[0].nationalId as string;
    const text = [
      good1,
      '{"householdId": broken',
      line({}, [{ nationalId: '0013542418', firstName: 'الف', lastName: 'ب', birthDate: '1365-04-12', gender: 'M', relation: 'HEAD' }]),
      line({}, [{ nationalId: person(), firstName: 'الف', lastName: 'ب', birthDate: '1365-04-12', gender: 'M', relation: 'CHILD' }]),
      line({}, [
        { nationalId: person(), firstName: 'الف', lastName: 'ب', birthDate: '1365-04-12', gender: 'M', relation: 'HEAD' },
        { nationalId: person(), firstName: 'پ', lastName: 'ت', birthDate: '1365-04-12', gender: 'F', relation: 'HEAD' },
      ]),
      line({}, [{ nationalId: taken, firstName: 'الف', lastName: 'ب', birthDate: '1365-04-12', gender: 'M', relation: 'HEAD' }]),
      good2,
      '',
    ].join('\n');
    const report = await importText(text);
    expect(report).toMatchObject({ imported: 2, skipped: 0, rejected: 5 });
    expect(report.rejects).toEqual([
      { line: 2, reason: 'malformed JSON' },
      { line: 3, reason: 'member 1: invalid national ID' },
      { line: 4, reason: 'no head' },
      { line: 5, reason: 'two heads' },
      { line: 6, reason: 'person already in another household' },
    ]);
    const [member] = (await db.query(`SELECT to_char(birth_date, 'YYYY-MM-DD') AS birth FROM household_member WHERE national_id = $1`, [
      taken,
    ])) as Array<{ birth: string }>;
    expect(member!.birth).toBe('1986-07-03');
  });

  it('runs again on the same file without duplicating, and completes a file a crash cut short', async () => {
    const lines = Array.from({ length: 30 }, () => line());
    const first = await importText(lines.slice(0, 12).join('\n'));
    expect(first.imported).toBe(12);
    const rerun = await importText(lines.join('\n'));
    expect(rerun).toMatchObject({ imported: 18, skipped: 12, rejected: 0 });
    const again = await importText(lines.join('\n'));
    expect(again).toMatchObject({ imported: 0, skipped: 30, rejected: 0 });
    const ids = lines.map((l) => JSON.parse(l).householdId as string);
    const [{ count }] = (await db.query('SELECT count(*)::int AS count FROM household WHERE external_id = ANY($1)', [ids])) as [
      { count: number },
    ];
    expect(count).toBe(30);
  });

  it('exports every active household in the contract format, and the export imports back to the same lines', async () => {
    const source = line();
    await importText(source);
    const chunks: string[] = [];
    const sink = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c.toString()), done()) });
    const written = await exportZeroFile(db, sink);
    expect(written).toBeGreaterThan(0);
    const exported = chunks.join('').split('\n').filter(Boolean);
    expect(exported.length).toBe(written);
    const mine = exported
      .map((l) => JSON.parse(l) as { householdId: string })
      .find((h) => h.householdId === JSON.parse(source).householdId);
    expect(mine).toEqual(JSON.parse(source));
    for (const l of exported) expect(parseZeroFileLine(l).ok).toBe(true);
  });

  it('is served to API clients with household:changes only', async () => {
    const service = new ApiClientService(db, new RateLimiter(db));
    const reader = await service.create({ name: 'سازمان هدفمندسازی', scopes: ['household:changes'], dailyQuota: 100, ipAllowlist: [] });
    const other = await service.create({ name: 'سامانه دیگر', scopes: ['household:read'], dailyQuota: 100, ipAllowlist: [] });
    const ok = await fetch(`${api.url}/households/zero-file`, { headers: { authorization: `Bearer ${reader.key}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/x-ndjson');
    const body = await ok.text();
    expect(
      body
        .split('\n')
        .filter(Boolean)
        .every((l) => parseZeroFileLine(l).ok),
    ).toBe(true);
    expect((await fetch(`${api.url}/households/zero-file`, { headers: { authorization: `Bearer ${other.key}` } })).status).toBe(403);
    expect((await fetch(`${api.url}/households/zero-file`)).status).toBe(401);
  });
});
