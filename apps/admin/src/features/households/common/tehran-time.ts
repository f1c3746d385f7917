import { TEHRAN_TIME_ZONE } from '@pishkhan/fa-format';

const dateInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const partsInTehran = new Intl.DateTimeFormat('en-US', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Today's calendar date in Tehran as an ISO date: the day the API compares campaign windows with. */
export function tehranToday(now: Date = new Date()): string {
  return dateInTehran.format(now);
}

/** The Tehran wall clock of an instant: ISO date and «HH:mm». */
export function tehranWallClock(instant: Date | string): { date: string; time: string } {
  const parts = partsInTehran.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Minutes Tehran's clock is ahead of UTC at an instant (210, or 270 in the summers before 1401). */
function tehranOffsetMinutes(instant: Date): number {
  const { date, time } = tehranWallClock(instant);
  const wall = Date.parse(`${date}T${time}:00Z`);
  const utc = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((wall - utc) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant at which Tehran's clock shows `date` (ISO) and `time` (HH:mm), as an ISO string
 * with Tehran's offset, e.g. `2024-07-10T00:00:00+03:30`.
 */
export function tehranInstant(date: string, time: string): string {
  const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
  let offset = tehranOffsetMinutes(new Date(wallAsUtc - 210 * 60_000));
  offset = tehranOffsetMinutes(new Date(wallAsUtc - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
