import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { HouseholdChangeConnection, HouseholdChangeView, HouseholdStructureView, VitalEventInput } from './household-inquiry.type';
import { HouseholdInquiryService, encodeCursor } from './household-inquiry.service';
import { VitalEventService } from '../vital-events/vital-event.service';
import type { HouseholdChangeEvent } from './household-change-event.entity';
import { DailyChangeFileService } from './daily-change-file.service';
import { DailyChangeFileView } from './household-inquiry.type';

const view = (e: HouseholdChangeEvent): HouseholdChangeView => ({
  id: e.id,
  type: e.type,
  source: e.source,
  occurredAt: e.occurredOn,
  recordedAt: e.recordedAt,
  householdIds: e.householdIds,
  nationalIds: e.nationalIds,
});

@Resolver()
export class HouseholdInquiryResolver {
  constructor(
    private readonly inquiry: HouseholdInquiryService,
    private readonly events: VitalEventService,
    private readonly dailyFiles: DailyChangeFileService,
  ) {}

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Query(() => [DailyChangeFileView], { description: 'The daily change files, newest first; download one at GET /households/changes/daily/{day}' })
  async dailyChangeFiles(@Arg('limit', () => Int, { defaultValue: 30 }) limit: number): Promise<DailyChangeFileView[]> {
    return this.dailyFiles.list(Math.min(Math.max(limit, 1), 366));
  }

  @RequirePermission(Permission.HOUSEHOLD_READ)
  @Query(() => HouseholdStructureView, { nullable: true, description: 'The household a person belongs to now; null for an unknown person' })
  householdStructure(@Arg('nationalId', () => String) nationalId: string, @Ctx() ctx: RequestContext): Promise<HouseholdStructureView | null> {
    return this.inquiry.structureOf(ctx, nationalId.slice(0, 64));
  }

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Query(() => HouseholdChangeConnection, { description: 'Change events in commit order, after a cursor; first at most 1000' })
  async householdChanges(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
  ): Promise<HouseholdChangeConnection> {
    const page = await this.inquiry.changes(after, first);
    const edges = page.events.map((e) => ({ cursor: encodeCursor(e.id), node: view(e) }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? after ?? null, hasNextPage: page.hasNextPage } };
  }

  @RequirePermission(Permission.HOUSEHOLD_EVENTS)
  @Mutation(() => HouseholdChangeView, { description: 'Register a vital event: applied to the households in one transaction and added to the change feed' })
  async registerVitalEvent(@Arg('input', () => VitalEventInput) input: VitalEventInput, @Ctx() ctx: RequestContext): Promise<HouseholdChangeView> {
    return view(await this.events.register(ctx, input));
  }
}
