import { graphql } from '../../../gql';

export const ReviewIndicatorsQuery = graphql(`
  query ReviewIndicators($filter: IndicatorFilter!) {
    indicators(filter: $filter) {
      total
      items {
        id
        title
        unitOfMeasure
        target
        scoreCap
        aggregation
        status
        organisationUnit {
          id
          name
        }
        topReferrals {
          id
          status
          province
          target
          deadline
          returnReason
          assignee {
            id
            firstName
            lastName
            post
          }
          entry {
            value
          }
          children {
            id
            entry {
              value
            }
            children {
              id
              entry {
                value
              }
              children {
                id
                entry {
                  value
                }
                children {
                  id
                  entry {
                    value
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const ApprovedCountQuery = graphql(`
  query ApprovedCount($filter: IndicatorFilter!) {
    indicators(filter: $filter) {
      total
    }
  }
`);

export const ApproveIndicatorMutation = graphql(`
  mutation ApproveIndicator($id: ID!) {
    approveIndicator(id: $id) {
      id
      status
    }
  }
`);

export const ForwardApprovedIndicatorsMutation = graphql(`
  mutation ForwardApprovedIndicators($periodId: ID!) {
    forwardApprovedIndicators(periodId: $periodId)
  }
`);
