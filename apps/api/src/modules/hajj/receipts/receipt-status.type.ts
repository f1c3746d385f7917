import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HajjNextStep, HajjOfficeKind, NotEligibleReason, ReceiptKind, RegistrationStatus } from '../hajj.graphql-enums';

/** Rials travel as strings of digits (whole rials; bigint in the database, exact in every client). */
export const RIALS = 'Whole rials, as a string of digits';

@ObjectType('HajjOffice', { description: 'Where to go for the next step' })
export class HajjOfficeView {
  @Field(() => HajjOfficeKind)
  kind!: HajjOfficeKind;

  @Field(() => String, { nullable: true, description: 'The Bank Melli branch the provincial office named, when it named one' })
  branchCode!: string | null;
}

@ObjectType('HajjReceiptAmounts', { description: `The conversion's amounts. ${RIALS}; interest rounded down to a whole rial.` })
export class HajjReceiptAmountsView {
  @Field({ description: 'What the document holds' })
  amountRials!: string;

  @Field({ description: 'The receipt it converts into' })
  targetRials!: string;

  @Field({ description: 'Rule 3: the subsidy (8M documents of 1377 up to 1378/01/31)' })
  subsidyRials!: string;

  @Field({ description: 'Rule 4: interest accrued (8M documents from 1378/02/01), by the season’s rate and formula, rounded down' })
  interestRials!: string;

  @Field(() => Int, { description: 'Days the interest ran' })
  interestDays!: number;

  @Field({ description: 'What the holder pays at the bank: target − amount − subsidy − interest, never below zero' })
  differenceRials!: string;
}

@ObjectType('HajjCaravanRef')
export class HajjCaravanRef {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;
}

@ObjectType('HajjOwnRegistration', { description: "The holder's own seat this season" })
export class HajjOwnRegistrationView {
  @Field()
  trackingCode!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => Date, { nullable: true, description: 'An online hold ends then unless confirmed at the caravan' })
  holdExpiresAt!: Date | null;

  @Field(() => HajjCaravanRef)
  caravan!: HajjCaravanRef;
}

@ObjectType('HajjReceiptStatus', { description: 'What the holder of a deposit receipt does next, with the amounts and the office' })
export class HajjReceiptStatusView {
  @Field(() => HajjNextStep)
  nextStep!: HajjNextStep;

  @Field(() => NotEligibleReason, { nullable: true })
  notEligibleReason!: NotEligibleReason | null;

  @Field({ description: 'The living receipt (after a conversion or reissue, the new one)' })
  receiptNumber!: string;

  @Field({ description: 'The number the chain began with (the endorsement)' })
  originalReceiptNumber!: string;

  @Field({ description: "The asker's name as the bank has it" })
  holderName!: string;

  @Field(() => ReceiptKind)
  kind!: ReceiptKind;

  @Field({ description: RIALS })
  amountRials!: string;

  @Field({ description: 'ISO date' })
  depositDate!: string;

  @Field({ description: "The holder's province of residence" })
  province!: string;

  @Field(() => HajjOfficeView, { nullable: true })
  office!: HajjOfficeView | null;

  @Field(() => HajjReceiptAmountsView, { nullable: true })
  amounts!: HajjReceiptAmountsView | null;

  @Field(() => String, { nullable: true, description: "For NOT_INVITED_YET: the province's current invitation cut-off (ISO date)" })
  invitedDepositsUntil!: string | null;

  @Field(() => Date, { nullable: true, description: "When the province's admission opens (or opened)" })
  admissionOpensAt!: Date | null;

  @Field(() => HajjOwnRegistrationView, { nullable: true })
  registration!: HajjOwnRegistrationView | null;
}
