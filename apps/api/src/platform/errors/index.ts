export { DomainError, BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from './domain-error';
export { ErrorCode } from './error-code.enum';
export { ErrorCodesResolver } from './error-codes.resolver';
