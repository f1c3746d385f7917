import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What anyone may know of an office that offers the verification of foreign nationals' })
export class PublicCounterOffice {
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

  @Field(() => [Int], { description: 'Days it serves: 0 = Saturday … 6 = Friday' })
  openWeekdays!: number[];
}

@ObjectType({
  description:
    "One day of an office's calendar for the verification service, as the public books it: the online share of the day's capacity",
})
export class CounterOfficeDayView {
  @Field({ description: 'ISO date (Tehran)' })
  date!: string;

  @Field(() => Int, { description: 'Places booked online that day (the counter keeps the rest of the capacity for walk-ins)' })
  capacity!: number;

  @Field(() => Int, { description: 'Places of the online share taken' })
  booked!: number;

  @Field(() => Int, { description: 'Places of the online share left' })
  left!: number;

  @Field({ description: 'The office serves that day (its week, and not a closed date)' })
  open!: boolean;

  @Field({ description: 'Open, with room, not past and within the booking horizon' })
  bookable!: boolean;
}

@ObjectType({ description: 'The office of an appointment, as the applicant sees it' })
export class AppointmentOffice {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A booked (or cancelled) appointment, as the applicant sees it' })
export class VerificationAppointmentReceipt {
  @Field()
  trackingCode!: string;

  @Field({ description: 'ISO date (Tehran)' })
  date!: string;

  @Field(() => AppointmentOffice)
  office!: AppointmentOffice;
}
