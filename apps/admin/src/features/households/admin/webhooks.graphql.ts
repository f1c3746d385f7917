import { graphql } from '../../../gql';

export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions {
      id
      clientId
      url
      active
      createdAt
    }
    apiClients {
      id
      name
      active
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($subscriptionId: ID, $limit: Int!) {
    webhookDeliveries(subscriptionId: $subscriptionId, limit: $limit) {
      id
      subscriptionId
      eventId
      attempt
      delivered
      statusCode
      error
      durationMs
      nextAttemptAt
      createdAt
    }
  }
`);
