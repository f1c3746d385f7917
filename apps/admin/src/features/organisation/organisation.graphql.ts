import { graphql } from '../../gql';

export const MyOrganisationUnitsQuery = graphql(`
  query MyOrganisationUnits {
    myOrganisationUnits {
      id
      parentId
      code
      name
      level
      type
      province
    }
  }
`);
