import { TEHRAN_TIME_ZONE } from '@pishkhan/domain-rules';

export { TEHRAN_TIME_ZONE };

const dateFormat = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const dateTimeFormat = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const numericParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function toDate(value: Date | string): Date {
  // A bare ISO calendar date means that day in Tehran, not UTC midnight.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00+03:30`);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

function joinParts(parts: Intl.DateTimeFormatPart[], withTime: boolean): string {
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${get('year')}/${get('month')}/${get('day')}`;
  return withTime ? `${date} ${get('hour')}:${get('minute')}` : date;
}

/** A calendar date or an instant as a Jalali date in Persian digits, e.g. `۱۴۰۵/۰۹/۰۲`. */
export function formatJalaliDate(value: Date | string): string {
  return joinParts(dateFormat.formatToParts(toDate(value)), false).replace(/\s*ه‍?\.ش\.?/u, '');
}

/** An instant as a Jalali date and Tehran time in Persian digits, e.g. `۱۴۰۵/۰۹/۰۲ ۲۱:۰۳`. */
export function formatJalaliDateTime(value: Date | string): string {
  return joinParts(dateTimeFormat.formatToParts(toDate(value)), true).replace(/\s*ه‍?\.ش\.?/u, '');
}

export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

/** The Jalali calendar date (in Tehran) of an instant or an ISO calendar date, as numbers. */
export function toJalali(value: Date | string): JalaliDate {
  const parts = numericParts.formatToParts(toDate(value));
  const num = (type: Intl.DateTimeFormatPartTypes): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return { year: num('year'), month: num('month'), day: num('day') };
}
