import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { RequestContext } from '../../platform/graphql/context';
import { OrganisationUnit } from '../organisations';
import { UserAccount } from '../accounts';
import { EvaluationPeriod } from './evaluation-period.entity';
import { Indicator } from './indicator.entity';
import { PerformanceEntry } from './performance-entry.entity';
import { Referral } from './referral.entity';
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
 * many rows a page has. Rows reached through them were already admitted by the query that listed
 * the parents (through `performance.policy.ts`), so they apply no scope of their own; a loader that
 * must narrow its rows adds that policy's visibility condition to its query.
 */
export class PerformanceLoaders {
  constructor(private readonly dataSource: DataSource) {}

  /** The loaders of this request (made on first use). */
  of(ctx: RequestContext) {
    return performanceLoaders(this.dataSource, ctx);
  }
}

function performanceLoaders(dataSource: DataSource, ctx: RequestContext) {
  return ctx.loaders.get('performance', () => ({
    unit: new DataLoader<string, OrganisationUnit | null>(async (ids) => byId(await dataSource.getRepository(OrganisationUnit).findBy({ id: In([...ids]) }), ids)),
    user: new DataLoader<string, UserSummary | null>(async (ids) =>
      byId(
        await dataSource.getRepository(UserAccount).find({ where: { id: In([...ids]) }, select: { id: true, firstName: true, lastName: true, post: true } }),
        ids,
      ),
    ),
    indicator: new DataLoader<string, Indicator | null>(async (ids) => byId(await dataSource.getRepository(Indicator).findBy({ id: In([...ids]) }), ids)),
    period: new DataLoader<string, EvaluationPeriod | null>(async (ids) => byId(await dataSource.getRepository(EvaluationPeriod).findBy({ id: In([...ids]) }), ids)),
    entry: new DataLoader<string, PerformanceEntry | null>(async (ids) => {
      const rows = await dataSource.getRepository(PerformanceEntry).findBy({ referralId: In([...ids]) });
      const map = new Map(rows.map((row) => [row.referralId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    children: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(await dataSource.getRepository(Referral).find({ where: { parentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), ids, (r) => r.parentId!),
    ),
    topReferrals: new DataLoader<string, Referral[]>(async (ids) =>
      grouped(
        await dataSource.getRepository(Referral).createQueryBuilder('r').where('r.indicator_id IN (:...ids) AND r.parent_id IS NULL', { ids: [...ids] }).orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany(),
        ids,
        (r) => r.indicatorId,
      ),
    ),
  }));
}
