import { graphql } from '../../../gql';

export const ClusterObjectionsQuery = graphql(`
  query ClusterObjections($body: ObjectionBody!, $status: ObjectionStatus, $offset: Int!, $limit: Int!) {
    clusterObjections(body: $body, status: $status, offset: $offset, limit: $limit) {
      total
      items {
        id
        householdId
        channel
        officeCode
        reason
        status
        resolution
        createdAt
      }
    }
  }
`);

export const ResolveClusterObjectionMutation = graphql(`
  mutation ResolveClusterObjection($id: ID!, $accepted: Boolean!, $resolution: String!) {
    resolveClusterObjection(id: $id, accepted: $accepted, resolution: $resolution) {
      id
      status
      resolution
    }
  }
`);
