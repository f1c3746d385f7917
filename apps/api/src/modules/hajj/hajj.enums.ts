/** The kinds of deposit receipts and old registration documents (seed 004 rules 1–4). */
export enum ReceiptKind {
  /** A provisional 10,000,000-rial Tamattu deposit receipt of Bank Melli. */
  DEPOSIT_10M = 'DEPOSIT_10M',
  /** A registration document of 1360 (180,000 … 270,000 rials). */
  DOC_1360 = 'DOC_1360',
  /** A registration document of 1363 (180,000 … 270,000 rials). */
  DOC_1363 = 'DOC_1363',
  /** An 8,000,000-rial document of 1377–1378. */
  DOC_8M = 'DOC_8M',
}

/** Where a receipt stands in its own life (its registration is another matter). */
export enum ReceiptStatus {
  /** Usable as it is (what next tells whether it needs a step first). */
  ACTIVE = 'ACTIVE',
  /** The provincial office did its part of a conversion or stabilisation; the named bank branch is next. */
  REFERRED_TO_BANK = 'REFERRED_TO_BANK',
  /** A transfer was recorded in the transfer registry; the bank must reissue it in the receiver's name. */
  TRANSFER_RECORDED = 'TRANSFER_RECORDED',
  /** Replaced by a receipt the bank issued (converted, stabilised or reissued); see its successor. */
  SUPERSEDED = 'SUPERSEDED',
}

/** Why the provincial office sent a receipt to the bank. */
export enum ReferralPurpose {
  CONVERSION = 'CONVERSION',
  STABILISATION = 'STABILISATION',
}

/** What the holder of a receipt does next (seed 004 rules 1–6 and 14). */
export enum HajjNextStep {
  REGISTER = 'REGISTER',
  CONVERT_AT_PROVINCIAL_OFFICE = 'CONVERT_AT_PROVINCIAL_OFFICE',
  CONVERT_WITH_SUBSIDY = 'CONVERT_WITH_SUBSIDY',
  CONVERT_WITH_INTEREST = 'CONVERT_WITH_INTEREST',
  STABILISE = 'STABILISE',
  COMPLETE_TRANSFER = 'COMPLETE_TRANSFER',
  NOT_INVITED_YET = 'NOT_INVITED_YET',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  REGISTERED = 'REGISTERED',
}

/** The office to go to for the next step. */
export enum HajjOfficeKind {
  PROVINCIAL_HAJJ_OFFICE = 'PROVINCIAL_HAJJ_OFFICE',
  BANK_BRANCH = 'BANK_BRANCH',
  PILGRIMAGE_SERVICES_OFFICE = 'PILGRIMAGE_SERVICES_OFFICE',
  CARAVAN = 'CARAVAN',
}

/** Why a receipt cannot lead to a registration. */
export enum NotEligibleReason {
  /** A 10M deposit made after the season's eligibility cut-off. */
  DEPOSIT_AFTER_CUTOFF = 'DEPOSIT_AFTER_CUTOFF',
  /** The amount is not one the rules name for its kind. */
  AMOUNT_NOT_ELIGIBLE = 'AMOUNT_NOT_ELIGIBLE',
  /** The document's date is outside the years the rules name for its kind. */
  DATE_NOT_ELIGIBLE = 'DATE_NOT_ELIGIBLE',
  /** The holder transferred the receipt; it is no longer his to register with. */
  TRANSFERRED = 'TRANSFERRED',
}

/** How accrued interest on an 8M document is computed (a season setting). */
export enum InterestFormula {
  /** amount × rate × days / 365, rounded down to a whole rial. */
  SIMPLE = 'SIMPLE',
  /** Compounded once a year (each year's interest rounded down), the last part-year simple. */
  COMPOUND_ANNUAL = 'COMPOUND_ANNUAL',
}

/** Relations a receipt may be transferred along: first-degree relatives. */
export enum TransferRelation {
  SPOUSE = 'SPOUSE',
  FATHER = 'FATHER',
  MOTHER = 'MOTHER',
  SON = 'SON',
  DAUGHTER = 'DAUGHTER',
}

/** A step in a receipt's history, endorsed with the original receipt number, who and when. */
export enum ReceiptEventKind {
  CONVERSION_REFERRED = 'CONVERSION_REFERRED',
  STABILISATION_REFERRED = 'STABILISATION_REFERRED',
  CONVERTED = 'CONVERTED',
  STABILISED = 'STABILISED',
  TRANSFER_RECORDED = 'TRANSFER_RECORDED',
  REISSUED = 'REISSUED',
}

export enum CaravanStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** Where a registration began. */
export enum RegistrationChannel {
  /** Pre-registered online: a seat of the caravan's online share. */
  ONLINE = 'ONLINE',
  /** Registered at the caravan in person (also a replacement). */
  IN_PERSON = 'IN_PERSON',
}

export enum RegistrationStatus {
  /** Online pre-registration holding a seat until the applicant confirms at the caravan. */
  HELD = 'HELD',
  /** Documents checked at the caravan: tracking code, registration receipt and payment slip given. */
  CONFIRMED = 'CONFIRMED',
  /** The difference to the caravan's final cost is paid. */
  PAID = 'PAID',
  /** The seat was freed (see the release reason). */
  RELEASED = 'RELEASED',
}

/** Registration statuses that hold a seat. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = [RegistrationStatus.HELD, RegistrationStatus.CONFIRMED, RegistrationStatus.PAID];

export enum ReleaseReason {
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  PAYMENT_MISSED = 'PAYMENT_MISSED',
  DOCTOR_VISIT_MISSED = 'DOCTOR_VISIT_MISSED',
  /** Released by the caravan manager (withdrawal, replacement). */
  WITHDRAWN = 'WITHDRAWN',
}

/** Seed 004 rule 15: people whose exit follows rules of their own. */
export enum TravelRestriction {
  NONE = 'NONE',
  /** مشمول وظیفه: the conscription exit rules. */
  CONSCRIPT = 'CONSCRIPT',
  /** نیروهای نظامی و انتظامی: their forces' exit rules. */
  MILITARY_OR_POLICE = 'MILITARY_OR_POLICE',
  /** مقامات و مدیران who already made the pilgrimage: cabinet circular 481/61689 of 1384/10/04. */
  OFFICIAL_ALREADY_WENT = 'OFFICIAL_ALREADY_WENT',
}

/** The passport check of seed 004 rule 13. */
export enum PassportFlag {
  NOT_RECORDED = 'NOT_RECORDED',
  VALID = 'VALID',
  /** Expires before the season's validity date: renew before the hand-over date. */
  RENEW = 'RENEW',
}
