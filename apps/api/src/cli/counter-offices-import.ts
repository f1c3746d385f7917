import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CounterOfficeImporter } from '../modules/counter-offices';
import { runMigrations } from '../platform/db/migrate';
import { withDatabase } from './with-database';

/**
 * `npm run import:counter-offices -- <file.ndjson>`: counter offices, one JSON object a line
 * (`code`, `name`, `province`, `city`, `address`, `phone`, `dailyCapacity`, `openWeekdays`),
 * streamed with a progress line on stderr; rejected lines with their numbers go to
 * `<file>.rejects.txt`. Idempotent by code: running the file again changes nothing.
 */
// npm runs the script in apps/api; the path is the caller's (INIT_CWD).
const file = process.argv[2] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : undefined;
if (!file) {
  process.stderr.write('usage: npm run import:counter-offices -- <file.ndjson>\n');
  process.exit(64);
}

void withDatabase('counter-offices-import', async (dataSource, log) => {
  await runMigrations(dataSource, log);
  const size = (await stat(file)).size;
  const input = createReadStream(file);
  const started = Date.now();
  const report = await new CounterOfficeImporter(dataSource).import(input, (p) => {
    const share = size > 0 ? Math.min(100, Math.round((input.bytesRead / size) * 100)) : 100;
    const bar = '#'.repeat(Math.round(share / 5)).padEnd(20, '.');
    process.stderr.write(
      `\r[${bar}] ${share}%  ${p.lines} lines  ${p.imported} new  ${p.updated} updated  ${p.unchanged} unchanged  ${p.rejected} rejected`,
    );
  });
  process.stderr.write('\n');
  const rejectsFile = `${file}.rejects.txt`;
  await writeFile(rejectsFile, report.rejects.map((r) => `line ${r.line}: ${r.reason}`).join('\n') + (report.rejects.length ? '\n' : ''));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `imported ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected in ${seconds} s (see ${rejectsFile})\n`,
  );
});
