import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { ClusterLookupService, HouseholdProof } from '../cluster-lookup/cluster-lookup.service';
import { ObjectionAlreadyResolvedError } from '../households.errors';
import { assertMayAnswerObjections, assistedOperator } from '../households.policy';
import { HouseholdResponse, ObjectionBody, ObjectionStatus, ResponseChannel, ResponseKind } from './household-response.entity';
import type { ClusterObjectionArgs, HouseholdProofInput, ObjectionQueueArgs } from './household-response.inputs';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/**
 * Confirmations and objections (seed 000 rule 3), on the web or through an assisted-channel
 * operator who records his office's code (rule 6), with the same checks as the lookup; objections
 * are routed to the body that answers them (seed 001 rule 5) and resolved from its queue.
 */
export class HouseholdResponseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterLookupService,
    private readonly audit: AuditLog,
  ) {}

  confirm(ctx: Ctx, proof: HouseholdProofInput): Promise<HouseholdResponse> {
    return this.respond(ctx, proof, ResponseKind.CONFIRMATION, { officeCode: proof.officeCode });
  }

  fileObjection(ctx: Ctx, { input, body, reason }: ClusterObjectionArgs): Promise<HouseholdResponse> {
    return this.respond(ctx, input, ResponseKind.OBJECTION, { officeCode: input.officeCode, body, reason });
  }

  /** One body's objections, oldest first, for those who answer that body's objections. */
  async queue(ctx: Ctx, { body, status, offset, limit }: ObjectionQueueArgs): Promise<{ items: HouseholdResponse[]; total: number }> {
    assertMayAnswerObjections(ctx.principal, body);
    const [items, total] = await this.dataSource.getRepository(HouseholdResponse).findAndCount({
      where: { kind: ResponseKind.OBJECTION, body, ...(status ? { status } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items, total };
  }

  async resolve(ctx: Ctx, id: string, accepted: boolean, resolution: string): Promise<HouseholdResponse> {
    const found = await this.dataSource.getRepository(HouseholdResponse).findOneBy({ id });
    if (!found) throw new NotFoundError('The objection');
    assertMayAnswerObjections(ctx.principal, found.body ?? ObjectionBody.CIVIL_REGISTRY);
    if (resolution.trim().length < 3) throw new BadInputError('resolution', 'Write the resolution');
    const userId = ctx.principal!.id;
    return this.dataSource.transaction(async (manager) => {
      const objection = await manager.findOne(HouseholdResponse, {
        where: { id, kind: ResponseKind.OBJECTION },
        lock: { mode: 'pessimistic_write' },
      });
      if (!objection) throw new NotFoundError('The objection');
      if (objection.status !== ObjectionStatus.OPEN) throw new ObjectionAlreadyResolvedError();
      const status = accepted ? ObjectionStatus.ACCEPTED : ObjectionStatus.REJECTED;
      await manager.update(HouseholdResponse, { id }, { status, resolution: resolution.trim(), resolvedBy: userId });
      await this.audit.record(
        ctx,
        {
          action: 'households.objection.resolve',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'household_response',
          targetId: id,
          details: { status },
        },
        manager,
      );
      return { ...objection, status, resolution: resolution.trim(), resolvedBy: userId };
    });
  }

  private async respond(
    ctx: Ctx,
    proof: HouseholdProof,
    kind: ResponseKind,
    extra: { officeCode?: string; body?: ObjectionBody; reason?: string },
  ): Promise<HouseholdResponse> {
    const operator = assistedOperator(ctx.principal);
    if (operator && !/^[A-Za-z0-9-]{3,20}$/.test(extra.officeCode ?? ''))
      throw new BadInputError('officeCode', "The office's code is required on the assisted channel");
    if (kind === ResponseKind.OBJECTION) {
      if (!extra.body) throw new BadInputError('body', 'Name who answers the objection');
      if ((extra.reason?.trim().length ?? 0) < 5) throw new BadInputError('reason', 'Say what is objected to (5 characters or more)');
    }
    const match = await this.clusters.matchInWindow(ctx, proof, `households.${kind.toLowerCase()}`);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(HouseholdResponse, {
        householdId: match.household_id,
        kind,
        channel: operator ? ResponseChannel.ASSISTED : ResponseChannel.WEB,
        operatorId: operator?.id ?? null,
        officeCode: operator ? extra.officeCode! : null,
        body: kind === ResponseKind.OBJECTION ? extra.body! : null,
        reason: kind === ResponseKind.OBJECTION ? extra.reason!.trim() : null,
        status: kind === ResponseKind.OBJECTION ? ObjectionStatus.OPEN : null,
        resolution: null,
        resolvedBy: null,
      });
      await this.audit.record(
        ctx,
        {
          action: `households.${kind.toLowerCase()}.record`,
          outcome: AuditOutcome.SUCCESS,
          targetType: 'household_response',
          targetId: saved.id,
        },
        manager,
      );
      return saved;
    });
  }
}
