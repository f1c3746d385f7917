import { Readable } from 'node:stream';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../test-support/test-api';
import { CounterOffice } from './counter-office.entity';
import { CounterOfficeImporter } from './office-import';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  api = await startTestApi();
  db = api.server.database.dataSource;
});
afterAll(async () => {
  await api.stop();
});

const line = (code: string, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    code,
    name: `دفتر پیشخوان ${code}`,
    province: 'فارس',
    city: 'شیراز',
    address: 'شیراز، خیابان زند',
    phone: '071-3230-0001',
    dailyCapacity: 20,
    openWeekdays: [0, 1, 2, 3, 4, 5],
    ...overrides,
  });

describe('importing counter offices (NDJSON)', () => {
  it('imports good lines, rejects bad ones with their numbers, and changes nothing when run again', async () => {
    const base = randomInt(10_000_000, 99_999_000);
    const codes = [0, 1, 2].map((i) => String(base + i));
    const file = [
      line(codes[0]!),
      '{not json',
      line(codes[1]!, { province: 'آتلانتیس' }),
      '',
      line(codes[2]!, { code: `${codes[2]}`.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))), openWeekdays: [6, 0, 0] }),
      line(codes[0]!, { name: 'تکراری' }),
      line('123'),
      line(String(base + 3), { dailyCapacity: -1 }),
      line(String(base + 4), { openWeekdays: [7] }),
    ].join('\n');
    const importer = new CounterOfficeImporter(db);
    const first = await importer.import(Readable.from([file]));
    expect(first).toMatchObject({ lines: 9, imported: 2, updated: 0, unchanged: 0, rejected: 6 });
    expect(first.rejects).toEqual([
      { line: 2, reason: 'not valid JSON' },
      { line: 3, reason: 'province is not one of the 31 provinces' },
      { line: 6, reason: 'code appears twice in the file' },
      { line: 7, reason: 'code must be 8 digits' },
      { line: 8, reason: 'dailyCapacity must be an integer from 0 to 1000' },
      { line: 9, reason: 'openWeekdays must list days from 0 (Saturday) to 6 (Friday)' },
    ]);
    const stored = await db.getRepository(CounterOffice).findOneByOrFail({ code: codes[2]! });
    expect(stored).toMatchObject({ phone: '07132300001', openWeekdays: [0, 6], dailyCapacity: 20 });
    const again = await importer.import(Readable.from([file]));
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejected: 6 });
    const changed = await importer.import(Readable.from([line(codes[0]!, { dailyCapacity: 35 })]));
    expect(changed).toMatchObject({ imported: 0, updated: 1 });
    expect((await db.getRepository(CounterOffice).findOneByOrFail({ code: codes[0]! })).dailyCapacity).toBe(35);
    expect(await db.getRepository(CounterOffice).countBy({ code: codes[0]! })).toBe(1);
  });
});
