import type { Dayjs } from 'dayjs';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** The Gregorian calendar date of a picked day as an ISO date (yyyy-mm-dd), whatever calendar it was picked in. */
export function isoDate(day: Dayjs): string {
  const date = day.toDate();
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
