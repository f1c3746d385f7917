import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../platform/auth/roles';
import { OrganisationUnitView } from '../organisations';
import { RegistrationStatus } from './registration-request.entity';

registerEnumType(Role, { name: 'Role', description: 'A role held at an organisation unit' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType({ description: 'A server-drawn captcha: show the image, send back its id with the answer' })
export class Captcha {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'data:image/png;base64,… (200×70 pixels)' })
  image!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: 'A one-time password was sent (when the national ID has an account; the answer is the same either way)' })
export class OtpChallenge {
  @Field(() => ID)
  challengeId!: string;

  @Field()
  expiresAt!: Date;

  @Field()
  resendAvailableAt!: Date;
}

@ObjectType({
  description: "A password-reset code was sent (when the national ID and mobile are an account's; the answer is the same either way)",
})
export class PasswordResetChallenge {
  @Field(() => ID)
  challengeId!: string;

  @Field()
  expiresAt!: Date;

  @Field()
  resendAvailableAt!: Date;
}

@ObjectType({ description: 'One role a user holds at one organisation unit' })
export class RoleAssignmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => OrganisationUnitView)
  organisationUnit!: OrganisationUnitView;
}

@ObjectType({ description: 'The signed-in user' })
export class UserView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The national ID (the user name)' })
  nationalId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  mobile!: string;

  @Field(() => String, { nullable: true })
  post!: string | null;
}

@ObjectType({ description: 'Who is signed in, every role he holds and the one he acts in now' })
export class Me {
  @Field(() => UserView)
  user!: UserView;

  @Field(() => [RoleAssignmentView])
  roles!: RoleAssignmentView[];

  @Field(() => RoleAssignmentView)
  activeRole!: RoleAssignmentView;

  @Field(() => [String], { description: 'Permissions of the active role' })
  permissions!: string[];

  @Field({ description: 'A temporary password must be changed before anything else' })
  mustChangePassword!: boolean;
}

@ObjectType({ description: 'A registration request as its approver sees it' })
export class RegistrationRequestView {
  @Field(() => ID)
  id!: string;

  @Field()
  trackingCode!: string;

  @Field()
  subsystem!: string;

  @Field(() => OrganisationUnitView)
  organisationUnit!: OrganisationUnitView;

  @Field()
  nationalId!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field()
  post!: string;

  @Field()
  mobile!: string;

  @Field()
  officePhone!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => Role)
  requestedRole!: Role;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType()
export class RegistrationRequestPage {
  @Field(() => [RegistrationRequestView])
  items!: RegistrationRequestView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A registration request was recorded and its approver told by SMS' })
export class RegistrationReceipt {
  @Field()
  trackingCode!: string;
}
