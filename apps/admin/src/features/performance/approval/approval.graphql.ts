import { graphql } from '../../../gql';

// The chain below each indicator, four levels deep, with every entry as its author left it: the lead
// evaluator approves what he has read (description, obstacles, measures, evidence files, the history).
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
        history {
          at
          kind
          referralId
          province
          reason
          actor {
            id
            firstName
            lastName
          }
          assignee {
            id
            firstName
            lastName
          }
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
            description
            keyObstacles
            improvementMeasures
            partnerPerformance
            evidenceFiles {
              id
              name
              sizeBytes
            }
          }
          children {
            id
            status
            province
            assignee {
              id
              firstName
              lastName
              post
            }
            entry {
              value
              description
              keyObstacles
              improvementMeasures
              partnerPerformance
              evidenceFiles {
                id
                name
                sizeBytes
              }
            }
            children {
              id
              status
              province
              assignee {
                id
                firstName
                lastName
                post
              }
              entry {
                value
                description
                keyObstacles
                improvementMeasures
                partnerPerformance
                evidenceFiles {
                  id
                  name
                  sizeBytes
                }
              }
              children {
                id
                status
                province
                assignee {
                  id
                  firstName
                  lastName
                  post
                }
                entry {
                  value
                  description
                  keyObstacles
                  improvementMeasures
                  partnerPerformance
                  evidenceFiles {
                    id
                    name
                    sizeBytes
                  }
                }
                children {
                  id
                  status
                  province
                  assignee {
                    id
                    firstName
                    lastName
                    post
                  }
                  entry {
                    value
                    description
                    keyObstacles
                    improvementMeasures
                    partnerPerformance
                    evidenceFiles {
                      id
                      name
                      sizeBytes
                    }
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
