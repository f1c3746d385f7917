import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { ApplicantInput } from './booking.inputs';
import { BookingService } from './booking.service';
import { OfficeAdminService } from './office-admin.service';
import { CounterOfficeView } from './oversight.type';
import { FingerprintInput, ServiceRecordDataInput } from './service-record.inputs';
import { ServiceRecordService } from './service-record.service';
import { ServiceRecordView, StaffAppointment } from './service-record.type';
import { BadInputError } from '../../platform/errors/domain-error';

const user = (ctx: RequestContext) => ctx.principal as UserPrincipal;

/** The operator's counter: his office, its day list, service records, fee and no-shows. */
@Resolver()
export class ServiceRecordResolver {
  constructor(
    private readonly records: ServiceRecordService,
    private readonly offices: OfficeAdminService,
    private readonly booking: BookingService,
  ) {}

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Query(() => CounterOfficeView, { nullable: true, description: "The operator's own office (null when his unit has none)" })
  async myCounterOffice(@Ctx() ctx: RequestContext): Promise<CounterOfficeView | null> {
    const office = await this.records.myOffice(user(ctx));
    return office ? this.offices.office(user(ctx), office.code) : null;
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Query(() => [StaffAppointment], { description: "A day's appointments at the operator's office (at most 1000)" })
  counterOfficeAppointments(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('date', () => String) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffAppointment[]> {
    return this.records.dayList(user(ctx), officeCode.slice(0, 16), date.slice(0, 10));
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => StaffAppointment, {
    description:
      "Book a walk-in at the counter for today, from the counter's share of today's capacity (the operator's own office); refusals: COUNTER_SHARE_FULL, OFFICE_SUSPENDED, OFFICE_CLOSED_THAT_DAY, ALREADY_BOOKED, RATE_LIMITED",
  })
  bookCounterWalkIn(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('applicant', () => ApplicantInput) applicant: ApplicantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffAppointment> {
    return this.booking.bookWalkIn(ctx, user(ctx), officeCode.slice(0, 16), applicant);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Query(() => ServiceRecordView)
  verificationServiceRecord(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<ServiceRecordView> {
    return this.records.get(user(ctx), id);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, {
    description: "Open the service record of today's appointment (or get the one already open); refused while the office is suspended",
  })
  startVerificationServiceRecord(@IdArg('appointmentId') appointmentId: string, @Ctx() ctx: RequestContext): Promise<ServiceRecordView> {
    return this.records.start(ctx, user(ctx), appointmentId);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, { description: 'Save data fields of an open record' })
  saveVerificationServiceRecordData(
    @IdArg('recordId') recordId: string,
    @Arg('input', () => ServiceRecordDataInput) input: ServiceRecordDataInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRecordView> {
    return this.records.saveData(ctx, user(ctx), recordId, input);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, {
    description:
      "Record fingerprints as the scanner's device service captured them (each finger once: template reference and quality, or an exception reason); at most 10. FINGERPRINT_QUALITY_LOW (nothing saved) for a capture scoring below 40: capture it again or give an exception reason",
  })
  captureVerificationFingerprints(
    @IdArg('recordId') recordId: string,
    @Arg('fingerprints', () => [FingerprintInput]) fingerprints: FingerprintInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRecordView> {
    if (fingerprints.length > 10) throw new BadInputError('fingerprints', 'At most 10 fingers');
    return this.records.captureFingerprints(ctx, user(ctx), recordId, fingerprints);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, {
    description: 'Record the photo (base64 JPEG or PNG, at most 600 KiB, portrait, at least 240 × 320); PHOTO_REJECTED otherwise',
  })
  captureVerificationPhoto(
    @IdArg('recordId') recordId: string,
    @Arg('photoBase64', () => String) photoBase64: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRecordView> {
    if (photoBase64.length > 900_000) throw new BadInputError('photoBase64', 'The photo is too large');
    return this.records.capturePhoto(ctx, user(ctx), recordId, photoBase64);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, {
    description: 'Record the fee paid at the POS: the amount is the tariff in force that day, nothing else',
  })
  payVerificationFee(
    @IdArg('recordId') recordId: string,
    @Arg('posReference', () => String) posReference: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceRecordView> {
    return this.records.payFee(ctx, user(ctx), recordId, posReference.slice(0, 40));
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => ServiceRecordView, {
    description: 'Close the record (the appointment is then SERVED); RECORD_INCOMPLETE with `missing` while anything misses',
  })
  closeVerificationServiceRecord(@IdArg('recordId') recordId: string, @Ctx() ctx: RequestContext): Promise<ServiceRecordView> {
    return this.records.close(ctx, user(ctx), recordId);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_SERVE)
  @Mutation(() => StaffAppointment, { description: 'The applicant did not come (on or after the day, before a record was started)' })
  markVerificationNoShow(@IdArg('appointmentId') appointmentId: string, @Ctx() ctx: RequestContext): Promise<StaffAppointment> {
    return this.records.markNoShow(ctx, user(ctx), appointmentId);
  }
}
