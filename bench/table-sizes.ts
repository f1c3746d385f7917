/**
 * Rows and bytes of the household tables, measured and scaled to the national figure (docs/scaling.md):
 * `SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/table-sizes.ts [households]`
 * (default 250,000: 1 % of 25 M). On a throwaway embedded PostgreSQL, migrated like production:
 * households of 1 to 8 members averaging 3.4 (85 M people / 25 M households), Persian names, a
 * change event per 50 households, an audit line per household (one lookup each) and the
 * rate-limit counters of one lookup rush minute. Prints a Markdown table of heap and index bytes
 * per row and for the nation.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../apps/api/src/platform/logging/logger';
import { createDataSource } from '../apps/api/src/platform/db/data-source';
import { DATABASE_MODEL } from '../apps/api/src/composition';
import { runMigrations } from '../apps/api/src/platform/db/migrate';
import { databaseUrl, freePort, startEmbeddedPostgres } from '../apps/api/src/platform/db/embedded-postgres';
import { ensureDatabase } from '../apps/api/src/platform/db/ensure-database';

const NATION_HOUSEHOLDS = 25_000_000;
const households = Number(process.argv[2] ?? 250_000);
const log = createLogger('silent');

/** Member count of household n: 1…8, averaging 3.4 (weights 10, 18, 26, 23, 13, 6, 3, 1 %). */
const SIZE_SQL = `(CASE WHEN n % 100 < 10 THEN 1 WHEN n % 100 < 28 THEN 2 WHEN n % 100 < 54 THEN 3 WHEN n % 100 < 77 THEN 4 WHEN n % 100 < 90 THEN 5 WHEN n % 100 < 96 THEN 6 WHEN n % 100 < 99 THEN 7 ELSE 8 END)`;

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '.tmp', `sizes-${process.pid}`);
  await mkdir(path.dirname(dir), { recursive: true });
  const cluster = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), log });
  try {
    await ensureDatabase(cluster.adminUrl, 'sizes');
    const db = createDataSource({ url: databaseUrl(cluster.adminUrl, 'sizes'), poolSize: 2, log, model: DATABASE_MODEL });
    await db.initialize();
    await runMigrations(db, log);
    const started = Date.now();
    await db.transaction(async (m) => {
      await m.query(`SET LOCAL pishkhan.bulk_import = 'on'`);
      await m.query('SET LOCAL statement_timeout = 0');
      await m.query(
        `INSERT INTO household (id, tracking_code, external_id, income_cluster, province, armed_forces)
         SELECT md5('h' || n)::uuid, (18811030000000 + n)::text, 'ZF-' || n, 1 + n % 10, (ARRAY['تهران','اصفهان','خراسان رضوی','سمنان','قزوین'])[1 + n % 5], n % 97 = 0
           FROM generate_series(1, $1) AS n`,
        [households],
      );
      await m.query(
        `INSERT INTO household_member (household_id, national_id, first_name, last_name, birth_date, gender, relation, joined_at)
         SELECT md5('h' || n)::uuid, lpad((100000000 + n * 8 + k)::text, 10, '0'),
                (ARRAY['محمدرضا','فاطمه','علی','زهرا','حسین','مریم'])[1 + (n + k) % 6], (ARRAY['حسینی','محمدی','کریمی','رضایی'])[1 + n % 4],
                date '1970-01-01' + ((n * 37 + k * 3650) % 18000), (ARRAY['M','F'])[1 + k % 2],
                (CASE WHEN k = 0 THEN 'HEAD' WHEN k = 1 THEN 'SPOUSE' ELSE 'CHILD' END)::household_relation, date '2010-01-01'
           FROM generate_series(1, $1) AS n, generate_series(0, 7) AS k WHERE k < ${SIZE_SQL}`,
        [households],
      );
      await m.query(
        `INSERT INTO household_change_event (type, source, occurred_on, household_ids, national_ids, recorded_by)
         SELECT 'BIRTH', 'HOUSEHOLD_PORTAL', current_date, ARRAY[md5('h' || n)::uuid], ARRAY[lpad((100000000 + n * 8)::text, 10, '0')], 'registry:operator'
           FROM generate_series(1, $1, 50) AS n`,
        [households],
      );
      await m.query(
        `INSERT INTO audit_event (action, outcome, code, subject_masked, target_type, target_id, ip, request_id, details)
         SELECT 'households.cluster.lookup', 'SUCCESS', NULL, '001****419', 'household', md5('h' || n)::uuid::text, '10.20.' || (n % 250) || '.' || (n % 200), md5('r' || n)::uuid::text, '{}'::jsonb
           FROM generate_series(1, $1) AS n`,
        [households],
      );
      // One rush minute of the lookup's counters: per caller, per caller and national ID, failures.
      await m.query(
        `INSERT INTO rate_limit_counter (key, window_start, count)
         SELECT 'cluster:10.20.' || (n % 250) || '.' || (n % 200) || ':' || substr(md5('i' || n), 1, 32), date_trunc('minute', now()), 1 FROM generate_series(1, $1) AS n`,
        [households],
      );
    });
    await db.query('VACUUM ANALYZE');
    const rows = (await db.query(
      `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes,
              COALESCE(pg_relation_size(c.reltoastrelid), 0) AS toast
         FROM pg_class c WHERE c.relname IN ('household', 'household_member', 'household_change_event', 'audit_event', 'rate_limit_counter') ORDER BY c.relname`,
    )) as Array<{ name: string; rows: string; heap: string; indexes: string; toast: string }>;
    await db.destroy();
    const scale = NATION_HOUSEHOLDS / households;
    const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
    console.log(
      `Generated ${households.toLocaleString('en-US')} households in ${((Date.now() - started) / 1000).toFixed(1)} s; scaled ×${scale.toFixed(0)} to ${NATION_HOUSEHOLDS.toLocaleString('en-US')}.\n`,
    );
    console.log('| table | rows measured | bytes per row (heap + indexes) | rows for the nation | heap (GB) | indexes (GB) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const count = Number(r.rows);
      const heap = Number(r.heap) + Number(r.toast);
      const indexes = Number(r.indexes);
      console.log(
        `| \`${r.name}\` | ${count.toLocaleString('en-US')} | ${Math.round(heap / count)} + ${Math.round(indexes / count)} | ${Math.round(count * scale).toLocaleString('en-US')} | ${gb(heap * scale)} | ${gb(indexes * scale)} |`,
      );
    }
  } finally {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
