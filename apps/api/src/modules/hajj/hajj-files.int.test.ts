import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { SEED_SETS } from '../../composition';
import { applySeeds } from '../../platform/db/seed';
import { createLogger } from '../../platform/logging/logger';
import { LOGIN, solvedCaptcha } from '../../test-support/accounts-fixtures';
import { activeSeason, seasonFile, startHajjApi, type HajjTestApi } from '../../test-support/hajj-fixtures';
import { HAJJ_DEMO_FILES, HAJJ_DEMO_USERS } from './hajj.seed';
import { jalali } from './hajj-dates';

const run = promisify(execFile);
const API_DIR = path.resolve(__dirname, '../../..');

let hajj: HajjTestApi;
let db: DataSource;
let dir: string;

beforeAll(async () => {
  hajj = await startHajjApi();
  db = hajj.db;
  dir = await mkdtemp(path.join(os.tmpdir(), 'hajj-files-'));
});
afterAll(async () => {
  await hajj.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs one of the npm scripts' commands, as `npm run <script> -- args` runs it. */
async function cli(script: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', ['-r', '@swc-node/register', `src/cli/${script}.ts`, ...args], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: hajj.url, LOG_LEVEL: 'warn', INIT_CWD: dir },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('the season file and the NDJSON imports', () => {
  it('loads the demo season, imports receipts and caravans with rejects by line, and a second run imports nothing twice', async () => {
    const loaded = await cli('hajj-load-season', [HAJJ_DEMO_FILES.season, '--activate']);
    expect(loaded.stdout).toBe('season 1393 created (3 groups, 32 provinces), active\n');

    const receipts = path.join(dir, 'receipts.ndjson');
    const demo = await readFile(HAJJ_DEMO_FILES.receipts, 'utf8');
    await writeFile(receipts, `${demo}{"receiptNumber":"X-1","nationalId":"1234567890"}\n\nnot json\n`);
    const first = await cli('hajj-import-receipts', ['receipts.ndjson']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^deposit receipts: imported 19, skipped 0 already imported, rejected 2 in /);
    expect(first.stderr).toContain('100%');
    expect(await readFile(`${receipts}.rejects.txt`, 'utf8')).toBe(
      'line 20: nationalId: not a valid national ID\nline 22: not valid JSON\n',
    );
    const again = await cli('hajj-import-receipts', ['receipts.ndjson']);
    expect(again.stdout).toMatch(/^deposit receipts: imported 0, skipped 19 already imported, rejected 2 in /);

    await writeFile(path.join(dir, 'caravans.ndjson'), await readFile(HAJJ_DEMO_FILES.caravans, 'utf8'));
    const caravans = await cli('hajj-import-caravans', ['caravans.ndjson']);
    expect(caravans.stdout).toMatch(/^caravans: imported 5, skipped 0 already imported, rejected 0 in /);
    const [counts] = (await db.query(
      `SELECT (SELECT count(*) FROM hajj_deposit_receipt)::int AS receipts, (SELECT count(*) FROM hajj_caravan)::int AS caravans`,
    )) as Array<{ receipts: number; caravans: number }>;
    expect(counts).toEqual({ receipts: 19, caravans: 5 });
    const [converted] = (await db.query(
      `SELECT deposit_date::text AS d, amount_rials::text AS a, original_receipt_number AS o FROM hajj_deposit_receipt WHERE receipt_number = '93100002'`,
    )) as Array<Record<string, string>>;
    expect(converted).toEqual({ d: '1984-10-07', a: '250000', o: '93100002' });

    const bad = path.join(dir, 'bad-season.json');
    await writeFile(bad, JSON.stringify({ code: '1393', onlineSharePercent: 120 }));
    const refused = await cli('hajj-load-season', ['bad-season.json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('onlineSharePercent: a whole number from 0 to 100');
  }, 90_000);

  it('reloading a season updates it without moving an invitation cut-off back; activating another deactivates it', async () => {
    const file = seasonFile({
      code: 'RELOAD',
      groups: [{ provinces: ['سمنان', 'تهران'], opensInHours: -1, invitedDepositsUntil: '1383-01-01' }],
    });
    const season = await activeSeason(db, file);
    await db.query(`UPDATE hajj_province SET invited_deposits_until = '2005-01-01' WHERE season_id = $1 AND province = 'سمنان'`, [
      season.id,
    ]);
    const reloaded = await activeSeason(db, {
      ...file,
      title: 'عنوان تازه',
      onlineSharePercent: 40,
      provinceGroups: [{ ...(file.provinceGroups as object[])[0], provinces: ['سمنان', 'قم'] }],
    });
    expect(reloaded).toMatchObject({ id: season.id, title: 'عنوان تازه', onlineSharePercent: 40, active: true });
    const provinces = (await db.query(
      `SELECT province, invited_deposits_until::text AS cut FROM hajj_province WHERE season_id = $1 ORDER BY province`,
      [season.id],
    )) as unknown[];
    expect(provinces).toEqual([
      { province: 'سمنان', cut: '2005-01-01' },
      { province: 'قم', cut: jalali('1383-01-01') },
    ]);
    const other = await activeSeason(db, seasonFile({ code: 'OTHER', groups: [{ provinces: ['قم'], opensInHours: 1 }] }));
    const active = (await db.query('SELECT code FROM hajj_season WHERE active')) as unknown[];
    expect(active).toEqual([{ code: other.code }]);
  });
});

describe('demo data', () => {
  it('gives every Hajj role its demo user (password pishkhan1405) and the active 1393 season with its receipts and caravans', async () => {
    const seeded = await startHajjApi();
    try {
      await applySeeds(
        seeded.db,
        SEED_SETS.filter((set) => set.name.startsWith('accounts') || set.name.startsWith('hajj')),
        createLogger('silent'),
      );
      for (const user of HAJJ_DEMO_USERS) {
        const client = seeded.api.client();
        const login = await client.gql<{ loginWithPassword: { activeRole: { role: string; organisationUnit: { code: string } } } }>(LOGIN, {
          input: { nationalId: user.nationalId, password: 'pishkhan1405', ...(await solvedCaptcha(client)) },
        });
        expect(login.errors, user.nationalId).toBeUndefined();
        expect(login.data!.loginWithPassword.activeRole).toMatchObject({ role: user.role, organisationUnit: { code: user.unit } });
      }
      const [state] = (await seeded.db.query(
        `SELECT (SELECT code FROM hajj_season WHERE active) AS season, (SELECT count(*) FROM hajj_deposit_receipt)::int AS receipts,
                (SELECT count(*) FROM hajj_caravan)::int AS caravans, (SELECT code FROM hajj_caravan WHERE manager_national_id = '0010018018') AS managed`,
      )) as unknown[];
      expect(state).toEqual({ season: '1393', receipts: 19, caravans: 5, managed: 'TEH-101' });
      const units = (await seeded.db.query(
        `SELECT code, province FROM organisation_unit WHERE code IN ('HAJJ-SEMNAN', 'BMI-4310') ORDER BY code`,
      )) as unknown[];
      expect(units).toEqual([
        { code: 'BMI-4310', province: 'سمنان' },
        { code: 'HAJJ-SEMNAN', province: 'سمنان' },
      ]);
    } finally {
      await seeded.stop();
    }
  }, 60_000);
});
