import type { DataSource } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { BadInputError, NotFoundError } from '../../platform/errors/domain-error';
import { OrganisationUnit } from '../organisations';
import { EvaluationPeriod } from './evaluation-period.entity';
import { Aggregation, Indicator, IndicatorCategory, IndicatorStatus } from './indicator.entity';
import { IndicatorProposal, ProposalStatus } from './indicator-proposal.entity';
import type { ProposalFilter, ProposalInput } from './performance.inputs';
import { ProposalCapExceededError, ProposalTargetInvalidError, ProposalUnitInvalidError } from './performance.errors';
import { PROPOSAL_POINTS_CAP, exceedsProposalCap, proposalPoints } from '@pishkhan/domain-rules';
import { toScaled } from './scoring';
import { InvalidTransitionError } from './referral-workflow';
import { mayProposeFor, proposalVisibility } from './performance.policy';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** Seed 002 rule 12: at most this many points proposed per agency and period (pending and approved). */
export { PROPOSAL_POINTS_CAP };

/**
 * Indicator proposals by provincial planning deputies for provincial agencies, decided by the senior
 * lead. The 150-point cap is checked under a transaction-scoped advisory lock on (period, agency),
 * so two proposals sent together cannot pass it between them.
 */
export class ProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async propose(ctx: Ctx, principal: UserPrincipal, input: ProposalInput): Promise<IndicatorProposal> {
    const lower = toScaled(input.targetLower);
    const upper = toScaled(input.targetUpper);
    const target = toScaled(input.target);
    if (lower > upper || target < lower || target > upper) throw new ProposalTargetInvalidError();
    const points = proposalPoints(input.score);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(EvaluationPeriod, { id: input.periodId }))) throw new NotFoundError('The evaluation period');
      const unit = await manager.findOneBy(OrganisationUnit, { id: input.organisationUnitId });
      const mine = await manager.findOneByOrFail(OrganisationUnit, { id: principal.organisationUnitId });
      if (!unit || !mayProposeFor(mine, unit)) throw new ProposalUnitInvalidError();
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`proposal-cap:${input.periodId}:${unit.id}`]);
      const [{ used }] = (await manager.query(
        `SELECT COALESCE(sum(score), 0)::float8 AS used FROM indicator_proposal WHERE period_id = $1 AND organisation_unit_id = $2 AND status <> 'REJECTED'`,
        [input.periodId, unit.id],
      )) as [{ used: number }];
      if (exceedsProposalCap(used, points)) throw new ProposalCapExceededError(used, PROPOSAL_POINTS_CAP);
      const proposal = await manager.save(IndicatorProposal, {
        periodId: input.periodId,
        organisationUnitId: unit.id,
        proposedBy: principal.id,
        title: input.title.trim(),
        unitOfMeasure: input.unitOfMeasure.trim(),
        nature: input.nature?.trim() || null,
        calculationMethod: input.calculationMethod.trim(),
        comparisonType: input.comparisonType,
        targetLower: input.targetLower,
        targetUpper: input.targetUpper,
        target: input.target,
        score: points.toFixed(2),
        status: ProposalStatus.PENDING,
        decisionReason: null,
      });
      await this.audit.record(
        ctx,
        { action: 'performance.proposal.submit', outcome: AuditOutcome.SUCCESS, targetType: 'indicator_proposal', targetId: proposal.id },
        manager,
      );
      return proposal;
    });
  }

  /** The caller's own proposals (`mine`), or every proposal he may see (`visible`; the senior lead: all). */
  async list(
    principal: UserPrincipal,
    filter: ProposalFilter,
    which: 'mine' | 'visible',
  ): Promise<{ items: IndicatorProposal[]; total: number }> {
    const visible = proposalVisibility(principal, 'p');
    const query = this.dataSource.getRepository(IndicatorProposal).createQueryBuilder('p').where(visible.sql, visible.params);
    if (which === 'mine') query.andWhere('p.proposed_by = :me', { me: principal.id });
    if (filter.periodId) query.andWhere('p.period_id = :periodId', { periodId: filter.periodId });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** Approval turns the proposal into a specific indicator of the agency, in its cartable. */
  async decide(ctx: Ctx, id: string, approve: boolean, reason: string | null): Promise<IndicatorProposal> {
    if (!approve && (reason?.trim().length ?? 0) < 3) throw new BadInputError('reason', 'A reason of at least 3 characters is required');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(IndicatorProposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal) throw new NotFoundError('The proposal');
      if (proposal.status !== ProposalStatus.PENDING) throw new InvalidTransitionError(proposal.status, approve ? 'APPROVE' : 'REJECT');
      const status = approve ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
      await manager.update(IndicatorProposal, { id }, { status, decisionReason: reason?.trim() || null });
      if (approve) {
        await manager.insert(Indicator, {
          periodId: proposal.periodId,
          organisationUnitId: proposal.organisationUnitId,
          title: proposal.title,
          legalBasis: null,
          nature: proposal.nature,
          comparisonType: proposal.comparisonType,
          aggregation: proposal.unitOfMeasure.includes('درصد') ? Aggregation.MEAN : Aggregation.SUM,
          unitOfMeasure: proposal.unitOfMeasure,
          target: proposal.target,
          scoreCap: proposal.score,
          weight: proposal.score,
          category: IndicatorCategory.SPECIFIC,
          status: IndicatorStatus.NOT_REFERRED,
          evaluationNote: null,
          proposalId: proposal.id,
        });
      }
      await this.audit.record(
        ctx,
        {
          action: approve ? 'performance.proposal.approve' : 'performance.proposal.reject',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'indicator_proposal',
          targetId: id,
        },
        manager,
      );
      return { ...proposal, status, decisionReason: reason?.trim() || null };
    });
  }
}
