import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/graphql/context';
import { HajjCaravanView } from './caravans/caravan.type';
import type { CaravanListService } from './caravans/caravan-list.service';
import { HajjPreRegisterInput, HajjReceiptStatusArgs } from './hajj-public.inputs';
import type { BookingService } from './registrations/booking.service';
import { HajjPreRegistrationView } from './registrations/pre-registration.type';
import type { ReceiptStatusService } from './receipts/receipt-status.service';
import { HajjReceiptStatusView } from './receipts/receipt-status.type';
import { HajjSeasonNoticeView } from './season/season.type';
import type { SeasonNoticeService } from './season/season-notice.service';

/** What the holder of a deposit receipt does himself, signed out (seed 004). */
@Resolver()
export class HajjPublicResolver {
  constructor(
    private readonly receipts: ReceiptStatusService,
    private readonly booking: BookingService,
    private readonly caravans: CaravanListService,
    private readonly notices: SeasonNoticeService,
  ) {}

  // Public on purpose: the holder learns what to do next with his own receipt, without an account;
  // a captcha, limits per IP and per national ID, and one answer for any mismatch.
  @Public()
  @Query(() => HajjReceiptStatusView, {
    description: 'What the holder of a deposit receipt does next (RECEIPT_NOT_MATCHED for any mismatch)',
  })
  hajjReceiptStatus(
    @Args(() => HajjReceiptStatusArgs) args: HajjReceiptStatusArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjReceiptStatusView> {
    return this.receipts.status(ctx, args);
  }

  // Public on purpose: online pre-registration is the holder's own (rule 9); same guards as above.
  @Public()
  @Mutation(() => HajjPreRegistrationView, {
    description: "Hold a seat of a caravan's online share until the holder confirms at the caravan",
  })
  async hajjPreRegister(
    @Arg('input', () => HajjPreRegisterInput) input: HajjPreRegisterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjPreRegistrationView> {
    const seat = await this.booking.preRegister(ctx, { ...input, caravanId: input.caravanId.toLowerCase() });
    return { trackingCode: seat.trackingCode, status: seat.status, holdExpiresAt: seat.holdExpiresAt, caravan: seat.caravan };
  }

  // Public on purpose: the caravan lists are public notices (rule 7); rate-limited per IP, no captcha.
  @Public()
  @Query(() => [HajjCaravanView], { description: "A province's caravans of the active season, with seats taken now (at most 500)" })
  hajjCaravans(@Arg('province', () => String) province: string, @Ctx() ctx: RequestContext): Promise<HajjCaravanView[]> {
    return this.caravans.publicList(ctx, province.slice(0, 60));
  }

  // Public on purpose: the province groups and their admission times are the organisation's notice.
  @Public()
  @Query(() => HajjSeasonNoticeView, {
    nullable: true,
    description: "The active season's province groups and their dates; null when none is active",
  })
  hajjSeasonNotice(@Ctx() ctx: RequestContext): Promise<HajjSeasonNoticeView | null> {
    return this.notices.notice(ctx);
  }
}
