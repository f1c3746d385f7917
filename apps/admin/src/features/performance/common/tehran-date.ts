import { TEHRAN_TIME_ZONE, formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';

const isoInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in Tehran as an ISO date: the day the API compares deadlines with. */
export function tehranToday(now: Date = new Date()): string {
  return isoInTehran.format(now);
}

/** An ISO date moved by whole days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** «۳۰ روز», «امروز» or «مهلت گذشته» for the days left until a deadline. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return 'مهلت گذشته';
  if (daysLeft === 0) return 'امروز';
  return `${toPersianDigits(daysLeft)} روز`;
}

/** «۱۴۰۲/۱۰/۱۰ تا ۱۴۰۲/۱۱/۲۹» for a period. */
export function jalaliRange(startDate: string, endDate: string): string {
  return `${formatJalaliDate(startDate)} تا ${formatJalaliDate(endDate)}`;
}
