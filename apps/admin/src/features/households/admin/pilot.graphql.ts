import { graphql } from '../../../gql';

export const SubsidyPilotsQuery = graphql(`
  query SubsidyPilots {
    subsidyPilots {
      id
      province
      startsAt
      prefixes
      refusalCode
      refusalMessage
      portalUrl
      active
    }
  }
`);

export const UpdateSubsidyPilotMutation = graphql(`
  mutation UpdateSubsidyPilot($id: ID!, $input: SubsidyPilotInput!) {
    updateSubsidyPilot(id: $id, input: $input) {
      id
      province
      startsAt
      prefixes
      refusalCode
      refusalMessage
      portalUrl
      active
    }
  }
`);
