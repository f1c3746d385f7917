import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsISO8601, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageInput } from '../../platform/graphql/page.input';
import { Role, REQUESTABLE_ROLES } from '../../platform/auth/roles';
import { RegistrationStatus } from './registration-request.entity';

const MOBILE = /^09\d{9}$/;

@InputType()
export class CaptchaAnswerInput {
  @Field(() => ID)
  @IsUUID()
  captchaId!: string;

  @Field()
  @Length(1, 16)
  captchaAnswer!: string;
}

@InputType()
export class PasswordLoginInput extends CaptchaAnswerInput {
  @Field({ description: 'National ID in any digits' })
  @Length(1, 32)
  nationalId!: string;

  @Field()
  @Length(1, 128)
  password!: string;
}

@InputType()
export class OtpRequestInput extends CaptchaAnswerInput {
  @Field()
  @Length(1, 32)
  nationalId!: string;
}

@InputType()
export class OtpLoginInput {
  @Field(() => ID)
  @IsUUID()
  challengeId!: string;

  @Field()
  @Length(1, 32)
  nationalId!: string;

  @Field({ description: 'The six digits received by SMS (Persian or Latin digits)' })
  @Length(6, 6)
  code!: string;
}

@InputType()
export class ForgotPasswordInput extends CaptchaAnswerInput {
  @Field()
  @Length(1, 32)
  nationalId!: string;

  @Field({ description: 'The mobile registered for the account, 09xxxxxxxxx' })
  @Matches(MOBILE, { message: 'mobile must be 11 digits starting with 09' })
  mobile!: string;
}

@InputType()
export class ResetPasswordWithCodeInput {
  @Field(() => ID, { description: 'The challenge forgotPassword answered' })
  @IsUUID()
  challengeId!: string;

  @Field()
  @Length(1, 32)
  nationalId!: string;

  @Field({ description: 'The six digits received by SMS (Persian or Latin digits)' })
  @Length(6, 6)
  code!: string;

  @Field({ description: 'At least 8 characters with letters and digits' })
  @Length(8, 128)
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 128)
  currentPassword!: string;

  @Field({ description: 'At least 8 characters with letters and digits' })
  @Length(8, 128)
  newPassword!: string;
}

@InputType({ description: 'A request for a user account (seed 002 rule 2)' })
export class RegistrationInput extends CaptchaAnswerInput {
  @Field()
  @Length(1, 32)
  nationalId!: string;

  @Field({ description: '09xxxxxxxxx, registered to the national ID (Shahkar)' })
  @Matches(MOBILE, { message: 'mobile must be 11 digits starting with 09' })
  mobile!: string;

  @Field({ description: 'Birth date as an ISO date (the admin picks it in Jalali)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate!: string;

  @Field({ description: 'Office phone with city code, e.g. 021-61612345' })
  @Matches(/^0\d{2,3}-?\d{5,8}$/, { message: 'officePhone must have the city code, e.g. 021-61612345' })
  officePhone!: string;

  @Field({ description: 'Organisational post' })
  @Length(2, 100)
  post!: string;

  @Field({ description: "The approver's mobile" })
  @Matches(MOBILE, { message: 'approverMobile must be 11 digits starting with 09' })
  approverMobile!: string;

  @Field(() => Role)
  @IsIn(REQUESTABLE_ROLES, { message: 'requestedRole must be one a person may ask for' })
  requestedRole!: Role;

  @Field(() => ID, { description: 'The chosen organisation unit: second level or deeper' })
  @IsUUID()
  organisationUnitId!: string;
}

@InputType()
export class RegistrationFilter extends PageInput {
  @Field(() => RegistrationStatus, { nullable: true })
  @IsOptional()
  status?: RegistrationStatus;

  /** A smaller page than the shared one (as before PageInput). Its own validators replace the inherited ones. */
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  override limit!: number;
}

@InputType()
export class RejectRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'Why; sent to the applicant' })
  @Length(3, 500)
  reason!: string;
}
