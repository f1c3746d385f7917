/**
 * Every code the API sends as `extensions.code` (GraphQL errors, and the error bodies of its plain
 * HTTP routes), with what it means. This is the one list:
 * - the API's `DomainError` takes only a code of this list (its constructor is typed by it);
 * - the API emits it as the GraphQL enum `ErrorCode`, and the admin generates its type from the
 *   schema, so the admin's typecheck and a unit test fail until it has a Persian message for each.
 *
 * A new context (hajj, counter offices …) adds its codes here, in a group of its own below,
 * before it throws them; then `npm run schema:emit`, `npm run codegen`, and the admin's messages.
 * Codes are stable: clients key on them, so a code is never renamed or reused for something else.
 */
const DESCRIPTIONS = {
  // GraphQL and HTTP: malformed, refused or failed requests
  BAD_USER_INPUT: 'Some arguments are not valid; `extensions.fields` names them',
  BAD_REQUEST: 'The request is malformed (not JSON, not multipart, a bad body)',
  GRAPHQL_PARSE_FAILED: 'The operation is not valid GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'The operation does not fit the schema, or passes a query limit',
  QUERY_TOO_COMPLEX: 'The operation passes the depth or cost limit',
  PERSISTED_QUERY_NOT_FOUND: 'No persisted operation has this hash',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted operations are not accepted',
  OPERATION_RESOLUTION_FAILURE: 'The request names no operation of its document',
  PAYLOAD_TOO_LARGE: 'The request body is larger than allowed',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; it is logged on the server, and nothing more is told',
  SERVICE_UNAVAILABLE:
    'The database (or its pooler) cannot be reached for a moment: HTTP 503 with `Retry-After`; `extensions.retryAfterSeconds`. The same request works once it is back',

  // Platform: access, limits, outside services
  UNAUTHENTICATED: 'Sign in first (or the API key is not valid)',
  FORBIDDEN: 'The caller may not do this',
  NOT_FOUND: 'The thing asked for does not exist, or the caller may not see it',
  PASSWORD_CHANGE_REQUIRED: 'The temporary password must be changed first',
  RATE_LIMITED: 'Too many requests; `extensions.retryAfterSeconds` says when to try again',
  QUOTA_EXCEEDED: "The API client's daily quota is used up",
  NOT_AVAILABLE: 'The feature exists only in development (embedded SMS gateway)',
  OUTSIDE_SERVICE_UNAVAILABLE: 'An outside service (civil registry, Shahkar, SMS) did not answer',

  // Platform: evidence files (POST /files/evidence, GET /files/evidence/:id)
  FILE_NAME_INVALID: 'The file name has characters other than Latin letters, digits, - and _, or a wrong extension',
  FILE_TYPE_NOT_ALLOWED: 'The content is not a PDF, DOC, DOCX, XLS or XLSX document',
  FILE_EXTENSION_MISMATCH: 'The content is of another kind than the name says; `extensions.detectedKind`',
  FILE_EMPTY: 'The file is empty',
  FILE_TOO_LARGE: 'The file is larger than `extensions.maxBytes`',
  FILE_MISSING: 'The multipart body has no part named `file`',
  FILE_NOT_FOUND: 'The file does not exist, or the caller may not have it',
  FILE_ALREADY_ATTACHED: 'The file already belongs to something',
  UNATTACHED_BYTES_EXCEEDED:
    "The uploader's files that nothing attached yet would pass `extensions.maxBytes`; attach them or wait until they are removed",

  // Platform: single sign-on through Sina (the admin gets them as /login?sso_error=CODE)
  SSO_DISABLED: 'Single sign-on is switched off',
  SSO_STATE_INVALID: "The sign-on attempt is unknown, used, expired or not this browser's",
  SSO_NOT_LEAD_EVALUATOR: 'The person holds no active lead-evaluator role here',
  SSO_CANCELLED: 'The person cancelled at the identity provider',
  SSO_UNAVAILABLE: 'The identity provider did not answer',
  SSO_FAILED: 'Single sign-on failed for another reason',

  // Accounts: sign-in, one-time passwords, registration
  INVALID_CREDENTIALS: 'The national ID or the password is not right',
  CAPTCHA_INVALID: 'The captcha answer is wrong or expired',
  TOO_MANY_ATTEMPTS: 'Too many failed attempts; `extensions.retryAfterSeconds`',
  OTP_INVALID: 'The one-time password is wrong; `extensions.remainingTries`',
  OTP_EXPIRED: 'The one-time password expired, was used, or had too many tries',
  RESEND_TOO_SOON: 'Wait before asking for another code; `extensions.retryAfterSeconds`',
  WEAK_PASSWORD: 'The new password is too weak or equals the old one',
  ROLE_NOT_HELD: 'The caller does not hold this role',
  NO_ACTIVE_ROLE: 'The account has no active role yet',
  NATIONAL_ID_INVALID: 'The national ID is not valid; `extensions.field`',
  CIVIL_REGISTRY_MISMATCH:
    'No longer sent (registration answers REGISTRATION_DETAILS_NOT_VERIFIED): the civil registry has no one with this national ID and birth date',
  MOBILE_NOT_OWNED:
    'No longer sent (registration answers REGISTRATION_DETAILS_NOT_VERIFIED): Shahkar says the mobile is not registered to this national ID',
  REGISTRATION_DETAILS_NOT_VERIFIED:
    'The civil registry and Shahkar did not confirm the national ID, birth date and mobile together (one answer, whichever failed)',
  ORGANISATION_TOO_BROAD: 'A ministry alone was chosen; the second level or deeper is needed',
  APPROVER_NOT_FOUND: 'No active user with this mobile may approve requests for this organisation',
  REGISTRATION_PENDING: 'A request for this national ID is already waiting for approval',
  ALREADY_REGISTERED:
    'This person already holds this role at this organisation (accounts), or an active registration this Hajj season (hajj)',
  REQUEST_ALREADY_DECIDED: 'The registration request was already approved or rejected',

  // API clients (other systems calling with a key)
  API_CLIENT_INACTIVE: 'The API client is deactivated',

  // Performance (Ma'na): referrals, splits, proposals
  DEADLINE_TOO_LATE: 'The deadline is later than the one received; `extensions.latest`',
  DEADLINE_IN_PAST: 'The deadline is before today (Tehran)',
  NOT_YOUR_TURN: 'Only the person at the current step may act on this referral',
  NOT_SUBORDINATE: 'Referrals go only to one’s own subordinates',
  SPLIT_MISMATCH: 'The province targets do not fit the target; `extensions.rule` is SUM or MEAN',
  VALUE_REQUIRED: 'The performance value must be recorded before finishing',
  SPLIT_REQUIRED: 'The referral must be split by province first',
  INVALID_TRANSITION: 'The referral cannot take this step from its status; `extensions.from`, `extensions.event`',
  PROPOSAL_CAP_EXCEEDED: "The agency's proposals would pass the cap; `extensions.used`, `extensions.cap`",
  PROPOSAL_TARGET_INVALID: 'The target does not lie between the lower and the upper bound',
  PROPOSAL_UNIT_INVALID: 'Proposals are for provincial or regional agencies of the proposer’s province',

  // Households: cluster lookup, confirmations and objections, vital events, the pilot
  OUTSIDE_WINDOW: "Not the household's window; `extensions.window`, `extensions.catchUpWindow`",
  HOUSEHOLD_NOT_MATCHED: 'No household matches the national ID, tracking code and number of members',
  ARMED_FORCES_SEPARATE: 'Armed-forces households are served through the General Staff',
  CAMPAIGN_CLOSED: 'No cluster lookup campaign is open',
  CAPTCHA_REQUIRED: 'Too many failed tries: the next one needs a captcha',
  PILOT_REDIRECT: 'The pilot serves this person elsewhere; `extensions.trackingCode`, `extensions.portalUrl`',
  NOT_HEAD: 'The receiving person must head his household',
  SAME_HOUSEHOLD: 'Both people are already in the same household',
  SUBJECT_IS_HEAD: 'Name the spouse who leaves, not the head',
  OBJECTION_ALREADY_RESOLVED: 'The objection was already resolved',
  WEBHOOK_URL_NOT_ALLOWED:
    'The webhook URL is, or resolves to, a loopback, private, link-local, multicast or otherwise non-public address (or does not resolve)',
  WEBHOOK_LIMIT_REACHED: 'The API client already has `extensions.max` active webhook subscriptions',

  // Counter offices: appointments for the identity verification of foreign nationals, service records
  DAY_FULL: "The office's day is fully booked; `extensions.nextDaysWithRoom` lists up to 5 later ISO dates with room",
  OFFICE_SUSPENDED: 'The service is suspended at this office after an inspection',
  OFFICE_CLOSED_THAT_DAY: 'The office does not serve on that day (weekday or closed date)',
  DATE_NOT_BOOKABLE: 'The day is past, or beyond the booking horizon; `extensions.lastBookableDate`',
  ALREADY_BOOKED: 'This identification number already has an open appointment',
  APPOINTMENT_NOT_MATCHED: 'No open appointment has this tracking code and identification number',
  APPOINTMENT_NOT_TODAY: 'A service record is made on the day of the appointment only',
  RECORD_INCOMPLETE: 'The service record misses something; `extensions.missing` lists it',
  PHOTO_REJECTED: 'The photo fails the quality check; `extensions.reason`',
  TARIFF_NOT_IN_FORCE: 'No approved fee is in force for the service on that day',
  COUNTER_SHARE_FULL: "The counter's share of today's capacity (walk-ins) is used up, or the whole day is; `extensions.counterCapacity`",
  FINGERPRINT_QUALITY_LOW:
    'Fingerprint captures below `extensions.minQuality`: capture them again or give an exception reason; `extensions.fingers` ({ finger, quality })',

  // Hajj registration: deposit receipts, caravans, seats (ALREADY_REGISTERED, CAPTCHA_INVALID and RATE_LIMITED above serve it too)
  RECEIPT_NOT_MATCHED: 'No deposit receipt matches the national ID, receipt number and birth date (one answer for any mismatch)',
  RECEIPT_NEEDS_ACTION: 'The receipt needs a step before registration; `extensions.nextStep`, `extensions.office`',
  NOT_INVITED_YET: "The receipt's deposit date is past the province's invitation cut-off; `extensions.invitedDepositsUntil`",
  ADMISSION_NOT_OPEN: "The province's admission has not opened; `extensions.opensAt` (and `opensAtJalali`)",
  NOT_YOUR_PROVINCE: "The caravan is not in the holder's province of residence",
  ONLINE_SHARE_FULL: "The caravan's online share is taken",
  CARAVAN_FULL: 'Every seat of the caravan is taken',
  HOLD_EXPIRED: 'The online pre-registration hold expired and its seat was freed',
  NO_ACTIVE_SEASON: 'No Hajj season is active',
  RECEIPT_NUMBER_TAKEN: 'Another deposit receipt already has this number',
  DOCUMENTS_INCOMPLETE: 'The document checklist is not complete; `extensions.missing`',
  CAPACITY_BELOW_TAKEN: "The caravan's capacity would fall below its seats taken; `extensions.taken`",
} as const satisfies Record<string, string>;

/** A code the API sends as `extensions.code`. */
export type ErrorCode = keyof typeof DESCRIPTIONS;

/** Every error code, in the order of the list above. */
export const ERROR_CODES: readonly ErrorCode[] = Object.keys(DESCRIPTIONS) as ErrorCode[];

/** The codes as an enum-like object (`ErrorCode.NOT_FOUND === 'NOT_FOUND'`), for GraphQL enums. */
export const ErrorCode: { readonly [C in ErrorCode]: C } = Object.freeze(
  Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [C in ErrorCode]: C },
);

/** What each code means, in English (the GraphQL enum's value descriptions). */
export const ERROR_CODE_DESCRIPTIONS: Readonly<Record<ErrorCode, string>> = DESCRIPTIONS;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(DESCRIPTIONS, value);
}
