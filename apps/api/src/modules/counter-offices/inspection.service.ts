import type { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import type { SmsGateway } from '../../platform/sms/sms-gateway';
import { tehranToday } from '../../platform/time/tehran-date';
import { formatJalaliDate } from '@pishkhan/fa-format';
import { normaliseOfficeCode } from './booking.service';
import { CounterOfficeComplaint, ComplaintStatus } from './complaint.entity';
import { CounterOffice, CounterOfficeStatus, CounterOfficeSuspension } from './counter-office.entity';
import { CounterTransitionError } from './counter-offices.errors';
import { assertMaySeeOffice, officeScope } from './counter-offices.policy';
import { CounterOfficeInspection, INSPECTION_ITEMS, InspectionOutcome, type ChecklistAnswer } from './inspection.entity';
import { isIsoDate } from './office-calendar';
import { officeLockKey } from './office-locks';
import type { ComplaintFilter, ComplaintInput, InspectionInput } from './oversight.inputs';
import type { ComplaintPage, ComplaintView, InspectionView } from './oversight.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** Most inspections listed for one office. */
export const MAX_INSPECTIONS_LISTED = 100;

/**
 * Seed 003 rules 4–6: inspection teams fill the checklist at an office; a failing office may have
 * the service suspended (no new bookings, no service records) until the suspension is lifted, and
 * its booked applicants are told by SMS; complaints come from the association's call centre, the
 * foreign-nationals bureau or hotline 195, and may lead to an inspection.
 */
export class InspectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly sms: SmsGateway,
  ) {}

  async record(ctx: Ctx, principal: UserPrincipal, input: InspectionInput): Promise<InspectionView> {
    if (!isIsoDate(input.visitedOn) || input.visitedOn > tehranToday())
      throw new BadInputError('input.visitedOn', 'The visit day must be a real day, not in the future');
    const answers = new Map<string, ChecklistAnswer>();
    input.checklist.forEach((answer, i) => {
      if (answers.has(answer.item)) throw new BadInputError(`input.checklist.${i}.item`, 'Each checklist item once');
      answers.set(answer.item, { item: answer.item, passed: answer.passed, note: answer.note?.trim() || null });
    });
    const unanswered = INSPECTION_ITEMS.filter((item) => !answers.has(item));
    if (unanswered.length > 0) throw new BadInputError('input.checklist', `Answer every checklist item: ${unanswered.join(', ')} missing`);
    const checklist = INSPECTION_ITEMS.map((item) => answers.get(item)!);
    const outcome = checklist.every((answer) => answer.passed) ? InspectionOutcome.PASSED : InspectionOutcome.FAILED;
    return this.dataSource.transaction(async (manager) => {
      const office = await this.officeByCode(manager, principal, input.officeCode);
      let complaintId: string | null = null;
      if (input.complaintId) {
        const complaint = await manager.findOne(CounterOfficeComplaint, {
          where: { id: input.complaintId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!complaint || complaint.officeId !== office.id)
          throw new BadInputError('input.complaintId', 'The complaint is not about this office');
        complaintId = complaint.id;
      }
      const inspection = await manager.save(CounterOfficeInspection, {
        officeId: office.id,
        inspectorUserId: principal.id,
        visitedOn: input.visitedOn,
        checklist,
        findings: input.findings.trim(),
        outcome,
        complaintId,
      });
      if (complaintId)
        await manager.update(
          CounterOfficeComplaint,
          { id: complaintId },
          { status: ComplaintStatus.INSPECTED, inspectionId: inspection.id },
        );
      await this.audit.record(
        ctx,
        {
          action: 'counter.inspection.record',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'counter_office',
          targetId: office.id,
          details: { inspection: inspection.id, outcome },
        },
        manager,
      );
      return this.inspectionView(inspection, office);
    });
  }

  async inspections(principal: UserPrincipal, officeCode: string): Promise<InspectionView[]> {
    const office = await this.officeByCode(this.dataSource.manager, principal, officeCode);
    const rows = await this.dataSource
      .getRepository(CounterOfficeInspection)
      .find({ where: { officeId: office.id }, order: { visitedOn: 'DESC', createdAt: 'DESC' }, take: MAX_INSPECTIONS_LISTED });
    return rows.map((row) => this.inspectionView(row, office));
  }

  /**
   * Cuts the service at an office: takes the office's lock exclusively (so no booking is half-way
   * through), records the suspension with the office's latest failed inspection, and tells every
   * applicant booked there from today on by SMS once it is committed.
   */
  async suspend(ctx: Ctx, principal: UserPrincipal, officeCode: string, reason: string): Promise<CounterOffice> {
    const cleaned = reason.replace(/\s+/g, ' ').trim();
    if (cleaned.length < 3 || cleaned.length > 1000) throw new BadInputError('reason', 'A reason of 3 to 1000 characters is required');
    const { office, mobiles } = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockOfficeExclusively(manager, principal, officeCode);
      if (found.status === CounterOfficeStatus.SUSPENDED) throw new CounterTransitionError(found.status, 'SUSPEND');
      const [failed] = (await manager.query(
        `SELECT id FROM counter_office_inspection WHERE office_id = $1 AND outcome = 'FAILED' ORDER BY visited_on DESC, created_at DESC LIMIT 1`,
        [found.id],
      )) as Array<{ id: string }>;
      await manager.update(CounterOffice, { id: found.id }, { status: CounterOfficeStatus.SUSPENDED });
      const suspension = await manager.save(CounterOfficeSuspension, {
        officeId: found.id,
        reason: cleaned,
        inspectionId: failed?.id ?? null,
        suspendedAt: new Date(),
        suspendedBy: principal.id,
        liftedAt: null,
        liftedBy: null,
      });
      const booked = await this.bookedMobiles(manager, found.id);
      await this.audit.record(
        ctx,
        {
          action: 'counter.office.suspend',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'counter_office',
          targetId: found.id,
          details: { suspension: suspension.id, inspection: failed?.id ?? null, applicantsTold: booked.length },
        },
        manager,
      );
      return { office: { ...found, status: CounterOfficeStatus.SUSPENDED }, mobiles: booked };
    });
    await this.tell(
      mobiles,
      (day) =>
        `خدمت احراز هویت اتباع در ${office.name} (کد ${office.code}) تا اطلاع بعدی معلق شده است. نوبت ${day} شما در این دفتر انجام نمی‌شود؛ می‌توانید آن را لغو و در دفتر دیگری نوبت بگیرید.`,
      'counter.office.suspended',
    );
    return office;
  }

  async lift(ctx: Ctx, principal: UserPrincipal, officeCode: string): Promise<CounterOffice> {
    const { office, mobiles } = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockOfficeExclusively(manager, principal, officeCode);
      if (found.status !== CounterOfficeStatus.SUSPENDED) throw new CounterTransitionError(found.status, 'LIFT_SUSPENSION');
      await manager.update(CounterOffice, { id: found.id }, { status: CounterOfficeStatus.ACTIVE });
      await manager.query(
        `UPDATE counter_office_suspension SET lifted_at = now(), lifted_by = $2 WHERE office_id = $1 AND lifted_at IS NULL`,
        [found.id, principal.id],
      );
      const booked = await this.bookedMobiles(manager, found.id);
      await this.audit.record(
        ctx,
        {
          action: 'counter.office.lift-suspension',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'counter_office',
          targetId: found.id,
          details: { applicantsTold: booked.length },
        },
        manager,
      );
      return { office: { ...found, status: CounterOfficeStatus.ACTIVE }, mobiles: booked };
    });
    await this.tell(
      mobiles,
      (day) => `خدمت احراز هویت اتباع در ${office.name} (کد ${office.code}) از سر گرفته شد. نوبت ${day} شما برقرار است.`,
      'counter.office.resumed',
    );
    return office;
  }

  async recordComplaint(ctx: Ctx, principal: UserPrincipal, input: ComplaintInput): Promise<ComplaintView> {
    const office = await this.officeByCode(this.dataSource.manager, principal, input.officeCode);
    const complaint = await this.dataSource.getRepository(CounterOfficeComplaint).save({
      officeId: office.id,
      channel: input.channel,
      text: input.text.trim(),
      status: ComplaintStatus.OPEN,
      recordedBy: principal.id,
      inspectionId: null,
      resolution: null,
    });
    await this.audit.record(ctx, {
      action: 'counter.complaint.record',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'counter_office_complaint',
      targetId: complaint.id,
      details: { channel: input.channel },
    });
    return this.complaintView(complaint, office);
  }

  async closeComplaint(ctx: Ctx, principal: UserPrincipal, id: string, resolution: string): Promise<ComplaintView> {
    const cleaned = resolution.trim();
    if (cleaned.length < 3 || cleaned.length > 2000)
      throw new BadInputError('resolution', 'A resolution of 3 to 2000 characters is required');
    return this.dataSource.transaction(async (manager) => {
      const complaint = await manager.findOne(CounterOfficeComplaint, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw new NotFoundError('The complaint');
      const office = await manager.findOneBy(CounterOffice, { id: complaint.officeId });
      assertMaySeeOffice(principal, office);
      if (complaint.status === ComplaintStatus.CLOSED) throw new CounterTransitionError(complaint.status, 'CLOSE');
      await manager.update(CounterOfficeComplaint, { id }, { status: ComplaintStatus.CLOSED, resolution: cleaned });
      await this.audit.record(
        ctx,
        { action: 'counter.complaint.close', outcome: AuditOutcome.SUCCESS, targetType: 'counter_office_complaint', targetId: id },
        manager,
      );
      return this.complaintView({ ...complaint, status: ComplaintStatus.CLOSED, resolution: cleaned }, office as CounterOffice);
    });
  }

  async complaints(principal: UserPrincipal, filter: ComplaintFilter): Promise<ComplaintPage> {
    const query = this.dataSource
      .getRepository(CounterOfficeComplaint)
      .createQueryBuilder('c')
      .innerJoin(CounterOffice, 'o', 'o.id = c.office_id')
      .select([
        'c.id AS id',
        'c.channel AS channel',
        'c.text AS text',
        'c.status AS status',
        'c.inspection_id AS inspection_id',
        'c.resolution AS resolution',
        'c.created_at AS created_at',
      ])
      .addSelect(['o.code AS office_code', 'o.name AS office_name', 'o.province AS province', 'o.organisation_unit_id AS unit']);
    const scope = officeScope(principal);
    if (scope.kind === 'none') query.andWhere('FALSE');
    if (scope.kind === 'unit') query.andWhere('o.organisation_unit_id = :unit', { unit: scope.organisationUnitId });
    if (filter.officeCode) query.andWhere('o.code = :code', { code: normaliseOfficeCode(filter.officeCode) ?? '' });
    if (filter.province) query.andWhere('o.province = :province', { province: filter.province.trim() });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    const total = await query.clone().getCount();
    const rows = (await query
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany()) as Array<Record<string, unknown>>;
    const items = rows.map((row) => ({
      id: row.id as string,
      officeCode: row.office_code as string,
      officeName: row.office_name as string,
      province: row.province as string,
      channel: row.channel as ComplaintView['channel'],
      text: row.text as string,
      status: row.status as ComplaintView['status'],
      inspectionId: (row.inspection_id as string | null) ?? null,
      resolution: (row.resolution as string | null) ?? null,
      createdAt: row.created_at as Date,
    }));
    return { items, total };
  }

  private async bookedMobiles(manager: EntityManager, officeId: string): Promise<Array<{ mobile: string; day: string }>> {
    return (await manager.query(
      `SELECT mobile, day::text AS day FROM verification_appointment WHERE office_id = $1 AND status = 'BOOKED' AND day >= $2 ORDER BY day, id`,
      [officeId, tehranToday()],
    )) as Array<{ mobile: string; day: string }>;
  }

  private async tell(
    recipients: Array<{ mobile: string; day: string }>,
    text: (jalaliDay: string) => string,
    purpose: string,
  ): Promise<void> {
    for (const { mobile, day } of recipients) await this.sms.send(mobile, text(formatJalaliDate(day)), purpose);
  }

  private async officeByCode(manager: EntityManager, principal: UserPrincipal, officeCode: string): Promise<CounterOffice> {
    const code = normaliseOfficeCode(officeCode);
    const office = code ? await manager.findOneBy(CounterOffice, { code }) : null;
    assertMaySeeOffice(principal, office);
    return office as CounterOffice;
  }

  private async lockOfficeExclusively(manager: EntityManager, principal: UserPrincipal, officeCode: string): Promise<CounterOffice> {
    const code = normaliseOfficeCode(officeCode);
    if (!code) throw new NotFoundError('The counter office');
    // Waits for the bookings in flight at this office; later ones wait for this transaction.
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [officeLockKey(code)]);
    const office = await manager.findOne(CounterOffice, { where: { code }, lock: { mode: 'pessimistic_write' } });
    assertMaySeeOffice(principal, office);
    return office as CounterOffice;
  }

  private inspectionView(row: CounterOfficeInspection, office: CounterOffice): InspectionView {
    return {
      id: row.id,
      officeCode: office.code,
      officeName: office.name,
      visitedOn: row.visitedOn,
      checklist: row.checklist,
      findings: row.findings,
      outcome: row.outcome,
      complaintId: row.complaintId,
      createdAt: row.createdAt,
    };
  }

  private complaintView(row: CounterOfficeComplaint, office: CounterOffice): ComplaintView {
    return {
      id: row.id,
      officeCode: office.code,
      officeName: office.name,
      province: office.province,
      channel: row.channel,
      text: row.text,
      status: row.status,
      inspectionId: row.inspectionId,
      resolution: row.resolution,
      createdAt: row.createdAt,
    };
  }
}
