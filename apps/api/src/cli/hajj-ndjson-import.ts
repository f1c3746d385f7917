import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { ImportProgress, ImportReport } from '../modules/hajj/ndjson-import';
import { runMigrations } from '../platform/db/migrate';
import { withDatabase } from './with-database';

type Importer = (dataSource: DataSource, input: Readable, onProgress: (progress: ImportProgress) => void) => Promise<ImportReport>;

/**
 * The shape of the Hajj NDJSON import commands: the file (NDJSON, or gzip when it ends in .gz) is
 * streamed with a progress line on stderr; rejected lines go with their numbers and reasons to
 * `<file>.rejects.txt`; running it again on the same file imports nothing twice.
 */
export function runNdjsonImport(command: string, what: string, importer: Importer): void {
  // npm runs the script in apps/api; the path is the caller's (INIT_CWD).
  const file = process.argv[2] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : undefined;
  if (!file) {
    process.stderr.write(`usage: npm run ${command} -- <file.ndjson[.gz]>\n`);
    process.exit(64);
  }
  void withDatabase(command, async (dataSource, log) => {
    await runMigrations(dataSource, log);
    const size = (await stat(file)).size;
    const raw = createReadStream(file);
    const input: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const started = Date.now();
    const report = await importer(dataSource, input, (p) => {
      const seconds = (Date.now() - started) / 1000;
      const share = size > 0 ? Math.min(100, Math.round((raw.bytesRead / size) * 100)) : 100;
      const bar = '#'.repeat(Math.round(share / 5)).padEnd(20, '.');
      process.stderr.write(
        `\r[${bar}] ${share}%  ${p.lines} lines  ${p.imported} imported  ${p.skipped} skipped  ${p.rejected} rejected  ${Math.round(p.lines / Math.max(seconds, 0.001))} lines/s`,
      );
    });
    process.stderr.write('\n');
    const rejectsFile = `${file}.rejects.txt`;
    await writeFile(rejectsFile, report.rejects.map((r) => `line ${r.line}: ${r.reason}`).join('\n') + (report.rejects.length ? '\n' : ''));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${what}: imported ${report.imported}, skipped ${report.skipped} already imported, rejected ${report.rejected} in ${seconds} s (see ${rejectsFile})\n`,
    );
  });
}
