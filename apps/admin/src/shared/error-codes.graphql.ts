import { graphql } from '../gql';

/**
 * Not sent by the admin: naming the schema's `ErrorCode` enum in an operation makes codegen write
 * its type into `src/gql` (codegen writes only the types that operations use), and `errors.ts`
 * keys its Persian messages on that type.
 */
export const ErrorCodesQuery = graphql(`
  query ErrorCodes {
    errorCodes
  }
`);
