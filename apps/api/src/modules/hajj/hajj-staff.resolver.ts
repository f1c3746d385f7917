import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import { ForbiddenError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg, IdListArg } from '../../platform/graphql/id-arg';
import { HajjCaravanDetailsView } from './caravans/caravan.type';
import { loadActor, type HajjActor } from './hajj.policy';
import type { ReceiptOfficeService } from './receipts/receipt-office.service';
import { HajjIssueReceiptInput, HajjRecordTransferInput, HajjReferReceiptInput } from './receipts/receipt.inputs';
import { HajjReceiptView } from './receipts/receipt.type';
import type { BookingService } from './registrations/booking.service';
import type { RegistrationQueryService } from './registrations/registration-query.service';
import { ELECTED_PER_CARAVAN } from './registrations/registration-query.service';
import {
  HajjApplicantInput,
  HajjDocumentsInput,
  HajjPassportInput,
  HajjRegistrationFilter,
  HajjRegistrationPage,
  HajjRegistrationView,
} from './registrations/registration.type';
import { SeasonReader } from './season/season.service';

/** The caller as the Hajj rules see him; an API client has no Hajj role. */
export async function actorOf(dataSource: DataSource, ctx: RequestContext): Promise<HajjActor> {
  if (ctx.principal?.kind !== 'user') throw new ForbiddenError();
  return loadActor(dataSource.manager, ctx.principal);
}

/** The offices' steps on receipts, and the caravan manager's and the bank's work on registrations. */
@Resolver()
export class HajjStaffResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly receipts: ReceiptOfficeService,
    private readonly booking: BookingService,
    private readonly registrations: RegistrationQueryService,
  ) {}

  @RequirePermission(Permission.HAJJ_RECEIPT_READ)
  @Query(() => HajjReceiptView, {
    description: 'A receipt by any number of its chain (the living one is answered), within the caller’s scope',
  })
  async hajjReceipt(@Arg('receiptNumber', () => String) receiptNumber: string, @Ctx() ctx: RequestContext): Promise<HajjReceiptView> {
    return this.receipts.find(await actorOf(this.dataSource, ctx), receiptNumber.slice(0, 40));
  }

  @RequirePermission(Permission.HAJJ_PROVINCIAL_OFFICE)
  @Mutation(() => HajjReceiptView, {
    description: 'Rules 2 and 5: refer a receipt of the province to a bank branch for conversion or stabilisation',
  })
  async hajjReferReceipt(
    @Arg('input', () => HajjReferReceiptInput) input: HajjReferReceiptInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptView> {
    return this.receipts.refer(ctx, await actorOf(this.dataSource, ctx), input);
  }

  @RequirePermission(Permission.HAJJ_BANK)
  @Mutation(() => HajjReceiptView, {
    description: 'Rules 2–4 and 6: issue the converted 10,000,000-rial receipt, endorsed with the original number',
  })
  async hajjConvertReceipt(
    @Arg('input', () => HajjIssueReceiptInput) input: HajjIssueReceiptInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptView> {
    return this.receipts.convert(ctx, await actorOf(this.dataSource, ctx), input);
  }

  @RequirePermission(Permission.HAJJ_BANK)
  @Mutation(() => HajjReceiptView, { description: 'Rule 5: issue the stabilised receipt the provincial office referred to this branch' })
  async hajjStabiliseReceipt(
    @Arg('input', () => HajjIssueReceiptInput) input: HajjIssueReceiptInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptView> {
    return this.receipts.stabilise(ctx, await actorOf(this.dataSource, ctx), input);
  }

  @RequirePermission(Permission.HAJJ_BANK)
  @Mutation(() => HajjReceiptView, { description: 'Rule 14: reissue a transferred receipt in the receiver’s name' })
  async hajjReissueTransferredReceipt(
    @Arg('input', () => HajjIssueReceiptInput) input: HajjIssueReceiptInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptView> {
    return this.receipts.reissue(ctx, await actorOf(this.dataSource, ctx), input);
  }

  @RequirePermission(Permission.HAJJ_TRANSFER)
  @Mutation(() => HajjReceiptView, {
    description: 'Rule 14: record a notarial transfer to a first-degree relative in the transfer registry',
  })
  async hajjRecordTransfer(
    @Arg('input', () => HajjRecordTransferInput) input: HajjRecordTransferInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptView> {
    return this.receipts.recordTransfer(ctx, await actorOf(this.dataSource, ctx), input);
  }

  @RequirePermission(Permission.HAJJ_BANK)
  @Mutation(() => HajjRegistrationView, { description: 'Rule 11: the difference to the caravan’s final cost is paid' })
  async hajjRecordPayment(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('paymentReference', () => String) paymentReference: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    const id = await this.booking.recordPayment(ctx, actor, trackingCode.slice(0, 20), paymentReference.trim().slice(0, 40));
    return this.registrations.byId(actor, id);
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Query(() => [HajjCaravanDetailsView], { description: 'The caravans of the active season this manager runs' })
  async hajjMyCaravans(@Ctx() ctx: RequestContext): Promise<HajjCaravanDetailsView[]> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    return this.registrations.caravans(await actorOf(this.dataSource, ctx), season.id, null, 50, 0);
  }

  @RequirePermission(Permission.HAJJ_REGISTRATION_READ)
  @Query(() => HajjRegistrationPage, { description: 'A caravan’s registrations (a page), within the caller’s scope' })
  async hajjCaravanRegistrations(
    @IdArg('caravanId') caravanId: string,
    @Arg('filter', () => HajjRegistrationFilter) filter: HajjRegistrationFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationPage> {
    return this.registrations.list(await actorOf(this.dataSource, ctx), caravanId, filter);
  }

  @RequirePermission(Permission.HAJJ_REGISTRATION_READ)
  @Query(() => HajjRegistrationView, { description: 'A registration, within the caller’s scope' })
  async hajjRegistration(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<HajjRegistrationView> {
    return this.registrations.byId(await actorOf(this.dataSource, ctx), id);
  }

  @RequirePermission(Permission.HAJJ_REGISTRATION_READ)
  @Query(() => HajjRegistrationView, { description: 'A registration by its tracking code, within the caller’s scope' })
  async hajjRegistrationByTrackingCode(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    return this.registrations.byTrackingCode(await actorOf(this.dataSource, ctx), trackingCode.slice(0, 20));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, {
    description: 'Rules 9–11: confirm an online hold in person once the documents are checked; gives the receipt and the payment slip',
  })
  async hajjConfirmRegistration(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('documents', () => HajjDocumentsInput) documents: HajjDocumentsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.registrations.byId(actor, await this.booking.confirm(ctx, actor, trackingCode.slice(0, 20), documents));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, { description: 'Register an applicant in person at the caravan (any free seat of its capacity)' })
  async hajjRegisterInPerson(
    @IdArg('caravanId') caravanId: string,
    @Arg('applicant', () => HajjApplicantInput) applicant: HajjApplicantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.registrations.byId(actor, await this.booking.registerInPerson(ctx, actor, { ...applicant, caravanId }));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, { description: 'Rule 11: give a freed (or now released) seat to the next eligible applicant' })
  async hajjReplaceRegistration(
    @IdArg('registrationId') registrationId: string,
    @Arg('applicant', () => HajjApplicantInput) applicant: HajjApplicantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.registrations.byId(actor, await this.booking.replace(ctx, actor, registrationId, applicant));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, { description: 'Free a seat (the applicant withdraws)' })
  async hajjWithdrawRegistration(
    @IdArg('registrationId') registrationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.registrations.byId(actor, await this.booking.withdraw(ctx, actor, registrationId));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, { description: 'Rule 11: the applicant saw the designated doctors' })
  async hajjRecordDoctorVisit(@IdArg('registrationId') registrationId: string, @Ctx() ctx: RequestContext): Promise<HajjRegistrationView> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.registrations.byId(actor, await this.booking.recordDoctorVisit(ctx, actor, registrationId));
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => [HajjRegistrationView], {
    description: `Rule 12: the (at most ${ELECTED_PER_CARAVAN}) pilgrims elected at the first training session`,
  })
  async hajjSetElectedPilgrims(
    @IdArg('caravanId') caravanId: string,
    @IdListArg('registrationIds', ELECTED_PER_CARAVAN) registrationIds: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView[]> {
    return this.registrations.setElected(ctx, await actorOf(this.dataSource, ctx), caravanId, registrationIds);
  }

  @RequirePermission(Permission.HAJJ_CARAVAN)
  @Mutation(() => HajjRegistrationView, { description: 'Rules 13 and 15: the passport and any exit restriction' })
  async hajjRecordPassport(
    @IdArg('registrationId') registrationId: string,
    @Arg('input', () => HajjPassportInput) input: HajjPassportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjRegistrationView> {
    return this.registrations.recordPassport(ctx, await actorOf(this.dataSource, ctx), registrationId, input);
  }
}
