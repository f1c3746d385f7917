import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AuditOutcome } from './audit-event.entity';

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

@ObjectType('AuditEvent', { description: 'One line of the append-only audit log' })
export class AuditEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field()
  action!: string;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: "The acting person's full name (or the client system's name)" })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: "The acting person's masked national ID, e.g. 001****419" })
  actorNationalIdMasked!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked national ID concerned' })
  subjectMasked!: string | null;

  @Field(() => String, { nullable: true, description: "The record's kind, e.g. indicator (for a mutation's line: its result's kind)" })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The record in Persian words (an indicator's title, a household's tracking code), when its context describes it",
  })
  targetLabel!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEventView])
  items!: AuditEventView[];

  @Field(() => Int)
  total!: number;
}
