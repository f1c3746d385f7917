import { DomainError } from '../../platform/errors/domain-error';

export interface WindowDetails {
  start: string;
  end: string;
  startJalali: string;
  endJalali: string;
}

export class OutsideWindowError extends DomainError {
  constructor(own: WindowDetails, catchUp: WindowDetails | null) {
    super('OUTSIDE_WINDOW', 'This is not your household\'s window', { window: own, catchUpWindow: catchUp });
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
