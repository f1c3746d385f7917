import type { DataSource, EntityManager } from 'typeorm';
import { checkNationalId } from '@pishkhan/national-id';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { BadInputError } from '../../../platform/errors/domain-error';
import { NotHeadError, SameHouseholdError, SubjectIsHeadError } from '../households.errors';
import { Household } from '../household.entity';
import { Relation } from '../household-member.entity';
import { ChangeSource, ChangeType, HouseholdChangeEvent } from '../inquiry/household-change-event.entity';
import { changeView, type HouseholdChangeView } from '../inquiry/household-inquiry.type';
import { currentMembership, foundHousehold, joinHousehold, leaveHousehold } from './household-structure';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

export interface VitalEvent {
  type: ChangeType;
  source: ChangeSource;
  occurredOn: string;
  /** The person the event is about: the deceased; the spouse who moves (marriage, divorce, irreconcilability); the child (custody, guardianship, sponsorship, birth's parent is `relatedNationalId`). */
  subjectNationalId: string;
  /** The other party: the head whose household receives the person (marriage, custody, guardianship, sponsorship), or the parent (birth). */
  relatedNationalId?: string;
  /** For a birth: the newborn. */
  newborn?: { nationalId: string; firstName: string; lastName: string; birthDate: string; gender: string };
}

const FEED_LOCK = 'household-change-feed';
/** PostgreSQL's deadlock and serialization failure: the transaction is run again from the start. */
const RETRIED_STATES = new Set(['40P01', '40001']);
const MAX_TRIES = 5;

/** A person moved between reading whose households to lock and locking them: start again. */
class HouseholdsMovedError extends Error {
  readonly code = '40001';
}

const sqlStateOf = (error: unknown): string | undefined => {
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const state = driverError?.code ?? code;
  return typeof state === 'string' ? state : undefined;
};

function valid(nationalId: string | undefined, field: string): string {
  const checked = checkNationalId(nationalId ?? '');
  if (!checked.valid) throw new BadInputError(field, 'The national ID is not valid');
  return checked.normalized;
}

/**
 * Vital events applied to households in one transaction each, keeping the invariants (one head,
 * one household per person), and appended to the change feed in commit order.
 */
export class VitalEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    /** Called inside the event's transaction (webhook deliveries are queued there). */
    private readonly onEvent: (manager: EntityManager, eventId: string) => Promise<void> = async () => undefined,
  ) {}

  async register(ctx: Ctx, event: VitalEvent): Promise<HouseholdChangeView> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(event.occurredOn)) throw new BadInputError('input.occurredOn', 'An ISO date');
    const subject = valid(event.subjectNationalId, 'input.subjectNationalId');
    // Events that touch the same households are serialised by the households' row locks, taken
    // first and in one order; a deadlock or serialization failure that still happens (e.g. with a
    // writer outside this service) runs the whole transaction again, a few times.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.registerOnce(ctx, event, subject);
      } catch (error) {
        if (attempt >= MAX_TRIES || !RETRIED_STATES.has(sqlStateOf(error) ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  }

  private registerOnce(ctx: Ctx, event: VitalEvent, subject: string): Promise<HouseholdChangeView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockHouseholds(manager, [subject, event.relatedNationalId]);
      const touched = await this.apply(manager, event, subject);
      // Taken last, held to commit: feed positions follow commit order.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [FEED_LOCK]);
      const saved = await manager.save(HouseholdChangeEvent, {
        type: event.type,
        source: event.source,
        occurredOn: event.occurredOn,
        householdIds: [...new Set(touched.households)],
        nationalIds: [...new Set(touched.people)],
        recordedBy: ctx.principal?.id ?? 'system',
      });
      await this.onEvent(manager, saved.id);
      await this.audit.record(
        ctx,
        {
          action: `households.event.${event.type.toLowerCase()}`,
          outcome: AuditOutcome.SUCCESS,
          subjectNationalId: subject,
          targetType: 'household_change_event',
          targetId: saved.id,
        },
        manager,
      );
      return changeView(await manager.findOneByOrFail(HouseholdChangeEvent, { id: saved.id }));
    });
  }

  /**
   * Locks the households the named people belong to now, in the order of their ids, before any
   * member row: two events on the same households queue behind each other instead of locking
   * their rows in opposite orders (a deadlock). When someone moved between the read and the lock,
   * the transaction starts again.
   */
  private async lockHouseholds(manager: EntityManager, nationalIds: Array<string | undefined>): Promise<void> {
    const people = nationalIds.map((id) => checkNationalId(id ?? '')).flatMap((checked) => (checked.valid ? [checked.normalized] : []));
    const householdsOf = async () =>
      (
        (await manager.query(
          `SELECT DISTINCT household_id AS id FROM household_member WHERE national_id = ANY($1::bpchar[]) AND left_at IS NULL`,
          [people],
        )) as Array<{ id: string }>
      ).map((r) => r.id);
    const wanted = await householdsOf();
    if (wanted.length === 0) return;
    await manager.query(`SELECT id FROM household WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [wanted]);
    const locked = new Set(wanted);
    if ((await householdsOf()).some((id) => !locked.has(id)))
      throw new HouseholdsMovedError('A person moved while the households were being locked');
  }

  private async apply(manager: EntityManager, event: VitalEvent, subject: string): Promise<{ households: string[]; people: string[] }> {
    const date = event.occurredOn;
    switch (event.type) {
      case ChangeType.DEATH: {
        const member = await currentMembership(manager, subject);
        await leaveHousehold(manager, member, date);
        return { households: [member.householdId], people: [subject] };
      }
      case ChangeType.BIRTH: {
        const parent = await currentMembership(manager, valid(event.relatedNationalId, 'input.relatedNationalId'));
        const child = event.newborn;
        if (!child) throw new BadInputError('input.newborn', 'The newborn is required for a birth');
        const childId = valid(child.nationalId, 'input.newborn.nationalId');
        await joinHousehold(manager, parent.householdId, { ...child, nationalId: childId }, Relation.CHILD, date);
        return { households: [parent.householdId], people: [childId, parent.nationalId] };
      }
      case ChangeType.MARRIAGE:
      case ChangeType.CUSTODY:
      case ChangeType.GUARDIANSHIP:
      case ChangeType.SPONSORSHIP: {
        const receiving = await currentMembership(manager, valid(event.relatedNationalId, 'input.relatedNationalId'));
        if (receiving.relation !== Relation.HEAD) throw new NotHeadError();
        const mover = await currentMembership(manager, subject);
        if (mover.householdId === receiving.householdId) throw new SameHouseholdError();
        await leaveHousehold(manager, mover, date);
        const relation =
          event.type === ChangeType.MARRIAGE ? Relation.SPOUSE : event.type === ChangeType.SPONSORSHIP ? Relation.OTHER : Relation.CHILD;
        await joinHousehold(manager, receiving.householdId, mover, relation, date);
        return { households: [mover.householdId, receiving.householdId], people: [subject, receiving.nationalId] };
      }
      case ChangeType.DIVORCE:
      case ChangeType.IRRECONCILABILITY: {
        const mover = await currentMembership(manager, subject);
        if (mover.relation === Relation.HEAD) throw new SubjectIsHeadError();
        const from = await manager.findOneByOrFail(Household, { id: mover.householdId });
        await leaveHousehold(manager, mover, date);
        const founded = await foundHousehold(manager, from, mover, date);
        return { households: [from.id, founded.id], people: [subject] };
      }
    }
  }
}
