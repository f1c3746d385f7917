import { graphql } from '../../../gql';

export const RegisterVitalEventMutation = graphql(`
  mutation RegisterVitalEvent($input: VitalEventInput!) {
    registerVitalEvent(input: $input) {
      id
      type
      source
      occurredAt
      householdIds
      nationalIds
    }
  }
`);
