import { formatJalaliDate, formatRials, toPersianDigits } from '@pishkhan/fa-format';
import type {
  HajjNextStep,
  HajjNotEligibleReason,
  HajjOfficeKind,
  HajjPassportFlag,
  HajjReceiptEventKind,
  HajjReceiptKind,
  HajjReceiptStatusCode,
  HajjRegistrationStatus,
  HajjReleaseReason,
  HajjTransferRelation,
  HajjTravelRestriction,
} from '../../gql/graphql';

/** What the holder does next, as the organisation's notice says it. */
export const NEXT_STEP_TITLES: Readonly<Record<HajjNextStep, string>> = {
  REGISTER: 'می‌توانید برای ثبت‌نام به کاروان‌های استان خود مراجعه کنید یا پیش‌ثبت‌نام اینترنتی کنید',
  CONVERT_AT_PROVINCIAL_OFFICE: 'ابتدا سند خود را در دفتر حج و زیارت استان به قبض ده میلیون ریالی تبدیل کنید',
  CONVERT_WITH_SUBSIDY: 'ابتدا در یکی از شعب بانک ملی با استفاده از یارانهٔ ۳ میلیون ریالی قبض خود را تبدیل کنید',
  CONVERT_WITH_INTEREST: 'ابتدا در یکی از شعب بانک ملی با احتساب سود متعلقه سند خود را تبدیل کنید',
  STABILISE: 'ابتدا قبض خود را از طریق دفتر حج و زیارت استان و شعب بانک ملی پایدار کنید',
  COMPLETE_TRANSFER: 'نقل و انتقال قبض را کامل کنید: پس از ثبت در دفتر خدمات زیارتی، قبض در بانک ملی به نام شما صادر شود',
  NOT_INVITED_YET: 'هنوز نوبت دعوت از دارندگان قبوضی با تاریخ ودیعه‌گذاری شما نرسیده است',
  NOT_ELIGIBLE: 'این قبض مشمول ثبت‌نام حج تمتع این فصل نیست',
  REGISTERED: 'شما در این فصل ثبت‌نام کرده‌اید',
};

export const NOT_ELIGIBLE_REASONS: Readonly<Record<HajjNotEligibleReason, string>> = {
  DEPOSIT_AFTER_CUTOFF: 'ودیعه پس از ۲۰ دی ۱۳۸۴ گذاشته شده است',
  AMOUNT_NOT_ELIGIBLE: 'مبلغ سند از مبالغ مشمول نیست',
  DATE_NOT_ELIGIBLE: 'تاریخ سند در بازهٔ مشمول نیست',
  TRANSFERRED: 'این قبض به دیگری منتقل شده است',
};

export const OFFICE_NAMES: Readonly<Record<HajjOfficeKind, string>> = {
  PROVINCIAL_HAJJ_OFFICE: 'دفتر حج و زیارت استان',
  BANK_BRANCH: 'شعبهٔ بانک ملی',
  PILGRIMAGE_SERVICES_OFFICE: 'دفتر خدمات زیارتی',
  CARAVAN: 'کاروان‌های استان محل سکونت',
};

export const RECEIPT_KIND_NAMES: Readonly<Record<HajjReceiptKind, string>> = {
  DEPOSIT_10M: 'قبض ودیعه‌گذاری ده میلیون ریالی',
  DOC_1360: 'سند ثبت‌نام سال ۱۳۶۰',
  DOC_1363: 'سند ثبت‌نام سال ۱۳۶۳',
  DOC_8M: 'سند هشت میلیون ریالی',
};

export const RECEIPT_STATUS_NAMES: Readonly<Record<HajjReceiptStatusCode, string>> = {
  ACTIVE: 'معتبر',
  REFERRED_TO_BANK: 'معرفی‌شده به بانک',
  TRANSFER_RECORDED: 'انتقال ثبت‌شده؛ در انتظار صدور به نام گیرنده',
  SUPERSEDED: 'جایگزین‌شده',
};

export const EVENT_NAMES: Readonly<Record<HajjReceiptEventKind, string>> = {
  CONVERSION_REFERRED: 'معرفی برای تبدیل',
  STABILISATION_REFERRED: 'معرفی برای پایدارسازی',
  CONVERTED: 'تبدیل و ظهرنویسی',
  STABILISED: 'پایدارسازی',
  TRANSFER_RECORDED: 'ثبت نقل و انتقال',
  REISSUED: 'صدور به نام گیرنده',
};

export const RELATION_NAMES: Readonly<Record<HajjTransferRelation, string>> = {
  SPOUSE: 'همسر',
  FATHER: 'پدر',
  MOTHER: 'مادر',
  SON: 'پسر',
  DAUGHTER: 'دختر',
};

export const REGISTRATION_STATUS_NAMES: Readonly<Record<HajjRegistrationStatus, string>> = {
  HELD: 'پیش‌ثبت‌نام (در انتظار مراجعه)',
  CONFIRMED: 'ثبت‌نام قطعی',
  PAID: 'مابه‌التفاوت واریز شده',
  RELEASED: 'آزادشده',
};

export const RELEASE_REASON_NAMES: Readonly<Record<HajjReleaseReason, string>> = {
  HOLD_EXPIRED: 'پایان مهلت پیش‌ثبت‌نام',
  PAYMENT_MISSED: 'واریز نکردن در مهلت',
  DOCTOR_VISIT_MISSED: 'مراجعه نکردن به پزشک در مهلت',
  WITHDRAWN: 'انصراف یا جایگزینی',
};

export const RESTRICTION_NAMES: Readonly<Record<HajjTravelRestriction, string>> = {
  NONE: 'ندارد',
  CONSCRIPT: 'مشمول وظیفه',
  MILITARY_OR_POLICE: 'نیروی نظامی یا انتظامی',
  OFFICIAL_ALREADY_WENT: 'مقام یا مدیری که قبلاً مشرف شده',
};

export const PASSPORT_FLAG_NAMES: Readonly<Record<HajjPassportFlag, string>> = {
  NOT_RECORDED: 'ثبت نشده',
  VALID: 'معتبر',
  RENEW: 'نیاز به تمدید',
};

/** Rials as the API sends them (digit strings), in Persian: «۲۷۵٬۰۰۰٬۰۰۰ ریال». */
export function rials(digits: string): string {
  return /^\d+$/.test(digits) ? formatRials(BigInt(digits)) : digits;
}

/** An ISO date as Jalali, or a dash. */
export function jalaliDay(iso: string | null | undefined): string {
  return iso ? formatJalaliDate(iso) : '—';
}

/** A passport's renewal note: «تمدید گذرنامه تا ۱۳۹۳/۰۴/۱۰». */
export function renewNote(flag: HajjPassportFlag, renewBy: string | null): string | null {
  return flag === 'RENEW' && renewBy ? `گذرنامه پیش از ${formatJalaliDate(renewBy)} تمدید و به مدیر کاروان تحویل شود` : null;
}

/** «۲۵ از ۵۰». */
export function seatsText(taken: number, capacity: number): string {
  return `${toPersianDigits(taken)} از ${toPersianDigits(capacity)}`;
}

/** Minutes and seconds left, «۴۷:۵۹:۰۸» (hours when any). */
export function countdownText(msLeft: number): string {
  const total = Math.max(0, Math.floor(msLeft / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return toPersianDigits(h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`);
}
