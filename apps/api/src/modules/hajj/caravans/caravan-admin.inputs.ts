import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaravanStatus } from '../hajj.graphql-enums';
import { PageInput } from '../../../platform/graphql/page.input';
import { MAX_CAPACITY } from './caravan-file';

@InputType('HajjCaravanInput', { description: 'A caravan of the active season (new without an id)' })
export class HajjCaravanInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field()
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  code!: string;

  @Field()
  @MinLength(1)
  @MaxLength(60)
  province!: string;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  managerName!: string;

  @Field()
  @Matches(/^0[\d-]{7,14}$/)
  managerPhone!: string;

  @Field(() => String, { nullable: true, description: 'The CARAVAN_MANAGER user who runs it' })
  @IsOptional()
  @Matches(/^\d{10}$/)
  managerNationalId?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(300)
  address!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity!: number;

  @Field({ description: 'Whole rials, as a string of digits' })
  @Matches(/^\d{1,15}$/)
  finalCostRials!: string;

  @Field(() => CaravanStatus, { defaultValue: CaravanStatus.ACTIVE })
  @IsIn(Object.values(CaravanStatus))
  status!: CaravanStatus;
}

@InputType('HajjCaravanFilter')
export class HajjCaravanFilter extends PageInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  province?: string | null;
}
