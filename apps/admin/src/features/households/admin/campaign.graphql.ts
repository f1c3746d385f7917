import { graphql } from '../../../gql';

export const ClusterCampaignQuery = graphql(`
  query ClusterCampaign {
    clusterCampaign {
      id
      title
      active
      windows {
        id
        catchUp
        minSize
        maxSize
        startDate
        endDate
      }
    }
  }
`);

export const UpdateCampaignWindowMutation = graphql(`
  mutation UpdateCampaignWindow($id: ID!, $input: CampaignWindowInput!) {
    updateCampaignWindow(id: $id, input: $input) {
      id
      catchUp
      minSize
      maxSize
      startDate
      endDate
    }
  }
`);
