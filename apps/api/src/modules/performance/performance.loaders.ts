import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Principal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { OrganisationUnit, organisationUnitVisibility } from '../organisations';
import { UserAccount } from '../accounts';
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
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
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

function performanceLoaders(dataSource: DataSource, principal: Principal | null) {
  const units = organisationUnitVisibility(principal, 'u');
  const people = personVisibility(principal, 'u');
  const indicators = reachableIndicator(principal, 'i');
  const entries = entryVisibility(principal, 'e');
  const referrals = referralVisibility(principal, 'r');
  const referralRows = () => dataSource.getRepository(Referral).createQueryBuilder('r').where(referrals.sql, referrals.params);
  return {
    unit: new DataLoader<string, OrganisationUnit | null>(async (ids) =>
      byId(await dataSource.getRepository(OrganisationUnit).createQueryBuilder('u').where('u.id IN (:...ids)', { ids: [...ids] }).andWhere(units.sql, units.params).getMany(), ids),
    ),
    user: new DataLoader<string, UserSummary | null>(async (ids) =>
      byId(
        await dataSource
          .getRepository(UserAccount)
          .createQueryBuilder('u')
          .select(['u.id', 'u.firstName', 'u.lastName', 'u.post'])
          .where('u.id IN (:...ids)', { ids: [...ids] })
          .andWhere(people.sql, people.params)
          .getMany(),
        ids,
      ),
    ),
    indicator: new DataLoader<string, Indicator | null>(async (ids) =>
      byId(await dataSource.getRepository(Indicator).createQueryBuilder('i').where('i.id IN (:...ids)', { ids: [...ids] }).andWhere(indicators.sql, indicators.params).getMany(), ids),
    ),
    // Periods are no one's rows: every signed-in caller lists them (`evaluationPeriods`).
    period: new DataLoader<string, EvaluationPeriod | null>(async (ids) => byId(await dataSource.getRepository(EvaluationPeriod).findBy({ id: In([...ids]) }), ids)),
    entry: new DataLoader<string, PerformanceEntry | null>(async (ids) => {
      const rows = await dataSource.getRepository(PerformanceEntry).createQueryBuilder('e').where('e.referral_id IN (:...ids)', { ids: [...ids] }).andWhere(entries.sql, entries.params).getMany();
      const map = new Map(rows.map((row) => [row.referralId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    children: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(await referralRows().andWhere('r.parent_id IN (:...ids)', { ids: [...ids] }).orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany(), ids, (r) => r.parentId!),
    ),
    topReferrals: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(
        await referralRows().andWhere('r.indicator_id IN (:...ids) AND r.parent_id IS NULL', { ids: [...ids] }).orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany(),
        ids,
        (r) => r.indicatorId,
      ),
    ),
  };
}
