import { graphql } from '../../../gql';

export const ForwardedIndicatorsQuery = graphql(`
  query ForwardedIndicators($filter: IndicatorFilter!) {
    indicators(filter: $filter) {
      total
      items {
        id
        title
        unitOfMeasure
        target
        scoreCap
        weight
        category
        status
        evaluationNote
        organisationUnit {
          id
          name
        }
      }
    }
  }
`);

export const EvaluateIndicatorMutation = graphql(`
  mutation EvaluateIndicator($id: ID!, $note: String) {
    evaluateIndicator(id: $id, note: $note) {
      id
      status
      evaluationNote
    }
  }
`);

export const IndicatorProposalsQuery = graphql(`
  query IndicatorProposals($filter: ProposalFilter!) {
    indicatorProposals(filter: $filter) {
      total
      items {
        id
        periodId
        organisationUnitId
        title
        unitOfMeasure
        nature
        calculationMethod
        comparisonType
        targetUpper
        targetLower
        target
        score
        createdAt
        status
        decisionReason
      }
    }
  }
`);

export const ApproveIndicatorProposalMutation = graphql(`
  mutation ApproveIndicatorProposal($id: ID!) {
    approveIndicatorProposal(id: $id) {
      id
      status
      decisionReason
    }
  }
`);

export const RejectIndicatorProposalMutation = graphql(`
  mutation RejectIndicatorProposal($id: ID!, $reason: String!) {
    rejectIndicatorProposal(id: $id, reason: $reason) {
      id
      status
      decisionReason
    }
  }
`);
