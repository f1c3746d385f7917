import { graphql } from '../../gql';

export const NationalIdInfoQuery = graphql(`
  query NationalIdInfo($nationalId: String!) {
    nationalIdInfo(nationalId: $nationalId) {
      normalized
      valid
      reason
      issuancePlace {
        prefix
        province
        city
      }
    }
  }
`);
