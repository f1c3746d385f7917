import type {
  HouseholdChangeSource,
  HouseholdChangeType,
  HouseholdRelation,
  HouseholdResponseChannel,
  ObjectionBody,
  ObjectionStatus,
  SubsidyService,
} from '../../../gql/graphql';

/** Relation to the head of household. */
export const RELATION_NAMES: Readonly<Record<HouseholdRelation, string>> = {
  HEAD: 'سرپرست',
  SPOUSE: 'همسر',
  CHILD: 'فرزند',
  PARENT: 'والد',
  OTHER: 'سایر',
};

/** Vital events that change household structure. */
export const EVENT_NAMES: Readonly<Record<HouseholdChangeType, string>> = {
  DEATH: 'فوت',
  MARRIAGE: 'ازدواج',
  DIVORCE: 'طلاق',
  CUSTODY: 'حضانت',
  GUARDIANSHIP: 'قیمومیت',
  IRRECONCILABILITY: 'عدم سازش',
  SPONSORSHIP: 'پذیرش سرپرستی',
  BIRTH: 'تولد',
};

/** Where a vital event was registered. */
export const SOURCE_NAMES: Readonly<Record<HouseholdChangeSource, string>> = {
  HOUSEHOLD_PORTAL: 'سامانه پایگاه خانوار',
  POLICE_PLUS_10: 'دفتر پلیس +۱۰',
};

/** Subsidy affairs handled at Police+10 offices (seed 001 rule 1), in the letter's order. */
export const SERVICE_NAMES: Readonly<Record<SubsidyService, string>> = {
  DEATH: 'فوت',
  MARRIAGE: 'ازدواج',
  DIVORCE: 'طلاق',
  CUSTODY: 'حضانت',
  GUARDIANSHIP: 'قیمومیت',
  IRRECONCILABILITY: 'عدم سازش',
  SPONSORSHIP: 'پذیرش سرپرستی',
};

/** Who answers an objection (seed 001 rule 5). */
export const BODY_NAMES: Readonly<Record<ObjectionBody, string>> = {
  CIVIL_REGISTRY: 'ثبت احوال',
  SUBSIDY_ORGANISATION: 'سازمان هدفمندسازی',
};

/** The body an objection is filed to, as the objection form offers it. */
export const BODY_CHOICES: Readonly<Record<ObjectionBody, string>> = {
  CIVIL_REGISTRY: 'ثبت احوال (ساختار ثبت‌شده)',
  SUBSIDY_ORGANISATION: 'سازمان هدفمندسازی (نحوه اعمال)',
};

export const OBJECTION_STATUS_NAMES: Readonly<Record<ObjectionStatus, string>> = {
  OPEN: 'در انتظار رسیدگی',
  ACCEPTED: 'پذیرفته شد',
  REJECTED: 'رد شد',
};

export const OBJECTION_STATUS_COLORS: Readonly<Record<ObjectionStatus, string>> = {
  OPEN: 'gold',
  ACCEPTED: 'green',
  REJECTED: 'red',
};

export const CHANNEL_NAMES: Readonly<Record<HouseholdResponseChannel, string>> = {
  WEB: 'درگاه اینترنتی',
  ASSISTED: 'دفتر خدمات',
};

/** «زن» / «مرد» for the registry's F / M; anything else as it is. */
export function genderName(gender: string): string {
  if (gender === 'F') return 'زن';
  if (gender === 'M') return 'مرد';
  return gender;
}

/** Options of an antd Select or Radio.Group from a record of Persian names. */
export function optionsOf<K extends string>(names: Readonly<Record<K, string>>): Array<{ value: K; label: string }> {
  return (Object.keys(names) as K[]).map((value) => ({ value, label: names[value] }));
}
