import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ChangeSource, ChangeType } from '../inquiry/household-change-event.entity';

@InputType()
export class NewbornInput {
  @Field()
  @Length(8, 32)
  nationalId!: string;

  @Field()
  @Length(1, 60)
  firstName!: string;

  @Field()
  @Length(1, 60)
  lastName!: string;

  @Field({ description: 'ISO date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate!: string;

  @Field()
  @Matches(/^[FM]$/)
  gender!: string;
}

@InputType({ description: 'A vital event to apply to households' })
export class VitalEventInput {
  @Field(() => ChangeType)
  type!: ChangeType;

  @Field(() => ChangeSource)
  source!: ChangeSource;

  @Field({ description: 'ISO date the event happened' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn!: string;

  @Field({ description: 'The deceased; the spouse who moves; the child; for a birth, a parent' })
  @Length(8, 32)
  subjectNationalId!: string;

  @Field({ nullable: true, description: 'The head who receives the person; for a birth, the parent again is not needed' })
  @IsOptional()
  @Length(8, 32)
  relatedNationalId?: string;

  @Field(() => NewbornInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newborn?: NewbornInput;
}
