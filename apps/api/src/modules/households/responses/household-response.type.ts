import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ObjectionBody, ObjectionStatus, ResponseChannel, ResponseKind } from './household-response.entity';

registerEnumType(ResponseKind, { name: 'HouseholdResponseKind' });
registerEnumType(ResponseChannel, { name: 'HouseholdResponseChannel' });
registerEnumType(ObjectionBody, { name: 'ObjectionBody', description: 'Who answers: the civil registry (recorded structure) or the subsidy organisation (how it was applied)' });
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });

@ObjectType('HouseholdResponse', { description: 'A confirmation or an objection' })
export class HouseholdResponseView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ResponseKind)
  kind!: ResponseKind;

  @Field(() => ResponseChannel)
  channel!: ResponseChannel;

  @Field(() => String, { nullable: true })
  officeCode!: string | null;

  @Field(() => ObjectionBody, { nullable: true })
  body!: ObjectionBody | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ObjectionStatus, { nullable: true })
  status!: ObjectionStatus | null;

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class HouseholdResponsePage {
  @Field(() => [HouseholdResponseView])
  items!: HouseholdResponseView[];

  @Field(() => Int)
  total!: number;
}

@InputType({ description: 'The three things the head of household proves himself with' })
export class HouseholdProofInput {
  @Field()
  @Length(1, 32)
  headNationalId!: string;

  @Field()
  @Length(1, 32)
  trackingCode!: string;

  @Field(() => Int)
  @Min(1)
  @Max(50)
  memberCount!: number;

  @Field({ nullable: true, description: "Assisted channel: the office's code (required for operators)" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,20}$/)
  officeCode?: string;

  @Field(() => ID, { nullable: true, description: 'After CAPTCHA_REQUIRED: a captcha from newCaptcha' })
  @IsOptional()
  @Length(1, 64)
  captchaId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 16)
  captchaAnswer?: string;
}
