import { graphql } from '../../../gql';

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referralCandidates {
      id
    }
    referral(id: $id) {
      id
      status
      breakdown
      deadline
      daysLeft
      overdue
      province
      target
      returnReason
      parentId
      assigneeId
      referrer {
        id
        firstName
        lastName
        post
      }
      assignee {
        id
        firstName
        lastName
        post
      }
      organisationUnit {
        id
        name
      }
      indicator {
        id
        title
        legalBasis
        nature
        comparisonType
        aggregation
        unitOfMeasure
        target
        scoreCap
        weight
        category
        period {
          id
          title
          endDate
        }
      }
      entry {
        value
        hasStrategicPlan
        hasInformationSystem
        description
        keyObstacles
        improvementMeasures
        partnerPerformance
        isBaseline
        baselineNote
        evidenceFileIds
        evidenceFiles {
          id
          name
          sizeBytes
        }
        updatedAt
      }
      children {
        id
        status
        deadline
        daysLeft
        overdue
        province
        target
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
          evidenceFileIds
          evidenceFiles {
            id
            name
            sizeBytes
          }
          updatedAt
        }
        children {
          id
          status
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
`);

export const SavePerformanceEntryMutation = graphql(`
  mutation SavePerformanceEntry($referralId: ID!, $input: PerformanceEntryInput!) {
    savePerformanceEntry(referralId: $referralId, input: $input) {
      value
      evidenceFileIds
      updatedAt
    }
  }
`);

export const FinishReferralMutation = graphql(`
  mutation FinishReferral($id: ID!) {
    finishReferral(id: $id) {
      id
      status
      returnReason
    }
  }
`);

export const ReturnReferralMutation = graphql(`
  mutation ReturnReferral($id: ID!, $reason: String!) {
    returnReferral(id: $id, reason: $reason) {
      id
      status
      returnReason
    }
  }
`);
