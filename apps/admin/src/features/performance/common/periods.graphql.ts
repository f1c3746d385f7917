import { graphql } from '../../../gql';

export const EvaluationPeriodsQuery = graphql(`
  query EvaluationPeriods {
    evaluationPeriods {
      id
      title
      startDate
      endDate
      status
    }
  }
`);
