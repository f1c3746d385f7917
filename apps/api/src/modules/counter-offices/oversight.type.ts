import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintChannel, ComplaintStatus, CounterOfficeStatus, InspectionItem, InspectionOutcome } from './counter-offices.enums';

@ObjectType('CounterOffice', { description: 'A counter office as the staff see it' })
export class CounterOfficeView {
  @Field(() => ID)
  id!: string;

  @Field({ description: '8 digits' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  province!: string;

  @Field()
  city!: string;

  @Field()
  address!: string;

  @Field()
  phone!: string;

  @Field(() => Int)
  dailyCapacity!: number;

  @Field(() => [Int], { description: '0 = Saturday … 6 = Friday' })
  openWeekdays!: number[];

  @Field(() => Int, {
    description: "The online part of each day's capacity, in percent (rounded down); the counter keeps the rest for walk-ins",
  })
  onlineSharePercent!: number;

  @Field(() => String, { nullable: true, description: 'The order-and-queue person the office appointed' })
  queuePersonName!: string | null;

  @Field(() => String, { nullable: true })
  queuePersonMobile!: string | null;

  @Field(() => CounterOfficeStatus)
  status!: CounterOfficeStatus;

  @Field(() => String, { nullable: true })
  suspensionReason!: string | null;

  @Field(() => Date, { nullable: true })
  suspendedAt!: Date | null;

  @Field(() => Int, { description: "Today's capacity (0 when closed today)" })
  capacityToday!: number;

  @Field(() => Int, { description: 'Places taken today (both shares)' })
  bookedToday!: number;

  @Field(() => Int, { description: "The counter's share of today's capacity (walk-ins)" })
  counterCapacityToday!: number;

  @Field(() => Int, { description: 'Walk-ins booked at the counter today' })
  counterBookedToday!: number;

  @Field(() => Int, { description: 'Complaints not closed' })
  openComplaints!: number;
}

@ObjectType('CounterOfficePage')
export class CounterOfficePage {
  @Field(() => [CounterOfficeView])
  items!: CounterOfficeView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('CounterOfficesProvinceRow', { description: "A province's offices on a day: capacities, fill rate, suspensions, complaints" })
export class ProvinceOverviewRow {
  @Field()
  province!: string;

  @Field(() => Int)
  offices!: number;

  @Field(() => Int)
  suspended!: number;

  @Field(() => Int, { description: 'Places of the open, active offices that day' })
  capacity!: number;

  @Field(() => Int)
  booked!: number;

  @Field(() => Float, { description: 'booked ÷ capacity, 0 to 1 (0 when there is no capacity)' })
  fillRate!: number;

  @Field(() => Int)
  openComplaints!: number;
}

@ObjectType('CounterOfficeInspectionAnswer')
export class ChecklistAnswerView {
  @Field(() => InspectionItem)
  item!: InspectionItem;

  @Field()
  passed!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('CounterOfficeInspection')
export class InspectionView {
  @Field(() => ID)
  id!: string;

  @Field()
  officeCode!: string;

  @Field()
  officeName!: string;

  @Field({ description: 'ISO date' })
  visitedOn!: string;

  @Field(() => [ChecklistAnswerView])
  checklist!: ChecklistAnswerView[];

  @Field()
  findings!: string;

  @Field(() => InspectionOutcome)
  outcome!: InspectionOutcome;

  @Field(() => ID, { nullable: true })
  complaintId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('CounterOfficeComplaint')
export class ComplaintView {
  @Field(() => ID)
  id!: string;

  @Field()
  officeCode!: string;

  @Field()
  officeName!: string;

  @Field()
  province!: string;

  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field()
  text!: string;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => ID, { nullable: true })
  inspectionId!: string | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('CounterOfficeComplaintPage')
export class ComplaintPage {
  @Field(() => [ComplaintView])
  items!: ComplaintView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('CounterServiceTariff', { description: 'The approved fee of the verification service, with its validity' })
export class TariffView {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Rials' })
  feeRials!: number;

  @Field({ description: 'ISO date, included' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'ISO date, included; null: open-ended' })
  validTo!: string | null;
}

@ObjectType('CounterOfficeCalendarDay', { description: "A day of an office's capacity calendar (staff)" })
export class CalendarDayView {
  @Field({ description: 'ISO date' })
  date!: string;

  @Field()
  open!: boolean;

  @Field(() => Int, { description: 'The whole day (both shares; 0 when closed)' })
  capacity!: number;

  @Field(() => Int, { description: 'Places taken, both shares' })
  booked!: number;

  @Field(() => Int, { description: 'Places left, both shares' })
  left!: number;

  @Field(() => Int, { description: 'The online share (bookVerificationAppointment)' })
  onlineCapacity!: number;

  @Field(() => Int, { description: "The counter's share (bookCounterWalkIn)" })
  counterCapacity!: number;

  @Field(() => Int)
  onlineBooked!: number;

  @Field(() => Int)
  counterBooked!: number;

  @Field({ description: 'The day is closed on purpose (a closed date)' })
  closedDate!: boolean;

  @Field(() => Int, { nullable: true, description: "The day's own capacity, when it has one" })
  capacityOverride!: number | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
