import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';
import type { HajjInterestFormula, HajjSeasonSettingsInput, HajjSeasonsQuery } from '../../../gql/graphql';

export type HajjSeasonRow = HajjSeasonsQuery['hajjSeasons'][number];

/** The bounds the API's `HajjSeasonSettingsInput` puts on each whole number (season-admin.inputs.ts). */
export const SEASON_NUMBER_BOUNDS = {
  onlineSharePercent: { min: 0, max: 100, label: 'سهم ثبت‌نام اینترنتی' },
  inviteNextAfterDays: { min: 1, max: 365, label: 'دعوت از اولویت بعدی پس از' },
  holdMinutes: { min: 1, max: 20160, label: 'مهلت پیش‌ثبت‌نام' },
  paymentDays: { min: 1, max: 365, label: 'مهلت واریز مابه‌التفاوت' },
  doctorVisitDays: { min: 1, max: 365, label: 'مهلت مراجعه به پزشک' },
} as const;

export type SeasonNumberField = keyof typeof SEASON_NUMBER_BOUNDS;

/** The yearly interest rate as the form takes it: a percent with at most two decimals (the API keeps hundredths). */
export const INTEREST_PERCENT_BOUNDS = { min: 0, max: 100 } as const;

/** The season's settings as the form's checks see them: dates as ISO days, numbers as typed (null when empty). */
export interface SeasonSettingsFields {
  title: string;
  eligibleDepositUntil: string | null;
  onlineSharePercent: number | null;
  inviteNextAfterDays: number | null;
  holdMinutes: number | null;
  paymentDays: number | null;
  doctorVisitDays: number | null;
  passportValidUntil: string | null;
  passportHandOverBy: string | null;
  depositRials: string;
  subsidyRials: string;
  interestRatePercent: number | null;
  interestFormula: HajjInterestFormula;
  interestUntil: string | null;
}

/** Why a whole number typed is refused, naming the API's bounds; null when it is taken. */
export function seasonNumberProblem(field: SeasonNumberField, value: number | null | undefined): string | null {
  const { min, max, label } = SEASON_NUMBER_BOUNDS[field];
  if (value === null || value === undefined) return `${label} را بنویسید`;
  if (!Number.isInteger(value) || value < min || value > max) {
    return `${label} باید عددی درست از ${toPersianDigits(min)} تا ${toPersianDigits(max)} باشد؛ ${toPersianDigits(String(value))} پذیرفته نیست`;
  }
  return null;
}

export function interestPercentProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return 'نرخ سود سالانه را بنویسید';
  const { min, max } = INTEREST_PERCENT_BOUNDS;
  const hundredths = value * 100;
  if (value < min || value > max || Math.abs(hundredths - Math.round(hundredths)) > 1e-6) {
    return `نرخ سود سالانه باید درصدی از ${toPersianDigits(min)} تا ${toPersianDigits(max)} با حداکثر دو رقم اعشار باشد؛ ${toPersianDigits(String(value)).replace('.', '٫')} پذیرفته نیست`;
  }
  return null;
}

export function seasonTitleProblem(value: string | undefined): string | null {
  const title = (value ?? '').trim();
  if (title === '') return 'عنوان فصل را بنویسید';
  return title.length <= 200 ? null : 'عنوان فصل حداکثر ۲۰۰ نویسه باشد';
}

/** An amount typed in rials, in any digits, with or without thousands separators: its digits, or null. */
export function rialsDigits(value: string | undefined): string | null {
  const digits = toLatinDigits(value ?? '').replace(/[\s,٬،]/g, '');
  return /^\d{1,15}$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}

export function rialsProblem(value: string | undefined, label: string): string | null {
  return rialsDigits(value) === null ? `${label} را به ریال و با رقم بنویسید (حداکثر ۱۵ رقم)` : null;
}

/** Rule 13: the passport is handed over to the manager by a day no later than the day it must be valid until. */
export function handOverProblem(passportHandOverBy: string | null, passportValidUntil: string | null): string | null {
  if (passportHandOverBy === null || passportValidUntil === null) return null;
  return passportHandOverBy > passportValidUntil
    ? `تحویل گذرنامه نمی‌تواند پس از تاریخ اعتبار گذرنامه (${formatJalaliDate(passportValidUntil)}) باشد`
    : null;
}

/** The form's first values from the season as the API sends it. */
export function seasonSettingsFields(season: HajjSeasonRow): SeasonSettingsFields {
  return {
    title: season.title,
    eligibleDepositUntil: season.eligibleDepositUntil,
    onlineSharePercent: season.onlineSharePercent,
    inviteNextAfterDays: season.inviteNextAfterDays,
    holdMinutes: season.holdMinutes,
    paymentDays: season.paymentDays,
    doctorVisitDays: season.doctorVisitDays,
    passportValidUntil: season.passportValidUntil,
    passportHandOverBy: season.passportHandOverBy,
    depositRials: toPersianDigits(season.depositRials),
    subsidyRials: toPersianDigits(season.subsidyRials),
    interestRatePercent: season.interestRateBasisPoints / 100,
    interestFormula: season.interestFormula,
    interestUntil: season.interestUntil ?? null,
  };
}

/** Every problem of the fields, first one per field; empty when the API would take them. */
export function seasonSettingsProblems(fields: SeasonSettingsFields): string[] {
  const numbers = (Object.keys(SEASON_NUMBER_BOUNDS) as SeasonNumberField[]).map((field) => seasonNumberProblem(field, fields[field]));
  return [
    seasonTitleProblem(fields.title),
    fields.eligibleDepositUntil === null ? 'مهلت ودیعه‌گذاری مشمول را انتخاب کنید' : null,
    ...numbers,
    fields.passportValidUntil === null ? 'تاریخ اعتبار گذرنامه را انتخاب کنید' : null,
    fields.passportHandOverBy === null ? 'مهلت تحویل گذرنامه را انتخاب کنید' : null,
    handOverProblem(fields.passportHandOverBy, fields.passportValidUntil),
    rialsProblem(fields.depositRials, 'مبلغ ودیعه'),
    rialsProblem(fields.subsidyRials, 'مبلغ یارانه'),
    interestPercentProblem(fields.interestRatePercent),
  ].filter((problem): problem is string => problem !== null);
}

/** The API's input from fields that passed `seasonSettingsProblems`; throws on fields that did not. */
export function seasonSettingsInput(fields: SeasonSettingsFields): HajjSeasonSettingsInput {
  const problems = seasonSettingsProblems(fields);
  if (problems.length > 0) throw new Error(problems[0]);
  const whole = (value: number | null) => value ?? 0;
  return {
    title: fields.title.trim(),
    eligibleDepositUntil: fields.eligibleDepositUntil ?? '',
    onlineSharePercent: whole(fields.onlineSharePercent),
    inviteNextAfterDays: whole(fields.inviteNextAfterDays),
    holdMinutes: whole(fields.holdMinutes),
    paymentDays: whole(fields.paymentDays),
    doctorVisitDays: whole(fields.doctorVisitDays),
    passportValidUntil: fields.passportValidUntil ?? '',
    passportHandOverBy: fields.passportHandOverBy ?? '',
    depositRials: rialsDigits(fields.depositRials) ?? '',
    subsidyRials: rialsDigits(fields.subsidyRials) ?? '',
    interestRateBasisPoints: Math.round(whole(fields.interestRatePercent) * 100),
    interestFormula: fields.interestFormula,
    interestUntil: fields.interestUntil,
  };
}
