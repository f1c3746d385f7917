import { graphql } from '../../../gql';

export const MyIndicatorProposalsQuery = graphql(`
  query MyIndicatorProposals($filter: ProposalFilter!) {
    myIndicatorProposals(filter: $filter) {
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

export const ProposalUnitsQuery = graphql(`
  query ProposalUnits {
    registrationOrganisations {
      id
      parentId
      name
      level
      type
      province
    }
  }
`);

export const ProposeIndicatorMutation = graphql(`
  mutation ProposeIndicator($input: ProposalInput!) {
    proposeIndicator(input: $input) {
      id
      status
    }
  }
`);
