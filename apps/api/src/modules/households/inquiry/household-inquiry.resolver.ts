import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { IdArg } from '../../../platform/graphql/id-arg';
import { DailyChangeFileService } from './daily-change-file.service';
import { DailyChangeFilesArgs, HouseholdChangesArgs, HouseholdStructureArgs } from './household-inquiry.inputs';
import { HouseholdInquiryService } from './household-inquiry.service';
import { DailyChangeFileView, HouseholdChangeConnection, HouseholdChangeView, HouseholdStructureView } from './household-inquiry.type';

@Resolver()
export class HouseholdInquiryResolver {
  constructor(
    private readonly inquiry: HouseholdInquiryService,
    private readonly dailyFiles: DailyChangeFileService,
  ) {}

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Query(() => [DailyChangeFileView], {
    description: 'The daily change files, newest first; download one at GET /households/changes/daily/{day}',
  })
  dailyChangeFiles(@Args() { limit }: DailyChangeFilesArgs): Promise<DailyChangeFileView[]> {
    return this.dailyFiles.list(limit);
  }

  @RequirePermission(Permission.HOUSEHOLD_READ)
  @Query(() => HouseholdStructureView, { nullable: true, description: 'The household a person belongs to now; null for an unknown person' })
  householdStructure(@Args() { nationalId }: HouseholdStructureArgs, @Ctx() ctx: RequestContext): Promise<HouseholdStructureView | null> {
    return this.inquiry.structureOf(ctx, nationalId);
  }

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Query(() => HouseholdChangeConnection, { description: 'Change events in commit order, after a cursor; first at most 1000' })
  householdChanges(@Args() { after, first }: HouseholdChangesArgs): Promise<HouseholdChangeConnection> {
    return this.inquiry.changes(after ?? null, first);
  }

  @RequirePermission(Permission.HOUSEHOLD_READ)
  @Query(() => [HouseholdChangeView], { description: "A household's timeline: the change events that touched it, oldest first" })
  householdTimeline(@IdArg('householdId') householdId: string): Promise<HouseholdChangeView[]> {
    return this.inquiry.timeline(householdId);
  }
}
