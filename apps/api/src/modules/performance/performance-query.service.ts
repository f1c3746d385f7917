import { In, type DataSource } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { NotFoundError } from '../../platform/errors/domain-error';
import { OrganisationUnit, canReachUnit, pathWithinSql, subtreeCondition } from '../organisations';
import { UserAccount } from '../accounts';
import { EvaluationPeriod } from './evaluation-period.entity';
import { Indicator, IndicatorCategory, IndicatorStatus } from './indicator.entity';
import { PerformanceEntry } from './performance-entry.entity';
import { Referral } from './referral.entity';
import type { IndicatorFilter, ReferralFilter } from './performance.inputs';
import type { CartableUnit, DashboardUnit, ScoringRow, ScoringSheet, UserSummary } from './performance.type';
import { indicatorVisibility, referralCandidates, referralVisibility } from './performance.policy';
import { indicatorValue } from './indicator-value';
import { achievement, agencyTotal, score } from './scoring';
import { daysBetween, tehranToday } from '../../platform/time/tehran-date';

export { daysBetween };

export const SCORING_FORMULA =
  'امتیاز هر شاخص = سقف امتیاز × میزان تحقق (کران ۰ تا ۱؛ بیشتر بهتر: عملکرد ÷ هدف، کمتر بهتر: هدف ÷ عملکرد، آستانه‌ای: رسیدن یا نرسیدن)؛ امتیاز کل = Σ(وزن × امتیاز) ÷ Σ(وزن × سقف امتیاز) × ۱۰۰';

/** Lists for the cartables, the scoring list and the dashboard, scoped row by row. */
export class PerformanceQueryService {
  constructor(
    private readonly dataSource: DataSource,
    /** The dashboard may lag the primary a little: the platform's read replica routing. */
    private readonly reads: DataSource = dataSource,
  ) {}

  periods(): Promise<EvaluationPeriod[]> {
    return this.dataSource.getRepository(EvaluationPeriod).find({ order: { startDate: 'DESC', id: 'ASC' } });
  }

  /** Indicators of agencies in the caller's subtree. */
  async indicators(principal: UserPrincipal, filter: IndicatorFilter): Promise<{ items: Indicator[]; total: number }> {
    const visible = indicatorVisibility(principal, 'i');
    const query = this.dataSource
      .getRepository(Indicator)
      .createQueryBuilder('i')
      .where('i.period_id = :periodId', { periodId: filter.periodId })
      .andWhere(visible.sql, visible.params);
    if (filter.organisationUnitId) query.andWhere('i.organisation_unit_id = :unitId', { unitId: filter.organisationUnitId });
    if (filter.category) query.andWhere('i.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('i.category', 'ASC')
      .addOrderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The referrals assigned to the caller (his cartable), oldest deadline first. */
  async myReferrals(principal: UserPrincipal, filter: ReferralFilter): Promise<{ items: Referral[]; total: number }> {
    const query = this.dataSource.getRepository(Referral).createQueryBuilder('r').where('r.assignee_id = :me', { me: principal.id });
    if (filter.periodId)
      query.innerJoin(Indicator, 'i', 'i.id = r.indicator_id').andWhere('i.period_id = :periodId', { periodId: filter.periodId });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    const [items, total] = await query
      .orderBy('r.deadline', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  async referral(principal: UserPrincipal, id: string): Promise<Referral> {
    const scope = referralVisibility(principal);
    const found = await this.dataSource
      .getRepository(Referral)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!found) throw new NotFoundError('The referral');
    return found;
  }

  /** People the caller may refer to: his subordinates (approved through the accounts flow). */
  async candidates(principal: UserPrincipal): Promise<UserSummary[]> {
    return this.dataSource.getRepository(UserAccount).find({
      where: referralCandidates(principal),
      select: { id: true, firstName: true, lastName: true, post: true },
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The cartable's units (rule 4): each unit of the caller's subtree with the share of its agency's
   * general and specific indicators referred into it (to someone in its subtree) and the days left.
   */
  async cartableUnits(principal: UserPrincipal, periodId: string): Promise<CartableUnit[]> {
    const period = await this.dataSource.getRepository(EvaluationPeriod).findOneBy({ id: periodId });
    if (!period) throw new NotFoundError('The evaluation period');
    const scope = subtreeCondition(principal, 'su');
    const referredInto = `SELECT 1 FROM referral r JOIN organisation_unit ru ON ru.id = r.organisation_unit_id WHERE r.indicator_id = ai.id AND ${pathWithinSql('ru.path', 'u.path')}`;
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH units AS (SELECT * FROM organisation_unit su WHERE ${scope.sql}),
            agency_indicators AS (
              SELECT i.id, i.category, a.path AS agency_path FROM indicator i JOIN organisation_unit a ON a.id = i.organisation_unit_id
               WHERE i.period_id = :periodId)
       SELECT u.id,
              count(DISTINCT ai.id) FILTER (WHERE ai.category = 'GENERAL') AS general_total,
              count(DISTINCT ai.id) FILTER (WHERE ai.category = 'SPECIFIC') AS specific_total,
              count(DISTINCT ai.id) FILTER (WHERE ai.category = 'GENERAL' AND EXISTS (${referredInto})) AS general_referred,
              count(DISTINCT ai.id) FILTER (WHERE ai.category = 'SPECIFIC' AND EXISTS (${referredInto})) AS specific_referred
         FROM units u
         LEFT JOIN agency_indicators ai ON ${pathWithinSql('u.path', 'ai.agency_path')}
        GROUP BY u.id`,
      { periodId, ...scope.params },
    );
    const rows = (await this.dataSource.query(sql, params)) as Array<{
      id: string;
      general_total: string;
      specific_total: string;
      general_referred: string;
      specific_referred: string;
    }>;
    const units = new Map(
      (await this.dataSource.getRepository(OrganisationUnit).findBy({ id: In(rows.map((r) => r.id)) })).map((u) => [u.id, u]),
    );
    const daysLeft = daysBetween(tehranToday(), period.endDate);
    const percent = (part: string, whole: string) => (Number(whole) === 0 ? 0 : Math.round((Number(part) / Number(whole)) * 1000) / 10);
    return rows
      .map((r) => ({
        unit: units.get(r.id)!,
        generalReferredPercent: percent(r.general_referred, r.general_total),
        specificReferredPercent: percent(r.specific_referred, r.specific_total),
        daysLeft,
      }))
      .sort((a, b) => a.unit.path.localeCompare(b.unit.path));
  }

  /** The scoring list of one agency (rule 11). Values count once approved by the lead evaluator. */
  async scoringSheet(principal: UserPrincipal, periodId: string, agencyId: string): Promise<ScoringSheet> {
    const agency = await this.dataSource.getRepository(OrganisationUnit).findOneBy({ id: agencyId });
    if (!agency || !canReachUnit(principal, agency.path)) throw new NotFoundError('The agency');
    const indicators = await this.dataSource
      .getRepository(Indicator)
      .find({ where: { periodId, organisationUnitId: agencyId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const rows = await this.scoredRows(indicators);
    return {
      general: rows.filter((r) => r.indicator.category === IndicatorCategory.GENERAL),
      specific: rows.filter((r) => r.indicator.category === IndicatorCategory.SPECIFIC),
      total:
        Math.round(
          agencyTotal(rows.map((r) => ({ scoreCap: Number(r.indicator.scoreCap), weight: Number(r.indicator.weight), score: r.score }))) *
            100,
        ) / 100,
      formula: SCORING_FORMULA,
    };
  }

  /** The dashboard (rule 11): each agency in the caller's subtree with its results. */
  async dashboard(principal: UserPrincipal, periodId: string): Promise<DashboardUnit[]> {
    const visible = indicatorVisibility(principal, 'i');
    const indicators = await this.reads
      .getRepository(Indicator)
      .createQueryBuilder('i')
      .where('i.period_id = :periodId', { periodId })
      .andWhere(visible.sql, visible.params)
      .getMany();
    const rows = await this.scoredRows(indicators, this.reads);
    const units = new Map(
      (await this.reads.getRepository(OrganisationUnit).findBy({ id: In([...new Set(indicators.map((i) => i.organisationUnitId))]) })).map(
        (u) => [u.id, u],
      ),
    );
    const byUnit = new Map<string, ScoringRow[]>();
    for (const row of rows) byUnit.set(row.indicator.organisationUnitId, [...(byUnit.get(row.indicator.organisationUnitId) ?? []), row]);
    const done = new Set([IndicatorStatus.APPROVED, IndicatorStatus.FORWARDED, IndicatorStatus.EVALUATED]);
    return [...byUnit.entries()]
      .map(([unitId, list]) => ({
        unit: units.get(unitId)!,
        indicators: list.length,
        referred: list.filter((r) => r.indicator.status !== IndicatorStatus.NOT_REFERRED).length,
        approved: list.filter((r) => done.has(r.indicator.status)).length,
        total:
          Math.round(
            agencyTotal(list.map((r) => ({ scoreCap: Number(r.indicator.scoreCap), weight: Number(r.indicator.weight), score: r.score }))) *
              100,
          ) / 100,
      }))
      .sort((a, b) => a.unit.path.localeCompare(b.unit.path));
  }

  /** Values and scores for indicators: two queries whatever their number. */
  private async scoredRows(indicators: Indicator[], source: DataSource = this.dataSource): Promise<ScoringRow[]> {
    if (indicators.length === 0) return [];
    const referrals = await source.getRepository(Referral).findBy({ indicatorId: In(indicators.map((i) => i.id)) });
    const entries = referrals.length
      ? await source.getRepository(PerformanceEntry).findBy({ referralId: In(referrals.map((r) => r.id)) })
      : [];
    const entryMap = new Map(entries.map((e) => [e.referralId, e]));
    const counted = new Set([IndicatorStatus.APPROVED, IndicatorStatus.FORWARDED, IndicatorStatus.EVALUATED]);
    const treeOf = new Map<string, Referral[]>();
    for (const r of referrals) treeOf.set(r.indicatorId, [...(treeOf.get(r.indicatorId) ?? []), r]);
    return indicators.map((indicator) => {
      const value = indicatorValue(indicator, treeOf.get(indicator.id) ?? [], entryMap);
      if (value === null || !counted.has(indicator.status)) return { indicator, value, achievement: null, score: null };
      const target = Number(indicator.target);
      return {
        indicator,
        value,
        achievement: Math.round(achievement(indicator.comparisonType, value, target) * 10_000) / 10_000,
        score: Math.round(score(indicator.comparisonType, value, target, Number(indicator.scoreCap)) * 100) / 100,
      };
    });
  }
}
