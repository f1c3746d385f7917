import { addDays, tehranToday } from '@pishkhan/domain-rules';
import { toJalali } from '@pishkhan/fa-format';

/** The ISO date `days` after today in Tehran. */
export function isoFromToday(days: number): string {
  return addDays(tehranToday(), days);
}

/** An ISO date as a Jalali yyyy/mm/dd in Latin digits, as the date pickers take it. */
export function jalali(iso: string): string {
  const { year, month, day } = toJalali(iso);
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

/** Today in Tehran as a Jalali yyyy/mm/dd in Latin digits. */
export const jalaliToday = (): string => jalali(isoFromToday(0));
