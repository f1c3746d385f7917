import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('WebhookSubscription')
export class WebhookSubscriptionView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field()
  url!: string;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A new subscription and its signing secret, shown this once' })
export class CreatedWebhookSubscription {
  @Field(() => WebhookSubscriptionView)
  subscription!: WebhookSubscriptionView;

  @Field({ description: 'HMAC-SHA256 key: X-Pishkhan-Signature = sha256=hex(HMAC(secret, "<X-Pishkhan-Timestamp>.<body>"))' })
  secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'One delivery attempt' })
export class WebhookDeliveryView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID)
  eventId!: string;

  @Field(() => Int)
  attempt!: number;

  @Field()
  delivered!: boolean;

  @Field(() => Int, { nullable: true })
  statusCode!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a failed attempt is tried again; null when delivered, already retried or given up',
  })
  nextAttemptAt!: Date | null;
}
