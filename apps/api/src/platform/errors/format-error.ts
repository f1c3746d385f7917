import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import { isDatabaseUnreachable, RETRY_AFTER_SECONDS } from '../db/unreachable';

export interface FieldProblem {
  path: string;
  message: string;
  constraints: string[];
}

/** class-validator's nested errors as flat field paths, e.g. `input.members.0.nationalId`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ path, message: Object.values(error.constraints).join('; '), constraints: Object.keys(error.constraints) }]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Codes GraphQL itself gives to a malformed or refused operation: safe to pass through. */
const PASS_THROUGH_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
  'QUERY_TOO_COMPLEX',
]);

interface ErrorLike {
  extensions?: Record<string, unknown>;
  originalError?: unknown;
  path?: unknown;
}

/**
 * graphql and type-graphql ship CommonJS and ES module builds, and a process may load both, so
 * their errors are recognised by shape, never by `instanceof`.
 */
function asErrorLike(error: unknown): ErrorLike {
  return error !== null && typeof error === 'object' ? (error as ErrorLike) : {};
}

function validationErrorsOf(error: unknown): ValidationError[] | null {
  const { extensions } = asErrorLike(error);
  return extensions?.code === 'BAD_USER_INPUT' && Array.isArray(extensions.validationErrors)
    ? (extensions.validationErrors as ValidationError[])
    : null;
}

/**
 * The domain error behind `raw`: thrown by a resolver, or while the request's context was built
 * (Apollo wraps the latter without a path, see `refuseRequest`).
 */
function domainErrorOf(raw: unknown): DomainError | null {
  const error = unwrapResolverError(raw);
  if (error instanceof DomainError) return error;
  const { originalError } = asErrorLike(raw);
  return originalError instanceof DomainError ? originalError : null;
}

/**
 * Refuses the whole request while its context is built (e.g. a Bearer key that opens nothing):
 * thrown from the context function, Apollo answers with `status`, no data and this one error, and
 * the error model keeps its code and details.
 */
export function refuseRequest(error: DomainError, status: number): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status } } });
}

/** Errors raised before any resolver ran (parsing, validation, query limits). */
function isRequestLevel(raw: unknown, formatted: GraphQLFormattedError | null): boolean {
  const { originalError, path } = asErrorLike(raw);
  return (originalError === undefined || originalError === null) && path === undefined && formatted?.path === undefined;
}

/** True for errors the error model knows; anything else is a bug to log whole and mask. */
export function isExpectedError(raw: unknown): boolean {
  if (domainErrorOf(raw) || validationErrorsOf(unwrapResolverError(raw))) return true;
  // An outage, not a bug: answered SERVICE_UNAVAILABLE and logged as a warning (service-unavailable.ts).
  if (isDatabaseUnreachable(unwrapResolverError(raw))) return true;
  const code = asErrorLike(raw).extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) return true;
  return isRequestLevel(raw, null);
}

/**
 * The one error model. Domain errors keep their code and details; validation errors become
 * BAD_USER_INPUT with field paths; GraphQL's own request errors pass; an unreachable database is
 * SERVICE_UNAVAILABLE (HTTP 503, see service-unavailable.ts); anything else is masked as
 * INTERNAL_SERVER_ERROR (the request's logger writes it whole, see the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const error = unwrapResolverError(raw);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  const domainError = domainErrorOf(raw);
  if (domainError) {
    return { ...base, message: domainError.message, extensions: { ...domainError.details, code: domainError.code } };
  }
  const validationErrors = validationErrorsOf(error);
  if (validationErrors) {
    return {
      ...base,
      message: 'Some fields are not valid',
      extensions: { code: 'BAD_USER_INPUT', fields: flattenValidationErrors(validationErrors) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (isRequestLevel(raw, formatted)) {
    return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (isDatabaseUnreachable(error)) {
    return {
      message: 'The service is unavailable for a moment; try again shortly',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
