import { graphql } from '../../../gql';

export const RegistrationOrganisationsQuery = graphql(`
  query RegistrationOrganisations {
    registrationOrganisations {
      id
      parentId
      name
      level
      type
    }
  }
`);

export const SubmitRegistrationRequestMutation = graphql(`
  mutation SubmitRegistrationRequest($input: RegistrationInput!) {
    submitRegistrationRequest(input: $input) {
      trackingCode
    }
  }
`);
