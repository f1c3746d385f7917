import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { exportZeroFile } from '../modules/households/zero-file/zero-file-export.service';
import { withDatabase } from './with-database';

/** `npm run export:zero-file -- <file>` writes every active household as NDJSON (gzip when it ends in .gz). */
// npm runs the script in apps/api; the path is the caller's (INIT_CWD).
const file = process.argv[2] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : undefined;
if (!file) {
  process.stderr.write('usage: npm run export:zero-file -- <file.ndjson[.gz]>\n');
  process.exit(64);
}

void withDatabase('zero-file-export', async (dataSource) => {
  const out = createWriteStream(file);
  const sink = file.endsWith('.gz') ? createGzip() : out;
  if (sink !== out) sink.pipe(out);
  const written = await exportZeroFile(dataSource, sink);
  sink.end();
  await once(out, 'finish');
  process.stdout.write(`wrote ${written} households to ${file}\n`);
});
