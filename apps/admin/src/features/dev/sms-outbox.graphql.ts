import { graphql } from '../../gql';

export const SmsOutboxQuery = graphql(`
  query SmsOutbox($to: String, $limit: Int!) {
    smsOutbox(to: $to, limit: $limit) {
      id
      to
      text
      purpose
      createdAt
    }
  }
`);
