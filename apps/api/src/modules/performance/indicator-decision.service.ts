import { In, type DataSource } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { Indicator, IndicatorStatus } from './indicator.entity';
import { Referral, ReferralStatus } from './referral.entity';
import { nextIndicatorStatus, nextReferralStatus } from './referral-workflow';
import { assertMayDecideIndicator, indicatorVisibility, lockIndicatorInScope } from './performance.policy';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** The top of the chain: the lead evaluator approves and forwards, the senior lead evaluates. */
export class IndicatorDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Final approval: the values are locked. */
  async approve(ctx: Ctx, principal: UserPrincipal, indicatorId: string): Promise<Indicator> {
    assertMayDecideIndicator(principal, 'APPROVE');
    return this.dataSource.transaction(async (manager) => {
      const indicator = await lockIndicatorInScope(manager, principal, indicatorId);
      const status = nextIndicatorStatus(indicator.status, 'APPROVE');
      await manager.update(Indicator, { id: indicator.id }, { status });
      const submitted = await manager.findBy(Referral, { indicatorId: indicator.id, status: ReferralStatus.SUBMITTED });
      if (submitted.length > 0) {
        await manager.update(
          Referral,
          { id: In(submitted.map((r) => r.id)) },
          { status: nextReferralStatus(ReferralStatus.SUBMITTED, 'LOCK') },
        );
      }
      await this.audit.record(
        ctx,
        { action: 'performance.approve', outcome: AuditOutcome.SUCCESS, targetType: 'indicator', targetId: indicator.id },
        manager,
      );
      return { ...indicator, status };
    });
  }

  /** Forwards the approved indicators of a period in the lead evaluator's agencies to the senior lead. */
  async forwardApproved(ctx: Ctx, principal: UserPrincipal, periodId: string): Promise<number> {
    assertMayDecideIndicator(principal, 'FORWARD');
    const visible = indicatorVisibility(principal, 'i');
    return this.dataSource.transaction(async (manager) => {
      const ids = (await manager
        .createQueryBuilder(Indicator, 'i')
        .select('i.id', 'id')
        .where('i.period_id = :periodId AND i.status = :status', { periodId, status: IndicatorStatus.APPROVED })
        .andWhere(visible.sql, visible.params)
        .setLock('pessimistic_write', undefined, ['i'])
        .getRawMany()) as Array<{ id: string }>;
      if (ids.length > 0) {
        await manager.update(
          Indicator,
          { id: In(ids.map((r) => r.id)) },
          { status: nextIndicatorStatus(IndicatorStatus.APPROVED, 'FORWARD') },
        );
      }
      await this.audit.record(
        ctx,
        {
          action: 'performance.forward',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'evaluation_period',
          targetId: periodId,
          details: { indicators: ids.length },
        },
        manager,
      );
      return ids.length;
    });
  }

  async evaluate(ctx: Ctx, principal: UserPrincipal, indicatorId: string, note: string | null): Promise<Indicator> {
    assertMayDecideIndicator(principal, 'EVALUATE');
    return this.dataSource.transaction(async (manager) => {
      const indicator = await lockIndicatorInScope(manager, principal, indicatorId);
      const status = nextIndicatorStatus(indicator.status, 'EVALUATE');
      await manager.update(Indicator, { id: indicator.id }, { status, evaluationNote: note?.trim() || null });
      await this.audit.record(
        ctx,
        { action: 'performance.evaluate', outcome: AuditOutcome.SUCCESS, targetType: 'indicator', targetId: indicator.id },
        manager,
      );
      return { ...indicator, status, evaluationNote: note?.trim() || null };
    });
  }
}
