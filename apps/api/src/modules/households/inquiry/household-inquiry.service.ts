import { IsNull, type DataSource } from 'typeorm';
import { checkNationalId } from '@pishkhan/national-id';
import { BadInputError } from '../../../platform/errors/domain-error';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { HouseholdMember } from '../household-member.entity';
import { HouseholdChangeEvent } from './household-change-event.entity';
import { changeView, type HouseholdChangeConnection, type HouseholdChangeView } from './household-inquiry.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

export interface StructureAnswer {
  id: string;
  head: HouseholdMember;
  members: HouseholdMember[];
  lastChangedAt: Date | null;
}

export const MAX_FEED_PAGE = 1000;

export function encodeCursor(position: string): string {
  return Buffer.from(`feed:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string {
  if (!cursor) return '0';
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^feed:(\d{1,19})$/.exec(text);
  if (!match) throw new BadInputError('after', 'Not a cursor of this feed');
  return match[1]!;
}

/** What other systems ask: a person's household now (seed 001 rule 2d), the change feed (2b), and a household's timeline. */
export class HouseholdInquiryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    /** The structure inquiry and the feed may lag the primary a little: the platform's read replica routing. */
    private readonly reads: DataSource = dataSource,
  ) {}

  async structureOf(ctx: Ctx, nationalIdInput: string): Promise<StructureAnswer | null> {
    const checked = checkNationalId(nationalIdInput);
    if (!checked.valid) throw new BadInputError('nationalId', 'The national ID is not valid');
    const member = await this.reads.getRepository(HouseholdMember).findOneBy({ nationalId: checked.normalized, leftAt: IsNull() });
    await this.audit.record(ctx, {
      action: 'households.structure.inquiry',
      outcome: AuditOutcome.SUCCESS,
      subjectNationalId: checked.normalized,
      details: { found: member !== null },
    });
    if (!member) return null;
    const members = await this.reads
      .getRepository(HouseholdMember)
      .find({ where: { householdId: member.householdId, leftAt: IsNull() }, order: { relation: 'ASC', birthDate: 'ASC', id: 'ASC' } });
    const [last] = (await this.reads.query(`SELECT max(recorded_at) AS at FROM household_change_event WHERE $1 = ANY(household_ids)`, [
      member.householdId,
    ])) as Array<{ at: Date | null }>;
    return { id: member.householdId, head: members.find((m) => m.relation === 'HEAD')!, members, lastChangedAt: last?.at ?? null };
  }

  /** Events after a cursor, in feed order, as a connection whose end cursor resumes the feed. */
  async changes(after: string | null, first: number): Promise<HouseholdChangeConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_FEED_PAGE) throw new BadInputError('first', `From 1 to ${MAX_FEED_PAGE}`);
    const position = decodeCursor(after);
    const rows = await this.reads
      .getRepository(HouseholdChangeEvent)
      .createQueryBuilder('e')
      .where('e.id > :position', { position })
      .orderBy('e.id', 'ASC')
      .limit(first + 1)
      .getMany();
    const edges = rows.slice(0, first).map((e) => ({ cursor: encodeCursor(e.id), node: changeView(e) }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? after ?? null, hasNextPage: rows.length > first } };
  }

  /** A household's timeline: the change events that touched it, oldest first (at most 500). */
  async timeline(householdId: string): Promise<HouseholdChangeView[]> {
    const events = await this.dataSource
      .getRepository(HouseholdChangeEvent)
      .createQueryBuilder('e')
      .where(':id = ANY(e.household_ids)', { id: householdId })
      .orderBy('e.id', 'ASC')
      .limit(500)
      .getMany();
    return events.map(changeView);
  }
}
