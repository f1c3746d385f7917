import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import pg from 'pg';
import type { BenchContext } from '../lib/benchmark';
import { graphqlBody } from '../lib/load';

/**
 * The cartable's fair baseline: a bare Apollo Server 5 with plain resolver functions answering the
 * same nested query from the same tables with the same batched SQL (request-scoped DataLoaders over
 * a `pg` pool of 10, one statement per relation and level), but no session, no access rules, no
 * visibility conditions, no TypeORM and no type-graphql. What Pishkhan costs above it is the price
 * of its stack: Express, the session, the query limits, type-graphql, TypeORM and the visibility rules.
 */
const TYPE_DEFS = `
  type Query { indicators(filter: IndicatorFilter!): IndicatorPage! }
  input IndicatorFilter { periodId: ID!, offset: Int!, limit: Int! }
  type IndicatorPage { items: [Indicator!]!, total: Int! }
  type Unit { id: ID!, name: String! }
  type User { id: ID!, firstName: String!, lastName: String! }
  type Entry { value: String }
  type Indicator { id: ID!, title: String!, target: String!, scoreCap: String!, weight: String!, category: String!, status: String!, organisationUnit: Unit!, topReferrals: [Referral!]! }
  type Referral { id: ID!, status: String!, deadline: String!, assignee: User!, entry: Entry, children: [Referral!]! }
`;

interface IndicatorRow {
  id: string;
  title: string;
  target: string;
  scoreCap: string;
  weight: string;
  category: string;
  status: string;
  unitId: string;
}
interface ReferralRow {
  id: string;
  status: string;
  deadline: string;
  assigneeId: string;
  parentId: string | null;
  indicatorId: string;
}

function loaders(pool: pg.Pool) {
  const byKey = async <T>(sql: string, ids: readonly string[], key: (row: T) => string) => {
    const map = new Map<string, T>();
    for (const row of (await pool.query(sql, [ids])).rows as T[]) map.set(key(row), row);
    return ids.map((id) => map.get(id) ?? null);
  };
  const grouped = async (sql: string, ids: readonly string[], key: (row: ReferralRow) => string) => {
    const map = new Map<string, ReferralRow[]>();
    for (const row of (await pool.query(sql, [ids])).rows as ReferralRow[]) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return ids.map((id) => map.get(id) ?? []);
  };
  const referralColumns = `id, status, to_char(deadline, 'YYYY-MM-DD') AS deadline, assignee_id AS "assigneeId", parent_id AS "parentId", indicator_id AS "indicatorId"`;
  return {
    unit: new DataLoader((ids: readonly string[]) =>
      byKey<{ id: string }>('SELECT id, name FROM organisation_unit WHERE id = ANY($1)', ids, (r) => r.id),
    ),
    user: new DataLoader((ids: readonly string[]) =>
      byKey<{ id: string }>(
        'SELECT id, first_name AS "firstName", last_name AS "lastName" FROM user_account WHERE id = ANY($1)',
        ids,
        (r) => r.id,
      ),
    ),
    entry: new DataLoader((ids: readonly string[]) =>
      byKey<{ referralId: string }>(
        'SELECT referral_id AS "referralId", value FROM performance_entry WHERE referral_id = ANY($1)',
        ids,
        (r) => r.referralId,
      ),
    ),
    topReferrals: new DataLoader((ids: readonly string[]) =>
      grouped(
        `SELECT ${referralColumns} FROM referral WHERE indicator_id = ANY($1) AND parent_id IS NULL ORDER BY created_at, id`,
        ids,
        (r) => r.indicatorId,
      ),
    ),
    children: new DataLoader((ids: readonly string[]) =>
      grouped(`SELECT ${referralColumns} FROM referral WHERE parent_id = ANY($1) ORDER BY created_at, id`, ids, (r) => r.parentId!),
    ),
  };
}

type Loaders = ReturnType<typeof loaders>;

export async function cartableBaseline(ctx: BenchContext, query: string, limit: number) {
  const url = (ctx.pishkhan.database.dataSource.options as { url?: string }).url;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client told to go when the embedded PostgreSQL stops must not end the process.
  pool.on('error', () => undefined);
  const server = new ApolloServer<{ loaders: Loaders }>({
    typeDefs: TYPE_DEFS,
    resolvers: {
      Query: {
        indicators: async (_: unknown, { filter }: { filter: { periodId: string; offset: number; limit: number } }) => {
          const [count, page] = await Promise.all([
            pool.query('SELECT count(*)::int AS total FROM indicator WHERE period_id = $1', [filter.periodId]),
            pool.query(
              `SELECT id, title, target, score_cap AS "scoreCap", weight, category, status, organisation_unit_id AS "unitId"
                 FROM indicator WHERE period_id = $1 ORDER BY category, created_at, id OFFSET $2 LIMIT $3`,
              [filter.periodId, filter.offset, filter.limit],
            ),
          ]);
          return { total: (count.rows[0] as { total: number }).total, items: page.rows as IndicatorRow[] };
        },
      },
      Indicator: {
        organisationUnit: (row: IndicatorRow, _: unknown, { loaders: l }: { loaders: Loaders }) => l.unit.load(row.unitId),
        topReferrals: (row: IndicatorRow, _: unknown, { loaders: l }: { loaders: Loaders }) => l.topReferrals.load(row.id),
      },
      Referral: {
        assignee: (row: ReferralRow, _: unknown, { loaders: l }: { loaders: Loaders }) => l.user.load(row.assigneeId),
        entry: (row: ReferralRow, _: unknown, { loaders: l }: { loaders: Loaders }) => l.entry.load(row.id),
        children: (row: ReferralRow, _: unknown, { loaders: l }: { loaders: Loaders }) => l.children.load(row.id),
      },
    },
    stopOnTerminationSignals: false,
  });
  const { url: endpoint } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => ({ loaders: loaders(pool) }),
  });
  const [period] = (await pool.query(`SELECT id FROM evaluation_period WHERE title = 'دوره آزمون سرعت' ORDER BY created_at DESC LIMIT 1`))
    .rows as Array<{ id: string }>;
  return {
    target: { url: endpoint, body: graphqlBody(query, { p: period!.id, limit }) },
    label: `bare Apollo Server 5 (\`startStandaloneServer\`, no plugins) with plain resolvers answering the same nested query from the same tables with the same batched SQL (request-scoped DataLoaders over a \`pg\` pool of 10; no session, no access or visibility rules), same process`,
    stop: async () => {
      try {
        await server.stop();
      } finally {
        await pool.end();
      }
    },
  };
}
