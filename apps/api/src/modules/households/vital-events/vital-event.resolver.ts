import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { HouseholdChangeView } from '../inquiry/household-inquiry.type';
import { VitalEventInput } from './vital-event.inputs';
import { VitalEventService } from './vital-event.service';

@Resolver()
export class VitalEventResolver {
  constructor(private readonly events: VitalEventService) {}

  @RequirePermission(Permission.HOUSEHOLD_EVENTS)
  @Mutation(() => HouseholdChangeView, {
    description: 'Register a vital event: applied to the households in one transaction and added to the change feed',
  })
  registerVitalEvent(
    @Arg('input', () => VitalEventInput) input: VitalEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdChangeView> {
    return this.events.register(ctx, input);
  }
}
