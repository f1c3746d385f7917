import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SmsOutboxMessage', { description: 'A message the embedded SMS gateway "sent" (development and tests)' })
export class SmsOutboxMessageView {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  text!: string;

  @Field()
  purpose!: string;

  @Field()
  createdAt!: Date;
}
