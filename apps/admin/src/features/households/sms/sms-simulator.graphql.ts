import { graphql } from '../../../gql';

export const SimulateInboundSmsMutation = graphql(`
  mutation SimulateInboundSms($from: String!, $text: String!) {
    simulateInboundSms(from: $from, text: $text) {
      reply
    }
  }
`);
