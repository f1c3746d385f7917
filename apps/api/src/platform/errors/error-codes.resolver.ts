import { ERROR_CODES } from '@pishkhan/domain-rules';
import { Query, Resolver } from 'type-graphql';
import { Public } from '../auth/access';
import { ErrorCode } from './error-code.enum';

/** Puts the `ErrorCode` enum in the schema through a query that lists it. */
@Resolver()
export class ErrorCodesResolver {
  // Public on purpose: the codes are no secret (every client meets them in `extensions.code`),
  // and a client may read them before it signs in, e.g. to check its messages cover them.
  @Public()
  @Query(() => [ErrorCode], { description: 'Every code an error of this API can carry in `extensions.code`' })
  errorCodes(): ErrorCode[] {
    return [...ERROR_CODES];
  }
}
