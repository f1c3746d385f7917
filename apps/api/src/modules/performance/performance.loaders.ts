import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { OrganisationUnit, organisationUnitVisibility } from '../organisations';
import { EvaluationPeriod } from './evaluation-period.entity';
import { Indicator } from './indicator.entity';
import { PerformanceEntry } from './performance-entry.entity';
import { Referral } from './referral.entity';
import { entryVisibility, personVisibility, reachableIndicator, referralVisibility } from './performance.policy';
import type { UserSummary } from './performance.type';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function grouped<T>(rows: T[], ids: readonly string[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * The performance context's request-scoped loaders: one query per relation per request, however
 * many rows a page has. Each loader filters its rows by the caller's visibility from
 * `performance.policy.ts` (units by `organisations.policy.ts`), the same condition the top-level
 * query of that kind applies: a row the caller may not see is left out of a list and is null for
 * a single relation. Loaders are made per principal (`RequestLoaders`), so no cached row crosses
 * from one caller, or one role, to another.
 */
export class PerformanceLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** The loaders of this request and caller (made on first use). */
  of(ctx: RequestContext) {
    return ctx.loaders.get('performance', ctx.principal, (principal) => performanceLoaders(this.dataSource, principal));
  }
}

/**
 * The select list of every column of `entity`, aliased to its property names, so that a raw query
 * returns plain rows of the entity's shape with the values TypeORM would hydrate (`date` columns as
 * ISO date text; numerics as text, uuids, enums, booleans, arrays and timestamps as the driver gives
 * them). Plain rows skip TypeORM's query building and hydration, which cost more than the SQL on a
 * nested page. Built once per entity.
 */
const selectLists = new WeakMap<object, Map<string, string>>();
function selectList(dataSource: DataSource, entity: Function, alias: string): string {
  let byAlias = selectLists.get(entity);
  if (!byAlias) selectLists.set(entity, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (list === undefined) {
    list = dataSource
      .getMetadata(entity)
      .columns.map((column) => {
        const name = `${alias}."${column.databaseName}"`;
        return `${column.type === 'date' ? `to_char(${name}, 'YYYY-MM-DD')` : name} AS "${column.propertyName}"`;
      })
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
}

function performanceLoaders(dataSource: DataSource, principal: Principal | null) {
  const units = organisationUnitVisibility(principal, 'u');
  const people = personVisibility(principal, 'u');
  const indicators = reachableIndicator(principal, 'i');
  const entries = entryVisibility(principal, 'e');
  const referrals = referralVisibility(principal, 'r');
  /** One statement with named parameters (`:ids` is the batch's keys as one uuid[] parameter). */
  const rows = async <T>(sql: string, params: Record<string, unknown>): Promise<T[]> => {
    const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
    return (await dataSource.query(text, values)) as T[];
  };
  const referralSelect = `SELECT ${selectList(dataSource, Referral, 'r')} FROM referral r WHERE ${referrals.sql}`;
  return {
    unit: new DataLoader<string, OrganisationUnit | null>(async (ids) =>
      byId(
        await rows<OrganisationUnit>(
          `SELECT ${selectList(dataSource, OrganisationUnit, 'u')} FROM organisation_unit u WHERE u.id = ANY(CAST(:ids AS uuid[])) AND ${units.sql}`,
          { ...units.params, ids: [...ids] },
        ),
        ids,
      ),
    ),
    user: new DataLoader<string, UserSummary | null>(async (ids) =>
      byId(
        await rows<UserSummary>(
          `SELECT u.id, u.first_name AS "firstName", u.last_name AS "lastName", u.post FROM user_account u WHERE u.id = ANY(CAST(:ids AS uuid[])) AND ${people.sql}`,
          {
            ...people.params,
            ids: [...ids],
          },
        ),
        ids,
      ),
    ),
    indicator: new DataLoader<string, Indicator | null>(async (ids) =>
      byId(
        await rows<Indicator>(
          `SELECT ${selectList(dataSource, Indicator, 'i')} FROM indicator i WHERE i.id = ANY(CAST(:ids AS uuid[])) AND ${indicators.sql}`,
          { ...indicators.params, ids: [...ids] },
        ),
        ids,
      ),
    ),
    // Periods are no one's rows: every signed-in caller lists them (`evaluationPeriods`).
    period: new DataLoader<string, EvaluationPeriod | null>(async (ids) =>
      byId(
        await rows<EvaluationPeriod>(
          `SELECT ${selectList(dataSource, EvaluationPeriod, 'p')} FROM evaluation_period p WHERE p.id = ANY(CAST(:ids AS uuid[]))`,
          { ids: [...ids] },
        ),
        ids,
      ),
    ),
    entry: new DataLoader<string, PerformanceEntry | null>(async (ids) => {
      const found = await rows<PerformanceEntry>(
        `SELECT ${selectList(dataSource, PerformanceEntry, 'e')} FROM performance_entry e WHERE e.referral_id = ANY(CAST(:ids AS uuid[])) AND ${entries.sql}`,
        {
          ...entries.params,
          ids: [...ids],
        },
      );
      const map = new Map(found.map((row) => [row.referralId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    children: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(
        await rows<Referral>(`${referralSelect} AND r.parent_id = ANY(CAST(:ids AS uuid[])) ORDER BY r.created_at ASC, r.id ASC`, {
          ...referrals.params,
          ids: [...ids],
        }),
        ids,
        (r) => r.parentId!,
      ),
    ),
    topReferrals: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(
        await rows<Referral>(
          `${referralSelect} AND r.indicator_id = ANY(CAST(:ids AS uuid[])) AND r.parent_id IS NULL ORDER BY r.created_at ASC, r.id ASC`,
          { ...referrals.params, ids: [...ids] },
        ),
        ids,
        (r) => r.indicatorId,
      ),
    ),
  };
}
