import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { IdArg } from '../../../platform/graphql/id-arg';
import { SubsidyPilotInput, SubsidyServiceRequestArgs } from './pilot.inputs';
import { PilotService } from './pilot.service';
import { SubsidyPilotView, SubsidyServiceReceipt } from './pilot.type';

@Resolver()
export class PilotResolver {
  constructor(private readonly pilot: PilotService) {}

  @RequirePermission(Permission.SUBSIDY_REQUEST)
  @Mutation(() => SubsidyServiceReceipt, {
    description: 'Record a subsidy-affairs request; applicants of an active pilot are refused with PILOT_REDIRECT',
  })
  subsidyServiceRequest(
    @Args() { nationalId, service }: SubsidyServiceRequestArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SubsidyServiceReceipt> {
    return this.pilot.request(ctx, nationalId, service);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [SubsidyPilotView])
  subsidyPilots(): Promise<SubsidyPilotView[]> {
    return this.pilot.pilots();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => SubsidyPilotView, { description: 'Change the pilot: start, prefixes, refusal text, portal, active' })
  updateSubsidyPilot(@IdArg('id') id: string, @Arg('input', () => SubsidyPilotInput) input: SubsidyPilotInput): Promise<SubsidyPilotView> {
    return this.pilot.update(id, input);
  }
}
