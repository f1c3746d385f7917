import { PassportFlag, TravelRestriction } from '../hajj.enums';

/**
 * Seed 004 rule 13: an individual passport valid at least until the season's day (1394/01/01);
 * one that expires before it is renewed and handed to the manager by the hand-over day.
 */
export function passportFlag(
  expiry: string | null,
  season: { passportValidUntil: string; passportHandOverBy: string },
): { flag: PassportFlag; renewBy: string | null } {
  if (expiry === null) return { flag: PassportFlag.NOT_RECORDED, renewBy: null };
  if (expiry < season.passportValidUntil) return { flag: PassportFlag.RENEW, renewBy: season.passportHandOverBy };
  return { flag: PassportFlag.VALID, renewBy: null };
}

/** Seed 004 rule 15: the rule a restricted applicant's exit follows (Persian, as printed on the receipt). */
export const RESTRICTION_RULES: Readonly<Record<TravelRestriction, string | null>> = {
  [TravelRestriction.NONE]: null,
  [TravelRestriction.CONSCRIPT]: 'خروج از کشور مشمولان وظیفه تابع مقررات نظام وظیفه است.',
  [TravelRestriction.MILITARY_OR_POLICE]: 'خروج از کشور نیروهای نظامی و انتظامی تابع مقررات مربوط به آن نیروهاست.',
  [TravelRestriction.OFFICIAL_ALREADY_WENT]:
    'سفر مقامات و مدیرانی که قبلاً به حج تمتع مشرف شده‌اند تابع بخشنامه شماره ۴۸۱/۶۱۶۸۹ مورخ ۱۳۸۴/۱۰/۰۴ هیأت دولت است.',
};
