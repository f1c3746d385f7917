import { graphql } from '../../../gql';

export const SubsidyServiceRequestMutation = graphql(`
  mutation SubsidyServiceRequest($nationalId: String!, $service: SubsidyService!) {
    subsidyServiceRequest(nationalId: $nationalId, service: $service) {
      id
      service
      recordedAt
    }
  }
`);
