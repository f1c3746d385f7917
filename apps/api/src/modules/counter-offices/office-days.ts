import type { DataSource } from 'typeorm';
import { StatementBatcher } from '../../platform/batching/statement-batcher';
import { preparedQuery } from '../../platform/db/prepared-query';
import type { CalendarDay, DayWindow } from './office-calendar';

/**
 * Offices' days in one statement, for several requests at once: request i asks office `$1[i]`
 * from `$2[i]` to `$3[i]` (ISO dates, included). For each, a series of day numbers joined to the
 * office's week, each day's own settings (closed, capacity, note) and the places taken that day by
 * share, counted live, with the weekday, the closed date, the day's capacity and its online share
 * (rounded down, as `splitCapacity` does) applied in SQL; rows tagged with the request's position
 * `i` (from 1). No row for an unknown office code. The rows are made into days in one pass
 * (`officeDaysFrom`, `publicDaysFrom`).
 */
export const OFFICE_DAYS_SQL = `
  WITH o AS (
         SELECT q.i, q.first, q.last, c.id, c.daily_capacity, c.open_weekdays, least(100, greatest(0, c.online_share_percent)) AS percent
           FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS q(code, first, last, i)
           JOIN counter_office c ON c.code = q.code),
       taken AS (
         SELECT o.i, a.day,
                count(*) FILTER (WHERE a.channel = 'ONLINE')::int AS online,
                count(*) FILTER (WHERE a.channel = 'COUNTER')::int AS counter
           FROM o JOIN verification_appointment a ON a.office_id = o.id AND a.day BETWEEN o.first AND o.last AND a.status <> 'CANCELLED'
          GROUP BY o.i, a.day)
  SELECT o.i, d.day::text AS date, w.open, c.capacity, (c.capacity * o.percent) / 100 AS online_capacity,
         coalesce(t.online, 0) AS online, coalesce(t.counter, 0) AS counter,
         coalesce(x.closed, false) AS closed_date, CASE WHEN x.closed THEN NULL ELSE x.capacity END AS capacity_override, x.note
    FROM o
   CROSS JOIN LATERAL (SELECT o.first + n AS day FROM generate_series(0, o.last - o.first) AS n) d
    LEFT JOIN counter_office_day x ON x.office_id = o.id AND x.day = d.day
    LEFT JOIN taken t ON t.i = o.i AND t.day = d.day
   CROSS JOIN LATERAL (SELECT (extract(dow FROM d.day)::int + 1) % 7 = ANY (o.open_weekdays) AND NOT coalesce(x.closed, false) AS open) w
   CROSS JOIN LATERAL (SELECT CASE WHEN w.open THEN coalesce(x.capacity, o.daily_capacity) ELSE 0 END AS capacity) c
   ORDER BY o.i, d.day`;

export interface DaysRequest {
  code: string;
  from: string;
  to: string;
}

type Rows = (sql: string, values: unknown[]) => Promise<Array<OfficeDayRow & { i: string }>>;

/** One statement for the requests; each request's rows, in order. */
export async function readOfficeDays(rows: Rows, requests: readonly DaysRequest[]): Promise<OfficeDayRow[][]> {
  const found = await rows(OFFICE_DAYS_SQL, [requests.map((r) => r.code), requests.map((r) => r.from), requests.map((r) => r.to)]);
  const answers = requests.map((): OfficeDayRow[] => []);
  for (const { i, ...row } of found) answers[Number(i) - 1]!.push(row);
  return answers;
}

/**
 * The public calendar's reads, coalesced: the requests that arrive together (in one turn of the
 * event loop, or while a read runs) share one prepared statement, as the household lookup does, so
 * under load N calendars cost one round trip, not N. Each still gets its whole range from that one
 * statement, as fresh as any read that starts after it was asked.
 */
export class OfficeDaysReader {
  private readonly batches: StatementBatcher<DaysRequest, OfficeDayRow[]>;

  constructor(dataSource: DataSource) {
    this.batches = new StatementBatcher(
      (requests) => readOfficeDays((sql, values) => preparedQuery(dataSource, 'counter-office-days', sql, values), requests),
      { maxInFlight: 2, maxBatch: 100 },
    );
  }

  read(request: DaysRequest): Promise<OfficeDayRow[]> {
    return this.batches.submit(request);
  }
}

/** A row of `OFFICE_DAYS_SQL`: one day, its shares and what each has taken. */
export interface OfficeDayRow {
  date: string;
  open: boolean;
  capacity: number;
  online_capacity: number;
  online: number;
  counter: number;
  closed_date: boolean;
  capacity_override: number | null;
  note: string | null;
}

/** A calendar day with the day's own settings, for the staff's calendar. */
export interface OfficeDay extends CalendarDay {
  closedDate: boolean;
  capacityOverride: number | null;
  note: string | null;
}

/** A day as the public sees it: the online share only. */
export interface PublicDay {
  date: string;
  open: boolean;
  capacity: number;
  booked: number;
  left: number;
  bookable: boolean;
}

/** Places left online: the online share's, never more than the whole day has left. */
const onlineLeftOf = (row: OfficeDayRow) =>
  Math.max(0, Math.min(row.online_capacity - row.online, row.capacity - row.online - row.counter));
const bookableOf = (row: OfficeDayRow, window: DayWindow) =>
  row.open && onlineLeftOf(row) > 0 && row.date >= window.today && row.date <= window.lastBookable;

/** The rows of `OFFICE_DAYS_SQL` as calendar days with both shares, in one pass. */
export function officeDaysFrom(rows: readonly OfficeDayRow[], window: DayWindow): OfficeDay[] {
  return rows.map((row) => {
    const counterCapacity = row.capacity - row.online_capacity;
    const booked = row.online + row.counter;
    return {
      date: row.date,
      open: row.open,
      capacity: row.capacity,
      onlineCapacity: row.online_capacity,
      counterCapacity,
      onlineBooked: row.online,
      counterBooked: row.counter,
      booked,
      left: Math.max(0, row.capacity - booked),
      onlineLeft: Math.max(0, row.online_capacity - row.online),
      counterLeft: Math.max(0, counterCapacity - row.counter),
      bookable: bookableOf(row, window),
      closedDate: row.closed_date,
      capacityOverride: row.capacity_override,
      note: row.note,
    };
  });
}

/** The rows of `OFFICE_DAYS_SQL` as the public's days (the online share), in one pass. */
export function publicDaysFrom(rows: readonly OfficeDayRow[], window: DayWindow): PublicDay[] {
  return rows.map((row) => ({
    date: row.date,
    open: row.open,
    capacity: row.online_capacity,
    booked: row.online,
    left: onlineLeftOf(row),
    bookable: bookableOf(row, window),
  }));
}
