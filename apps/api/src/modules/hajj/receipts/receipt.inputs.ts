import { IsEnum, IsIn, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ReferralPurpose, TransferRelation } from '../hajj.graphql-enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[0-9A-Za-z۰-۹-]{1,30}$/;

@InputType('HajjReferReceiptInput', {
  description: 'The provincial office sends a receipt to a Bank Melli branch for conversion or stabilisation',
})
export class HajjReferReceiptInput {
  @Field()
  @Matches(NUMBER)
  receiptNumber!: string;

  @Field(() => ReferralPurpose)
  @IsEnum(ReferralPurpose)
  purpose!: ReferralPurpose;

  @Field({ description: "The branch's code (its organisation unit code, e.g. BMI-4310)" })
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  branchCode!: string;
}

@InputType('HajjIssueReceiptInput', { description: 'The bank issues a new receipt in place of one (endorsed with the original number)' })
export class HajjIssueReceiptInput {
  @Field()
  @Matches(NUMBER)
  receiptNumber!: string;

  @Field({ description: 'The number printed on the new receipt' })
  @Matches(NUMBER)
  newReceiptNumber!: string;
}

@InputType('HajjTransferReceiverInput')
export class HajjTransferReceiverInput {
  @Field()
  @Matches(/^[0-9۰-۹]{8,10}$/)
  nationalId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  firstName!: string;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  lastName!: string;

  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE)
  birthDate!: string;

  @Field()
  @Matches(/^(09|۰۹)[0-9۰-۹]{9}$/)
  mobile!: string;

  @Field({ description: "The receiver's province of residence" })
  @MinLength(1)
  @MaxLength(60)
  province!: string;
}

@InputType('HajjRecordTransferInput', {
  description: 'Rule 14: a notarial transfer to a first-degree relative, into the transfer registry',
})
export class HajjRecordTransferInput {
  @Field()
  @Matches(NUMBER)
  receiptNumber!: string;

  @Field({ description: "The giver's national ID, as on the receipt" })
  @Matches(/^[0-9۰-۹]{8,10}$/)
  giverNationalId!: string;

  @Field(() => HajjTransferReceiverInput)
  @ValidateNested()
  receiver!: HajjTransferReceiverInput;

  @Field(() => TransferRelation)
  @IsIn(Object.values(TransferRelation))
  relation!: TransferRelation;

  @Field({ description: 'The notarial deed’s number' })
  @Matches(/^[0-9A-Za-z۰-۹/-]{1,30}$/)
  deedNumber!: string;

  @Field({ description: 'ISO date' })
  @Matches(ISO_DATE)
  deedDate!: string;
}
