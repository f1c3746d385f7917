import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { BadInputError, NotFoundError } from '../../platform/errors/domain-error';
import { RoleAssignment, UserAccount } from '../accounts';
import { EvaluationPeriod } from './evaluation-period.entity';
import { Indicator, IndicatorStatus } from './indicator.entity';
import { Breakdown, Referral, ReferralStatus } from './referral.entity';
import { PerformanceEntry } from './performance-entry.entity';
import { BreakdownChoice, type PerformanceEntryInput, type ReferInput } from './performance.inputs';
import { nextIndicatorStatus, nextReferralStatus } from './referral-workflow';
import { splitFits } from './scoring';
import {
  assertAssigneeMayAct,
  assertMayDecideIndicator,
  assertReferrerMayReturn,
  lockIndicatorInScope,
  lockReferral,
  referralCandidates,
} from './performance.policy';
import {
  DeadlinePassedError,
  DeadlineTooLateError,
  NotSubordinateError,
  NotYourTurnError,
  SplitMismatchError,
  SplitRequiredError,
  ValueRequiredError,
} from './performance.errors';
import { tehranToday } from '../../platform/time/tehran-date';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

interface Share {
  assigneeId: string;
  deadline: string;
  province: string | null;
  target: string;
}

/** Keeps an entry's evidence files attached (see performance-evidence.ts). */
export interface EvidenceAttacher {
  sync(manager: EntityManager, principalId: string, previous: readonly string[], next: readonly string[]): Promise<void>;
}

/**
 * The referral tree of an indicator (seed 002 rules 7–10): referring down with deadlines a
 * receiver can never extend, provincial breakdowns, performance entry, finishing up one level,
 * returning down one level with a reason. Each change locks the indicator row first and moves
 * statuses only through `referral-workflow.ts`; each is audited.
 */
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly evidence: EvidenceAttacher,
  ) {}

  /** The lead evaluator refers an indicator of his agency. */
  async referIndicator(ctx: Ctx, principal: UserPrincipal, indicatorId: string, input: ReferInput): Promise<Referral[]> {
    assertMayDecideIndicator(principal, 'REFER');
    return this.dataSource.transaction(async (manager) => {
      const indicator = await lockIndicatorInScope(manager, principal, indicatorId);
      const period = await manager.findOneByOrFail(EvaluationPeriod, { id: indicator.periodId });
      const shares = this.sharesOf(input, indicator.target, indicator);
      const created = await this.createChildren(manager, principal, indicator, null, shares, period.endDate, input.breakdown);
      indicator.status = nextIndicatorStatus(indicator.status, 'REFER');
      await manager.update(Indicator, { id: indicator.id }, { status: indicator.status });
      await this.audit.record(
        ctx,
        {
          action: 'performance.refer',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'indicator',
          targetId: indicator.id,
          details: { referrals: created.map((r) => r.id) },
        },
        manager,
      );
      return created;
    });
  }

  /** The assignee of a referral refers it further down, or splits it across provinces. */
  async referFurther(ctx: Ctx, principal: UserPrincipal, referralId: string, input: ReferInput): Promise<Referral[]> {
    return this.dataSource.transaction(async (manager) => {
      const { referral, indicator } = await lockReferral(manager, referralId);
      assertAssigneeMayAct(principal, referral);
      if (referral.status === ReferralStatus.RETURNED || referral.status === ReferralStatus.REVIEW) throw new NotYourTurnError();
      if (referral.breakdown === Breakdown.BY_SPECIALISED_UNIT && input.breakdown !== BreakdownChoice.BY_REFERRER)
        throw new SplitRequiredError();
      const shares = this.sharesOf(input, referral.target, indicator);
      const created = await this.createChildren(manager, principal, indicator, referral, shares, referral.deadline, input.breakdown);
      await manager.update(
        Referral,
        { id: referral.id },
        { status: nextReferralStatus(referral.status, 'DELEGATE'), breakdown: Breakdown.NONE },
      );
      await this.audit.record(
        ctx,
        {
          action: 'performance.refer',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'referral',
          targetId: referral.id,
          details: { referrals: created.map((r) => r.id) },
        },
        manager,
      );
      return created;
    });
  }

  /** Saves the performance draft of a referral that has none below it; nothing typed is lost. */
  async saveEntry(ctx: Ctx, principal: UserPrincipal, referralId: string, input: PerformanceEntryInput): Promise<PerformanceEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { referral } = await lockReferral(manager, referralId);
      assertAssigneeMayAct(principal, referral);
      if (referral.breakdown === Breakdown.BY_SPECIALISED_UNIT) throw new SplitRequiredError();
      if (await manager.existsBy(Referral, { parentId: referral.id })) throw new NotYourTurnError();
      const status = nextReferralStatus(referral.status, 'SAVE_ENTRY');
      const previous = await manager.findOneBy(PerformanceEntry, { referralId: referral.id });
      await this.evidence.sync(manager, principal.id, previous?.evidenceFileIds ?? [], [...new Set(input.evidenceFileIds)]);
      const entry: PerformanceEntry = {
        referralId: referral.id,
        value: input.value ?? null,
        hasStrategicPlan: input.hasStrategicPlan,
        hasInformationSystem: input.hasInformationSystem,
        description: input.description ?? null,
        keyObstacles: input.keyObstacles ?? null,
        improvementMeasures: input.improvementMeasures ?? null,
        partnerPerformance: input.partnerPerformance ?? null,
        isBaseline: input.isBaseline,
        baselineNote: input.baselineNote ?? null,
        evidenceFileIds: [...new Set(input.evidenceFileIds)],
        updatedBy: principal.id,
        updatedAt: new Date(),
      };
      await manager.save(PerformanceEntry, entry);
      if (status !== referral.status) await manager.update(Referral, { id: referral.id }, { status });
      await this.audit.record(
        ctx,
        { action: 'performance.entry.save', outcome: AuditOutcome.SUCCESS, targetType: 'referral', targetId: referral.id },
        manager,
      );
      return manager.findOneByOrFail(PerformanceEntry, { referralId: referral.id });
    });
  }

  /** Finish: the value (or the reviewed values below) goes up one level. */
  async finish(ctx: Ctx, principal: UserPrincipal, referralId: string): Promise<Referral> {
    return this.dataSource.transaction(async (manager) => {
      const { referral, indicator } = await lockReferral(manager, referralId);
      assertAssigneeMayAct(principal, referral);
      const hasChildren = await manager.existsBy(Referral, { parentId: referral.id });
      if (!hasChildren) {
        const entry = await manager.findOneBy(PerformanceEntry, { referralId: referral.id });
        if (entry?.value === null || entry?.value === undefined) throw new ValueRequiredError();
      } else if (referral.status !== ReferralStatus.REVIEW && referral.status !== ReferralStatus.RETURNED) {
        throw new NotYourTurnError();
      }
      const status = nextReferralStatus(referral.status, 'FINISH');
      await manager.update(Referral, { id: referral.id }, { status, returnReason: null });
      await this.propagateUp(manager, referral, indicator);
      await this.audit.record(
        ctx,
        { action: 'performance.finish', outcome: AuditOutcome.SUCCESS, targetType: 'referral', targetId: referral.id },
        manager,
      );
      return { ...referral, status, returnReason: null };
    });
  }

  /** The referrer sends a finished referral back down one level, with a reason. */
  async returnReferral(ctx: Ctx, principal: UserPrincipal, referralId: string, reason: string): Promise<Referral> {
    const why = reason.trim();
    if (why.length < 3) throw new BadInputError('reason', 'A reason of at least 3 characters is required');
    return this.dataSource.transaction(async (manager) => {
      const { referral, indicator } = await lockReferral(manager, referralId);
      assertReferrerMayReturn(principal, referral);
      const status = nextReferralStatus(referral.status, 'RETURNED_BY_REFERRER');
      if (referral.parentId) {
        // The referrer must hold the level above: not yet finished it upward himself.
        const parent = await manager.findOneOrFail(Referral, { where: { id: referral.parentId }, lock: { mode: 'pessimistic_write' } });
        if (parent.status !== ReferralStatus.DELEGATED) {
          await manager.update(Referral, { id: parent.id }, { status: nextReferralStatus(parent.status, 'CHILD_RETURNED') });
        }
      } else if (indicator.status === IndicatorStatus.REVIEW) {
        await manager.update(Indicator, { id: indicator.id }, { status: nextIndicatorStatus(indicator.status, 'CHILD_RETURNED') });
      } else if (indicator.status !== IndicatorStatus.REFERRED) {
        throw new NotYourTurnError();
      }
      await manager.update(Referral, { id: referral.id }, { status, returnReason: why });
      await this.audit.record(
        ctx,
        {
          action: 'performance.return',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'referral',
          targetId: referral.id,
          details: { reason: why },
        },
        manager,
      );
      return { ...referral, status, returnReason: why };
    });
  }

  private sharesOf(input: ReferInput, target: string, indicator: Indicator): Share[] {
    if (input.breakdown === BreakdownChoice.BY_REFERRER) {
      const rows = input.provinces ?? [];
      if (rows.length === 0) throw new BadInputError('input.provinces', 'Give one row per province');
      if (new Set(rows.map((r) => r.province.trim())).size !== rows.length)
        throw new BadInputError('input.provinces', 'A province appears twice');
      if (
        !splitFits(
          target,
          rows.map((r) => r.target),
          indicator.aggregation,
        )
      )
        throw new SplitMismatchError(indicator.aggregation);
      return rows.map((r) => ({ assigneeId: r.assigneeId, deadline: r.deadline, province: r.province.trim(), target: r.target }));
    }
    if (!input.assigneeId || !input.deadline) throw new BadInputError('input.assigneeId', 'Choose the receiver and the deadline');
    return [{ assigneeId: input.assigneeId, deadline: input.deadline, province: null, target }];
  }

  private async createChildren(
    manager: EntityManager,
    principal: UserPrincipal,
    indicator: Indicator,
    parent: Referral | null,
    shares: Share[],
    latest: string,
    breakdown: BreakdownChoice,
  ): Promise<Referral[]> {
    const today = tehranToday();
    for (const share of shares) {
      if (share.deadline > latest) throw new DeadlineTooLateError(latest);
      if (share.deadline < today) throw new DeadlinePassedError();
    }
    const assigneeIds = [...new Set(shares.map((s) => s.assigneeId))];
    const subordinates = await manager.findBy(UserAccount, { ...referralCandidates(principal), id: In(assigneeIds) });
    if (subordinates.length !== assigneeIds.length) throw new NotSubordinateError();
    const roles = await manager.find(RoleAssignment, {
      where: { userId: In(assigneeIds), active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const unitOf = new Map<string, string>();
    for (const role of roles) if (!unitOf.has(role.userId)) unitOf.set(role.userId, role.organisationUnitId);
    const created: Referral[] = [];
    for (const share of shares) {
      const unitId = unitOf.get(share.assigneeId);
      if (!unitId) throw new NotFoundError('An active role of the receiver');
      created.push(
        await manager.save(Referral, {
          indicatorId: indicator.id,
          parentId: parent?.id ?? null,
          referrerId: principal.id,
          assigneeId: share.assigneeId,
          organisationUnitId: unitId,
          deadline: share.deadline,
          status: ReferralStatus.REFERRED,
          breakdown: breakdown === BreakdownChoice.BY_SPECIALISED_UNIT ? Breakdown.BY_SPECIALISED_UNIT : Breakdown.NONE,
          province: share.province ?? parent?.province ?? null,
          target: share.target,
          returnReason: null,
        }),
      );
    }
    // Read back: the numeric columns come out in their canonical form.
    const stored = new Map((await manager.findBy(Referral, { id: In(created.map((r) => r.id)) })).map((r) => [r.id, r]));
    return created.map((r) => stored.get(r.id)!);
  }

  /** After a finish: when every sibling is finished, the level above gets to decide. */
  private async propagateUp(manager: EntityManager, referral: Referral, indicator: Indicator): Promise<void> {
    const siblings = await manager.findBy(
      Referral,
      referral.parentId ? { parentId: referral.parentId } : { indicatorId: indicator.id, parentId: IsNull() },
    );
    const allDone = siblings.every((s) => s.id === referral.id || s.status === ReferralStatus.SUBMITTED);
    if (!allDone) return;
    if (referral.parentId) {
      const parent = await manager.findOneOrFail(Referral, { where: { id: referral.parentId }, lock: { mode: 'pessimistic_write' } });
      if (parent.status === ReferralStatus.DELEGATED)
        await manager.update(Referral, { id: parent.id }, { status: nextReferralStatus(parent.status, 'CHILDREN_FINISHED') });
    } else if (indicator.status === IndicatorStatus.REFERRED) {
      await manager.update(Indicator, { id: indicator.id }, { status: nextIndicatorStatus(indicator.status, 'CHILDREN_FINISHED') });
    }
  }
}
