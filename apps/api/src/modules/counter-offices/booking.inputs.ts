import { Field, ID, InputType } from 'type-graphql';
import { IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'The foreign national who books' })
export class ApplicantInput {
  @Field({ description: 'The number on the foreign-national card or census slip; digits in any script, spaces and dashes allowed' })
  @Length(1, 40)
  identificationNumber!: string;

  @Field()
  @Length(1, 60)
  firstName!: string;

  @Field()
  @Length(1, 60)
  lastName!: string;

  @Field()
  @Length(1, 60)
  fatherName!: string;

  @Field({ description: 'e.g. افغانستان, عراق, پاکستان' })
  @Length(2, 40)
  nationality!: string;

  @Field({ description: 'ISO date (Gregorian)' })
  @Matches(ISO_DATE)
  birthDate!: string;

  @Field({ description: 'An Iranian mobile number (09…, digits in any script)' })
  @Length(10, 20)
  mobile!: string;
}

@InputType({ description: 'A booking for the identity verification of a foreign national' })
export class BookVerificationAppointmentInput {
  @Field({ description: "The office's 8-digit code" })
  @Length(1, 16)
  officeCode!: string;

  @Field({ description: 'ISO date (Tehran) of the appointment' })
  @Matches(ISO_DATE)
  date!: string;

  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field(() => ID, { description: 'A captcha from newCaptcha' })
  @IsUUID()
  captchaId!: string;

  @Field()
  @MaxLength(16)
  captchaAnswer!: string;
}
