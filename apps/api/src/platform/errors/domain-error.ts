import type { ErrorCode } from '@pishkhan/domain-rules';

/**
 * A refusal the client can act on. Its `code` is stable (clients and the admin's Persian messages
 * key on it) and reaches the client as `extensions.code`; `details` go to `extensions` as they are,
 * so they must hold nothing the caller may not see. The code must be one of the list in
 * `@pishkhan/domain-rules` (`error-codes.ts`): a new code is added there first, and the schema's
 * `ErrorCode` enum and the admin's Persian messages follow it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found`);
  }
}

/** Bad input found by a rule rather than by class-validator; `field` names the argument path. */
export class BadInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { fields: [{ path: field, message }] });
  }
}
