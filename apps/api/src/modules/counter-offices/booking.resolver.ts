import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { BookVerificationAppointmentInput } from './booking.inputs';
import { BookingService } from './booking.service';
import { CounterOfficeDayView, PublicCounterOffice, VerificationAppointmentReceipt } from './booking.type';

@Resolver()
export class BookingResolver {
  constructor(private readonly booking: BookingService) {}

  // Public on purpose: foreign nationals choose an office without an account (seed 003 rule 1);
  // rate-limited per IP; only what the office itself shows at its door.
  @Public()
  @Query(() => [PublicCounterOffice], { description: "A province's counter offices that verify foreign nationals (at most 500)" })
  counterOffices(@Arg('province', () => String) province: string, @Ctx() ctx: RequestContext): Promise<PublicCounterOffice[]> {
    return this.booking.offices(ctx, province);
  }

  // Public on purpose: the applicant sees which days have room before booking; rate-limited per IP.
  @Public()
  @Query(() => [CounterOfficeDayView], {
    description: "An office's days from `from` to `to` (ISO dates, Tehran; at most 62 days) with their places",
  })
  counterOfficeDays(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficeDayView[]> {
    return this.booking.days(ctx, officeCode.slice(0, 16), from.slice(0, 10), to.slice(0, 10));
  }

  // Public on purpose: foreign nationals book without an account; a captcha, and limits per IP and
  // per identification number, stand in front of it.
  @Public()
  @Mutation(() => VerificationAppointmentReceipt, {
    description:
      'Book an appointment for the identity verification of a foreign national; refusals: DAY_FULL (with nextDaysWithRoom), OFFICE_SUSPENDED, OFFICE_CLOSED_THAT_DAY, DATE_NOT_BOOKABLE, ALREADY_BOOKED, CAPTCHA_INVALID, RATE_LIMITED',
  })
  bookVerificationAppointment(
    @Arg('input', () => BookVerificationAppointmentInput) input: BookVerificationAppointmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VerificationAppointmentReceipt> {
    return this.booking.book(ctx, input);
  }

  // Public on purpose: the applicant cancels with his tracking code and identification number
  // (one answer for every mismatch), behind a captcha and the same limits as booking.
  @Public()
  @Mutation(() => VerificationAppointmentReceipt, {
    description: 'Cancel an open appointment; the place is free at once. Any mismatch: APPOINTMENT_NOT_MATCHED',
  })
  cancelVerificationAppointment(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('identificationNumber', () => String) identificationNumber: string,
    @IdArg('captchaId') captchaId: string,
    @Arg('captchaAnswer', () => String) captchaAnswer: string,
    @Ctx() ctx: RequestContext,
  ): Promise<VerificationAppointmentReceipt> {
    return this.booking.cancel(ctx, trackingCode.slice(0, 40), identificationNumber.slice(0, 40), captchaId, captchaAnswer.slice(0, 16));
  }
}
