import { graphql } from '../../../gql';

export const HouseholdStructureQuery = graphql(`
  query HouseholdStructure($nationalId: String!) {
    householdStructure(nationalId: $nationalId) {
      id
      lastChangedAt
      head {
        nationalId
      }
      members {
        nationalId
        firstName
        lastName
        birthDate
        gender
        relation
        joinedAt
      }
    }
  }
`);

export const HouseholdTimelineQuery = graphql(`
  query HouseholdTimeline($householdId: ID!) {
    householdTimeline(householdId: $householdId) {
      id
      type
      source
      occurredAt
      recordedAt
      nationalIds
    }
  }
`);
