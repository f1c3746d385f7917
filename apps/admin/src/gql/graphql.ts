/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How province values make the national value: SUM, or MEAN for percentages */
export type Aggregation =
  | 'MEAN'
  | 'SUM';

export type ApiClientInput = {
  /** Calls per day */
  dailyQuota?: number;
  /** Exact addresses allowed; empty: any */
  ipAllowlist?: Array<string>;
  name: string;
  /** household:read, household:changes, subsidy:request */
  scopes: Array<string>;
};

export type ApplicantGender =
  | 'F'
  | 'M';

/** The foreign national who books */
export type ApplicantInput = {
  /** ISO date (Gregorian) */
  birthDate: string;
  fatherName: string;
  firstName: string;
  /** The number on the foreign-national card or census slip; digits in any script, spaces and dashes allowed */
  identificationNumber: string;
  lastName: string;
  /** An Iranian mobile number (09…, digits in any script) */
  mobile: string;
  /** e.g. افغانستان, عراق, پاکستان */
  nationality: string;
};

export type AuditFilter = {
  /** Action prefix, e.g. `auth.` or `mutation.approveRegistrationRequest` */
  action?: string | null | undefined;
  from?: string | null | undefined;
  limit?: number;
  /** National ID concerned (any digits); matched by its masked form */
  nationalId?: string | null | undefined;
  offset?: number;
  outcome?: AuditOutcome | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/** How the device service is called: the SBI verbs (MOSIPDISC, MOSIPDINFO, RCAPTURE) or POST */
export type BiometricDeviceVerbs =
  | 'POST'
  | 'SBI';

/** A booking for the identity verification of a foreign national */
export type BookVerificationAppointmentInput = {
  applicant: ApplicantInput;
  captchaAnswer: string;
  /** A captcha from newCaptcha */
  captchaId: string | number;
  /** ISO date (Tehran) of the appointment */
  date: string;
  /** The office's 8-digit code */
  officeCode: string;
};

export type Breakdown =
  | 'BY_SPECIALISED_UNIT'
  | 'NONE';

/** Provincial breakdown (برش استانی) on referral */
export type BreakdownChoice =
  | 'BY_REFERRER'
  | 'BY_SPECIALISED_UNIT'
  | 'NONE';

export type CampaignWindowInput = {
  /** ISO date, not before the start */
  endDate: string;
  maxSize?: number | null | undefined;
  minSize?: number | null | undefined;
  /** ISO date */
  startDate: string;
};

/** A step of an indicator referral chain */
export type ChainEventKind =
  | 'APPROVED'
  | 'ENTRY_SAVED'
  | 'EVALUATED'
  | 'FINISHED'
  | 'REFERRED'
  | 'RETURNED';

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 8 characters with letters and digits */
  newPassword: string;
};

export type ChecklistAnswerInput = {
  item: CounterOfficeInspectionItem;
  note?: string | null | undefined;
  passed: boolean;
};

/** higher is better: value/target; lower is better: target/value; threshold: reached or not */
export type ComparisonType =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'THRESHOLD';

export type ComplaintFilter = {
  limit?: number;
  officeCode?: string | null | undefined;
  offset?: number;
  province?: string | null | undefined;
  status?: CounterOfficeComplaintStatus | null | undefined;
};

export type ComplaintInput = {
  channel: CounterOfficeComplaintChannel;
  officeCode: string;
  text: string;
};

/** The association's call centre, the foreign-nationals bureau, or hotline 195 */
export type CounterOfficeComplaintChannel =
  | 'BUREAU'
  | 'CALL_CENTRE'
  | 'HOTLINE_195';

export type CounterOfficeComplaintStatus =
  | 'CLOSED'
  | 'INSPECTED'
  | 'OPEN';

export type CounterOfficeFilter = {
  limit?: number;
  offset?: number;
  province?: string | null | undefined;
  /** Part of the name, the city or the code */
  search?: string | null | undefined;
  status?: CounterOfficeStatus | null | undefined;
};

/** A point of the inspection checklist (seed 003) */
export type CounterOfficeInspectionItem =
  | 'APPOINTMENTS_BY_CAPACITY'
  | 'APPROVED_FEE_ONLY'
  | 'DATA_FIELDS_RECORDED'
  | 'FINGERPRINTS_RECORDED'
  | 'NO_BROKERS'
  | 'PHOTOS_RECORDED'
  | 'POS_RECEIPT_GIVEN'
  | 'QUEUE_PERSON_APPOINTED'
  | 'RESPECTFUL_CONDUCT';

export type CounterOfficeInspectionOutcome =
  | 'FAILED'
  | 'PASSED';

export type CounterOfficeStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** Every code an error of this API carries in `extensions.code` */
export type ErrorCode =
  /** The province's admission has not opened; `extensions.opensAt` (and `opensAtJalali`) */
  | 'ADMISSION_NOT_OPEN'
  /** This identification number already has an open appointment */
  | 'ALREADY_BOOKED'
  /** This person already holds this role at this organisation (accounts), or an active registration this Hajj season (hajj) */
  | 'ALREADY_REGISTERED'
  /** The API client is deactivated */
  | 'API_CLIENT_INACTIVE'
  /** No open appointment has this tracking code and identification number */
  | 'APPOINTMENT_NOT_MATCHED'
  /** A service record is made on the day of the appointment only */
  | 'APPOINTMENT_NOT_TODAY'
  /** No active user with this mobile may approve requests for this organisation */
  | 'APPROVER_NOT_FOUND'
  /** Armed-forces households are served through the General Staff */
  | 'ARMED_FORCES_SEPARATE'
  /** The request is malformed (not JSON, not multipart, a bad body) */
  | 'BAD_REQUEST'
  /** Some arguments are not valid; `extensions.fields` names them */
  | 'BAD_USER_INPUT'
  /** No cluster lookup campaign is open */
  | 'CAMPAIGN_CLOSED'
  /** The caravan's capacity would fall below its seats taken; `extensions.taken` */
  | 'CAPACITY_BELOW_TAKEN'
  /** The captcha answer is wrong or expired */
  | 'CAPTCHA_INVALID'
  /** Too many failed tries: the next one needs a captcha */
  | 'CAPTCHA_REQUIRED'
  /** Every seat of the caravan is taken */
  | 'CARAVAN_FULL'
  /** No longer sent (registration answers REGISTRATION_DETAILS_NOT_VERIFIED): the civil registry has no one with this national ID and birth date */
  | 'CIVIL_REGISTRY_MISMATCH'
  /** The counter's share of today's capacity (walk-ins) is used up, or the whole day is; `extensions.counterCapacity` */
  | 'COUNTER_SHARE_FULL'
  /** The day is past, or beyond the booking horizon; `extensions.lastBookableDate` */
  | 'DATE_NOT_BOOKABLE'
  /** The office's day is fully booked; `extensions.nextDaysWithRoom` lists up to 5 later ISO dates with room */
  | 'DAY_FULL'
  /** The deadline is before today (Tehran) */
  | 'DEADLINE_IN_PAST'
  /** The deadline is later than the one received; `extensions.latest` */
  | 'DEADLINE_TOO_LATE'
  /** The document checklist is not complete; `extensions.missing` */
  | 'DOCUMENTS_INCOMPLETE'
  /** The file already belongs to something */
  | 'FILE_ALREADY_ATTACHED'
  /** The file is empty */
  | 'FILE_EMPTY'
  /** The content is of another kind than the name says; `extensions.detectedKind` */
  | 'FILE_EXTENSION_MISMATCH'
  /** The multipart body has no part named `file` */
  | 'FILE_MISSING'
  /** The file name has characters other than Latin letters, digits, - and _, or a wrong extension */
  | 'FILE_NAME_INVALID'
  /** The file does not exist, or the caller may not have it */
  | 'FILE_NOT_FOUND'
  /** The file is larger than `extensions.maxBytes` */
  | 'FILE_TOO_LARGE'
  /** The content is not a PDF, DOC, DOCX, XLS or XLSX document */
  | 'FILE_TYPE_NOT_ALLOWED'
  /** Fingerprint captures below `extensions.minQuality`: capture them again or give an exception reason; `extensions.fingers` ({ finger, quality }) */
  | 'FINGERPRINT_QUALITY_LOW'
  /** The caller may not do this */
  | 'FORBIDDEN'
  /** The operation is not valid GraphQL */
  | 'GRAPHQL_PARSE_FAILED'
  /** The operation does not fit the schema, or passes a query limit */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The online pre-registration hold expired and its seat was freed */
  | 'HOLD_EXPIRED'
  /** No household matches the national ID, tracking code and number of members */
  | 'HOUSEHOLD_NOT_MATCHED'
  /** An unexpected failure; it is logged on the server, and nothing more is told */
  | 'INTERNAL_SERVER_ERROR'
  /** The national ID or the password is not right */
  | 'INVALID_CREDENTIALS'
  /** The referral cannot take this step from its status; `extensions.from`, `extensions.event` */
  | 'INVALID_TRANSITION'
  /** No longer sent (registration answers REGISTRATION_DETAILS_NOT_VERIFIED): Shahkar says the mobile is not registered to this national ID */
  | 'MOBILE_NOT_OWNED'
  /** The national ID is not valid; `extensions.field` */
  | 'NATIONAL_ID_INVALID'
  /** The feature exists only in development (embedded SMS gateway) */
  | 'NOT_AVAILABLE'
  /** The thing asked for does not exist, or the caller may not see it */
  | 'NOT_FOUND'
  /** The receiving person must head his household */
  | 'NOT_HEAD'
  /** The receipt's deposit date is past the province's invitation cut-off; `extensions.invitedDepositsUntil` */
  | 'NOT_INVITED_YET'
  /** Referrals go only to one’s own subordinates */
  | 'NOT_SUBORDINATE'
  /** The caravan is not in the holder's province of residence */
  | 'NOT_YOUR_PROVINCE'
  /** Only the person at the current step may act on this referral */
  | 'NOT_YOUR_TURN'
  /** The account has no active role yet */
  | 'NO_ACTIVE_ROLE'
  /** No Hajj season is active */
  | 'NO_ACTIVE_SEASON'
  /** The objection was already resolved */
  | 'OBJECTION_ALREADY_RESOLVED'
  /** The office does not serve on that day (weekday or closed date) */
  | 'OFFICE_CLOSED_THAT_DAY'
  /** The service is suspended at this office after an inspection */
  | 'OFFICE_SUSPENDED'
  /** The caravan's online share is taken */
  | 'ONLINE_SHARE_FULL'
  /** The request names no operation of its document */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** A ministry alone was chosen; the second level or deeper is needed */
  | 'ORGANISATION_TOO_BROAD'
  /** The one-time password expired, was used, or had too many tries */
  | 'OTP_EXPIRED'
  /** The one-time password is wrong; `extensions.remainingTries` */
  | 'OTP_INVALID'
  /** An outside service (civil registry, Shahkar, SMS) did not answer */
  | 'OUTSIDE_SERVICE_UNAVAILABLE'
  /** Not the household's window; `extensions.window`, `extensions.catchUpWindow` */
  | 'OUTSIDE_WINDOW'
  /** The temporary password must be changed first */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The request body is larger than allowed */
  | 'PAYLOAD_TOO_LARGE'
  /** No persisted operation has this hash */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Persisted operations are not accepted */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** The photo fails the quality check; `extensions.reason` */
  | 'PHOTO_REJECTED'
  /** The pilot serves this person elsewhere; `extensions.trackingCode`, `extensions.portalUrl` */
  | 'PILOT_REDIRECT'
  /** The agency's proposals would pass the cap; `extensions.used`, `extensions.cap` */
  | 'PROPOSAL_CAP_EXCEEDED'
  /** The target does not lie between the lower and the upper bound */
  | 'PROPOSAL_TARGET_INVALID'
  /** Proposals are for provincial or regional agencies of the proposer’s province */
  | 'PROPOSAL_UNIT_INVALID'
  /** The operation passes the depth or cost limit */
  | 'QUERY_TOO_COMPLEX'
  /** The API client's daily quota is used up */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; `extensions.retryAfterSeconds` says when to try again */
  | 'RATE_LIMITED'
  /** The receipt needs a step before registration; `extensions.nextStep`, `extensions.office` */
  | 'RECEIPT_NEEDS_ACTION'
  /** No deposit receipt matches the national ID, receipt number and birth date (one answer for any mismatch) */
  | 'RECEIPT_NOT_MATCHED'
  /** Another deposit receipt already has this number */
  | 'RECEIPT_NUMBER_TAKEN'
  /** The service record misses something; `extensions.missing` lists it */
  | 'RECORD_INCOMPLETE'
  /** The civil registry and Shahkar did not confirm the national ID, birth date and mobile together (one answer, whichever failed) */
  | 'REGISTRATION_DETAILS_NOT_VERIFIED'
  /** A request for this national ID is already waiting for approval */
  | 'REGISTRATION_PENDING'
  /** The registration request was already approved or rejected */
  | 'REQUEST_ALREADY_DECIDED'
  /** Wait before asking for another code; `extensions.retryAfterSeconds` */
  | 'RESEND_TOO_SOON'
  /** The caller does not hold this role */
  | 'ROLE_NOT_HELD'
  /** Both people are already in the same household */
  | 'SAME_HOUSEHOLD'
  /** The database (or its pooler) cannot be reached for a moment: HTTP 503 with `Retry-After`; `extensions.retryAfterSeconds`. The same request works once it is back */
  | 'SERVICE_UNAVAILABLE'
  /** The province targets do not fit the target; `extensions.rule` is SUM or MEAN */
  | 'SPLIT_MISMATCH'
  /** The referral must be split by province first */
  | 'SPLIT_REQUIRED'
  /** The person cancelled at the identity provider */
  | 'SSO_CANCELLED'
  /** Single sign-on is switched off */
  | 'SSO_DISABLED'
  /** Single sign-on failed for another reason */
  | 'SSO_FAILED'
  /** The person holds no active lead-evaluator role here */
  | 'SSO_NOT_LEAD_EVALUATOR'
  /** The sign-on attempt is unknown, used, expired or not this browser's */
  | 'SSO_STATE_INVALID'
  /** The identity provider did not answer */
  | 'SSO_UNAVAILABLE'
  /** Name the spouse who leaves, not the head */
  | 'SUBJECT_IS_HEAD'
  /** No approved fee is in force for the service on that day */
  | 'TARIFF_NOT_IN_FORCE'
  /** Too many failed attempts; `extensions.retryAfterSeconds` */
  | 'TOO_MANY_ATTEMPTS'
  /** The uploader's files that nothing attached yet would pass `extensions.maxBytes`; attach them or wait until they are removed */
  | 'UNATTACHED_BYTES_EXCEEDED'
  /** Sign in first (or the API key is not valid) */
  | 'UNAUTHENTICATED'
  /** The performance value must be recorded before finishing */
  | 'VALUE_REQUIRED'
  /** The new password is too weak or equals the old one */
  | 'WEAK_PASSWORD'
  /** The API client already has `extensions.max` active webhook subscriptions */
  | 'WEBHOOK_LIMIT_REACHED'
  /** The webhook URL is, or resolves to, a loopback, private, link-local, multicast or otherwise non-public address (or does not resolve) */
  | 'WEBHOOK_URL_NOT_ALLOWED';

/** One of the ten fingers */
export type Finger =
  | 'LEFT_INDEX'
  | 'LEFT_LITTLE'
  | 'LEFT_MIDDLE'
  | 'LEFT_RING'
  | 'LEFT_THUMB'
  | 'RIGHT_INDEX'
  | 'RIGHT_LITTLE'
  | 'RIGHT_MIDDLE'
  | 'RIGHT_RING'
  | 'RIGHT_THUMB';

/** One finger's capture: a template reference with its quality score (0–100), or the reason it is missing */
export type FingerprintInput = {
  /** Why the finger cannot be captured (amputation, injury …) */
  exceptionReason?: string | null | undefined;
  finger: Finger;
  /** The device's quality score (0–100); below 40 is refused (FINGERPRINT_QUALITY_LOW) */
  quality?: number | null | undefined;
  /** The capture's reference from the scanner's device service (SBI): its device code and the capture's hash */
  templateRef?: string | null | undefined;
};

/** The applicant's document: foreign-national card (کارت اتباع), census slip (برگ سرشماری) or passport */
export type ForeignNationalDocumentKind =
  | 'CENSUS_SLIP'
  | 'FOREIGN_NATIONAL_CARD'
  | 'PASSPORT';

export type ForgotPasswordInput = {
  captchaAnswer: string;
  captchaId: string | number;
  /** The mobile registered for the account, 09xxxxxxxxx */
  mobile: string;
  nationalId: string;
};

/** An applicant at the caravan: his receipt and the documents checked */
export type HajjApplicantInput = {
  /** ISO date */
  birthDate: string;
  documents: HajjDocumentsInput;
  nationalId: string;
  receiptNumber: string;
};

export type HajjCaravanFilter = {
  limit?: number;
  offset?: number;
  province?: string | null | undefined;
};

/** A caravan of the active season (new without an id) */
export type HajjCaravanInput = {
  address: string;
  capacity: number;
  code: string;
  /** Whole rials, as a string of digits */
  finalCostRials: string;
  id?: string | number | null | undefined;
  managerName: string;
  /** The CARAVAN_MANAGER user who runs it */
  managerNationalId?: string | null | undefined;
  managerPhone: string;
  province: string;
  status?: HajjCaravanStatus;
};

export type HajjCaravanStatus =
  | 'ACTIVE'
  | 'CLOSED';

/** Rule 10: every document must be checked (true) to confirm */
export type HajjDocumentsInput = {
  birthCertificate: boolean;
  nationalCard: boolean;
  receiptCopy: boolean;
  receiptOriginal: boolean;
};

export type HajjInterestFormula =
  | 'COMPOUND_ANNUAL'
  | 'SIMPLE';

/** The bank issues a new receipt in place of one (endorsed with the original number) */
export type HajjIssueReceiptInput = {
  /** The number printed on the new receipt */
  newReceiptNumber: string;
  receiptNumber: string;
};

/** What the holder of a deposit receipt does next (seed 004 rules 1–6 and 14) */
export type HajjNextStep =
  | 'COMPLETE_TRANSFER'
  | 'CONVERT_AT_PROVINCIAL_OFFICE'
  | 'CONVERT_WITH_INTEREST'
  | 'CONVERT_WITH_SUBSIDY'
  | 'NOT_ELIGIBLE'
  | 'NOT_INVITED_YET'
  | 'REGISTER'
  | 'REGISTERED'
  | 'STABILISE';

export type HajjNotEligibleReason =
  | 'AMOUNT_NOT_ELIGIBLE'
  | 'DATE_NOT_ELIGIBLE'
  | 'DEPOSIT_AFTER_CUTOFF'
  | 'TRANSFERRED';

/** Where to go for the next step */
export type HajjOfficeKind =
  | 'BANK_BRANCH'
  | 'CARAVAN'
  | 'PILGRIMAGE_SERVICES_OFFICE'
  | 'PROVINCIAL_HAJJ_OFFICE';

export type HajjPassportFlag =
  | 'NOT_RECORDED'
  | 'RENEW'
  | 'VALID';

export type HajjPassportInput = {
  /** ISO date */
  passportExpiry?: string | null | undefined;
  passportNumber?: string | null | undefined;
  restriction: HajjTravelRestriction;
};

export type HajjPreRegisterInput = {
  /** ISO date YYYY-MM-DD */
  birthDate: string;
  captchaAnswer: string;
  captchaId: string | number;
  caravanId: string | number;
  nationalId: string;
  receiptNumber: string;
};

/** Rule 7: a province group’s announcement day and admission opening */
export type HajjProvinceGroupInput = {
  /** The instant admission opens (e.g. 09:00 Tehran) */
  admissionOpensAt: string;
  /** ISO date */
  announcedOn: string;
};

export type HajjReceiptEventKind =
  | 'CONVERSION_REFERRED'
  | 'CONVERTED'
  | 'REISSUED'
  | 'STABILISATION_REFERRED'
  | 'STABILISED'
  | 'TRANSFER_RECORDED';

/** DEPOSIT_10M (10,000,000-rial deposit receipt), DOC_1360 / DOC_1363 (old registration documents), DOC_8M (8,000,000-rial documents of 1377–1378) */
export type HajjReceiptKind =
  | 'DEPOSIT_10M'
  | 'DOC_8M'
  | 'DOC_1360'
  | 'DOC_1363';

export type HajjReceiptStatusCode =
  | 'ACTIVE'
  | 'REFERRED_TO_BANK'
  | 'SUPERSEDED'
  | 'TRANSFER_RECORDED';

/** Rule 14: a notarial transfer to a first-degree relative, into the transfer registry */
export type HajjRecordTransferInput = {
  /** ISO date */
  deedDate: string;
  /** The notarial deed’s number */
  deedNumber: string;
  /** The giver's national ID, as on the receipt */
  giverNationalId: string;
  receiptNumber: string;
  receiver: HajjTransferReceiverInput;
  relation: HajjTransferRelation;
};

/** The provincial office sends a receipt to a Bank Melli branch for conversion or stabilisation */
export type HajjReferReceiptInput = {
  /** The branch's code (its organisation unit code, e.g. BMI-4310) */
  branchCode: string;
  purpose: HajjReferralPurpose;
  receiptNumber: string;
};

/** Why the provincial office sent a receipt to the bank */
export type HajjReferralPurpose =
  | 'CONVERSION'
  | 'STABILISATION';

export type HajjRegistrationChannel =
  | 'IN_PERSON'
  | 'ONLINE';

export type HajjRegistrationFilter = {
  limit?: number;
  offset?: number;
  status?: HajjRegistrationStatus | null | undefined;
};

export type HajjRegistrationStatus =
  | 'CONFIRMED'
  | 'HELD'
  | 'PAID'
  | 'RELEASED';

export type HajjReleaseReason =
  | 'DOCTOR_VISIT_MISSED'
  | 'HOLD_EXPIRED'
  | 'PAYMENT_MISSED'
  | 'WITHDRAWN';

/** The settings of a season the Hajj admin edits (dates ISO, rials as digit strings) */
export type HajjSeasonSettingsInput = {
  depositRials: string;
  doctorVisitDays: number;
  /** Rule 1: 10M deposits up to this day (ISO) are eligible */
  eligibleDepositUntil: string;
  holdMinutes: number;
  interestFormula: HajjInterestFormula;
  /** Yearly rate in hundredths of a percent (1200 = 12 %) */
  interestRateBasisPoints: number;
  interestUntil?: string | null | undefined;
  inviteNextAfterDays: number;
  onlineSharePercent: number;
  passportHandOverBy: string;
  passportValidUntil: string;
  paymentDays: number;
  subsidyRials: string;
  title: string;
};

export type HajjTransferReceiverInput = {
  /** ISO date */
  birthDate: string;
  firstName: string;
  lastName: string;
  mobile: string;
  nationalId: string;
  /** The receiver's province of residence */
  province: string;
};

/** First-degree relatives a receipt may be transferred to */
export type HajjTransferRelation =
  | 'DAUGHTER'
  | 'FATHER'
  | 'MOTHER'
  | 'SON'
  | 'SPOUSE';

/** Seed 004 rule 15: people whose exit follows rules of their own */
export type HajjTravelRestriction =
  | 'CONSCRIPT'
  | 'MILITARY_OR_POLICE'
  | 'NONE'
  | 'OFFICIAL_ALREADY_WENT';

/** Where the event was registered */
export type HouseholdChangeSource =
  | 'HOUSEHOLD_PORTAL'
  | 'POLICE_PLUS_10';

/** Vital events that change household structure */
export type HouseholdChangeType =
  | 'BIRTH'
  | 'CUSTODY'
  | 'DEATH'
  | 'DIVORCE'
  | 'GUARDIANSHIP'
  | 'IRRECONCILABILITY'
  | 'MARRIAGE'
  | 'SPONSORSHIP';

/** The three things the head of household proves himself with */
export type HouseholdProofInput = {
  captchaAnswer?: string | null | undefined;
  /** After CAPTCHA_REQUIRED: a captcha from newCaptcha */
  captchaId?: string | number | null | undefined;
  headNationalId: string;
  memberCount: number;
  /** Assisted channel: the office's code (required for operators) */
  officeCode?: string | null | undefined;
  trackingCode: string;
};

/** Relation to the head of household */
export type HouseholdRelation =
  | 'CHILD'
  | 'HEAD'
  | 'OTHER'
  | 'PARENT'
  | 'SPOUSE';

export type HouseholdResponseChannel =
  | 'ASSISTED'
  | 'WEB';

export type HouseholdResponseKind =
  | 'CONFIRMATION'
  | 'OBJECTION';

/** General (عمومی) or agency-specific (اختصاصی) */
export type IndicatorCategory =
  | 'GENERAL'
  | 'SPECIFIC';

export type IndicatorFilter = {
  category?: IndicatorCategory | null | undefined;
  limit?: number;
  offset?: number;
  /** The agency (defaults to every agency in my subtree) */
  organisationUnitId?: string | number | null | undefined;
  periodId: string | number;
  status?: IndicatorStatus | null | undefined;
};

export type IndicatorStatus =
  | 'APPROVED'
  | 'EVALUATED'
  | 'FORWARDED'
  | 'NOT_REFERRED'
  | 'REFERRED'
  | 'REVIEW';

/** An inspection team's visit: every checklist item answered once, with findings */
export type InspectionInput = {
  checklist: Array<ChecklistAnswerInput>;
  /** The complaint that led to the visit */
  complaintId?: string | number | null | undefined;
  findings: string;
  officeCode: string;
  /** ISO date of the visit (not in the future) */
  visitedOn: string;
};

/** Why a national ID is not valid */
export type NationalIdProblem =
  /** The check digit does not match the mod-11 rule */
  | 'CHECKSUM'
  /** Nothing but spaces, dashes or invisible marks was given */
  | 'EMPTY'
  /** Something other than digits, spaces, dashes or invisible marks */
  | 'NOT_DIGITS'
  /** Ten identical digits */
  | 'REPEATED_DIGITS'
  /** Not 10 digits (8 or 9 are padded with leading zeros first) */
  | 'WRONG_LENGTH';

export type NewbornInput = {
  /** ISO date */
  birthDate: string;
  firstName: string;
  gender: string;
  lastName: string;
  nationalId: string;
};

/** Who answers: the civil registry (recorded structure) or the subsidy organisation (how it was applied) */
export type ObjectionBody =
  | 'CIVIL_REGISTRY'
  | 'SUBSIDY_ORGANISATION';

export type ObjectionStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED';

/** One day of the calendar: closed, or its own capacity; both unset clears it back to the week */
export type OfficeDayInput = {
  capacity?: number | null | undefined;
  closed: boolean;
  /** ISO date */
  date: string;
  note?: string | null | undefined;
};

/** An office's week: its daily capacity, the weekdays it serves and the online share of each day */
export type OfficeWeekInput = {
  dailyCapacity: number;
  /** The online part of each day's capacity, in percent (0–100; the counter keeps the rest for walk-ins); unchanged when omitted */
  onlineSharePercent?: number | null | undefined;
  /** 0 = Saturday … 6 = Friday */
  openWeekdays: Array<number>;
};

/** Kind of organisation unit */
export type OrganisationUnitType =
  | 'HEADQUARTERS'
  | 'MINISTRY'
  | 'NATIONAL_OFFICE'
  | 'PROVINCIAL'
  | 'REGIONAL'
  | 'SUBSIDIARY';

export type OtpLoginInput = {
  challengeId: string | number;
  /** The six digits received by SMS (Persian or Latin digits) */
  code: string;
  nationalId: string;
};

export type OtpRequestInput = {
  captchaAnswer: string;
  captchaId: string | number;
  nationalId: string;
};

export type PasswordLoginInput = {
  captchaAnswer: string;
  captchaId: string | number;
  /** National ID in any digits */
  nationalId: string;
  password: string;
};

/** Performance entry (ثبت عملکرد); saving a draft keeps everything typed */
export type PerformanceEntryInput = {
  baselineNote?: string | null | undefined;
  description?: string | null | undefined;
  /** Uploaded evidence files (POST /files/evidence) */
  evidenceFileIds?: Array<string | number>;
  hasInformationSystem?: boolean;
  hasStrategicPlan?: boolean;
  improvementMeasures?: string | null | undefined;
  isBaseline?: boolean;
  keyObstacles?: string | null | undefined;
  partnerPerformance?: string | null | undefined;
  /** Decimal text */
  value?: string | null | undefined;
};

export type PeriodStatus =
  | 'CLOSED'
  | 'OPEN';

export type ProposalFilter = {
  limit?: number;
  offset?: number;
  periodId?: string | number | null | undefined;
  status?: ProposalStatus | null | undefined;
};

/** An indicator proposed for a provincial agency (rule 12) */
export type ProposalInput = {
  calculationMethod: string;
  comparisonType?: ComparisonType;
  nature?: string | null | undefined;
  organisationUnitId: string | number;
  periodId: string | number;
  /** Points (score cap), more than 0 */
  score: number;
  target: string;
  targetLower: string;
  targetUpper: string;
  title: string;
  unitOfMeasure: string;
};

export type ProposalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** One province's share of a target, referred to one person */
export type ProvinceShareInput = {
  assigneeId: string | number;
  /** ISO date, not later than the deadline received */
  deadline: string;
  province: string;
  /** Decimal text, e.g. "1200" or "36.5" */
  target: string;
};

/** Refer an indicator (lead evaluator) or a referral (its assignee) down to a subordinate */
export type ReferInput = {
  /** With NONE or BY_SPECIALISED_UNIT: the receiver */
  assigneeId?: string | number | null | undefined;
  breakdown?: BreakdownChoice;
  /** With NONE or BY_SPECIALISED_UNIT: ISO date, not later than the one received */
  deadline?: string | null | undefined;
  /** With BY_REFERRER: one row per province */
  provinces?: Array<ProvinceShareInput> | null | undefined;
};

export type ReferralFilter = {
  limit?: number;
  offset?: number;
  periodId?: string | number | null | undefined;
  statuses?: Array<ReferralStatus> | null | undefined;
};

export type ReferralStatus =
  | 'APPROVED'
  | 'DELEGATED'
  | 'IN_PROGRESS'
  | 'REFERRED'
  | 'RETURNED'
  | 'REVIEW'
  | 'SUBMITTED';

export type RegistrationFilter = {
  limit?: number;
  offset?: number;
  status?: RegistrationStatus | null | undefined;
};

/** A request for a user account (seed 002 rule 2) */
export type RegistrationInput = {
  /** The approver's mobile */
  approverMobile: string;
  /** Birth date as an ISO date (the admin picks it in Jalali) */
  birthDate: string;
  captchaAnswer: string;
  captchaId: string | number;
  /** 09xxxxxxxxx, registered to the national ID (Shahkar) */
  mobile: string;
  nationalId: string;
  /** Office phone with city code, e.g. 021-61612345 */
  officePhone: string;
  /** The chosen organisation unit: second level or deeper */
  organisationUnitId: string | number;
  /** Organisational post */
  post: string;
  requestedRole: Role;
};

export type RegistrationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type RejectRegistrationInput = {
  id: string | number;
  /** Why; sent to the applicant */
  reason: string;
};

export type ResetPasswordWithCodeInput = {
  /** The challenge forgotPassword answered */
  challengeId: string | number;
  /** The six digits received by SMS (Persian or Latin digits) */
  code: string;
  nationalId: string;
  /** At least 8 characters with letters and digits */
  newPassword: string;
};

/** A role held at an organisation unit */
export type Role =
  | 'APPROVER'
  | 'ASSISTED_CHANNEL_OPERATOR'
  | 'BANK_BRANCH_OPERATOR'
  | 'CARAVAN_MANAGER'
  | 'CIVIL_REGISTRY_OPERATOR'
  | 'COUNTER_OFFICES_ADMIN'
  | 'COUNTER_OFFICE_OPERATOR'
  | 'DATA_ENTRANT'
  | 'FOREIGN_NATIONALS_INSPECTOR'
  | 'HAJJ_ADMIN'
  | 'HAJJ_PROVINCIAL_OFFICE'
  | 'HONORARY_EVALUATOR'
  | 'LEAD_EVALUATOR'
  | 'PILGRIMAGE_SERVICES_OFFICE'
  | 'PROVINCIAL_PLANNING_DEPUTY'
  | 'SENIOR_LEAD'
  | 'SYSTEM_ADMIN';

/** Data fields of a service record; the fields given are saved, the others left as they are */
export type ServiceRecordDataInput = {
  /** ISO date */
  birthDate?: string | null | undefined;
  documentKind?: ForeignNationalDocumentKind | null | undefined;
  fatherName?: string | null | undefined;
  firstName?: string | null | undefined;
  gender?: ApplicantGender | null | undefined;
  /** Digits in any script */
  identificationNumber?: string | null | undefined;
  lastName?: string | null | undefined;
  mobile?: string | null | undefined;
  nationality?: string | null | undefined;
  residenceAddress?: string | null | undefined;
};

export type SubsidyPilotInput = {
  active: boolean;
  portalUrl: string;
  prefixes: Array<string>;
  refusalMessage: string;
  /** ISO instant, e.g. 2024-07-10T00:00:00+03:30 */
  startsAt: string;
};

/** Subsidy affairs handled at Police+10 offices */
export type SubsidyService =
  | 'CUSTODY'
  | 'DEATH'
  | 'DIVORCE'
  | 'GUARDIANSHIP'
  | 'IRRECONCILABILITY'
  | 'MARRIAGE'
  | 'SPONSORSHIP';

export type VerificationAppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'SERVED';

/** The share of the day's capacity a place is taken from: ONLINE (the applicant) or COUNTER (a walk-in booked by the operator) */
export type VerificationBookingChannel =
  | 'COUNTER'
  | 'ONLINE';

export type VerificationServiceRecordStatus =
  | 'CLOSED'
  | 'OPEN';

/** A vital event to apply to households */
export type VitalEventInput = {
  newborn?: NewbornInput | null | undefined;
  /** ISO date the event happened */
  occurredOn: string;
  /** The head who receives the person; for a birth, the parent again is not needed */
  relatedNationalId?: string | null | undefined;
  source: HouseholdChangeSource;
  /** The deceased; the spouse who moves; the child; for a birth, a parent */
  subjectNationalId: string;
  type: HouseholdChangeType;
};

export type NewCaptchaMutationVariables = Exact<{ [key: string]: never; }>;


export type NewCaptchaMutation = { newCaptcha: { id: string, image: string, expiresAt: string } };

export type LoginWithPasswordMutationVariables = Exact<{
  input: PasswordLoginInput;
}>;


export type LoginWithPasswordMutation = { loginWithPassword: { mustChangePassword: boolean } };

export type RequestLoginOtpMutationVariables = Exact<{
  input: OtpRequestInput;
}>;


export type RequestLoginOtpMutation = { requestLoginOtp: { challengeId: string, expiresAt: string, resendAvailableAt: string } };

export type ResendLoginOtpMutationVariables = Exact<{
  challengeId: string | number;
}>;


export type ResendLoginOtpMutation = { resendLoginOtp: { challengeId: string, expiresAt: string, resendAvailableAt: string } };

export type LoginWithOtpMutationVariables = Exact<{
  input: OtpLoginInput;
}>;


export type LoginWithOtpMutation = { loginWithOtp: { mustChangePassword: boolean } };

export type ForgotPasswordMutationVariables = Exact<{
  input: ForgotPasswordInput;
}>;


export type ForgotPasswordMutation = { forgotPassword: { challengeId: string, expiresAt: string, resendAvailableAt: string } };

export type ResendPasswordResetCodeMutationVariables = Exact<{
  challengeId: string | number;
}>;


export type ResendPasswordResetCodeMutation = { resendPasswordResetCode: { challengeId: string, expiresAt: string, resendAvailableAt: string } };

export type ResetPasswordWithCodeMutationVariables = Exact<{
  input: ResetPasswordWithCodeInput;
}>;


export type ResetPasswordWithCodeMutation = { resetPasswordWithCode: boolean };

export type SmsOutboxProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type SmsOutboxProbeQuery = { smsOutbox: Array<{ id: string }> };

export type RegistrationOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationOrganisationsQuery = { registrationOrganisations: Array<{ id: string, parentId: string | null, name: string, level: number, type: OrganisationUnitType }> };

export type SubmitRegistrationRequestMutationVariables = Exact<{
  input: RegistrationInput;
}>;


export type SubmitRegistrationRequestMutation = { submitRegistrationRequest: { trackingCode: string } };

export type RegistrationRequestsQueryVariables = Exact<{
  filter: RegistrationFilter;
}>;


export type RegistrationRequestsQuery = { registrationRequests: { total: number, items: Array<{ id: string, trackingCode: string, subsystem: string, nationalId: string, firstName: string, lastName: string, post: string, mobile: string, officePhone: string, status: RegistrationStatus, requestedRole: Role, createdAt: string, decidedAt: string | null, decisionReason: string | null, organisationUnit: { id: string, name: string } }> } };

export type ApproveRegistrationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveRegistrationRequestMutation = { approveRegistrationRequest: { id: string, status: RegistrationStatus, decidedAt: string | null } };

export type RejectRegistrationRequestMutationVariables = Exact<{
  input: RejectRegistrationInput;
}>;


export type RejectRegistrationRequestMutation = { rejectRegistrationRequest: { id: string, status: RegistrationStatus, decidedAt: string | null, decisionReason: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { permissions: Array<string>, mustChangePassword: boolean, user: { id: string, nationalId: string, firstName: string, lastName: string, mobile: string, post: string | null }, roles: Array<{ id: string, role: Role, organisationUnit: { id: string, name: string, type: OrganisationUnitType, level: number } }>, activeRole: { id: string, role: Role, organisationUnit: { id: string, name: string, type: OrganisationUnitType, level: number } } } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SwitchRoleMutationVariables = Exact<{
  roleAssignmentId: string | number;
}>;


export type SwitchRoleMutation = { switchRole: { activeRole: { id: string } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AuditEventsQueryVariables = Exact<{
  filter: AuditFilter;
}>;


export type AuditEventsQuery = { auditEvents: { total: number, items: Array<{ id: string, occurredAt: string, action: string, outcome: AuditOutcome, code: string | null, actorUserId: string | null, actorRole: string | null, actorName: string | null, actorNationalIdMasked: string | null, subjectMasked: string | null, targetType: string | null, targetId: string | null, targetLabel: string | null, ip: string | null, requestId: string | null, details: Record<string, unknown> }> } };

export type CounterOfficesQueryVariables = Exact<{
  province: string;
}>;


export type CounterOfficesQuery = { counterOffices: Array<{ code: string, name: string, province: string, city: string, address: string, phone: string, openWeekdays: Array<number> }> };

export type CounterOfficeDaysQueryVariables = Exact<{
  officeCode: string;
  from: string;
  to: string;
}>;


export type CounterOfficeDaysQuery = { counterOfficeDays: Array<{ date: string, capacity: number, booked: number, left: number, open: boolean, bookable: boolean }> };

export type BookVerificationAppointmentMutationVariables = Exact<{
  input: BookVerificationAppointmentInput;
}>;


export type BookVerificationAppointmentMutation = { bookVerificationAppointment: { trackingCode: string, date: string, office: { code: string, name: string } } };

export type CancelVerificationAppointmentMutationVariables = Exact<{
  trackingCode: string;
  identificationNumber: string;
  captchaId: string | number;
  captchaAnswer: string;
}>;


export type CancelVerificationAppointmentMutation = { cancelVerificationAppointment: { trackingCode: string, date: string, office: { code: string, name: string } } };

export type MyCounterOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCounterOfficeQuery = { myCounterOffice: { id: string, code: string, name: string, province: string, city: string, status: CounterOfficeStatus, suspensionReason: string | null, dailyCapacity: number, openWeekdays: Array<number>, onlineSharePercent: number, capacityToday: number, bookedToday: number, counterCapacityToday: number, counterBookedToday: number } | null };

export type CounterOfficeAppointmentsQueryVariables = Exact<{
  officeCode: string;
  date: string;
}>;


export type CounterOfficeAppointmentsQuery = { counterOfficeAppointments: Array<{ id: string, trackingCode: string, date: string, status: VerificationAppointmentStatus, channel: VerificationBookingChannel, identificationNumber: string, firstName: string, lastName: string, nationality: string, mobile: string, recordId: string | null, recordStatus: VerificationServiceRecordStatus | null }> };

export type BookCounterWalkInMutationVariables = Exact<{
  officeCode: string;
  applicant: ApplicantInput;
}>;


export type BookCounterWalkInMutation = { bookCounterWalkIn: { id: string, trackingCode: string, date: string, status: VerificationAppointmentStatus, channel: VerificationBookingChannel, firstName: string, lastName: string, recordId: string | null } };

export type CounterBiometricDeviceQueryVariables = Exact<{ [key: string]: never; }>;


export type CounterBiometricDeviceQuery = { counterBiometricDevice: { url: string, verbs: BiometricDeviceVerbs, specVersion: string, minQuality: number, embedded: boolean } };

export type VerificationServiceRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type VerificationServiceRecordQuery = { verificationServiceRecord: { id: string, appointmentId: string, trackingCode: string, date: string, officeCode: string, officeName: string, status: VerificationServiceRecordStatus, identificationNumber: string, documentKind: ForeignNationalDocumentKind | null, firstName: string | null, lastName: string | null, fatherName: string | null, nationality: string | null, birthDate: string | null, gender: ApplicantGender | null, mobile: string | null, residenceAddress: string | null, feeRials: number | null, serviceTitle: string | null, posReference: string | null, paidAt: string | null, missing: Array<string>, receiptUrl: string | null, fingerprints: Array<{ finger: Finger, templateRef: string | null, quality: number | null, exceptionReason: string | null }>, photo: { format: string, width: number, height: number, bytes: number } | null } };

export type StartServiceRecordMutationVariables = Exact<{
  appointmentId: string | number;
}>;


export type StartServiceRecordMutation = { startVerificationServiceRecord: { id: string } };

export type MarkNoShowMutationVariables = Exact<{
  appointmentId: string | number;
}>;


export type MarkNoShowMutation = { markVerificationNoShow: { id: string, status: VerificationAppointmentStatus } };

export type SaveServiceRecordDataMutationVariables = Exact<{
  recordId: string | number;
  input: ServiceRecordDataInput;
}>;


export type SaveServiceRecordDataMutation = { saveVerificationServiceRecordData: { id: string, documentKind: ForeignNationalDocumentKind | null, firstName: string | null, lastName: string | null, fatherName: string | null, nationality: string | null, birthDate: string | null, gender: ApplicantGender | null, mobile: string | null, residenceAddress: string | null, identificationNumber: string, missing: Array<string> } };

export type CaptureFingerprintsMutationVariables = Exact<{
  recordId: string | number;
  fingerprints: Array<FingerprintInput> | FingerprintInput;
}>;


export type CaptureFingerprintsMutation = { captureVerificationFingerprints: { id: string, missing: Array<string>, fingerprints: Array<{ finger: Finger, templateRef: string | null, quality: number | null, exceptionReason: string | null }> } };

export type CapturePhotoMutationVariables = Exact<{
  recordId: string | number;
  photoBase64: string;
}>;


export type CapturePhotoMutation = { captureVerificationPhoto: { id: string, missing: Array<string>, photo: { format: string, width: number, height: number, bytes: number } | null } };

export type PayVerificationFeeMutationVariables = Exact<{
  recordId: string | number;
  posReference: string;
}>;


export type PayVerificationFeeMutation = { payVerificationFee: { id: string, feeRials: number | null, serviceTitle: string | null, posReference: string | null, paidAt: string | null, missing: Array<string>, receiptUrl: string | null } };

export type CloseServiceRecordMutationVariables = Exact<{
  recordId: string | number;
}>;


export type CloseServiceRecordMutation = { closeVerificationServiceRecord: { id: string, status: VerificationServiceRecordStatus, missing: Array<string> } };

export type CounterOfficeCalendarQueryVariables = Exact<{
  officeCode: string;
  from: string;
  to: string;
}>;


export type CounterOfficeCalendarQuery = { counterOfficeCalendar: Array<{ date: string, open: boolean, capacity: number, booked: number, left: number, onlineCapacity: number, counterCapacity: number, onlineBooked: number, counterBooked: number, closedDate: boolean, capacityOverride: number | null, note: string | null }> };

export type CounterOfficeQueryVariables = Exact<{
  officeCode: string;
}>;


export type CounterOfficeQuery = { counterOffice: { id: string, code: string, name: string, province: string, city: string, dailyCapacity: number, openWeekdays: Array<number>, onlineSharePercent: number, queuePersonName: string | null, queuePersonMobile: string | null, status: CounterOfficeStatus, suspensionReason: string | null, suspendedAt: string | null, capacityToday: number, bookedToday: number, openComplaints: number } };

export type SetCounterOfficeWeekMutationVariables = Exact<{
  officeCode: string;
  input: OfficeWeekInput;
}>;


export type SetCounterOfficeWeekMutation = { setCounterOfficeWeek: { id: string, dailyCapacity: number, openWeekdays: Array<number>, onlineSharePercent: number } };

export type SetCounterOfficeDayMutationVariables = Exact<{
  officeCode: string;
  input: OfficeDayInput;
}>;


export type SetCounterOfficeDayMutation = { setCounterOfficeDay: { date: string, open: boolean, capacity: number, booked: number, left: number, onlineCapacity: number, counterCapacity: number, onlineBooked: number, counterBooked: number, closedDate: boolean, capacityOverride: number | null, note: string | null } };

export type CounterOfficeListQueryVariables = Exact<{
  filter: CounterOfficeFilter;
}>;


export type CounterOfficeListQuery = { counterOfficeList: { total: number, items: Array<{ id: string, code: string, name: string, province: string, city: string, dailyCapacity: number, status: CounterOfficeStatus, suspensionReason: string | null, capacityToday: number, bookedToday: number, openComplaints: number, queuePersonName: string | null }> } };

export type CounterOfficesOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CounterOfficesOverviewQuery = { counterOfficesOverview: Array<{ province: string, offices: number, suspended: number, capacity: number, booked: number, fillRate: number, openComplaints: number }> };

export type CounterOfficeInspectionsQueryVariables = Exact<{
  officeCode: string;
}>;


export type CounterOfficeInspectionsQuery = { counterOfficeInspections: Array<{ id: string, visitedOn: string, outcome: CounterOfficeInspectionOutcome, findings: string, checklist: Array<{ item: CounterOfficeInspectionItem, passed: boolean, note: string | null }> }> };

export type RecordCounterOfficeInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type RecordCounterOfficeInspectionMutation = { recordCounterOfficeInspection: { id: string, outcome: CounterOfficeInspectionOutcome, visitedOn: string } };

export type SuspendCounterOfficeServiceMutationVariables = Exact<{
  officeCode: string;
  reason: string;
}>;


export type SuspendCounterOfficeServiceMutation = { suspendCounterOfficeService: { id: string, code: string, status: CounterOfficeStatus, suspensionReason: string | null, suspendedAt: string | null } };

export type LiftCounterOfficeSuspensionMutationVariables = Exact<{
  officeCode: string;
}>;


export type LiftCounterOfficeSuspensionMutation = { liftCounterOfficeSuspension: { id: string, code: string, status: CounterOfficeStatus, suspensionReason: string | null, suspendedAt: string | null } };

export type CounterOfficeComplaintsQueryVariables = Exact<{
  filter: ComplaintFilter;
}>;


export type CounterOfficeComplaintsQuery = { counterOfficeComplaints: { total: number, items: Array<{ id: string, officeCode: string, officeName: string, province: string, channel: CounterOfficeComplaintChannel, text: string, status: CounterOfficeComplaintStatus, createdAt: string }> } };

export type RecordCounterOfficeComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type RecordCounterOfficeComplaintMutation = { recordCounterOfficeComplaint: { id: string, status: CounterOfficeComplaintStatus } };

export type SmsOutboxQueryVariables = Exact<{
  to?: string | null | undefined;
  limit: number;
}>;


export type SmsOutboxQuery = { smsOutbox: Array<{ id: string, to: string, text: string, purpose: string, createdAt: string }> };

export type HajjSeasonNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type HajjSeasonNoticeQuery = { hajjSeasonNotice: { code: string, title: string, onlineSharePercent: number, holdMinutes: number, groups: Array<{ id: string, name: string, announcedOn: string, admissionOpensAt: string, provinces: Array<{ province: string, invitedDepositsUntil: string }> }> } | null };

export type HajjReceiptStatusQueryVariables = Exact<{
  nationalId: string;
  receiptNumber: string;
  birthDate: string;
  captchaId: string | number;
  captchaAnswer: string;
}>;


export type HajjReceiptStatusQuery = { hajjReceiptStatus: { nextStep: HajjNextStep, notEligibleReason: HajjNotEligibleReason | null, receiptNumber: string, originalReceiptNumber: string, holderName: string, kind: HajjReceiptKind, amountRials: string, depositDate: string, province: string, invitedDepositsUntil: string | null, admissionOpensAt: string | null, office: { kind: HajjOfficeKind, branchCode: string | null } | null, amounts: { amountRials: string, targetRials: string, subsidyRials: string, interestRials: string, interestDays: number, differenceRials: string } | null, registration: { trackingCode: string, status: HajjRegistrationStatus, holdExpiresAt: string | null, caravan: { id: string, code: string } } | null } };

export type HajjCaravansQueryVariables = Exact<{
  province: string;
}>;


export type HajjCaravansQuery = { hajjCaravans: Array<{ id: string, code: string, province: string, managerName: string, managerPhone: string, address: string, capacity: number, onlineCapacity: number, taken: number, onlineTaken: number, finalCostRials: string }> };

export type HajjPreRegisterMutationVariables = Exact<{
  input: HajjPreRegisterInput;
}>;


export type HajjPreRegisterMutation = { hajjPreRegister: { trackingCode: string, status: HajjRegistrationStatus, holdExpiresAt: string | null, caravan: { id: string, code: string } } };

export type HajjReceiptQueryVariables = Exact<{
  receiptNumber: string;
}>;


export type HajjReceiptQuery = { hajjReceipt: { id: string, receiptNumber: string, originalReceiptNumber: string, nationalId: string, firstName: string, lastName: string, birthDate: string, mobile: string, province: string, kind: HajjReceiptKind, amountRials: string, depositDate: string, branchCode: string, acceptedBeforeNotGone: boolean, status: HajjReceiptStatusCode, referral: HajjReferralPurpose | null, referredBranchCode: string | null, nextStep: HajjNextStep, earlierReceiptNumbers: Array<string>, office: { kind: HajjOfficeKind, branchCode: string | null } | null, amounts: { amountRials: string, targetRials: string, subsidyRials: string, interestRials: string, interestDays: number, differenceRials: string } | null, history: Array<{ id: string, kind: HajjReceiptEventKind, originalReceiptNumber: string, receiptNumber: string, newReceiptNumber: string | null, actorRole: string | null, actorName: string | null, officeCode: string | null, at: string, details: string | null }>, transfers: Array<{ id: string, giverNationalId: string, receiverNationalId: string, receiverName: string, receiverProvince: string, relation: HajjTransferRelation, deedNumber: string, deedDate: string, recordedAt: string, reissuedReceiptNumber: string | null }> } };

export type HajjReferReceiptMutationVariables = Exact<{
  input: HajjReferReceiptInput;
}>;


export type HajjReferReceiptMutation = { hajjReferReceipt: { id: string, receiptNumber: string, status: HajjReceiptStatusCode } };

export type HajjConvertReceiptMutationVariables = Exact<{
  input: HajjIssueReceiptInput;
}>;


export type HajjConvertReceiptMutation = { hajjConvertReceipt: { id: string, receiptNumber: string } };

export type HajjStabiliseReceiptMutationVariables = Exact<{
  input: HajjIssueReceiptInput;
}>;


export type HajjStabiliseReceiptMutation = { hajjStabiliseReceipt: { id: string, receiptNumber: string } };

export type HajjReissueTransferredReceiptMutationVariables = Exact<{
  input: HajjIssueReceiptInput;
}>;


export type HajjReissueTransferredReceiptMutation = { hajjReissueTransferredReceipt: { id: string, receiptNumber: string } };

export type HajjRecordTransferMutationVariables = Exact<{
  input: HajjRecordTransferInput;
}>;


export type HajjRecordTransferMutation = { hajjRecordTransfer: { id: string, receiptNumber: string, status: HajjReceiptStatusCode } };

export type HajjMyCaravansQueryVariables = Exact<{ [key: string]: never; }>;


export type HajjMyCaravansQuery = { hajjMyCaravans: Array<{ id: string, code: string, province: string, capacity: number, onlineCapacity: number, taken: number, onlineTaken: number, finalCostRials: string, status: HajjCaravanStatus }> };

export type HajjCaravanRegistrationsQueryVariables = Exact<{
  caravanId: string | number;
  filter: HajjRegistrationFilter;
}>;


export type HajjCaravanRegistrationsQuery = { hajjCaravanRegistrations: { total: number, items: Array<{ id: string, trackingCode: string, status: HajjRegistrationStatus, channel: HajjRegistrationChannel, nationalId: string, holderName: string, receiptNumber: string, holdExpiresAt: string | null, confirmedAt: string | null, doctorVisitDue: string | null, doctorVisitedAt: string | null, releaseReason: HajjReleaseReason | null, replacedByTrackingCode: string | null, replacesTrackingCode: string | null, elected: boolean, paymentSlip: { number: string, differenceRials: string, payBy: string, paidAt: string | null } | null, passport: { flag: HajjPassportFlag, renewBy: string | null, restriction: HajjTravelRestriction } }> } };

export type HajjRegistrationByTrackingCodeQueryVariables = Exact<{
  trackingCode: string;
}>;


export type HajjRegistrationByTrackingCodeQuery = { hajjRegistrationByTrackingCode: { id: string, trackingCode: string, status: HajjRegistrationStatus, channel: HajjRegistrationChannel, seasonTitle: string, nationalId: string, holderName: string, birthDate: string, mobile: string, receiptNumber: string, originalReceiptNumber: string, depositDate: string, depositRials: string, holdExpiresAt: string | null, confirmedAt: string | null, doctorVisitDue: string | null, releaseReason: HajjReleaseReason | null, caravan: { id: string, code: string, province: string, managerName: string, managerPhone: string, address: string, finalCostRials: string }, documents: { receiptOriginal: boolean, receiptCopy: boolean, birthCertificate: boolean, nationalCard: boolean } | null, paymentSlip: { number: string, differenceRials: string, payBy: string, paidAt: string | null, paymentReference: string | null } | null, passport: { number: string | null, expiry: string | null, flag: HajjPassportFlag, renewBy: string | null, requiredValidUntil: string, handOverBy: string, restriction: HajjTravelRestriction, restrictionRule: string | null } } };

export type HajjConfirmRegistrationMutationVariables = Exact<{
  trackingCode: string;
  documents: HajjDocumentsInput;
}>;


export type HajjConfirmRegistrationMutation = { hajjConfirmRegistration: { id: string, trackingCode: string, status: HajjRegistrationStatus } };

export type HajjRegisterInPersonMutationVariables = Exact<{
  caravanId: string | number;
  applicant: HajjApplicantInput;
}>;


export type HajjRegisterInPersonMutation = { hajjRegisterInPerson: { id: string, trackingCode: string, status: HajjRegistrationStatus } };

export type HajjReplaceRegistrationMutationVariables = Exact<{
  registrationId: string | number;
  applicant: HajjApplicantInput;
}>;


export type HajjReplaceRegistrationMutation = { hajjReplaceRegistration: { id: string, trackingCode: string, status: HajjRegistrationStatus } };

export type HajjWithdrawRegistrationMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type HajjWithdrawRegistrationMutation = { hajjWithdrawRegistration: { id: string, status: HajjRegistrationStatus } };

export type HajjRecordDoctorVisitMutationVariables = Exact<{
  registrationId: string | number;
}>;


export type HajjRecordDoctorVisitMutation = { hajjRecordDoctorVisit: { id: string, doctorVisitedAt: string | null } };

export type HajjSetElectedPilgrimsMutationVariables = Exact<{
  caravanId: string | number;
  registrationIds: Array<string | number> | string | number;
}>;


export type HajjSetElectedPilgrimsMutation = { hajjSetElectedPilgrims: Array<{ id: string, elected: boolean }> };

export type HajjRecordPassportMutationVariables = Exact<{
  registrationId: string | number;
  input: HajjPassportInput;
}>;


export type HajjRecordPassportMutation = { hajjRecordPassport: { id: string, passport: { flag: HajjPassportFlag, renewBy: string | null, restriction: HajjTravelRestriction } } };

export type HajjRecordPaymentMutationVariables = Exact<{
  trackingCode: string;
  paymentReference: string;
}>;


export type HajjRecordPaymentMutation = { hajjRecordPayment: { id: string, trackingCode: string, status: HajjRegistrationStatus, holderName: string, paymentSlip: { number: string, differenceRials: string, paidAt: string | null } | null } };

export type HajjSeasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type HajjSeasonsQuery = { hajjSeasons: Array<{ id: string, code: string, title: string, active: boolean, eligibleDepositUntil: string, onlineSharePercent: number, inviteNextAfterDays: number, holdMinutes: number, paymentDays: number, doctorVisitDays: number, passportValidUntil: string, passportHandOverBy: string, depositRials: string, subsidyRials: string, interestRateBasisPoints: number, interestFormula: HajjInterestFormula, interestUntil: string | null, groups: Array<{ id: string, name: string, announcedOn: string, admissionOpensAt: string, provinces: Array<{ province: string, invitedDepositsUntil: string, lastWaveAt: string | null }> }> }> };

export type HajjFillRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type HajjFillRatesQuery = { hajjFillRates: Array<{ province: string, groupName: string, admissionOpensAt: string, invitedDepositsUntil: string, caravans: number, capacity: number, taken: number, onlineCapacity: number, onlineTaken: number, fillRate: number }> };

export type HajjInvitationWavesQueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type HajjInvitationWavesQuery = { hajjInvitationWaves: Array<{ id: string, province: string, previousCutoff: string, newCutoff: string, freeSeats: number, invitedReceipts: number, source: string, createdAt: string }> };

export type HajjInviteNextPriorityMutationVariables = Exact<{
  province: string;
}>;


export type HajjInviteNextPriorityMutation = { hajjInviteNextPriority: { id: string, newCutoff: string } | null };

export type HajjSetInvitationCutoffMutationVariables = Exact<{
  province: string;
  invitedDepositsUntil: string;
}>;


export type HajjSetInvitationCutoffMutation = { hajjSetInvitationCutoff: { id: string, newCutoff: string } };

export type HajjAdminCaravansQueryVariables = Exact<{
  filter: HajjCaravanFilter;
}>;


export type HajjAdminCaravansQuery = { hajjAdminCaravans: { total: number, items: Array<{ id: string, code: string, province: string, managerName: string, managerPhone: string, managerNationalId: string | null, address: string, capacity: number, onlineCapacity: number, taken: number, onlineTaken: number, finalCostRials: string, status: HajjCaravanStatus }> } };

export type HajjSaveCaravanMutationVariables = Exact<{
  input: HajjCaravanInput;
}>;


export type HajjSaveCaravanMutation = { hajjSaveCaravan: { id: string, code: string } };

export type HajjUpdateSeasonMutationVariables = Exact<{
  id: string | number;
  input: HajjSeasonSettingsInput;
}>;


export type HajjUpdateSeasonMutation = { hajjUpdateSeason: { id: string, title: string, eligibleDepositUntil: string, onlineSharePercent: number, inviteNextAfterDays: number, holdMinutes: number, paymentDays: number, doctorVisitDays: number, passportValidUntil: string, passportHandOverBy: string, depositRials: string, subsidyRials: string, interestRateBasisPoints: number, interestFormula: HajjInterestFormula, interestUntil: string | null } };

export type HajjUpdateProvinceGroupMutationVariables = Exact<{
  id: string | number;
  input: HajjProvinceGroupInput;
}>;


export type HajjUpdateProvinceGroupMutation = { hajjUpdateProvinceGroup: { id: string, groups: Array<{ id: string, announcedOn: string, admissionOpensAt: string }> } };

export type ApiClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiClientsQuery = { apiClients: Array<{ id: string, name: string, keyPrefix: string, scopes: Array<string>, dailyQuota: number, ipAllowlist: Array<string>, active: boolean, createdAt: string }> };

export type CreateApiClientMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { key: string, client: { id: string, name: string, keyPrefix: string, scopes: Array<string>, dailyQuota: number, ipAllowlist: Array<string>, active: boolean, createdAt: string } } };

export type DeactivateApiClientMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateApiClientMutation = { deactivateApiClient: { id: string, active: boolean } };

export type ReactivateApiClientMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateApiClientMutation = { reactivateApiClient: { id: string, active: boolean } };

export type RotateApiClientKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateApiClientKeyMutation = { rotateApiClientKey: { key: string, client: { id: string, name: string, keyPrefix: string } } };

export type ClusterCampaignQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterCampaignQuery = { clusterCampaign: { id: string, title: string, active: boolean, windows: Array<{ id: string, catchUp: boolean, minSize: number | null, maxSize: number | null, startDate: string, endDate: string }> } | null };

export type UpdateCampaignWindowMutationVariables = Exact<{
  id: string | number;
  input: CampaignWindowInput;
}>;


export type UpdateCampaignWindowMutation = { updateCampaignWindow: { id: string, catchUp: boolean, minSize: number | null, maxSize: number | null, startDate: string, endDate: string } };

export type SubsidyPilotsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidyPilotsQuery = { subsidyPilots: Array<{ id: string, province: string, startsAt: string, prefixes: Array<string>, refusalCode: string, refusalMessage: string, portalUrl: string, active: boolean }> };

export type UpdateSubsidyPilotMutationVariables = Exact<{
  id: string | number;
  input: SubsidyPilotInput;
}>;


export type UpdateSubsidyPilotMutation = { updateSubsidyPilot: { id: string, province: string, startsAt: string, prefixes: Array<string>, refusalCode: string, refusalMessage: string, portalUrl: string, active: boolean } };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ id: string, clientId: string, url: string, active: boolean, createdAt: string }>, apiClients: Array<{ id: string, name: string, active: boolean }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  subscriptionId?: string | number | null | undefined;
  limit: number;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, subscriptionId: string, eventId: string, attempt: number, delivered: boolean, statusCode: number | null, error: string | null, durationMs: number, nextAttemptAt: string | null, createdAt: string }> };

export type HouseholdClusterQueryVariables = Exact<{
  headNationalId: string;
  trackingCode: string;
  memberCount: number;
  captchaId?: string | number | null | undefined;
  captchaAnswer?: string | null | undefined;
}>;


export type HouseholdClusterQuery = { householdCluster: { incomeCluster: number, householdSize: number } };

export type ConfirmHouseholdMutationVariables = Exact<{
  input: HouseholdProofInput;
}>;


export type ConfirmHouseholdMutation = { confirmHousehold: { id: string, kind: HouseholdResponseKind, channel: HouseholdResponseChannel, createdAt: string } };

export type FileClusterObjectionMutationVariables = Exact<{
  input: HouseholdProofInput;
  body: ObjectionBody;
  reason: string;
}>;


export type FileClusterObjectionMutation = { fileClusterObjection: { id: string, kind: HouseholdResponseKind, body: ObjectionBody | null, status: ObjectionStatus | null, createdAt: string } };

export type SmsSimulatorProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type SmsSimulatorProbeQuery = { smsOutbox: Array<{ id: string }> };

export type RegisterVitalEventMutationVariables = Exact<{
  input: VitalEventInput;
}>;


export type RegisterVitalEventMutation = { registerVitalEvent: { id: string, type: HouseholdChangeType, source: HouseholdChangeSource, occurredAt: string, householdIds: Array<string>, nationalIds: Array<string> } };

export type ClusterObjectionsQueryVariables = Exact<{
  body: ObjectionBody;
  status?: ObjectionStatus | null | undefined;
  offset: number;
  limit: number;
}>;


export type ClusterObjectionsQuery = { clusterObjections: { total: number, items: Array<{ id: string, householdId: string, channel: HouseholdResponseChannel, officeCode: string | null, reason: string | null, status: ObjectionStatus | null, resolution: string | null, createdAt: string }> } };

export type ResolveClusterObjectionMutationVariables = Exact<{
  id: string | number;
  accepted: boolean;
  resolution: string;
}>;


export type ResolveClusterObjectionMutation = { resolveClusterObjection: { id: string, status: ObjectionStatus | null, resolution: string | null } };

export type HouseholdStructureQueryVariables = Exact<{
  nationalId: string;
}>;


export type HouseholdStructureQuery = { householdStructure: { id: string, lastChangedAt: string | null, head: { nationalId: string }, members: Array<{ nationalId: string, firstName: string, lastName: string, birthDate: string, gender: string, relation: HouseholdRelation, joinedAt: string }> } | null };

export type HouseholdTimelineQueryVariables = Exact<{
  householdId: string | number;
}>;


export type HouseholdTimelineQuery = { householdTimeline: Array<{ id: string, type: HouseholdChangeType, source: HouseholdChangeSource, occurredAt: string, recordedAt: string, nationalIds: Array<string> }> };

export type SimulateInboundSmsMutationVariables = Exact<{
  from: string;
  text: string;
}>;


export type SimulateInboundSmsMutation = { simulateInboundSms: { reply: string } };

export type SubsidyServiceRequestMutationVariables = Exact<{
  nationalId: string;
  service: SubsidyService;
}>;


export type SubsidyServiceRequestMutation = { subsidyServiceRequest: { id: string, service: SubsidyService, recordedAt: string } };

export type NationalIdInfoQueryVariables = Exact<{
  nationalId: string;
}>;


export type NationalIdInfoQuery = { nationalIdInfo: { normalized: string | null, valid: boolean, reason: NationalIdProblem | null, issuancePlace: { prefix: string, province: string | null, city: string | null } | null } };

export type MyOrganisationUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationUnitsQuery = { myOrganisationUnits: Array<{ id: string, parentId: string | null, code: string, name: string, level: number, type: OrganisationUnitType, province: string | null }> };

export type ReviewIndicatorsQueryVariables = Exact<{
  filter: IndicatorFilter;
}>;


export type ReviewIndicatorsQuery = { indicators: { total: number, items: Array<{ id: string, title: string, unitOfMeasure: string, target: string, scoreCap: string, aggregation: Aggregation, status: IndicatorStatus, organisationUnit: { id: string, name: string }, history: Array<{ at: string, kind: ChainEventKind, referralId: string | null, province: string | null, reason: string | null, actor: { id: string, firstName: string, lastName: string } | null, assignee: { id: string, firstName: string, lastName: string } | null }>, topReferrals: Array<{ id: string, status: ReferralStatus, province: string | null, target: string, deadline: string, returnReason: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, province: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, province: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, province: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, province: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null }> }> }> }> }> }> } };

export type ApprovedCountQueryVariables = Exact<{
  filter: IndicatorFilter;
}>;


export type ApprovedCountQuery = { indicators: { total: number } };

export type ApproveIndicatorMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveIndicatorMutation = { approveIndicator: { id: string, status: IndicatorStatus } };

export type ForwardApprovedIndicatorsMutationVariables = Exact<{
  periodId: string | number;
}>;


export type ForwardApprovedIndicatorsMutation = { forwardApprovedIndicators: number };

export type CartableUnitsQueryVariables = Exact<{
  periodId: string | number;
}>;


export type CartableUnitsQuery = { cartableUnits: Array<{ generalReferredPercent: number, specificReferredPercent: number, daysLeft: number, unit: { id: string, name: string, parentId: string | null, level: number, type: OrganisationUnitType, province: string | null } }> };

export type CartableIndicatorsQueryVariables = Exact<{
  filter: IndicatorFilter;
}>;


export type CartableIndicatorsQuery = { indicators: { total: number, items: Array<{ id: string, title: string, legalBasis: string | null, nature: string | null, comparisonType: ComparisonType, aggregation: Aggregation, unitOfMeasure: string, target: string, scoreCap: string, weight: string, category: IndicatorCategory, status: IndicatorStatus, organisationUnitId: string }> } };

export type EvaluationPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationPeriodsQuery = { evaluationPeriods: Array<{ id: string, title: string, startDate: string, endDate: string, status: PeriodStatus }> };

export type PerformanceDashboardQueryVariables = Exact<{
  periodId: string | number;
}>;


export type PerformanceDashboardQuery = { performanceDashboard: Array<{ indicators: number, referred: number, approved: number, total: number, unit: { id: string, name: string, type: OrganisationUnitType, level: number } }> };

export type ScoringSheetQueryVariables = Exact<{
  periodId: string | number;
  organisationUnitId: string | number;
}>;


export type ScoringSheetQuery = { scoringSheet: { formula: string, total: number, general: Array<{ value: number | null, achievement: number | null, score: number | null, indicator: { id: string, title: string, legalBasis: string | null, nature: string | null, comparisonType: ComparisonType, unitOfMeasure: string, target: string, scoreCap: string, weight: string, status: IndicatorStatus } }>, specific: Array<{ value: number | null, achievement: number | null, score: number | null, indicator: { id: string, title: string, legalBasis: string | null, nature: string | null, comparisonType: ComparisonType, unitOfMeasure: string, target: string, scoreCap: string, weight: string, status: IndicatorStatus } }> } };

export type ForwardedIndicatorsQueryVariables = Exact<{
  filter: IndicatorFilter;
}>;


export type ForwardedIndicatorsQuery = { indicators: { total: number, items: Array<{ id: string, title: string, unitOfMeasure: string, target: string, scoreCap: string, weight: string, category: IndicatorCategory, status: IndicatorStatus, evaluationNote: string | null, organisationUnit: { id: string, name: string } }> } };

export type EvaluateIndicatorMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type EvaluateIndicatorMutation = { evaluateIndicator: { id: string, status: IndicatorStatus, evaluationNote: string | null } };

export type IndicatorProposalsQueryVariables = Exact<{
  filter: ProposalFilter;
}>;


export type IndicatorProposalsQuery = { indicatorProposals: { total: number, items: Array<{ id: string, periodId: string, organisationUnitId: string, title: string, unitOfMeasure: string, nature: string | null, calculationMethod: string, comparisonType: ComparisonType, targetUpper: string, targetLower: string, target: string, score: string, createdAt: string, status: ProposalStatus, decisionReason: string | null }> } };

export type ApproveIndicatorProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveIndicatorProposalMutation = { approveIndicatorProposal: { id: string, status: ProposalStatus, decisionReason: string | null } };

export type RejectIndicatorProposalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectIndicatorProposalMutation = { rejectIndicatorProposal: { id: string, status: ProposalStatus, decisionReason: string | null } };

export type MyIndicatorProposalsQueryVariables = Exact<{
  filter: ProposalFilter;
}>;


export type MyIndicatorProposalsQuery = { myIndicatorProposals: { total: number, items: Array<{ id: string, periodId: string, organisationUnitId: string, title: string, unitOfMeasure: string, nature: string | null, calculationMethod: string, comparisonType: ComparisonType, targetUpper: string, targetLower: string, target: string, score: string, createdAt: string, status: ProposalStatus, decisionReason: string | null }> } };

export type ProposalUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalUnitsQuery = { registrationOrganisations: Array<{ id: string, parentId: string | null, name: string, level: number, type: OrganisationUnitType, province: string | null }> };

export type ProposeIndicatorMutationVariables = Exact<{
  input: ProposalInput;
}>;


export type ProposeIndicatorMutation = { proposeIndicator: { id: string, status: ProposalStatus } };

export type ReferralCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralCandidatesQuery = { referralCandidates: Array<{ id: string, firstName: string, lastName: string, post: string | null }> };

export type ReferIndicatorMutationVariables = Exact<{
  indicatorId: string | number;
  input: ReferInput;
}>;


export type ReferIndicatorMutation = { referIndicator: Array<{ id: string, status: ReferralStatus, deadline: string, province: string | null, target: string }> };

export type ReferFurtherMutationVariables = Exact<{
  referralId: string | number;
  input: ReferInput;
}>;


export type ReferFurtherMutation = { referFurther: Array<{ id: string, status: ReferralStatus, deadline: string, province: string | null, target: string }> };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referralCandidates: Array<{ id: string }>, referral: { id: string, status: ReferralStatus, breakdown: Breakdown, deadline: string, daysLeft: number, overdue: boolean, province: string | null, target: string, returnReason: string | null, parentId: string | null, assigneeId: string, referrer: { id: string, firstName: string, lastName: string, post: string | null }, assignee: { id: string, firstName: string, lastName: string, post: string | null }, organisationUnit: { id: string, name: string }, indicator: { id: string, title: string, legalBasis: string | null, nature: string | null, comparisonType: ComparisonType, aggregation: Aggregation, unitOfMeasure: string, target: string, scoreCap: string, weight: string, category: IndicatorCategory, period: { id: string, title: string, endDate: string } }, entry: { value: string | null, hasStrategicPlan: boolean, hasInformationSystem: boolean, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, partnerPerformance: string | null, isBaseline: boolean, baselineNote: string | null, evidenceFileIds: Array<string>, updatedAt: string, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, deadline: string, daysLeft: number, overdue: boolean, province: string | null, target: string, returnReason: string | null, assignee: { id: string, firstName: string, lastName: string, post: string | null }, entry: { value: string | null, description: string | null, keyObstacles: string | null, improvementMeasures: string | null, evidenceFileIds: Array<string>, updatedAt: string, evidenceFiles: Array<{ id: string, name: string, sizeBytes: number }> } | null, children: Array<{ id: string, status: ReferralStatus, entry: { value: string | null } | null, children: Array<{ id: string, entry: { value: string | null } | null, children: Array<{ id: string, entry: { value: string | null } | null }> }> }> }> } };

export type SavePerformanceEntryMutationVariables = Exact<{
  referralId: string | number;
  input: PerformanceEntryInput;
}>;


export type SavePerformanceEntryMutation = { savePerformanceEntry: { value: string | null, evidenceFileIds: Array<string>, updatedAt: string } };

export type FinishReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishReferralMutation = { finishReferral: { id: string, status: ReferralStatus, returnReason: string | null } };

export type ReturnReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnReferralMutation = { returnReferral: { id: string, status: ReferralStatus, returnReason: string | null } };

export type MyReferralsQueryVariables = Exact<{
  filter: ReferralFilter;
}>;


export type MyReferralsQuery = { myReferrals: { total: number, items: Array<{ id: string, status: ReferralStatus, deadline: string, daysLeft: number, overdue: boolean, province: string | null, target: string, returnReason: string | null, indicator: { id: string, title: string, unitOfMeasure: string, period: { id: string, title: string } }, referrer: { id: string, firstName: string, lastName: string } }> } };

export type MyReferralIdsQueryVariables = Exact<{
  filter: ReferralFilter;
}>;


export type MyReferralIdsQuery = { myReferrals: { total: number, items: Array<{ id: string }> } };

export type ErrorCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorCodesQuery = { errorCodes: Array<ErrorCode> };


export const NewCaptchaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<NewCaptchaMutation, NewCaptchaMutationVariables>;
export const LoginWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<LoginWithPasswordMutation, LoginWithPasswordMutationVariables>;
export const RequestLoginOtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLoginOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OtpRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLoginOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]}}]} as unknown as DocumentNode<RequestLoginOtpMutation, RequestLoginOtpMutationVariables>;
export const ResendLoginOtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendLoginOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendLoginOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]}}]} as unknown as DocumentNode<ResendLoginOtpMutation, ResendLoginOtpMutationVariables>;
export const LoginWithOtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OtpLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<LoginWithOtpMutation, LoginWithOtpMutationVariables>;
export const ForgotPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForgotPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgotPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordMutation, ForgotPasswordMutationVariables>;
export const ResendPasswordResetCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPasswordResetCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPasswordResetCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}}]}}]}}]} as unknown as DocumentNode<ResendPasswordResetCodeMutation, ResendPasswordResetCodeMutationVariables>;
export const ResetPasswordWithCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordWithCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordWithCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPasswordWithCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordWithCodeMutation, ResetPasswordWithCodeMutationVariables>;
export const SmsOutboxProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmsOutboxProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SmsOutboxProbeQuery, SmsOutboxProbeQueryVariables>;
export const RegistrationOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<RegistrationOrganisationsQuery, RegistrationOrganisationsQueryVariables>;
export const SubmitRegistrationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRegistrationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRegistrationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]} as unknown as DocumentNode<SubmitRegistrationRequestMutation, SubmitRegistrationRequestMutationVariables>;
export const RegistrationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"subsystem"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"officePhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationRequestsQuery, RegistrationRequestsQueryVariables>;
export const ApproveRegistrationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRegistrationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRegistrationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveRegistrationRequestMutation, ApproveRegistrationRequestMutationVariables>;
export const RejectRegistrationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRegistrationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRegistrationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<RejectRegistrationRequestMutation, RejectRegistrationRequestMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SwitchRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleAssignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleAssignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleAssignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SwitchRoleMutation, SwitchRoleMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorNationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"subjectMasked"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const CounterOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOffices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOffices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"openWeekdays"}}]}}]}}]} as unknown as DocumentNode<CounterOfficesQuery, CounterOfficesQueryVariables>;
export const CounterOfficeDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"bookable"}}]}}]}}]} as unknown as DocumentNode<CounterOfficeDaysQuery, CounterOfficeDaysQueryVariables>;
export const BookVerificationAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookVerificationAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookVerificationAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookVerificationAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BookVerificationAppointmentMutation, BookVerificationAppointmentMutationVariables>;
export const CancelVerificationAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVerificationAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identificationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVerificationAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"identificationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identificationNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CancelVerificationAppointmentMutation, CancelVerificationAppointmentMutationVariables>;
export const MyCounterOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCounterOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCounterOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"openWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capacityToday"}},{"kind":"Field","name":{"kind":"Name","value":"bookedToday"}},{"kind":"Field","name":{"kind":"Name","value":"counterCapacityToday"}},{"kind":"Field","name":{"kind":"Name","value":"counterBookedToday"}}]}}]}}]} as unknown as DocumentNode<MyCounterOfficeQuery, MyCounterOfficeQueryVariables>;
export const CounterOfficeAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordStatus"}}]}}]}}]} as unknown as DocumentNode<CounterOfficeAppointmentsQuery, CounterOfficeAppointmentsQueryVariables>;
export const BookCounterWalkInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookCounterWalkIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookCounterWalkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]} as unknown as DocumentNode<BookCounterWalkInMutation, BookCounterWalkInMutationVariables>;
export const CounterBiometricDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterBiometricDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterBiometricDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"verbs"}},{"kind":"Field","name":{"kind":"Name","value":"specVersion"}},{"kind":"Field","name":{"kind":"Name","value":"minQuality"}},{"kind":"Field","name":{"kind":"Name","value":"embedded"}}]}}]}}]} as unknown as DocumentNode<CounterBiometricDeviceQuery, CounterBiometricDeviceQueryVariables>;
export const VerificationServiceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationServiceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fatherName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finger"}},{"kind":"Field","name":{"kind":"Name","value":"templateRef"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"exceptionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeRials"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"posReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"receiptUrl"}}]}}]}}]} as unknown as DocumentNode<VerificationServiceRecordQuery, VerificationServiceRecordQueryVariables>;
export const StartServiceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartServiceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startVerificationServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartServiceRecordMutation, StartServiceRecordMutationVariables>;
export const MarkNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markVerificationNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const SaveServiceRecordDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveServiceRecordData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecordDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveVerificationServiceRecordData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fatherName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"residenceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"identificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<SaveServiceRecordDataMutation, SaveServiceRecordDataMutationVariables>;
export const CaptureFingerprintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaptureFingerprints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fingerprints"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FingerprintInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureVerificationFingerprints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fingerprints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fingerprints"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finger"}},{"kind":"Field","name":{"kind":"Name","value":"templateRef"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"exceptionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<CaptureFingerprintsMutation, CaptureFingerprintsMutationVariables>;
export const CapturePhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapturePhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"photoBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureVerificationPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"photoBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"photoBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<CapturePhotoMutation, CapturePhotoMutationVariables>;
export const PayVerificationFeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayVerificationFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"posReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payVerificationFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"posReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"posReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feeRials"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"posReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"receiptUrl"}}]}}]}}]} as unknown as DocumentNode<PayVerificationFeeMutation, PayVerificationFeeMutationVariables>;
export const CloseServiceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseServiceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVerificationServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<CloseServiceRecordMutation, CloseServiceRecordMutationVariables>;
export const CounterOfficeCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"counterCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineBooked"}},{"kind":"Field","name":{"kind":"Name","value":"counterBooked"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CounterOfficeCalendarQuery, CounterOfficeCalendarQueryVariables>;
export const CounterOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOffice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"openWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"queuePersonName"}},{"kind":"Field","name":{"kind":"Name","value":"queuePersonMobile"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityToday"}},{"kind":"Field","name":{"kind":"Name","value":"bookedToday"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}}]}}]}}]} as unknown as DocumentNode<CounterOfficeQuery, CounterOfficeQueryVariables>;
export const SetCounterOfficeWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCounterOfficeWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCounterOfficeWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"openWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}}]}}]}}]} as unknown as DocumentNode<SetCounterOfficeWeekMutation, SetCounterOfficeWeekMutationVariables>;
export const SetCounterOfficeDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCounterOfficeDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCounterOfficeDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"counterCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineBooked"}},{"kind":"Field","name":{"kind":"Name","value":"counterBooked"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacityOverride"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SetCounterOfficeDayMutation, SetCounterOfficeDayMutationVariables>;
export const CounterOfficeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterOfficeFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"capacityToday"}},{"kind":"Field","name":{"kind":"Name","value":"bookedToday"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"queuePersonName"}}]}}]}}]}}]} as unknown as DocumentNode<CounterOfficeListQuery, CounterOfficeListQueryVariables>;
export const CounterOfficesOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficesOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficesOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaints"}}]}}]}}]} as unknown as DocumentNode<CounterOfficesOverviewQuery, CounterOfficesOverviewQueryVariables>;
export const CounterOfficeInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CounterOfficeInspectionsQuery, CounterOfficeInspectionsQueryVariables>;
export const RecordCounterOfficeInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounterOfficeInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounterOfficeInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}}]}}]}}]} as unknown as DocumentNode<RecordCounterOfficeInspectionMutation, RecordCounterOfficeInspectionMutationVariables>;
export const SuspendCounterOfficeServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendCounterOfficeService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendCounterOfficeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}}]}}]} as unknown as DocumentNode<SuspendCounterOfficeServiceMutation, SuspendCounterOfficeServiceMutationVariables>;
export const LiftCounterOfficeSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftCounterOfficeSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftCounterOfficeSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}}]}}]}}]} as unknown as DocumentNode<LiftCounterOfficeSuspensionMutation, LiftCounterOfficeSuspensionMutationVariables>;
export const CounterOfficeComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterOfficeComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterOfficeComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CounterOfficeComplaintsQuery, CounterOfficeComplaintsQueryVariables>;
export const RecordCounterOfficeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounterOfficeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounterOfficeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordCounterOfficeComplaintMutation, RecordCounterOfficeComplaintMutationVariables>;
export const SmsOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmsOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SmsOutboxQuery, SmsOutboxQueryVariables>;
export const HajjSeasonNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjSeasonNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjSeasonNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"holdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"admissionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"invitedDepositsUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HajjSeasonNoticeQuery, HajjSeasonNoticeQueryVariables>;
export const HajjReceiptStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjReceiptStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjReceiptStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"receiptNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"birthDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"notEligibleReason"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originalReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountRials"}},{"kind":"Field","name":{"kind":"Name","value":"depositDate"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"invitedDepositsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"admissionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountRials"}},{"kind":"Field","name":{"kind":"Name","value":"targetRials"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestDays"}},{"kind":"Field","name":{"kind":"Name","value":"differenceRials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"caravan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HajjReceiptStatusQuery, HajjReceiptStatusQueryVariables>;
export const HajjCaravansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjCaravans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjCaravans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"managerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"onlineTaken"}},{"kind":"Field","name":{"kind":"Name","value":"finalCostRials"}}]}}]}}]} as unknown as DocumentNode<HajjCaravansQuery, HajjCaravansQueryVariables>;
export const HajjPreRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjPreRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjPreRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjPreRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"caravan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HajjPreRegisterMutation, HajjPreRegisterMutationVariables>;
export const HajjReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originalReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountRials"}},{"kind":"Field","name":{"kind":"Name","value":"depositDate"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBeforeNotGone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referral"}},{"kind":"Field","name":{"kind":"Name","value":"referredBranchCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountRials"}},{"kind":"Field","name":{"kind":"Name","value":"targetRials"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestDays"}},{"kind":"Field","name":{"kind":"Name","value":"differenceRials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierReceiptNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"originalReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"newReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverName"}},{"kind":"Field","name":{"kind":"Name","value":"receiverProvince"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"deedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deedDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reissuedReceiptNumber"}}]}}]}}]}}]} as unknown as DocumentNode<HajjReceiptQuery, HajjReceiptQueryVariables>;
export const HajjReferReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjReferReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjReferReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjReferReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjReferReceiptMutation, HajjReferReceiptMutationVariables>;
export const HajjConvertReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjConvertReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjIssueReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjConvertReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}}]} as unknown as DocumentNode<HajjConvertReceiptMutation, HajjConvertReceiptMutationVariables>;
export const HajjStabiliseReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjStabiliseReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjIssueReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjStabiliseReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}}]} as unknown as DocumentNode<HajjStabiliseReceiptMutation, HajjStabiliseReceiptMutationVariables>;
export const HajjReissueTransferredReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjReissueTransferredReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjIssueReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjReissueTransferredReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}}]}}]}}]} as unknown as DocumentNode<HajjReissueTransferredReceiptMutation, HajjReissueTransferredReceiptMutationVariables>;
export const HajjRecordTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjRecordTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjRecordTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRecordTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjRecordTransferMutation, HajjRecordTransferMutationVariables>;
export const HajjMyCaravansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjMyCaravans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjMyCaravans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"onlineTaken"}},{"kind":"Field","name":{"kind":"Name","value":"finalCostRials"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjMyCaravansQuery, HajjMyCaravansQueryVariables>;
export const HajjCaravanRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjCaravanRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjRegistrationFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjCaravanRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caravanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitDue"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByTrackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"replacesTrackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"elected"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSlip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"differenceRials"}},{"kind":"Field","name":{"kind":"Name","value":"payBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"renewBy"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HajjCaravanRegistrationsQuery, HajjCaravanRegistrationsQueryVariables>;
export const HajjRegistrationByTrackingCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjRegistrationByTrackingCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRegistrationByTrackingCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"seasonTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originalReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"depositDate"}},{"kind":"Field","name":{"kind":"Name","value":"depositRials"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitDue"}},{"kind":"Field","name":{"kind":"Name","value":"releaseReason"}},{"kind":"Field","name":{"kind":"Name","value":"caravan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"managerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"finalCostRials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptOriginal"}},{"kind":"Field","name":{"kind":"Name","value":"receiptCopy"}},{"kind":"Field","name":{"kind":"Name","value":"birthCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentSlip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"differenceRials"}},{"kind":"Field","name":{"kind":"Name","value":"payBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expiry"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"renewBy"}},{"kind":"Field","name":{"kind":"Name","value":"requiredValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"handOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"restrictionRule"}}]}}]}}]}}]} as unknown as DocumentNode<HajjRegistrationByTrackingCodeQuery, HajjRegistrationByTrackingCodeQueryVariables>;
export const HajjConfirmRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjConfirmRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjConfirmRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"documents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjConfirmRegistrationMutation, HajjConfirmRegistrationMutationVariables>;
export const HajjRegisterInPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjRegisterInPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRegisterInPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caravanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjRegisterInPersonMutation, HajjRegisterInPersonMutationVariables>;
export const HajjReplaceRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjReplaceRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjReplaceRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjReplaceRegistrationMutation, HajjReplaceRegistrationMutationVariables>;
export const HajjWithdrawRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjWithdrawRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjWithdrawRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HajjWithdrawRegistrationMutation, HajjWithdrawRegistrationMutationVariables>;
export const HajjRecordDoctorVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjRecordDoctorVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRecordDoctorVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitedAt"}}]}}]}}]} as unknown as DocumentNode<HajjRecordDoctorVisitMutation, HajjRecordDoctorVisitMutationVariables>;
export const HajjSetElectedPilgrimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjSetElectedPilgrims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjSetElectedPilgrims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caravanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caravanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elected"}}]}}]}}]} as unknown as DocumentNode<HajjSetElectedPilgrimsMutation, HajjSetElectedPilgrimsMutationVariables>;
export const HajjRecordPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjRecordPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjPassportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRecordPassport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"renewBy"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}}]}}]}}]}}]} as unknown as DocumentNode<HajjRecordPassportMutation, HajjRecordPassportMutationVariables>;
export const HajjRecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjRecordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSlip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"differenceRials"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]} as unknown as DocumentNode<HajjRecordPaymentMutation, HajjRecordPaymentMutationVariables>;
export const HajjSeasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjSeasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjSeasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleDepositUntil"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"inviteNextAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDays"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitDays"}},{"kind":"Field","name":{"kind":"Name","value":"passportValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"passportHandOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"depositRials"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"interestFormula"}},{"kind":"Field","name":{"kind":"Name","value":"interestUntil"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"admissionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"invitedDepositsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastWaveAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HajjSeasonsQuery, HajjSeasonsQueryVariables>;
export const HajjFillRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjFillRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjFillRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"admissionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedDepositsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"caravans"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineTaken"}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}}]}}]}}]} as unknown as DocumentNode<HajjFillRatesQuery, HajjFillRatesQueryVariables>;
export const HajjInvitationWavesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjInvitationWaves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjInvitationWaves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"previousCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"newCutoff"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"invitedReceipts"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<HajjInvitationWavesQuery, HajjInvitationWavesQueryVariables>;
export const HajjInviteNextPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjInviteNextPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjInviteNextPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"newCutoff"}}]}}]}}]} as unknown as DocumentNode<HajjInviteNextPriorityMutation, HajjInviteNextPriorityMutationVariables>;
export const HajjSetInvitationCutoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjSetInvitationCutoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitedDepositsUntil"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjSetInvitationCutoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"invitedDepositsUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitedDepositsUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"newCutoff"}}]}}]}}]} as unknown as DocumentNode<HajjSetInvitationCutoffMutation, HajjSetInvitationCutoffMutationVariables>;
export const HajjAdminCaravansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HajjAdminCaravans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjCaravanFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjAdminCaravans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"managerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"managerNationalId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"onlineTaken"}},{"kind":"Field","name":{"kind":"Name","value":"finalCostRials"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HajjAdminCaravansQuery, HajjAdminCaravansQueryVariables>;
export const HajjSaveCaravanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjSaveCaravan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjCaravanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjSaveCaravan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<HajjSaveCaravanMutation, HajjSaveCaravanMutationVariables>;
export const HajjUpdateSeasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjUpdateSeason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjSeasonSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjUpdateSeason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleDepositUntil"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"inviteNextAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDays"}},{"kind":"Field","name":{"kind":"Name","value":"doctorVisitDays"}},{"kind":"Field","name":{"kind":"Name","value":"passportValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"passportHandOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"depositRials"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyRials"}},{"kind":"Field","name":{"kind":"Name","value":"interestRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"interestFormula"}},{"kind":"Field","name":{"kind":"Name","value":"interestUntil"}}]}}]}}]} as unknown as DocumentNode<HajjUpdateSeasonMutation, HajjUpdateSeasonMutationVariables>;
export const HajjUpdateProvinceGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HajjUpdateProvinceGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HajjProvinceGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hajjUpdateProvinceGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"admissionOpensAt"}}]}}]}}]}}]} as unknown as DocumentNode<HajjUpdateProvinceGroupMutation, HajjUpdateProvinceGroupMutationVariables>;
export const ApiClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"dailyQuota"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"dailyQuota"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const DeactivateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateApiClientMutation, DeactivateApiClientMutationVariables>;
export const ReactivateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateApiClientMutation, ReactivateApiClientMutationVariables>;
export const RotateApiClientKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}}]}}]}}]}}]} as unknown as DocumentNode<RotateApiClientKeyMutation, RotateApiClientKeyMutationVariables>;
export const ClusterCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catchUp"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterCampaignQuery, ClusterCampaignQueryVariables>;
export const UpdateCampaignWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catchUp"}},{"kind":"Field","name":{"kind":"Name","value":"minSize"}},{"kind":"Field","name":{"kind":"Name","value":"maxSize"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignWindowMutation, UpdateCampaignWindowMutationVariables>;
export const SubsidyPilotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyPilots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyPilots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefixes"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalMessage"}},{"kind":"Field","name":{"kind":"Name","value":"portalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SubsidyPilotsQuery, SubsidyPilotsQueryVariables>;
export const UpdateSubsidyPilotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubsidyPilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyPilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubsidyPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefixes"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusalMessage"}},{"kind":"Field","name":{"kind":"Name","value":"portalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateSubsidyPilotMutation, UpdateSubsidyPilotMutationVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const HouseholdClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"headNationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"headNationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"headNationalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberCount"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeCluster"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}}]}}]} as unknown as DocumentNode<HouseholdClusterQuery, HouseholdClusterQueryVariables>;
export const ConfirmHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmHouseholdMutation, ConfirmHouseholdMutationVariables>;
export const FileClusterObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileClusterObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdProofInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionBody"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileClusterObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FileClusterObjectionMutation, FileClusterObjectionMutationVariables>;
export const SmsSimulatorProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmsSimulatorProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SmsSimulatorProbeQuery, SmsSimulatorProbeQueryVariables>;
export const RegisterVitalEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVitalEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VitalEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVitalEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIds"}}]}}]}}]} as unknown as DocumentNode<RegisterVitalEventMutation, RegisterVitalEventMutationVariables>;
export const ClusterObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionBody"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterObjections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterObjectionsQuery, ClusterObjectionsQueryVariables>;
export const ResolveClusterObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveClusterObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveClusterObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<ResolveClusterObjectionMutation, ResolveClusterObjectionMutationVariables>;
export const HouseholdStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdStructure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdStructureQuery, HouseholdStructureQueryVariables>;
export const HouseholdTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIds"}}]}}]}}]} as unknown as DocumentNode<HouseholdTimelineQuery, HouseholdTimelineQueryVariables>;
export const SimulateInboundSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SimulateInboundSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateInboundSms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]}}]} as unknown as DocumentNode<SimulateInboundSmsMutation, SimulateInboundSmsMutationVariables>;
export const SubsidyServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubsidyServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyService"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<SubsidyServiceRequestMutation, SubsidyServiceRequestMutationVariables>;
export const NationalIdInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalIdInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalIdInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nationalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nationalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"issuancePlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<NationalIdInfoQuery, NationalIdInfoQueryVariables>;
export const MyOrganisationUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisationUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganisationUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<MyOrganisationUnitsQuery, MyOrganisationUnitsQueryVariables>;
export const ReviewIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewIndicatorsQuery, ReviewIndicatorsQueryVariables>;
export const ApprovedCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ApprovedCountQuery, ApprovedCountQueryVariables>;
export const ApproveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveIndicatorMutation, ApproveIndicatorMutationVariables>;
export const ForwardApprovedIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardApprovedIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardApprovedIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}]}]}}]} as unknown as DocumentNode<ForwardApprovedIndicatorsMutation, ForwardApprovedIndicatorsMutationVariables>;
export const CartableUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartableUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartableUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generalReferredPercent"}},{"kind":"Field","name":{"kind":"Name","value":"specificReferredPercent"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<CartableUnitsQuery, CartableUnitsQueryVariables>;
export const CartableIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartableIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnitId"}}]}}]}}]}}]} as unknown as DocumentNode<CartableIndicatorsQuery, CartableIndicatorsQueryVariables>;
export const EvaluationPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EvaluationPeriodsQuery, EvaluationPeriodsQueryVariables>;
export const PerformanceDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"referred"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<PerformanceDashboardQuery, PerformanceDashboardQueryVariables>;
export const ScoringSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"general"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specific"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringSheetQuery, ScoringSheetQueryVariables>;
export const ForwardedIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForwardedIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationNote"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForwardedIndicatorsQuery, ForwardedIndicatorsQueryVariables>;
export const EvaluateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationNote"}}]}}]}}]} as unknown as DocumentNode<EvaluateIndicatorMutation, EvaluateIndicatorMutationVariables>;
export const IndicatorProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"calculationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"targetUpper"}},{"kind":"Field","name":{"kind":"Name","value":"targetLower"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorProposalsQuery, IndicatorProposalsQueryVariables>;
export const ApproveIndicatorProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIndicatorProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIndicatorProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<ApproveIndicatorProposalMutation, ApproveIndicatorProposalMutationVariables>;
export const RejectIndicatorProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectIndicatorProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectIndicatorProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<RejectIndicatorProposalMutation, RejectIndicatorProposalMutationVariables>;
export const MyIndicatorProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyIndicatorProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myIndicatorProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"calculationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"targetUpper"}},{"kind":"Field","name":{"kind":"Name","value":"targetLower"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]}}]} as unknown as DocumentNode<MyIndicatorProposalsQuery, MyIndicatorProposalsQueryVariables>;
export const ProposalUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<ProposalUnitsQuery, ProposalUnitsQueryVariables>;
export const ProposeIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeIndicatorMutation, ProposeIndicatorMutationVariables>;
export const ReferralCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}}]}}]} as unknown as DocumentNode<ReferralCandidatesQuery, ReferralCandidatesQueryVariables>;
export const ReferIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]} as unknown as DocumentNode<ReferIndicatorMutation, ReferIndicatorMutationVariables>;
export const ReferFurtherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFurther"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFurther"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]} as unknown as DocumentNode<ReferFurtherMutation, ReferFurtherMutationVariables>;
export const ReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCap"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"hasStrategicPlan"}},{"kind":"Field","name":{"kind":"Name","value":"hasInformationSystem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"partnerPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"isBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineNote"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const SavePerformanceEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePerformanceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePerformanceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SavePerformanceEntryMutation, SavePerformanceEntryMutationVariables>;
export const FinishReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<FinishReferralMutation, FinishReferralMutationVariables>;
export const ReturnReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ReturnReferralMutation, ReturnReferralMutationVariables>;
export const MyReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyReferralsQuery, MyReferralsQueryVariables>;
export const MyReferralIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferralIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyReferralIdsQuery, MyReferralIdsQueryVariables>;
export const ErrorCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCodes"}}]}}]} as unknown as DocumentNode<ErrorCodesQuery, ErrorCodesQueryVariables>;