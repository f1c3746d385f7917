import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PageInput } from '../../platform/graphql/page.input';
import { ComplaintChannel, ComplaintStatus, CounterOfficeStatus, InspectionItem } from './counter-offices.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ChecklistAnswerInput {
  @Field(() => InspectionItem)
  item!: InspectionItem;

  @Field()
  passed!: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: "An inspection team's visit: every checklist item answered once, with findings" })
export class InspectionInput {
  @Field()
  @Length(1, 16)
  officeCode!: string;

  @Field({ description: 'ISO date of the visit (not in the future)' })
  @Matches(ISO_DATE)
  visitedOn!: string;

  @Field(() => [ChecklistAnswerInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  checklist!: ChecklistAnswerInput[];

  @Field()
  @Length(3, 4000)
  findings!: string;

  @Field(() => ID, { nullable: true, description: 'The complaint that led to the visit' })
  @IsOptional()
  @IsUUID()
  complaintId?: string;
}

@InputType()
export class ComplaintInput {
  @Field()
  @Length(1, 16)
  officeCode!: string;

  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field()
  @Length(5, 4000)
  text!: string;
}

@InputType()
export class ComplaintFilter extends PageInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 16)
  officeCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  province?: string;

  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  status?: ComplaintStatus;
}

@InputType()
export class CounterOfficeFilter extends PageInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  province?: string;

  @Field(() => CounterOfficeStatus, { nullable: true })
  @IsOptional()
  status?: CounterOfficeStatus;

  @Field({ nullable: true, description: 'Part of the name, the city or the code' })
  @IsOptional()
  @Length(1, 60)
  search?: string;
}

@InputType({ description: "An office's week: its daily capacity, the weekdays it serves and the online share of each day" })
export class OfficeWeekInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000)
  dailyCapacity!: number;

  @Field(() => [Int], { description: '0 = Saturday … 6 = Friday' })
  @ArrayMaxSize(7)
  @IsIn([0, 1, 2, 3, 4, 5, 6], { each: true })
  openWeekdays!: number[];

  @Field(() => Int, {
    nullable: true,
    description:
      "The online part of each day's capacity, in percent (0–100; the counter keeps the rest for walk-ins); unchanged when omitted",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  onlineSharePercent?: number;
}

@InputType({ description: 'One day of the calendar: closed, or its own capacity; both unset clears it back to the week' })
export class OfficeDayInput {
  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE)
  date!: string;

  @Field()
  closed!: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  capacity?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  note?: string;
}

@InputType()
export class QueuePersonInput {
  @Field()
  @Length(3, 80)
  name!: string;

  @Field()
  @Length(10, 20)
  mobile!: string;
}

@InputType({ description: 'A new approved fee from a day on; the tariff in force until then ends the day before' })
export class TariffInput {
  @Field()
  @Length(3, 120)
  title!: string;

  @Field(() => Int, { description: 'Rials' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  feeRials!: number;

  @Field({ description: 'ISO date (today or later)' })
  @Matches(ISO_DATE)
  validFrom!: string;
}
