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
