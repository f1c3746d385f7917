import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { ForbiddenError } from '../../../platform/errors/domain-error';
import { WebhookService } from './webhook.service';

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

  @Field(() => Date, { nullable: true, description: 'When a failed attempt is tried again; null when delivered, already retried or given up' })
  nextAttemptAt!: Date | null;
}

@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Mutation(() => CreatedWebhookSubscription, { description: 'API clients: receive every change event at this URL (https), signed' })
  subscribeWebhook(@Arg('url', () => String) url: string, @Ctx() ctx: RequestContext): Promise<CreatedWebhookSubscription> {
    if (ctx.principal?.kind !== 'client') throw new ForbiddenError('Webhooks are for API clients');
    return this.webhooks.subscribe(ctx.principal.id, url.slice(0, 2000));
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [WebhookSubscriptionView])
  webhookSubscriptions(): Promise<WebhookSubscriptionView[]> {
    return this.webhooks.subscriptions();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [WebhookDeliveryView], { description: 'Delivery attempts, newest first' })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { nullable: true }) subscriptionId: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<WebhookDeliveryView[]> {
    return this.webhooks.deliveries(subscriptionId, Math.min(Math.max(limit, 1), 500));
  }
}
