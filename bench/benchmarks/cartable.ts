import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import type { Benchmark, BenchContext } from '../lib/benchmark';
import { graphqlBody, requestOnce, type LoadTarget } from '../lib/load';
import { countSql } from '../../apps/api/src/test-support/sql-count';
import { SessionService } from '../../apps/api/src/modules/accounts/session.service';
import { cartableBaseline } from './cartable-baseline';

const INDICATORS = 1000;
/** Referral levels below the lead evaluator: LE → 4 approvers → an entrant. */
const LEVELS = 5;
const PAGE = 50;

const QUERY = `query($p: ID!, $limit: Int!) { indicators(filter: { periodId: $p, offset: 0, limit: $limit }) {
  total items { id title target scoreCap weight category status organisationUnit { name }
    topReferrals { status deadline assignee { firstName lastName }
      children { status deadline assignee { firstName lastName } entry { value }
        children { status assignee { firstName } children { status children { status entry { value } } } } } } } } }`;

/**
 * A generated ministry: 5 units deep, a chain of 6 people (lead evaluator, 4 approvers, an entrant),
 * one open period with 1,000 indicators each referred 5 levels down, written with set-based SQL.
 */
async function generateMinistry(db: DataSource): Promise<{ periodId: string; leadId: string; leadRoleId: string }> {
  return db.transaction(async (m) => {
    const [root] = (await m.query(`SELECT id, path FROM organisation_unit WHERE level = 0 ORDER BY path LIMIT 1`)) as Array<{
      id: string;
      path: string;
    }>;
    const units: Array<{ id: string; path: string }> = [];
    let parent = root!;
    for (let level = 1; level <= LEVELS; level += 1) {
      const code = `BENCH-L${level}`;
      const [unit] = (await m.query(
        `INSERT INTO organisation_unit (code, name, parent_id, path, level, type, province) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, path`,
        [
          code,
          `واحد آزمون سطح ${level}`,
          parent.id,
          `${parent.path}${code}/`,
          level,
          level === 1 ? 'MINISTRY' : level === 2 ? 'HEADQUARTERS' : level === 3 ? 'PROVINCIAL' : 'REGIONAL',
          level >= 3 ? 'سمنان' : null,
        ],
      )) as Array<{ id: string; path: string }>;
      units.push(unit!);
      parent = unit!;
    }
    const people: Array<{ id: string; roleId: string }> = [];
    for (let i = 0; i <= LEVELS; i += 1) {
      const [user] = (await m.query(
        `INSERT INTO user_account (national_id, first_name, last_name, mobile, post, superior_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [withCheckDigit(String(900_000_000 + i)), `کاربر${i}`, 'آزمون', `0935000000${i}`, 'کارشناس', people[i - 1]?.id ?? null],
      )) as Array<{ id: string }>;
      const role = i === 0 ? 'LEAD_EVALUATOR' : i === LEVELS ? 'DATA_ENTRANT' : 'APPROVER';
      const [assignment] = (await m.query(
        `INSERT INTO role_assignment (user_id, role, organisation_unit_id) VALUES ($1, $2, $3) RETURNING id`,
        [user!.id, role, units[Math.max(0, i - 1)]!.id],
      )) as Array<{ id: string }>;
      people.push({ id: user!.id, roleId: assignment!.id });
    }
    const [period] = (await m.query(
      `INSERT INTO evaluation_period (title, start_date, end_date) VALUES ('دوره آزمون سرعت', current_date, current_date + 30) RETURNING id`,
    )) as Array<{ id: string }>;
    await m.query(
      `INSERT INTO indicator (period_id, organisation_unit_id, title, comparison_type, aggregation, unit_of_measure, target, score_cap, weight, category, status)
       SELECT $1, $2, 'شاخص آزمون ' || n, 'HIGHER_IS_BETTER', 'SUM', 'تعداد', 1000, 100, 50, CASE WHEN n % 2 = 0 THEN 'GENERAL' ELSE 'SPECIFIC' END::indicator_category, 'REFERRED'
         FROM generate_series(1, $3) AS n`,
      [period!.id, units[0]!.id, INDICATORS],
    );
    // Level by level: each indicator's referral at level k is the parent of the one at level k+1.
    for (let level = 1; level <= LEVELS; level += 1) {
      await m.query(
        `INSERT INTO referral (indicator_id, parent_id, referrer_id, assignee_id, organisation_unit_id, deadline, status, target)
         SELECT i.id, p.id, $2, $3, $4, current_date + (30 - $5), CASE WHEN $5 = $6 THEN 'IN_PROGRESS' ELSE 'DELEGATED' END::referral_status, 1000
           FROM indicator i
           LEFT JOIN referral p ON p.indicator_id = i.id AND p.assignee_id = $2
          WHERE i.period_id = $1`,
        [period!.id, people[level - 1]!.id, people[level]!.id, units[Math.min(level, LEVELS - 1)]!.id, level, LEVELS],
      );
    }
    await m.query(
      `INSERT INTO performance_entry (referral_id, value, updated_by) SELECT r.id, 900, r.assignee_id FROM referral r JOIN indicator i ON i.id = r.indicator_id
        WHERE i.period_id = $1 AND r.assignee_id = $2`,
      [period!.id, people[LEVELS]!.id],
    );
    return { periodId: period!.id, leadId: people[0]!.id, leadRoleId: people[0]!.roleId };
  });
}

interface Answer {
  data?: { indicators?: { total?: number; items?: Array<{ topReferrals?: Array<{ children?: unknown[] }> }> } };
}

/** The lead evaluator's cartable list with its referral tree, on a generated ministry. */
export const cartable: Benchmark = {
  name: 'cartable',
  description: `The lead evaluator's cartable: a page of ${PAGE} of 1,000 indicators with their referral trees 5 levels deep (assignees, deadlines, entries), signed in, through request-scoped DataLoaders.`,
  subjectLabel: `\`POST /graphql\` \`indicators(filter: { periodId, limit: ${PAGE} })\` with \`organisationUnit\` and \`topReferrals → children\` five levels deep, session cookie of the lead evaluator`,
  async target(ctx: BenchContext): Promise<LoadTarget> {
    const db = ctx.pishkhan.database.dataSource;
    const { periodId, leadId, leadRoleId } = await generateMinistry(db);
    const session = await new SessionService(db, { idleMinutes: 600, maxHours: 24 }).open(leadId, leadRoleId, 'BENCH', '127.0.0.1');
    return {
      url: ctx.pishkhan.graphqlUrl,
      body: graphqlBody(QUERY, { p: periodId, limit: PAGE }),
      headers: { cookie: `pishkhan_session=${session.token}` },
    };
  },
  baseline: (ctx) => cartableBaseline(ctx, QUERY, PAGE),
  check(answer) {
    const page = (answer as Answer).data?.indicators;
    if (page?.total !== INDICATORS) return `total is ${String(page?.total)}, expected ${INDICATORS}`;
    if (page.items?.length !== PAGE) return `page has ${String(page.items?.length)} rows`;
    if (page.items[0]?.topReferrals?.[0]?.children?.length !== 1) return 'the referral tree is missing';
    return null;
  },
  async facts(ctx, target) {
    const db = ctx.pishkhan.database.dataSource;
    const small = { ...target, body: target.body.replace(`"limit":${PAGE}`, '"limit":5') };
    const sqlSmall = await countSql(db, () => requestOnce(small));
    const sqlLarge = await countSql(db, () => requestOnce(target));
    return { 'SQL statements per request': `${sqlLarge} for a page of ${PAGE}, ${sqlSmall} for a page of 5 (session lookup included)` };
  },
};
