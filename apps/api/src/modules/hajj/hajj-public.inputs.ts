import { IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The holder's proof as it arrives: lengths and the date's form only, so that any other mismatch
 * (a wrong digit, an unknown receipt) still gets the one RECEIPT_NOT_MATCHED answer.
 */
@ArgsType()
export class HajjReceiptStatusArgs {
  @Field({ description: 'Persian or Latin digits' })
  @MaxLength(20)
  nationalId!: string;

  @Field()
  @MaxLength(40)
  receiptNumber!: string;

  @Field({ description: 'ISO date YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'birthDate must be an ISO date YYYY-MM-DD' })
  birthDate!: string;

  @Field(() => ID, { description: 'A captcha from newCaptcha' })
  @MaxLength(64)
  captchaId!: string;

  @Field()
  @MaxLength(16)
  captchaAnswer!: string;
}

@InputType('HajjPreRegisterInput')
export class HajjPreRegisterInput {
  @Field()
  @MaxLength(20)
  nationalId!: string;

  @Field()
  @MaxLength(40)
  receiptNumber!: string;

  @Field({ description: 'ISO date YYYY-MM-DD' })
  @Matches(ISO_DATE, { message: 'birthDate must be an ISO date YYYY-MM-DD' })
  birthDate!: string;

  @Field(() => ID)
  @IsUUID()
  caravanId!: string;

  @Field(() => ID)
  @MaxLength(64)
  captchaId!: string;

  @Field()
  @MaxLength(16)
  captchaAnswer!: string;
}
