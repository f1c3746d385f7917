import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';

/** Today in Tehran (the day the API compares deadlines with) and whole-day steps, shared with the API. */
export { addDays, tehranToday } from '@pishkhan/domain-rules';

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
