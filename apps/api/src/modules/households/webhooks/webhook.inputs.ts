import { ArgsType, Field, Int } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';

/** The most delivery attempts one list returns. */
export const MAX_DELIVERIES = 500;

@ArgsType()
export class SubscribeWebhookArgs {
  /** Parsed by the service: an https URL (http too outside production). */
  @Field(() => String)
  @MaxLength(2000)
  url!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_DELIVERIES)
  limit!: number;
}
