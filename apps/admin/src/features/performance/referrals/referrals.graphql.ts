import { graphql } from '../../../gql';

export const MyReferralsQuery = graphql(`
  query MyReferrals($filter: ReferralFilter!) {
    myReferrals(filter: $filter) {
      total
      items {
        id
        status
        deadline
        daysLeft
        overdue
        province
        target
        returnReason
        indicator {
          id
          title
          unitOfMeasure
          period {
            id
            title
          }
        }
        referrer {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const MyReferralIdsQuery = graphql(`
  query MyReferralIds($filter: ReferralFilter!) {
    myReferrals(filter: $filter) {
      total
      items {
        id
      }
    }
  }
`);
