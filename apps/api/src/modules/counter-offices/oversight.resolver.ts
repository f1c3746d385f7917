import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { InspectionService } from './inspection.service';
import { OfficeAdminService } from './office-admin.service';
import {
  ComplaintFilter,
  ComplaintInput,
  CounterOfficeFilter,
  InspectionInput,
  OfficeDayInput,
  OfficeWeekInput,
  QueuePersonInput,
  TariffInput,
} from './oversight.inputs';
import {
  CalendarDayView,
  ComplaintPage,
  ComplaintView,
  CounterOfficePage,
  CounterOfficeView,
  InspectionView,
  ProvinceOverviewRow,
  TariffView,
} from './oversight.type';

const user = (ctx: RequestContext) => ctx.principal as UserPrincipal;

/** The offices' calendars, the association's overview and fee, inspections, suspensions and complaints. */
@Resolver()
export class OversightResolver {
  constructor(
    private readonly offices: OfficeAdminService,
    private readonly inspections: InspectionService,
  ) {}

  @RequirePermission(Permission.COUNTER_OFFICES_READ)
  @Query(() => CounterOfficePage, { description: 'Offices with their capacities, places taken today, suspension and open complaints' })
  counterOfficeList(
    @Arg('filter', () => CounterOfficeFilter) filter: CounterOfficeFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficePage> {
    return this.offices.list(user(ctx), filter);
  }

  @RequirePermission(Permission.COUNTER_OFFICES_READ)
  @Query(() => CounterOfficeView, { description: 'One office by its code' })
  counterOffice(@Arg('officeCode', () => String) officeCode: string, @Ctx() ctx: RequestContext): Promise<CounterOfficeView> {
    return this.offices.office(user(ctx), officeCode.slice(0, 16));
  }

  @RequirePermission(Permission.COUNTER_OFFICES_READ)
  @Query(() => [ProvinceOverviewRow], {
    description: 'Every province on a day (today by default): offices, suspensions, capacity, places taken, fill rate, open complaints',
  })
  counterOfficesOverview(
    @Arg('date', () => String, { nullable: true, description: 'ISO date' }) date?: string | null,
  ): Promise<ProvinceOverviewRow[]> {
    return this.offices.overview(date?.slice(0, 10) ?? null);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_CALENDAR)
  @Query(() => [CalendarDayView], {
    description: "An office's capacity calendar (at most 62 days): the operator's own office, or any for the association",
  })
  counterOfficeCalendar(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarDayView[]> {
    return this.offices.calendar(user(ctx), officeCode.slice(0, 16), from.slice(0, 10), to.slice(0, 10));
  }

  @RequirePermission(Permission.COUNTER_OFFICE_CALENDAR)
  @Mutation(() => CounterOfficeView, {
    description: "An office's daily capacity, open weekdays and online share (the counter keeps the rest for walk-ins)",
  })
  setCounterOfficeWeek(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('input', () => OfficeWeekInput) input: OfficeWeekInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficeView> {
    return this.offices.setWeek(ctx, user(ctx), officeCode.slice(0, 16), input);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_CALENDAR)
  @Mutation(() => CalendarDayView, { description: 'Close a day, or give it its own capacity (appointments already booked stay)' })
  setCounterOfficeDay(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('input', () => OfficeDayInput) input: OfficeDayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarDayView> {
    return this.offices.setDay(ctx, user(ctx), officeCode.slice(0, 16), input);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_CALENDAR)
  @Mutation(() => CounterOfficeView, { description: 'The person the office appointed for order and queues' })
  setCounterOfficeQueuePerson(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('input', () => QueuePersonInput) input: QueuePersonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficeView> {
    return this.offices.setQueuePerson(ctx, user(ctx), officeCode.slice(0, 16), input);
  }

  @RequirePermission(Permission.COUNTER_OFFICES_READ)
  @Query(() => [TariffView], { description: "The service's approved fees, newest first (at most 100)" })
  counterServiceTariffs(): Promise<TariffView[]> {
    return this.offices.tariffs();
  }

  @RequirePermission(Permission.COUNTER_OFFICES_MANAGE)
  @Mutation(() => TariffView, { description: 'A new approved fee from a day on (today or later)' })
  setCounterServiceTariff(@Arg('input', () => TariffInput) input: TariffInput, @Ctx() ctx: RequestContext): Promise<TariffView> {
    return this.offices.setTariff(ctx, input);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_INSPECT)
  @Mutation(() => InspectionView, {
    description: 'An inspection: every checklist item answered once, findings; FAILED when any item fails',
  })
  recordCounterOfficeInspection(
    @Arg('input', () => InspectionInput) input: InspectionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionView> {
    return this.inspections.record(ctx, user(ctx), input);
  }

  @RequirePermission(Permission.COUNTER_OFFICES_READ)
  @Query(() => [InspectionView], { description: "An office's inspections, newest first (at most 100)" })
  counterOfficeInspections(@Arg('officeCode', () => String) officeCode: string, @Ctx() ctx: RequestContext): Promise<InspectionView[]> {
    return this.inspections.inspections(user(ctx), officeCode.slice(0, 16));
  }

  @RequirePermission(Permission.COUNTER_OFFICE_INSPECT)
  @Mutation(() => CounterOfficeView, {
    description: 'Suspend the service at an office: no new bookings or service records; its booked applicants are told by SMS',
  })
  async suspendCounterOfficeService(
    @Arg('officeCode', () => String) officeCode: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficeView> {
    const office = await this.inspections.suspend(ctx, user(ctx), officeCode.slice(0, 16), reason.slice(0, 2000));
    return this.offices.office(user(ctx), office.code);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_INSPECT)
  @Mutation(() => CounterOfficeView, { description: 'Lift the suspension; the booked applicants are told by SMS' })
  async liftCounterOfficeSuspension(
    @Arg('officeCode', () => String) officeCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CounterOfficeView> {
    const office = await this.inspections.lift(ctx, user(ctx), officeCode.slice(0, 16));
    return this.offices.office(user(ctx), office.code);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_COMPLAINTS)
  @Mutation(() => ComplaintView, { description: 'Record a complaint about an office (call centre, bureau, hotline 195)' })
  recordCounterOfficeComplaint(
    @Arg('input', () => ComplaintInput) input: ComplaintInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplaintView> {
    return this.inspections.recordComplaint(ctx, user(ctx), input);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_COMPLAINTS)
  @Query(() => ComplaintPage)
  counterOfficeComplaints(
    @Arg('filter', () => ComplaintFilter) filter: ComplaintFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplaintPage> {
    return this.inspections.complaints(user(ctx), filter);
  }

  @RequirePermission(Permission.COUNTER_OFFICE_COMPLAINTS)
  @Mutation(() => ComplaintView, { description: 'Close a complaint with its resolution' })
  closeCounterOfficeComplaint(
    @IdArg('id') id: string,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplaintView> {
    return this.inspections.closeComplaint(ctx, user(ctx), id, resolution.slice(0, 4000));
  }
}
