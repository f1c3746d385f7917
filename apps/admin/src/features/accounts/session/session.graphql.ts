import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        nationalId
        firstName
        lastName
        mobile
        post
      }
      roles {
        id
        role
        organisationUnit {
          id
          name
          type
          level
        }
      }
      activeRole {
        id
        role
        organisationUnit {
          id
          name
          type
          level
        }
      }
      permissions
      mustChangePassword
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SwitchRoleMutation = graphql(`
  mutation SwitchRole($roleAssignmentId: ID!) {
    switchRole(roleAssignmentId: $roleAssignmentId) {
      activeRole {
        id
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
