import { Field, ObjectType } from 'type-graphql';
import { RegistrationStatus } from '../hajj.graphql-enums';
import { HajjCaravanRef } from '../receipts/receipt-status.type';

@ObjectType('HajjPreRegistration', {
  description: 'An online pre-registration: a seat of the online share held until the holder confirms at the caravan',
})
export class HajjPreRegistrationView {
  @Field({ description: 'Shown at the caravan to confirm in person' })
  trackingCode!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => Date, { nullable: true, description: 'The seat is freed then unless confirmed at the caravan' })
  holdExpiresAt!: Date | null;

  @Field(() => HajjCaravanRef)
  caravan!: HajjCaravanRef;
}
