import { graphql } from '../../../gql';

export const ReferralCandidatesQuery = graphql(`
  query ReferralCandidates {
    referralCandidates {
      id
      firstName
      lastName
      post
    }
  }
`);

export const ReferIndicatorMutation = graphql(`
  mutation ReferIndicator($indicatorId: ID!, $input: ReferInput!) {
    referIndicator(indicatorId: $indicatorId, input: $input) {
      id
      status
      deadline
      province
      target
    }
  }
`);

export const ReferFurtherMutation = graphql(`
  mutation ReferFurther($referralId: ID!, $input: ReferInput!) {
    referFurther(referralId: $referralId, input: $input) {
      id
      status
      deadline
      province
      target
    }
  }
`);
