import { graphql } from '../../../gql';

export const CartableUnitsQuery = graphql(`
  query CartableUnits($periodId: ID!) {
    cartableUnits(periodId: $periodId) {
      unit {
        id
        name
        parentId
        level
        type
        province
      }
      generalReferredPercent
      specificReferredPercent
      daysLeft
    }
  }
`);

export const CartableIndicatorsQuery = graphql(`
  query CartableIndicators($filter: IndicatorFilter!) {
    indicators(filter: $filter) {
      total
      items {
        id
        title
        legalBasis
        nature
        comparisonType
        aggregation
        unitOfMeasure
        target
        scoreCap
        weight
        category
        status
        organisationUnitId
      }
    }
  }
`);
