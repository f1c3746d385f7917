import { toPersianDigits } from '@pishkhan/fa-format';
import type {
  ApplicantGender,
  CounterOfficeComplaintChannel,
  CounterOfficeComplaintStatus,
  CounterOfficeInspectionItem,
  CounterOfficeStatus,
  Finger,
  ForeignNationalDocumentKind,
  VerificationAppointmentStatus,
  VerificationBookingChannel,
} from '../../gql/graphql';

/** The Persian week, 0 = Saturday … 6 = Friday (as the API numbers it). */
export const WEEKDAYS: readonly string[] = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'];

/** The Persian weekday of an ISO date. */
export function weekdayOf(iso: string): string {
  return WEEKDAYS[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 1) % 7]!;
}

/** «شنبه تا چهارشنبه»-like list of the open weekdays. */
export function openWeekdaysText(days: readonly number[]): string {
  if (days.length === 7) return 'همهٔ روزهای هفته';
  return [...days]
    .sort()
    .map((d) => WEEKDAYS[d])
    .join('، ');
}

export const APPOINTMENT_STATUS: Readonly<Record<VerificationAppointmentStatus, string>> = {
  BOOKED: 'نوبت‌گرفته',
  SERVED: 'خدمت داده شد',
  NO_SHOW: 'مراجعه نکرد',
  CANCELLED: 'لغوشده',
};

/** How a place was booked: online by the applicant, or at the counter (a walk-in). */
export const BOOKING_CHANNEL: Readonly<Record<VerificationBookingChannel, string>> = {
  ONLINE: 'اینترنتی',
  COUNTER: 'حضوری',
};

/** The nationalities offered when booking (the API takes any name). */
export const NATIONALITIES: readonly string[] = ['افغانستان', 'عراق', 'پاکستان', 'تاجیکستان', 'سایر'];

export const OFFICE_STATUS: Readonly<Record<CounterOfficeStatus, string>> = {
  ACTIVE: 'فعال',
  SUSPENDED: 'معلق',
};

export const DOCUMENT_KINDS: Readonly<Record<ForeignNationalDocumentKind, string>> = {
  FOREIGN_NATIONAL_CARD: 'کارت اتباع',
  CENSUS_SLIP: 'برگ سرشماری',
  PASSPORT: 'گذرنامه',
};

export const GENDERS: Readonly<Record<ApplicantGender, string>> = { M: 'مرد', F: 'زن' };

export const FINGERS: Readonly<Record<Finger, string>> = {
  RIGHT_THUMB: 'شست راست',
  RIGHT_INDEX: 'اشاره راست',
  RIGHT_MIDDLE: 'میانی راست',
  RIGHT_RING: 'حلقه راست',
  RIGHT_LITTLE: 'کوچک راست',
  LEFT_THUMB: 'شست چپ',
  LEFT_INDEX: 'اشاره چپ',
  LEFT_MIDDLE: 'میانی چپ',
  LEFT_RING: 'حلقه چپ',
  LEFT_LITTLE: 'کوچک چپ',
};

export const FINGER_ORDER = Object.keys(FINGERS) as Finger[];

export const CHECKLIST: Readonly<Record<CounterOfficeInspectionItem, string>> = {
  QUEUE_PERSON_APPOINTED: 'مسئول انتظامات و مدیریت صف به‌کار گرفته شده است',
  APPROVED_FEE_ONLY: 'تنها نرخ مصوب (۲۷۰٬۰۰۰ ریال) دریافت می‌شود',
  POS_RECEIPT_GIVEN: 'رسید پوز با کد دفتر و عنوان خدمت به متقاضی داده می‌شود',
  DATA_FIELDS_RECORDED: 'فیلدهای اطلاعاتی متقاضی ثبت می‌شود',
  FINGERPRINTS_RECORDED: 'اثر انگشت متقاضی ثبت می‌شود',
  PHOTOS_RECORDED: 'عکس متقاضی ثبت می‌شود',
  APPOINTMENTS_BY_CAPACITY: 'نوبت‌دهی بر پایهٔ ظرفیت روزانه و بدون تجمع',
  NO_BROKERS: 'همکاری نکردن با دلالان نوبت',
  RESPECTFUL_CONDUCT: 'رعایت کرامت و برخورد شایسته با اتباع',
};

export const CHECKLIST_ORDER = Object.keys(CHECKLIST) as CounterOfficeInspectionItem[];

export const COMPLAINT_CHANNELS: Readonly<Record<CounterOfficeComplaintChannel, string>> = {
  CALL_CENTRE: 'مرکز پاسخگویی کانون',
  BUREAU: 'اداره کل امور اتباع',
  HOTLINE_195: 'سامانهٔ ۱۹۵',
};

export const COMPLAINT_STATUS: Readonly<Record<CounterOfficeComplaintStatus, string>> = {
  OPEN: 'باز',
  INSPECTED: 'بازرسی شد',
  CLOSED: 'بسته',
};

/** What a record still misses, in Persian: «نام پدر»، «اثر انگشت شست راست»، «عکس»، «پرداخت تعرفه». */
export function missingLabel(item: string): string {
  const FIELDS: Record<string, string> = {
    identificationNumber: 'شماره شناسایی',
    documentKind: 'نوع مدرک',
    firstName: 'نام',
    lastName: 'نام خانوادگی',
    fatherName: 'نام پدر',
    nationality: 'ملیت',
    birthDate: 'تاریخ تولد',
    gender: 'جنسیت',
    mobile: 'شمارهٔ همراه',
    residenceAddress: 'نشانی محل سکونت',
  };
  if (item.startsWith('field:')) return FIELDS[item.slice(6)] ?? item.slice(6);
  if (item.startsWith('fingerprint:')) return `اثر انگشت ${FINGERS[item.slice(12) as Finger] ?? item.slice(12)}`;
  if (item === 'photo') return 'عکس';
  if (item === 'fee') return 'پرداخت تعرفه';
  return item;
}

/** «۲۷۰٬۰۰۰ ریال». */
export function rials(amount: number): string {
  return `${toPersianDigits(amount.toLocaleString('en-US').replace(/,/g, '٬'))} ریال`;
}

/** «۷۵٪» from a fill rate of 0 to 1. */
export function percent(rate: number): string {
  return `${toPersianDigits(Math.round(rate * 100))}٪`;
}
