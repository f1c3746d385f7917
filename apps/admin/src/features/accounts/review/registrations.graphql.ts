import { graphql } from '../../../gql';

export const RegistrationRequestsQuery = graphql(`
  query RegistrationRequests($filter: RegistrationFilter!) {
    registrationRequests(filter: $filter) {
      total
      items {
        id
        trackingCode
        subsystem
        organisationUnit {
          id
          name
        }
        nationalId
        firstName
        lastName
        post
        mobile
        officePhone
        status
        requestedRole
        createdAt
        decidedAt
        decisionReason
      }
    }
  }
`);

export const ApproveRegistrationRequestMutation = graphql(`
  mutation ApproveRegistrationRequest($id: ID!) {
    approveRegistrationRequest(id: $id) {
      id
      status
      decidedAt
    }
  }
`);

export const RejectRegistrationRequestMutation = graphql(`
  mutation RejectRegistrationRequest($input: RejectRegistrationInput!) {
    rejectRegistrationRequest(input: $input) {
      id
      status
      decidedAt
      decisionReason
    }
  }
`);
