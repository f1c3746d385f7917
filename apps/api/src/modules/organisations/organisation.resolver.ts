import { Ctx, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { RequestContext } from '../../platform/graphql/context';
import { OrganisationUnitView } from './organisation-unit.type';
import { OrganisationService } from './organisation.service';

@Resolver()
export class OrganisationResolver {
  constructor(private readonly organisations: OrganisationService) {}

  // Public on purpose: the registration form, filled before anyone signs in, offers the tree.
  @Public()
  @Query(() => [OrganisationUnitView], { description: 'Every organisation unit, for the registration form' })
  registrationOrganisations(@Ctx() ctx: RequestContext): Promise<OrganisationUnitView[]> {
    return this.organisations.allUnits(ctx.principal);
  }

  @RequirePermission(Permission.ORGANISATION_READ)
  @Query(() => [OrganisationUnitView], { description: "The organisation subtree of the caller's active role, his unit first" })
  myOrganisationUnits(@Ctx() ctx: RequestContext): Promise<OrganisationUnitView[]> {
    return this.organisations.unitsInScope(ctx.principal!);
  }
}
