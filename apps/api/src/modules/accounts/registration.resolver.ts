import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { RegistrationReceipt, RegistrationRequestPage, RegistrationRequestView } from './accounts.type';
import { RegistrationFilter, RegistrationInput, RejectRegistrationInput } from './accounts.inputs';
import { RegistrationService } from './registration.service';
import { RegistrationViews } from './registration-views';

@Resolver()
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly views: RegistrationViews,
  ) {}

  // Public on purpose: people without an account ask for one (captcha, civil registry and Shahkar checked).
  @Public()
  @Mutation(() => RegistrationReceipt, { description: 'Ask for a user account; the named approver gets an SMS' })
  submitRegistrationRequest(
    @Arg('input', () => RegistrationInput) input: RegistrationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegistrationReceipt> {
    return this.registrations.submit(ctx, input);
  }

  @RequirePermission(Permission.REGISTRATION_REVIEW)
  @Query(() => RegistrationRequestPage, { description: 'The registration requests that name me as approver' })
  async registrationRequests(
    @Arg('filter', () => RegistrationFilter, { defaultValue: { offset: 0, limit: 20 } }) filter: RegistrationFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<RegistrationRequestPage> {
    const page = await this.registrations.listFor(ctx.principal as UserPrincipal, filter);
    return { items: await this.views.of(page.items), total: page.total };
  }

  @RequirePermission(Permission.REGISTRATION_REVIEW)
  @Mutation(() => RegistrationRequestView, { description: 'Approve: the user and role become active; SMS to the applicant' })
  async approveRegistrationRequest(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<RegistrationRequestView> {
    const request = await this.registrations.approve(ctx, ctx.principal as UserPrincipal, id);
    return (await this.views.of([request]))[0]!;
  }

  @RequirePermission(Permission.REGISTRATION_REVIEW)
  @Mutation(() => RegistrationRequestView, { description: 'Reject with a reason; SMS to the applicant' })
  async rejectRegistrationRequest(
    @Arg('input', () => RejectRegistrationInput) input: RejectRegistrationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegistrationRequestView> {
    const request = await this.registrations.reject(ctx, ctx.principal as UserPrincipal, input.id, input.reason);
    return (await this.views.of([request]))[0]!;
  }
}
