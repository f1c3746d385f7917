import type { DataSource } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import { BadInputError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import { addDays, tehranToday } from '../../platform/time/tehran-date';
import { normaliseMobile } from './applicant';
import { assertRange, normaliseOfficeCode, type BookingService } from './booking.service';
import { CounterOffice, CounterOfficeDay, CounterServiceTariff } from './counter-office.entity';
import { assertMayManageCalendar, assertMaySeeOffice, officeScope } from './counter-offices.policy';
import { dayPlan, isIsoDate } from './office-calendar';
import type { CounterOfficeFilter, OfficeDayInput, OfficeWeekInput, QueuePersonInput, TariffInput } from './oversight.inputs';
import type { CalendarDayView, CounterOfficePage, CounterOfficeView, ProvinceOverviewRow, TariffView } from './oversight.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

interface OfficeRow {
  id: string;
  code: string;
  name: string;
  province: string;
  city: string;
  address: string;
  phone: string;
  daily_capacity: number;
  open_weekdays: number[];
  online_share_percent: number;
  queue_person_name: string | null;
  queue_person_mobile: string | null;
  status: 'ACTIVE' | 'SUSPENDED';
  organisation_unit_id: string | null;
  suspension_reason: string | null;
  suspended_at: Date | null;
  day_closed: boolean | null;
  day_capacity: number | null;
  booked_today: number;
  counter_booked_today: number;
  open_complaints: number;
}

/** Offices with today's places, the open suspension and open complaints: one statement for a whole page. */
const OFFICE_SELECT = `
  SELECT o.id, o.code, o.name, o.province, o.city, o.address, o.phone, o.daily_capacity, o.open_weekdays, o.online_share_percent, o.queue_person_name,
         o.queue_person_mobile, o.status, o.organisation_unit_id, s.reason AS suspension_reason, s.suspended_at,
         d.closed AS day_closed, d.capacity AS day_capacity, b.booked_today, b.counter_booked_today,
         (SELECT count(*)::int FROM counter_office_complaint c WHERE c.office_id = o.id AND c.status <> 'CLOSED') AS open_complaints
    FROM counter_office o
    LEFT JOIN counter_office_day d ON d.office_id = o.id AND d.day = $1
   CROSS JOIN LATERAL (SELECT count(*)::int AS booked_today, count(*) FILTER (WHERE a.channel = 'COUNTER')::int AS counter_booked_today
                         FROM verification_appointment a WHERE a.office_id = o.id AND a.day = $1 AND a.status <> 'CANCELLED') b
    LEFT JOIN LATERAL (SELECT reason, suspended_at FROM counter_office_suspension x WHERE x.office_id = o.id AND x.lifted_at IS NULL ORDER BY suspended_at DESC LIMIT 1) s ON TRUE`;

const planOf = (row: OfficeRow, day: string) =>
  dayPlan(
    { dailyCapacity: row.daily_capacity, openWeekdays: row.open_weekdays, onlineSharePercent: row.online_share_percent },
    row.day_closed === null ? undefined : { closed: row.day_closed, capacity: row.day_capacity },
    day,
  );

function officeView(row: OfficeRow, today: string): CounterOfficeView {
  const plan = planOf(row, today);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    province: row.province,
    city: row.city,
    address: row.address,
    phone: row.phone,
    dailyCapacity: row.daily_capacity,
    openWeekdays: row.open_weekdays,
    onlineSharePercent: row.online_share_percent,
    queuePersonName: row.queue_person_name,
    queuePersonMobile: row.queue_person_mobile,
    status: row.status as CounterOfficeView['status'],
    suspensionReason: row.suspension_reason,
    suspendedAt: row.suspended_at,
    capacityToday: plan.capacity,
    bookedToday: row.booked_today,
    counterCapacityToday: plan.counter,
    counterBookedToday: row.counter_booked_today,
    openComplaints: row.open_complaints,
  };
}

/**
 * The association's and the offices' management: the offices list and the overview by province
 * (capacities, fill rates, suspensions, complaints), each office's week, closed days and day
 * capacities (the office's operator for his office, or the association), its queue person, and the
 * service's approved fee.
 */
export class OfficeAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly booking: BookingService,
    private readonly audit: AuditLog,
  ) {}

  async office(principal: UserPrincipal, officeCode: string): Promise<CounterOfficeView> {
    const today = tehranToday();
    const code = normaliseOfficeCode(officeCode);
    const [row] = code ? ((await this.dataSource.query(`${OFFICE_SELECT} WHERE o.code = $2`, [today, code])) as OfficeRow[]) : [];
    assertMaySeeOffice(principal, row ? { organisationUnitId: row.organisation_unit_id } : null);
    return officeView(row!, today);
  }

  async list(principal: UserPrincipal, filter: CounterOfficeFilter): Promise<CounterOfficePage> {
    const today = tehranToday();
    const scope = officeScope(principal);
    const where: string[] = [];
    const params: unknown[] = [today];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (scope.kind === 'none') where.push('FALSE');
    if (scope.kind === 'unit') where.push(`o.organisation_unit_id = ${param(scope.organisationUnitId)}`);
    if (filter.province) where.push(`o.province = ${param(filter.province.trim())}`);
    if (filter.status) where.push(`o.status = ${param(filter.status)}`);
    if (filter.search) {
      const like = param(`%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(o.name ILIKE ${like} OR o.city ILIKE ${like} OR o.code LIKE ${like})`);
    }
    // `$1` (today) is in every statement, the count's too.
    const condition = `WHERE $1::date IS NOT NULL${where.map((w) => ` AND ${w}`).join('')}`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM counter_office o ${condition}`, params)) as [
      { total: number },
    ];
    const rows = (await this.dataSource.query(
      `${OFFICE_SELECT} ${condition} ORDER BY o.province, o.city, o.code LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    )) as OfficeRow[];
    return { items: rows.map((row) => officeView(row, today)), total };
  }

  /** Every province's offices on a day (today by default): one statement. */
  async overview(date: string | null): Promise<ProvinceOverviewRow[]> {
    const day = date ?? tehranToday();
    if (!isIsoDate(day)) throw new BadInputError('date', 'date must be an ISO date');
    const rows = (await this.dataSource.query(OFFICE_SELECT, [day])) as OfficeRow[];
    const byProvince = new Map<string, ProvinceOverviewRow>();
    for (const row of rows) {
      const entry = byProvince.get(row.province) ?? {
        province: row.province,
        offices: 0,
        suspended: 0,
        capacity: 0,
        booked: 0,
        fillRate: 0,
        openComplaints: 0,
      };
      const plan = planOf(row, day);
      entry.offices += 1;
      if (row.status === 'SUSPENDED') entry.suspended += 1;
      else entry.capacity += plan.capacity;
      entry.booked += row.booked_today;
      entry.openComplaints += row.open_complaints;
      byProvince.set(row.province, entry);
    }
    return [...byProvince.values()]
      .map((entry) => ({ ...entry, fillRate: entry.capacity > 0 ? Math.round((entry.booked / entry.capacity) * 1000) / 1000 : 0 }))
      .sort((a, b) => a.province.localeCompare(b.province, 'fa'));
  }

  /** The staff's calendar: both shares of each day with their live counts and the day's own settings, one statement. */
  async calendar(principal: UserPrincipal, officeCode: string, from: string, to: string): Promise<CalendarDayView[]> {
    const office = await this.calendarOffice(principal, officeCode);
    assertRange(from, to);
    return this.booking.officeDays(office.code, from, to);
  }

  async setWeek(ctx: Ctx, principal: UserPrincipal, officeCode: string, input: OfficeWeekInput): Promise<CounterOfficeView> {
    const office = await this.calendarOffice(principal, officeCode);
    const openWeekdays = [...new Set(input.openWeekdays)].sort();
    const onlineSharePercent = input.onlineSharePercent ?? office.onlineSharePercent;
    await this.dataSource
      .getRepository(CounterOffice)
      .update({ id: office.id }, { dailyCapacity: input.dailyCapacity, openWeekdays, onlineSharePercent });
    await this.audit.record(ctx, {
      action: 'counter.office.week',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'counter_office',
      targetId: office.id,
      details: { dailyCapacity: input.dailyCapacity, openWeekdays, onlineSharePercent },
    });
    return this.office(principal, office.code);
  }

  /** A closed date or a day's own capacity. Appointments already booked that day stay booked. */
  async setDay(ctx: Ctx, principal: UserPrincipal, officeCode: string, input: OfficeDayInput): Promise<CalendarDayView> {
    const office = await this.calendarOffice(principal, officeCode);
    if (!isIsoDate(input.date)) throw new BadInputError('input.date', 'date must be an ISO date');
    const today = tehranToday();
    if (input.date < today || input.date > addDays(today, 366))
      throw new BadInputError('input.date', 'The day must be from today to a year ahead');
    const repo = this.dataSource.getRepository(CounterOfficeDay);
    if (!input.closed && (input.capacity === undefined || input.capacity === null))
      await repo.delete({ officeId: office.id, day: input.date });
    else
      await repo.upsert(
        {
          officeId: office.id,
          day: input.date,
          closed: input.closed,
          capacity: input.closed ? null : (input.capacity ?? null),
          note: input.note?.trim() || null,
        },
        ['officeId', 'day'],
      );
    await this.audit.record(ctx, {
      action: 'counter.office.day',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'counter_office',
      targetId: office.id,
      details: { day: input.date, closed: input.closed, capacity: input.capacity ?? null },
    });
    const [day] = await this.calendar(principal, office.code, input.date, input.date);
    return day!;
  }

  async setQueuePerson(ctx: Ctx, principal: UserPrincipal, officeCode: string, input: QueuePersonInput): Promise<CounterOfficeView> {
    const office = await this.calendarOffice(principal, officeCode);
    const mobile = normaliseMobile(input.mobile);
    if (!mobile) throw new BadInputError('input.mobile', 'The mobile must be an Iranian mobile number (09…)');
    await this.dataSource
      .getRepository(CounterOffice)
      .update({ id: office.id }, { queuePersonName: input.name.trim(), queuePersonMobile: mobile });
    await this.audit.record(ctx, {
      action: 'counter.office.queue-person',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'counter_office',
      targetId: office.id,
    });
    return this.office(principal, office.code);
  }

  async tariffs(): Promise<TariffView[]> {
    return this.dataSource.getRepository(CounterServiceTariff).find({ order: { validFrom: 'DESC' }, take: 100 });
  }

  /** A new fee from `validFrom`; the tariff in force then ends the day before. Never rewrites a past day's fee. */
  async setTariff(ctx: Ctx, input: TariffInput): Promise<TariffView> {
    if (!isIsoDate(input.validFrom) || input.validFrom < tehranToday())
      throw new BadInputError('input.validFrom', 'A new fee starts today or later');
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['counter-tariff']);
      const repo = manager.getRepository(CounterServiceTariff);
      const later = await repo.createQueryBuilder('t').where('t.valid_from >= :from', { from: input.validFrom }).getCount();
      if (later > 0) throw new BadInputError('input.validFrom', 'A tariff already starts on or after that day');
      await manager.query(
        `UPDATE counter_service_tariff SET valid_to = $1 WHERE valid_from < $2 AND (valid_to IS NULL OR valid_to >= $2)`,
        [addDays(input.validFrom, -1), input.validFrom],
      );
      const saved = await repo.save({ title: input.title.trim(), feeRials: input.feeRials, validFrom: input.validFrom, validTo: null });
      await this.audit.record(
        ctx,
        {
          action: 'counter.tariff.set',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'counter_service_tariff',
          targetId: saved.id,
          details: { feeRials: input.feeRials, validFrom: input.validFrom },
        },
        manager,
      );
      return saved;
    });
  }

  private async calendarOffice(principal: UserPrincipal, officeCode: string): Promise<CounterOffice> {
    const code = normaliseOfficeCode(officeCode);
    const office = code ? await this.dataSource.getRepository(CounterOffice).findOneBy({ code }) : null;
    assertMayManageCalendar(principal, office);
    return office as CounterOffice;
  }
}
