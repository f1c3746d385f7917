import { DomainError } from '../../platform/errors/domain-error';

export interface WindowDetails {
  start: string;
  end: string;
  startJalali: string;
  endJalali: string;
}

export class OutsideWindowError extends DomainError {
  constructor(own: WindowDetails, catchUp: WindowDetails | null) {
    super('OUTSIDE_WINDOW', "This is not your household's window", { window: own, catchUpWindow: catchUp });
  }
}

/** One answer for every mismatch, so nobody learns which field was wrong or whether a national ID exists. */
export class HouseholdNotMatchedError extends DomainError {
  constructor() {
    super('HOUSEHOLD_NOT_MATCHED', 'No household matches this national ID, tracking code and number of members');
  }
}

export class ArmedForcesSeparateError extends DomainError {
  constructor() {
    super('ARMED_FORCES_SEPARATE', 'Armed-forces households are served through the General Staff: ask your unit');
  }
}

export class CampaignClosedError extends DomainError {
  constructor() {
    super('CAMPAIGN_CLOSED', 'No cluster lookup campaign is open');
  }
}

/** The pilot's refusal: the message is exactly the one seed 001 prescribes. */
export class PilotRedirectError extends DomainError {
  constructor(message: string, trackingCode: string, portalUrl: string) {
    super('PILOT_REDIRECT', message, { trackingCode, portalUrl });
  }
}

/** Repeated failed matches from this address or for this national ID: answer a captcha (newCaptcha) with the next try. */
export class CaptchaRequiredError extends DomainError {
  constructor() {
    super('CAPTCHA_REQUIRED', 'Too many failed tries: answer a captcha with the next one');
  }
}

/** The SMS simulator answers only with the embedded SMS gateway (development and tests). */
export class SmsSimulatorUnavailableError extends DomainError {
  constructor() {
    super('NOT_AVAILABLE', 'The SMS simulator exists only with the embedded SMS gateway');
  }
}

export class ObjectionAlreadyResolvedError extends DomainError {
  constructor() {
    super('OBJECTION_ALREADY_RESOLVED', 'This objection was already resolved');
  }
}

/** A vital event that moves a person into a household names someone who does not head his own. */
export class NotHeadError extends DomainError {
  constructor() {
    super('NOT_HEAD', 'The receiving person must head his household');
  }
}

export class SameHouseholdError extends DomainError {
  constructor() {
    super('SAME_HOUSEHOLD', 'Both are already in the same household');
  }
}

/** A divorce or irreconcilability names the spouse who leaves, never the head. */
export class SubjectIsHeadError extends DomainError {
  constructor() {
    super('SUBJECT_IS_HEAD', 'Name the spouse who leaves, not the head');
  }
}

/** A webhook URL whose host is, or resolves to, a loopback, private, link-local or otherwise non-public address. */
export class WebhookUrlNotAllowedError extends DomainError {
  constructor() {
    super('WEBHOOK_URL_NOT_ALLOWED', 'Webhook URLs must point at a public address of the internet');
  }
}

/** An API client already has its most active webhook subscriptions. */
export class WebhookLimitReachedError extends DomainError {
  constructor(max: number) {
    super('WEBHOOK_LIMIT_REACHED', `An API client has at most ${max} active webhook subscriptions; unsubscribe one first`, { max });
  }
}
