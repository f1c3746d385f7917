/**
 * Zero-file import against raw COPY, side by side on one embedded PostgreSQL:
 * `SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/zero-file-import.ts [N…]`
 * (default 100000; the figure is for 1000000; give two sizes to see memory stay flat).
 * For each N: a synthetic file, the product's importer into one fresh database, then COPY of the
 * same rows (already converted, so only COPY is timed) into the same tables of another fresh
 * database; writes the ratio and the importer's peak memory to bench/RESULTS.md.
 */
import { createReadStream } from 'node:fs';
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createLogger } from '../apps/api/src/platform/logging/logger';
import { createDataSource } from '../apps/api/src/platform/db/data-source';
import { DATABASE_MODEL } from '../apps/api/src/composition';
import { runMigrations } from '../apps/api/src/platform/db/migrate';
import { databaseUrl, freePort, startEmbeddedPostgres } from '../apps/api/src/platform/db/embedded-postgres';
import { ensureDatabase } from '../apps/api/src/platform/db/ensure-database';
import { parseZeroFileLine } from '../apps/api/src/modules/households/zero-file/zero-file.format';
import { writeZeroFile } from './lib/zero-file-generator';
import { writeFreeSection } from './lib/report';

const log = createLogger('silent');

/** The importer's V8 heap limit: memory that grew with the file would stop it. */
const HEAP_CAP_MB = 128;

/**
 * `npm run import:zero-file` as an operator runs it, in its own process on `url`: its own elapsed
 * time (from its last line) and its peak resident memory (VmHWM, polled from /proc).
 */
async function importWithCli(
  file: string,
  url: string,
): Promise<{ importMs: number; peakRssMb: number; report: { imported: number; rejected: number } }> {
  const apiDir = path.join(__dirname, '..', 'apps', 'api');
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, '-r', '@swc-node/register', 'src/cli/zero-file-import.ts', file],
    {
      cwd: apiDir,
      env: {
        ...process.env,
        DATABASE_URL: url,
        LOG_LEVEL: 'error',
        SWC_NODE_PROJECT: path.join(apiDir, 'tsconfig.json'),
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  let peakKb = 0;
  const readPeak = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
  };
  const poller = setInterval(() => void readPeak(), 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(poller);
  const done = /imported (\d+), skipped \d+ already imported, rejected (\d+) in ([\d.]+) s/.exec(out);
  if (code !== 0 || !done) throw new Error(`the importer failed (exit ${code}): ${out.slice(-500)}`);
  return {
    importMs: Number(done[3]) * 1000,
    peakRssMb: Math.round(peakKb / 1024),
    report: { imported: Number(done[1]), rejected: Number(done[2]) },
  };
}

async function migrated(adminUrl: string, name: string) {
  await ensureDatabase(adminUrl, name);
  const ds = createDataSource({ url: databaseUrl(adminUrl, name), poolSize: 4, log, model: DATABASE_MODEL });
  await ds.initialize();
  await runMigrations(ds, log);
  return ds;
}

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

async function rawRows(file: string): Promise<{ households: string[]; members: string[] }> {
  const households: string[] = [];
  const members: string[] = [];
  for await (const line of readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const parsed = parseZeroFileLine(line);
    if (!parsed.ok) continue;
    const h = parsed.household;
    const id = randomUUID();
    households.push(`${id}\t${esc(h.householdId)}\t${h.trackingCode}\t${h.cluster}\t${esc(h.province)}\t${h.armedForces}\n`);
    for (const m of h.rows)
      members.push(
        `${id}\t${m.nationalId}\t${esc(m.firstName)}\t${esc(m.lastName)}\t${m.birthDate}\t${m.gender}\t${m.relation}\t2010-01-01\n`,
      );
  }
  return { households, members };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const runs = sizes.length ? sizes : [100_000];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-zf-'));
  await chmod(tmp, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), log });
  const lines: string[] = [];
  const raw: unknown[] = [];
  try {
    for (const n of runs) {
      const file = path.join(__dirname, '.tmp', `zero-${n}.ndjson`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeZeroFile(file, n);

      const a = await migrated(cluster.adminUrl, `zf_import_${n}`);
      await a.destroy();
      const { importMs, peakRssMb, report } = await importWithCli(file, databaseUrl(cluster.adminUrl, `zf_import_${n}`));

      const b = await migrated(cluster.adminUrl, `zf_copy_${n}`);
      const rows = await rawRows(file);
      await b.destroy();
      const client = new pg.Client({ connectionString: databaseUrl(cluster.adminUrl, `zf_copy_${n}`) });
      await client.connect();
      const t1 = process.hrtime.bigint();
      await client.query('BEGIN');
      await client.query(`SET LOCAL pishkhan.bulk_import = 'on'`);
      await pipeline(
        Readable.from(rows.households),
        client.query(copyFrom('COPY household (id, external_id, tracking_code, income_cluster, province, armed_forces) FROM STDIN')),
      );
      await pipeline(
        Readable.from(rows.members),
        client.query(
          copyFrom(
            'COPY household_member (household_id, national_id, first_name, last_name, birth_date, gender, relation, joined_at) FROM STDIN',
          ),
        ),
      );
      await client.query('COMMIT');
      const copyMs = Number(process.hrtime.bigint() - t1) / 1e6;
      await client.end();

      const memberRows = rows.members.length;
      const result = {
        households: n,
        imported: report.imported,
        rejected: report.rejected,
        memberRows,
        importMs,
        copyMs,
        ratio: copyMs / importMs,
        peakRssMb,
        importRowsPerSecond: Math.round(((n + memberRows) / importMs) * 1000),
      };
      raw.push(result);
      console.log(result);
      lines.push(
        `- ${n.toLocaleString('en-US')} households (${memberRows.toLocaleString('en-US')} members): importer ${(importMs / 1000).toFixed(1)} s (${result.importRowsPerSecond.toLocaleString('en-US')} rows/s, importer process peak RSS ${result.peakRssMb} MB with its heap capped at ${HEAP_CAP_MB} MB), raw COPY ${(copyMs / 1000).toFixed(1)} s; **importer / raw COPY speed ratio ${(copyMs / importMs).toFixed(2)}×**`,
      );
      await rm(file, { force: true });
    }
    await writeFreeSection(
      'zeroFileImport',
      [
        `The zero-file importer (\`npm run import:zero-file\`: parse and check every line, skip households already imported, reject clashes, COPY in batches of 2,000 households per transaction) against raw \`COPY\` of the same rows, already converted, into the same tables with their keys and indexes. The importer is the real CLI in its own process, its V8 heap capped at ${HEAP_CAP_MB} MB (a file that needed memory in proportion to its size could not finish), its time as it reports it (without Node start-up) and its peak RSS read from /proc (VmHWM); raw COPY runs in this process on the same embedded PostgreSQL, one after the other.`,
        '',
        `- Date: ${new Date().toISOString()}; ${os.cpus().length} CPUs, Node ${process.version}`,
        ...lines,
        '',
      ],
      raw,
    );
  } finally {
    await cluster.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
