import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import type { RequestContext } from '../../../platform/graphql/context';
import { IdArg } from '../../../platform/graphql/id-arg';
import { SubscribeWebhookArgs, WebhookDeliveriesArgs } from './webhook.inputs';
import { WebhookService } from './webhook.service';
import { CreatedWebhookSubscription, WebhookDeliveryView, WebhookSubscriptionView } from './webhook.type';

@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Mutation(() => CreatedWebhookSubscription, {
    description:
      'API clients: receive every change event at this URL (https, public addresses only), signed. The same URL again is the same subscription with a new secret; at most 5 are active.',
  })
  subscribeWebhook(@Args() { url }: SubscribeWebhookArgs, @Ctx() ctx: RequestContext): Promise<CreatedWebhookSubscription> {
    return this.webhooks.subscribe(ctx.principal, url);
  }

  @RequirePermission(Permission.HOUSEHOLD_CHANGES)
  @Mutation(() => WebhookSubscriptionView, { description: "API clients: end one of the client's own webhook subscriptions" })
  unsubscribeWebhook(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<WebhookSubscriptionView> {
    return this.webhooks.unsubscribe(ctx.principal, id);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [WebhookSubscriptionView])
  webhookSubscriptions(): Promise<WebhookSubscriptionView[]> {
    return this.webhooks.subscriptions();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [WebhookDeliveryView], { description: 'Delivery attempts, newest first' })
  webhookDeliveries(
    @IdArg('subscriptionId', { nullable: true }) subscriptionId: string | null,
    @Args() { limit }: WebhookDeliveriesArgs,
  ): Promise<WebhookDeliveryView[]> {
    return this.webhooks.deliveries(subscriptionId ?? null, limit);
  }
}
