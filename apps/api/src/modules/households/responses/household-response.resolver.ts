import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { IdArg } from '../../../platform/graphql/id-arg';
import { ClusterObjectionArgs, HouseholdProofInput, ObjectionQueueArgs, ResolveObjectionArgs } from './household-response.inputs';
import { HouseholdResponseService } from './household-response.service';
import { HouseholdResponsePage, HouseholdResponseView } from './household-response.type';

@Resolver()
export class HouseholdResponseResolver {
  constructor(private readonly responses: HouseholdResponseService) {}

  // Public on purpose: the head of household confirms on the web (same checks as the lookup).
  @Public()
  @Mutation(() => HouseholdResponseView, {
    description: "Confirm the household's information (web, or an assisted-channel operator with his office code)",
  })
  confirmHousehold(
    @Arg('input', () => HouseholdProofInput) input: HouseholdProofInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdResponseView> {
    return this.responses.confirm(ctx, input);
  }

  // Public on purpose: the head of household objects on the web (same checks as the lookup).
  @Public()
  @Mutation(() => HouseholdResponseView, { description: 'Object to the cluster; routed to the body that answers it' })
  fileClusterObjection(@Args() args: ClusterObjectionArgs, @Ctx() ctx: RequestContext): Promise<HouseholdResponseView> {
    return this.responses.fileObjection(ctx, args);
  }

  @RequirePermission(Permission.HOUSEHOLD_OBJECTIONS)
  @Query(() => HouseholdResponsePage, { description: 'The objection queue of one body, oldest first' })
  clusterObjections(@Args() args: ObjectionQueueArgs, @Ctx() ctx: RequestContext): Promise<HouseholdResponsePage> {
    return this.responses.queue(ctx, args);
  }

  @RequirePermission(Permission.HOUSEHOLD_OBJECTIONS)
  @Mutation(() => HouseholdResponseView, { description: 'Accept or reject an objection, with the resolution' })
  resolveClusterObjection(
    @IdArg('id') id: string,
    @Args() { accepted, resolution }: ResolveObjectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdResponseView> {
    return this.responses.resolve(ctx, id, accepted, resolution);
  }
}
