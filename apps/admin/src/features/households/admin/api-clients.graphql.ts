import { graphql } from '../../../gql';

export const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      id
      name
      keyPrefix
      scopes
      dailyQuota
      ipAllowlist
      active
      createdAt
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: ApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        id
        name
        keyPrefix
        scopes
        dailyQuota
        ipAllowlist
        active
        createdAt
      }
    }
  }
`);

export const DeactivateApiClientMutation = graphql(`
  mutation DeactivateApiClient($id: ID!) {
    deactivateApiClient(id: $id) {
      id
      active
    }
  }
`);

export const ReactivateApiClientMutation = graphql(`
  mutation ReactivateApiClient($id: ID!) {
    reactivateApiClient(id: $id) {
      id
      active
    }
  }
`);

export const RotateApiClientKeyMutation = graphql(`
  mutation RotateApiClientKey($id: ID!) {
    rotateApiClientKey(id: $id) {
      key
      client {
        id
        name
        keyPrefix
      }
    }
  }
`);
