const isoInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });
const jalaliParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO date `days` after today in Tehran. */
export function isoFromToday(days: number): string {
  const date = new Date(`${isoInTehran.format(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An ISO date as a Jalali yyyy/mm/dd in Latin digits, as the date pickers take it. */
export function jalali(iso: string): string {
  const parts = jalaliParts.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}/${get('month').padStart(2, '0')}/${get('day').padStart(2, '0')}`;
}

/** Today in Tehran as a Jalali yyyy/mm/dd in Latin digits. */
export const jalaliToday = (): string => jalali(isoFromToday(0));
