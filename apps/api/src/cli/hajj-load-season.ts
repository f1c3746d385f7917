import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSeasonFile } from '../modules/hajj/season/season-file';
import { loadSeason } from '../modules/hajj/season/season.service';
import { runMigrations } from '../platform/db/migrate';
import { withDatabase } from './with-database';

/**
 * `npm run hajj:load-season -- <season.json> [--activate]`: creates the season of the file, or updates
 * the one with its code; `--activate` makes it the active season.
 */
const args = process.argv.slice(2);
const activate = args.includes('--activate');
const given = args.find((arg) => !arg.startsWith('--'));
const file = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;
if (!file || args.some((arg) => arg.startsWith('--') && arg !== '--activate')) {
  process.stderr.write('usage: npm run hajj:load-season -- <season.json> [--activate]\n');
  process.exit(64);
}

void withDatabase('hajj-load-season', async (dataSource, log) => {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`${file}: not readable JSON (${(error as Error).message})\n`);
    throw new Error('unreadable season file');
  }
  const parsed = parseSeasonFile(json);
  if (!parsed.ok) {
    process.stderr.write(`${file} is not a valid season file:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    throw new Error('invalid season file');
  }
  await runMigrations(dataSource, log);
  const { season, created } = await loadSeason(dataSource, parsed.season, activate);
  const provinces = parsed.season.provinceGroups.reduce((n, g) => n + g.provinces.length, 0);
  process.stdout.write(
    `season ${season.code} ${created ? 'created' : 'updated'} (${parsed.season.provinceGroups.length} groups, ${provinces} provinces)${season.active ? ', active' : ''}\n`,
  );
});
