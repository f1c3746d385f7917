import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { referralVisibility } from './performance.policy';

/** What happened in an indicator's chain, as the audit log recorded it (seed 002 rules 7–10). */
export enum ChainEventKind {
  /** A referral was made (one event per receiver or province). */
  REFERRED = 'REFERRED',
  /** The receiver saved his performance entry. */
  ENTRY_SAVED = 'ENTRY_SAVED',
  /** The receiver finished and sent the value up (اتمام عملیات). */
  FINISHED = 'FINISHED',
  /** The referrer sent it back down, with a reason. */
  RETURNED = 'RETURNED',
  /** The lead evaluator approved the indicator. */
  APPROVED = 'APPROVED',
  /** The senior lead evaluated it. */
  EVALUATED = 'EVALUATED',
}

registerEnumType(ChainEventKind, { name: 'ChainEventKind', description: 'A step of an indicator referral chain' });

@ObjectType('ChainEvent', { description: "One step of an indicator's referral chain: who did what, when, and why (a return's reason)" })
export class ChainEventView {
  @Field()
  at!: Date;

  @Field(() => ChainEventKind)
  kind!: ChainEventKind;

  /** Who acted (resolved to a person by `ChainEventResolver.actor`). */
  actorId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The referral acted on (the new one for REFERRED); null for a decision on the whole indicator',
  })
  referralId!: string | null;

  /** The referral's receiver (resolved by `ChainEventResolver.assignee`). */
  assigneeId!: string | null;

  @Field(() => String, { nullable: true, description: "The referral's province, when it is a provincial share" })
  province!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was sent back (RETURNED)' })
  reason!: string | null;
}

const ACTION_KINDS: Readonly<Record<string, ChainEventKind>> = {
  'performance.refer': ChainEventKind.REFERRED,
  'performance.entry.save': ChainEventKind.ENTRY_SAVED,
  'performance.finish': ChainEventKind.FINISHED,
  'performance.return': ChainEventKind.RETURNED,
  'performance.approve': ChainEventKind.APPROVED,
  'performance.evaluate': ChainEventKind.EVALUATED,
};

interface ReferralRow {
  id: string;
  parent_id: string | null;
  indicator_id: string;
  assignee_id: string;
  province: string | null;
}

interface EventRow {
  id: string;
  occurred_at: Date;
  action: string;
  actor_user_id: string | null;
  target_type: string;
  target_id: string;
  details: Record<string, unknown>;
}

/**
 * The history of indicators' chains, read from the audit log (every change of the workflow is
 * audited in its own transaction, with who, when and the reason): only the steps on referrals the
 * caller may see (`referralVisibility`), and the decisions on the indicator itself. Two queries
 * for any number of indicators.
 */
export async function chainHistories(
  dataSource: DataSource,
  principal: UserPrincipal,
  indicatorIds: readonly string[],
): Promise<ChainEventView[][]> {
  const scope = referralVisibility(principal, 'r');
  const referrals: ReferralRow[] = await dataSource
    .createQueryBuilder()
    .select([
      'r.id AS id',
      'r.parent_id AS parent_id',
      'r.indicator_id AS indicator_id',
      'r.assignee_id AS assignee_id',
      'r.province AS province',
    ])
    .from('referral', 'r')
    .where('r.indicator_id IN (:...indicatorIds)', { indicatorIds: [...indicatorIds] })
    .andWhere(scope.sql, scope.params)
    .getRawMany();
  const byReferral = new Map(referrals.map((row) => [row.id, row]));
  const events: EventRow[] = await dataSource.query(
    `SELECT id, occurred_at, action, actor_user_id, target_type, target_id, details
       FROM audit_event
      WHERE outcome = 'SUCCESS' AND action = ANY($1)
        AND ((target_type = 'indicator' AND target_id = ANY($2))
          OR (target_type = 'referral' AND target_id = ANY($3))
          OR (target_type = 'referral' AND action = 'performance.refer' AND target_id = ANY($4)))
      ORDER BY occurred_at, id`,
    // A referral made further down is recorded on the one it was made from, which the caller may not see.
    [
      Object.keys(ACTION_KINDS),
      [...indicatorIds],
      [...byReferral.keys()],
      referrals.flatMap((row) => (row.parent_id === null ? [] : [row.parent_id])),
    ],
  );
  const histories = new Map<string, ChainEventView[]>(indicatorIds.map((id) => [id, []]));
  const push = (indicatorId: string, event: ChainEventView) => histories.get(indicatorId)?.push(event);
  for (const event of events) {
    const kind = ACTION_KINDS[event.action]!;
    const base = { at: event.occurred_at, kind, actorId: event.actor_user_id, reason: null };
    if (kind === ChainEventKind.REFERRED) {
      // One event per referral made, each with its receiver (those the caller may see).
      const made = Array.isArray(event.details.referrals)
        ? event.details.referrals.filter((id): id is string => typeof id === 'string')
        : [];
      for (const id of made) {
        const referral = byReferral.get(id);
        if (referral)
          push(referral.indicator_id, { ...base, referralId: id, assigneeId: referral.assignee_id, province: referral.province });
      }
      continue;
    }
    if (event.target_type === 'indicator') {
      push(event.target_id, { ...base, referralId: null, assigneeId: null, province: null });
      continue;
    }
    const referral = byReferral.get(event.target_id);
    if (!referral) continue;
    const reason = kind === ChainEventKind.RETURNED && typeof event.details.reason === 'string' ? event.details.reason : null;
    push(referral.indicator_id, {
      ...base,
      reason,
      referralId: referral.id,
      assigneeId: referral.assignee_id,
      province: referral.province,
    });
  }
  return indicatorIds.map((id) => histories.get(id) ?? []);
}

const perRequest = new WeakMap<RequestContext, DataLoader<string, ChainEventView[]>>();

/** The request's loader of chain histories by indicator id (one batch per request and caller). */
export function chainHistoryLoader(dataSource: DataSource, ctx: RequestContext): DataLoader<string, ChainEventView[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    const principal = ctx.principal as UserPrincipal;
    loader = new DataLoader((ids) => chainHistories(dataSource, principal, ids));
    perRequest.set(ctx, loader);
  }
  return loader;
}
