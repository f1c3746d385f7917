import { graphql } from '../../../gql';

export const PerformanceDashboardQuery = graphql(`
  query PerformanceDashboard($periodId: ID!) {
    performanceDashboard(periodId: $periodId) {
      unit {
        id
        name
        type
        level
      }
      indicators
      referred
      approved
      total
    }
  }
`);

export const ScoringSheetQuery = graphql(`
  query ScoringSheet($periodId: ID!, $organisationUnitId: ID!) {
    scoringSheet(periodId: $periodId, organisationUnitId: $organisationUnitId) {
      formula
      total
      general {
        value
        achievement
        score
        indicator {
          id
          title
          legalBasis
          nature
          comparisonType
          unitOfMeasure
          target
          scoreCap
          weight
          status
        }
      }
      specific {
        value
        achievement
        score
        indicator {
          id
          title
          legalBasis
          nature
          comparisonType
          unitOfMeasure
          target
          scoreCap
          weight
          status
        }
      }
    }
  }
`);
