import { DomainError } from '../../platform/errors/domain-error';

/** Wrong national ID or password (or OTP): one answer, so nobody learns which or whether the user exists. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'The national ID or the password is not right');
  }
}

export class CaptchaInvalidError extends DomainError {
  constructor() {
    super('CAPTCHA_INVALID', 'The captcha answer is wrong or expired; get a new captcha');
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('TOO_MANY_ATTEMPTS', 'Too many failed attempts; wait and try again', { retryAfterSeconds });
  }
}

export class OtpInvalidError extends DomainError {
  constructor(remainingTries: number) {
    super('OTP_INVALID', 'The one-time password is wrong', { remainingTries });
  }
}

export class OtpExpiredError extends DomainError {
  constructor() {
    super('OTP_EXPIRED', 'The one-time password expired, was used, or had too many tries; ask for a new one');
  }
}

export class ResendTooSoonError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RESEND_TOO_SOON', 'Wait before asking for another code', { retryAfterSeconds });
  }
}

export class WeakPasswordError extends DomainError {
  constructor() {
    super('WEAK_PASSWORD', 'The new password needs at least 8 characters with letters and digits, and must differ from the old one');
  }
}

export class RoleNotHeldError extends DomainError {
  constructor() {
    super('ROLE_NOT_HELD', 'You do not hold this role');
  }
}

export class NationalIdInvalidError extends DomainError {
  constructor(field = 'nationalId') {
    super('NATIONAL_ID_INVALID', 'The national ID is not valid', { field });
  }
}

/**
 * The civil registry does not know this national ID with this birth date, or Shahkar says the
 * mobile is not his: one answer for both (the older CIVIL_REGISTRY_MISMATCH and MOBILE_NOT_OWNED
 * told a stranger which of someone's details he had right).
 */
export class RegistrationDetailsNotVerifiedError extends DomainError {
  constructor() {
    super(
      'REGISTRATION_DETAILS_NOT_VERIFIED',
      'The national ID, birth date and mobile could not be verified together with the civil registry and Shahkar',
    );
  }
}

export class OrganisationTooBroadError extends DomainError {
  constructor() {
    super('ORGANISATION_TOO_BROAD', 'Choose the second level (headquarters or a subsidiary) or deeper, not the ministry alone');
  }
}

export class ApproverNotFoundError extends DomainError {
  constructor() {
    super('APPROVER_NOT_FOUND', 'No active user with this mobile may approve requests for this organisation');
  }
}

export class RegistrationPendingError extends DomainError {
  constructor() {
    super('REGISTRATION_PENDING', 'A request for this national ID is already waiting for approval');
  }
}

export class AlreadyRegisteredError extends DomainError {
  constructor() {
    super('ALREADY_REGISTERED', 'This person already holds this role at this organisation');
  }
}

export class RequestAlreadyDecidedError extends DomainError {
  constructor() {
    super('REQUEST_ALREADY_DECIDED', 'This request was already approved or rejected');
  }
}
