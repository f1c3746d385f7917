import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { PassportFlag, RegistrationChannel, RegistrationStatus, ReleaseReason, TravelRestriction } from '../hajj.graphql-enums';
import { PageInput } from '../../../platform/graphql/page.input';
import { RIALS } from '../receipts/receipt-status.type';

@ObjectType('HajjDocumentChecklist', { description: 'Rule 10: the documents checked at the caravan' })
export class HajjDocumentChecklistView {
  @Field({ description: 'Original of the deposit receipt' })
  receiptOriginal!: boolean;

  @Field({ description: 'Copy of the deposit receipt' })
  receiptCopy!: boolean;

  @Field({ description: 'Original birth certificate and copies of all its pages' })
  birthCertificate!: boolean;

  @Field({ description: 'National card (original and copy) or its verified number' })
  nationalCard!: boolean;
}

@InputType('HajjDocumentsInput', { description: 'Rule 10: every document must be checked (true) to confirm' })
export class HajjDocumentsInput {
  @Field()
  @IsBoolean()
  receiptOriginal!: boolean;

  @Field()
  @IsBoolean()
  receiptCopy!: boolean;

  @Field()
  @IsBoolean()
  birthCertificate!: boolean;

  @Field()
  @IsBoolean()
  nationalCard!: boolean;
}

@ObjectType('HajjPaymentSlip', { description: 'Rule 11: the slip for the difference between the caravan’s final cost and the deposit' })
export class HajjPaymentSlipView {
  @Field()
  number!: string;

  @Field({ description: `${RIALS}; never below zero` })
  differenceRials!: string;

  @Field({ description: 'Last day to pay (ISO, Tehran)' })
  payBy!: string;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true })
  paymentReference!: string | null;
}

@ObjectType('HajjPassport', { description: 'Rule 13 and the restrictions of rule 15' })
export class HajjPassportView {
  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  expiry!: string | null;

  @Field(() => PassportFlag)
  flag!: PassportFlag;

  @Field(() => String, { nullable: true, description: 'For RENEW: renew and hand the passport to the manager by this day (ISO)' })
  renewBy!: string | null;

  @Field({ description: 'The season’s rule: a passport valid at least until this day (ISO)' })
  requiredValidUntil!: string;

  @Field({ description: 'The season’s rule: every passport handed to the caravan manager by this day (ISO)' })
  handOverBy!: string;

  @Field(() => TravelRestriction)
  restriction!: TravelRestriction;

  @Field(() => String, { nullable: true, description: 'The rule a restricted applicant’s exit follows (Persian)' })
  restrictionRule!: string | null;
}

@ObjectType('HajjRegistrationCaravan')
export class HajjRegistrationCaravanView {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  province!: string;

  @Field()
  managerName!: string;

  @Field()
  managerPhone!: string;

  @Field()
  address!: string;

  @Field({ description: RIALS })
  finalCostRials!: string;
}

@ObjectType('HajjRegistration', { description: 'A seat in a caravan, as the caravan manager (and the Hajj staff of its province) see it' })
export class HajjRegistrationView {
  @Field(() => ID)
  id!: string;

  @Field()
  trackingCode!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => RegistrationChannel)
  channel!: RegistrationChannel;

  @Field()
  seasonTitle!: string;

  @Field(() => HajjRegistrationCaravanView)
  caravan!: HajjRegistrationCaravanView;

  @Field()
  nationalId!: string;

  @Field()
  holderName!: string;

  @Field({ description: 'ISO date' })
  birthDate!: string;

  @Field()
  mobile!: string;

  @Field()
  receiptNumber!: string;

  @Field()
  originalReceiptNumber!: string;

  @Field({ description: 'ISO date' })
  depositDate!: string;

  @Field({ description: RIALS })
  depositRials!: string;

  @Field(() => Date, { nullable: true })
  holdExpiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => HajjDocumentChecklistView, { nullable: true })
  documents!: HajjDocumentChecklistView | null;

  @Field(() => HajjPaymentSlipView, { nullable: true })
  paymentSlip!: HajjPaymentSlipView | null;

  @Field(() => String, { nullable: true, description: 'Last day to see the designated doctors (ISO)' })
  doctorVisitDue!: string | null;

  @Field(() => Date, { nullable: true })
  doctorVisitedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  releasedAt!: Date | null;

  @Field(() => ReleaseReason, { nullable: true })
  releaseReason!: ReleaseReason | null;

  @Field(() => String, { nullable: true, description: 'The tracking code of the registration that took this seat' })
  replacedByTrackingCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The tracking code of the registration whose seat this one took' })
  replacesTrackingCode!: string | null;

  @Field({ description: 'Rule 12: one of the three pilgrims elected at the first training session' })
  elected!: boolean;

  @Field(() => HajjPassportView)
  passport!: HajjPassportView;
}

@ObjectType('HajjRegistrationPage')
export class HajjRegistrationPage {
  @Field(() => [HajjRegistrationView])
  items!: HajjRegistrationView[];

  @Field(() => Int)
  total!: number;
}

@InputType('HajjRegistrationFilter')
export class HajjRegistrationFilter extends PageInput {
  @Field(() => RegistrationStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RegistrationStatus))
  status?: RegistrationStatus | null;
}

@InputType('HajjApplicantInput', { description: 'An applicant at the caravan: his receipt and the documents checked' })
export class HajjApplicantInput {
  @Field()
  @MaxLength(20)
  nationalId!: string;

  @Field()
  @MaxLength(40)
  receiptNumber!: string;

  @Field({ description: 'ISO date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate!: string;

  @Field(() => HajjDocumentsInput)
  documents!: HajjDocumentsInput;
}

@InputType('HajjPassportInput')
export class HajjPassportInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{6,12}$/)
  passportNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  passportExpiry?: string | null;

  @Field(() => TravelRestriction)
  @IsIn(Object.values(TravelRestriction))
  restriction!: TravelRestriction;
}
