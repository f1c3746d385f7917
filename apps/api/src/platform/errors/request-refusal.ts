import { DomainError } from './domain-error';

/**
 * A refusal of the whole request, before any resolver runs (e.g. a Bearer key that opens nothing):
 * `/graphql` and the plain HTTP routes answer `httpStatus` with this one coded error and no data.
 */
export abstract class RequestRefusal extends DomainError {
  abstract readonly httpStatus: number;
}
