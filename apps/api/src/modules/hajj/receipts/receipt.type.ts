import { Field, ID, ObjectType } from 'type-graphql';
import { HajjNextStep, ReceiptEventKind, ReceiptKind, ReceiptStatus, ReferralPurpose, TransferRelation } from '../hajj.graphql-enums';
import { HajjOfficeView, HajjReceiptAmountsView, RIALS } from './receipt-status.type';

@ObjectType('HajjReceiptEvent', {
  description: 'Rule 6: a step of the receipt’s history, endorsed with the original receipt number, who did it and when',
})
export class HajjReceiptEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => ReceiptEventKind)
  kind!: ReceiptEventKind;

  @Field({ description: 'The number the chain began with' })
  originalReceiptNumber!: string;

  @Field()
  receiptNumber!: string;

  @Field(() => String, { nullable: true })
  newReceiptNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The role the step was done in' })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: "The doer's name" })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'The office or branch (its unit code)' })
  officeCode!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: `Amounts of a conversion (${RIALS}), the branch referred to, the deed…, as JSON text`,
  })
  details!: string | null;
}

@ObjectType('HajjTransfer', { description: 'Rule 14: a notarial transfer recorded in the transfer registry' })
export class HajjTransferView {
  @Field(() => ID)
  id!: string;

  @Field()
  giverNationalId!: string;

  @Field()
  receiverNationalId!: string;

  @Field()
  receiverName!: string;

  @Field()
  receiverProvince!: string;

  @Field(() => TransferRelation)
  relation!: TransferRelation;

  @Field()
  deedNumber!: string;

  @Field({ description: 'ISO date' })
  deedDate!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The receipt the bank reissued in the receiver’s name' })
  reissuedReceiptNumber!: string | null;
}

@ObjectType('HajjReceipt', { description: 'A deposit receipt as the Hajj staff see it: holder, state, what next, history and transfers' })
export class HajjReceiptView {
  @Field(() => ID)
  id!: string;

  @Field()
  receiptNumber!: string;

  @Field()
  originalReceiptNumber!: string;

  @Field()
  nationalId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field({ description: 'ISO date' })
  birthDate!: string;

  @Field()
  mobile!: string;

  @Field()
  province!: string;

  @Field(() => ReceiptKind)
  kind!: ReceiptKind;

  @Field({ description: RIALS })
  amountRials!: string;

  @Field({ description: 'ISO date' })
  depositDate!: string;

  @Field()
  branchCode!: string;

  @Field()
  acceptedBeforeNotGone!: boolean;

  @Field(() => ReceiptStatus)
  status!: ReceiptStatus;

  @Field(() => ReferralPurpose, { nullable: true })
  referral!: ReferralPurpose | null;

  @Field(() => String, { nullable: true })
  referredBranchCode!: string | null;

  @Field(() => HajjNextStep, { description: 'What the holder does next, as hajjReceiptStatus would tell him' })
  nextStep!: HajjNextStep;

  @Field(() => HajjOfficeView, { nullable: true })
  office!: HajjOfficeView | null;

  @Field(() => HajjReceiptAmountsView, { nullable: true })
  amounts!: HajjReceiptAmountsView | null;

  @Field(() => [String], { description: 'The receipts this one superseded, oldest first' })
  earlierReceiptNumbers!: string[];

  @Field(() => [HajjReceiptEventView])
  history!: HajjReceiptEventView[];

  @Field(() => [HajjTransferView])
  transfers!: HajjTransferView[];
}
