import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import { tehranToday } from '../../platform/time/tehran-date';
import { toLatinDigits } from '@pishkhan/national-id';
import { normaliseIdentificationNumber, normaliseMobile } from './applicant';
import { AppointmentStatus, BookingChannel, VerificationAppointment } from './appointment.entity';
import { normaliseOfficeCode } from './booking.service';
import { CounterOffice, CounterOfficeStatus, CounterServiceTariff } from './counter-office.entity';
import {
  AppointmentNotTodayError,
  CounterTransitionError,
  FingerprintQualityLowError,
  OfficeSuspendedError,
  PhotoRejectedError,
  RecordIncompleteError,
  TariffNotInForceError,
} from './counter-offices.errors';
import { assertMayServeAt } from './counter-offices.policy';
import { isIsoDate } from './office-calendar';
import { checkPhoto } from './photo-check';
import { ServiceRecordStatus, VerificationServiceRecord, type FingerprintCapture } from './service-record.entity';
import type { FingerprintInput, ServiceRecordDataInput } from './service-record.inputs';
import { FINGERS, MIN_FINGER_QUALITY, missingParts } from './service-record-rules';
import type { ServiceRecordView, StaffAppointment } from './service-record.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** Longest day list (an office's capacity is far below it). */
export const MAX_DAY_LIST = 1000;

export const receiptPath = (recordId: string) => `/counter-offices/receipts/${recordId}.pdf`;

/** The tariff in force on an ISO day, or null. */
export async function tariffOn(manager: EntityManager, day: string): Promise<CounterServiceTariff | null> {
  return manager
    .getRepository(CounterServiceTariff)
    .createQueryBuilder('t')
    .where('t.valid_from <= :day AND (t.valid_to IS NULL OR t.valid_to >= :day)', { day })
    .orderBy('t.valid_from', 'DESC')
    .getOne();
}

/**
 * The operator's work at the counter (seed 003 rules 2 and 3; MOSIP's registration client): a
 * record per appointment, opened on its day only, with the data fields, ten fingerprints (each with
 * its quality score, or an exception reason), a checked photo and the fee of the tariff in force
 * that day with its POS reference; closed only when nothing misses. A suspended office can do none
 * of it. Every step is audited.
 */
export class ServiceRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async myOffice(principal: UserPrincipal): Promise<CounterOffice | null> {
    return this.dataSource.getRepository(CounterOffice).findOneBy({ organisationUnitId: principal.organisationUnitId });
  }

  async dayList(principal: UserPrincipal, officeCode: string, date: string): Promise<StaffAppointment[]> {
    if (!isIsoDate(date)) throw new BadInputError('date', 'date must be an ISO date');
    const code = normaliseOfficeCode(officeCode);
    const office = code ? await this.dataSource.getRepository(CounterOffice).findOneBy({ code }) : null;
    assertMayServeAt(principal, office);
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.tracking_code, a.day::text AS day, a.status, a.channel, a.identification_number, a.first_name, a.last_name, a.father_name, a.nationality,
              a.birth_date::text AS birth_date, a.mobile, a.booked_at, r.id AS record_id, r.status AS record_status
         FROM verification_appointment a LEFT JOIN verification_service_record r ON r.appointment_id = a.id
        WHERE a.office_id = $1 AND a.day = $2 AND a.status <> 'CANCELLED'
        ORDER BY a.booked_at, a.id LIMIT ${MAX_DAY_LIST}`,
      [(office as CounterOffice).id, date],
    )) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      id: r.id as string,
      trackingCode: r.tracking_code as string,
      date: r.day as string,
      status: r.status as AppointmentStatus,
      channel: r.channel as BookingChannel,
      identificationNumber: r.identification_number as string,
      firstName: r.first_name as string,
      lastName: r.last_name as string,
      fatherName: r.father_name as string,
      nationality: r.nationality as string,
      birthDate: r.birth_date as string,
      mobile: r.mobile as string,
      bookedAt: r.booked_at as Date,
      recordId: (r.record_id as string | null) ?? null,
      recordStatus: (r.record_status as ServiceRecordStatus | null) ?? null,
    }));
  }

  async get(principal: UserPrincipal, recordId: string): Promise<ServiceRecordView> {
    const record = await this.dataSource.getRepository(VerificationServiceRecord).findOneBy({ id: recordId });
    if (!record) throw new NotFoundError('The service record');
    const office = await this.dataSource.getRepository(CounterOffice).findOneBy({ id: record.officeId });
    assertMayServeAt(principal, office);
    return this.view(this.dataSource.manager, record, office as CounterOffice);
  }

  /** Opens the record of an appointment of today (or returns the one already open). */
  async start(ctx: Ctx, principal: UserPrincipal, appointmentId: string): Promise<ServiceRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const appointment = await manager.findOne(VerificationAppointment, {
        where: { id: appointmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!appointment) throw new NotFoundError('The appointment');
      const office = await this.lockOffice(manager, principal, appointment.officeId);
      const existing = await manager.findOneBy(VerificationServiceRecord, { appointmentId });
      if (existing) return this.view(manager, existing, office);
      if (appointment.status !== AppointmentStatus.BOOKED) throw new CounterTransitionError(appointment.status, 'START_RECORD');
      if (appointment.day !== tehranToday()) throw new AppointmentNotTodayError(appointment.day);
      const record = await manager.save(VerificationServiceRecord, {
        appointmentId,
        officeId: office.id,
        operatorUserId: principal.id,
        status: ServiceRecordStatus.OPEN,
        startedAt: new Date(),
        closedAt: null,
        identificationNumber: appointment.identificationNumber,
        documentKind: null,
        firstName: appointment.firstName,
        lastName: appointment.lastName,
        fatherName: appointment.fatherName,
        nationality: appointment.nationality,
        birthDate: appointment.birthDate,
        gender: null,
        mobile: appointment.mobile,
        residenceAddress: null,
        fingerprints: [],
        photo: null,
      });
      await this.audit.record(
        ctx,
        { action: 'counter.record.start', outcome: AuditOutcome.SUCCESS, targetType: 'verification_service_record', targetId: record.id },
        manager,
      );
      return this.view(manager, record, office);
    });
  }

  async saveData(ctx: Ctx, principal: UserPrincipal, recordId: string, input: ServiceRecordDataInput): Promise<ServiceRecordView> {
    const changes: Partial<VerificationServiceRecord> = {};
    if (input.identificationNumber !== undefined) {
      const normalised = normaliseIdentificationNumber(input.identificationNumber);
      if (!normalised) throw new BadInputError('input.identificationNumber', 'The identification number must be 6 to 16 digits');
      changes.identificationNumber = normalised;
    }
    if (input.mobile !== undefined) {
      const mobile = normaliseMobile(input.mobile);
      if (!mobile) throw new BadInputError('input.mobile', 'The mobile must be an Iranian mobile number (09…)');
      changes.mobile = mobile;
    }
    if (input.birthDate !== undefined) {
      if (!isIsoDate(input.birthDate) || input.birthDate > tehranToday())
        throw new BadInputError('input.birthDate', 'The birth date must be a real date in the past');
      changes.birthDate = input.birthDate;
    }
    for (const field of ['firstName', 'lastName', 'fatherName', 'nationality', 'residenceAddress'] as const) {
      const value = input[field];
      if (value !== undefined) {
        const cleaned = value.replace(/\s+/g, ' ').trim();
        if (cleaned === '') throw new BadInputError(`input.${field}`, `${field} must not be blank`);
        changes[field] = cleaned;
      }
    }
    if (input.documentKind !== undefined) changes.documentKind = input.documentKind;
    if (input.gender !== undefined) changes.gender = input.gender;
    return this.change(ctx, principal, recordId, 'counter.record.data', async (manager, record) => {
      await manager.update(VerificationServiceRecord, { id: record.id }, changes);
      return { ...record, ...changes };
    });
  }

  async captureFingerprints(ctx: Ctx, principal: UserPrincipal, recordId: string, inputs: FingerprintInput[]): Promise<ServiceRecordView> {
    const seen = new Set<string>();
    inputs.forEach((input, i) => {
      if (seen.has(input.finger)) throw new BadInputError(`fingerprints.${i}.finger`, 'Each finger once');
      seen.add(input.finger);
      const captured = !!input.templateRef && input.quality !== undefined && input.quality !== null;
      const excused = !!input.exceptionReason?.trim();
      if (captured === excused)
        throw new BadInputError(`fingerprints.${i}`, 'Give a template reference with its quality score, or an exception reason, not both');
    });
    // A poor capture is not stored: the finger is scanned again, or excused with a reason.
    const poor = inputs.flatMap((input) =>
      input.quality !== undefined && input.quality !== null && input.quality < MIN_FINGER_QUALITY
        ? [{ finger: input.finger, quality: input.quality }]
        : [],
    );
    if (poor.length > 0) {
      await this.audit.record(ctx, {
        action: 'counter.record.fingerprints',
        outcome: AuditOutcome.FAILURE,
        code: 'FINGERPRINT_QUALITY_LOW',
        targetType: 'verification_service_record',
        targetId: recordId,
        details: { fingers: poor },
      });
      throw new FingerprintQualityLowError(poor, MIN_FINGER_QUALITY);
    }
    return this.change(
      ctx,
      principal,
      recordId,
      'counter.record.fingerprints',
      async (manager, record) => {
        const byFinger = new Map(record.fingerprints.map((capture) => [capture.finger, capture]));
        for (const input of inputs) {
          byFinger.set(input.finger, {
            finger: input.finger,
            templateRef: input.exceptionReason?.trim() ? null : (input.templateRef ?? null),
            quality: input.exceptionReason?.trim() ? null : (input.quality ?? null),
            exceptionReason: input.exceptionReason?.trim() || null,
          });
        }
        const fingerprints: FingerprintCapture[] = FINGERS.flatMap((finger) => (byFinger.has(finger) ? [byFinger.get(finger)!] : []));
        await manager.update(VerificationServiceRecord, { id: record.id }, { fingerprints });
        return { ...record, fingerprints };
      },
      { fingers: inputs.map((i) => ({ finger: i.finger, quality: i.quality ?? null, exception: !!i.exceptionReason })) },
    );
  }

  async capturePhoto(ctx: Ctx, principal: UserPrincipal, recordId: string, base64: string): Promise<ServiceRecordView> {
    const body = base64.replace(/^data:image\/[a-z]+;base64,/, '');
    if (!/^[A-Za-z0-9+/=\s]*$/.test(body)) throw new PhotoRejectedError('FORMAT', 'The photo must be sent in base64');
    const bytes = Buffer.from(body, 'base64');
    const checked = checkPhoto(bytes);
    if (!checked.ok) {
      await this.audit.record(ctx, {
        action: 'counter.record.photo',
        outcome: AuditOutcome.FAILURE,
        code: 'PHOTO_REJECTED',
        targetType: 'verification_service_record',
        targetId: recordId,
        details: { reason: checked.reason },
      });
      throw new PhotoRejectedError(checked.reason, checked.message);
    }
    return this.change(
      ctx,
      principal,
      recordId,
      'counter.record.photo',
      async (manager, record) => {
        const photo = {
          photo: bytes,
          photoFormat: checked.format,
          photoWidth: checked.width,
          photoHeight: checked.height,
          photoBytes: checked.bytes,
          photoSha256: createHash('sha256').update(bytes).digest('hex'),
        };
        await manager.update(VerificationServiceRecord, { id: record.id }, photo);
        return { ...record, ...photo };
      },
      { format: checked.format, width: checked.width, height: checked.height, bytes: checked.bytes },
    );
  }

  /** The fee is the tariff's in force on the appointment's day: there is no amount to type. */
  async payFee(ctx: Ctx, principal: UserPrincipal, recordId: string, posReferenceRaw: string): Promise<ServiceRecordView> {
    const posReference = toLatinDigits(posReferenceRaw).replace(/[\s-]/g, '');
    if (!/^\d{6,20}$/.test(posReference)) throw new BadInputError('posReference', 'The POS reference must be 6 to 20 digits');
    return this.change(ctx, principal, recordId, 'counter.record.fee', async (manager, record) => {
      if (record.paidAt) throw new CounterTransitionError('PAID', 'PAY');
      const appointment = await manager.findOneByOrFail(VerificationAppointment, { id: record.appointmentId });
      const tariff = await tariffOn(manager, appointment.day);
      if (!tariff) throw new TariffNotInForceError(appointment.day);
      const paid = { tariffId: tariff.id, feeRials: tariff.feeRials, serviceTitle: tariff.title, posReference, paidAt: new Date() };
      await manager.update(VerificationServiceRecord, { id: record.id }, paid);
      return { ...record, ...paid };
    });
  }

  async close(ctx: Ctx, principal: UserPrincipal, recordId: string): Promise<ServiceRecordView> {
    return this.change(ctx, principal, recordId, 'counter.record.close', async (manager, record) => {
      const [{ has_photo }] = (await manager.query('SELECT photo IS NOT NULL AS has_photo FROM verification_service_record WHERE id = $1', [
        record.id,
      ])) as [{ has_photo: boolean }];
      const missing = missingParts({
        fields: record,
        fingerprints: record.fingerprints,
        hasPhoto: has_photo,
        feePaid: record.paidAt !== null,
      });
      if (missing.length > 0) throw new RecordIncompleteError(missing);
      const closed = { status: ServiceRecordStatus.CLOSED, closedAt: new Date() };
      await manager.update(VerificationServiceRecord, { id: record.id }, closed);
      await manager.update(VerificationAppointment, { id: record.appointmentId }, { status: AppointmentStatus.SERVED });
      return { ...record, ...closed };
    });
  }

  /** The applicant did not come: on or after the appointment's day, before a record was started. */
  async markNoShow(ctx: Ctx, principal: UserPrincipal, appointmentId: string): Promise<StaffAppointment> {
    const { code, day } = await this.dataSource.transaction(async (manager) => {
      const appointment = await manager.findOne(VerificationAppointment, {
        where: { id: appointmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!appointment) throw new NotFoundError('The appointment');
      const office = await manager.findOneBy(CounterOffice, { id: appointment.officeId });
      assertMayServeAt(principal, office);
      if (appointment.status !== AppointmentStatus.BOOKED) throw new CounterTransitionError(appointment.status, 'NO_SHOW');
      if (appointment.day > tehranToday()) throw new CounterTransitionError('FUTURE', 'NO_SHOW');
      if (await manager.existsBy(VerificationServiceRecord, { appointmentId }))
        throw new CounterTransitionError('RECORD_STARTED', 'NO_SHOW');
      await manager.update(VerificationAppointment, { id: appointmentId }, { status: AppointmentStatus.NO_SHOW });
      await this.audit.record(
        ctx,
        {
          action: 'counter.appointment.no-show',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'verification_appointment',
          targetId: appointmentId,
        },
        manager,
      );
      return { code: (office as CounterOffice).code, day: appointment.day };
    });
    return (await this.dayList(principal, code, day)).find((a) => a.id === appointmentId)!;
  }

  /** The data of a paid record's receipt, for its office's operator. */
  async receipt(
    principal: UserPrincipal,
    recordId: string,
  ): Promise<{
    officeCode: string;
    officeName: string;
    serviceTitle: string;
    feeRials: number;
    trackingCode: string;
    paidAt: Date;
    posReference: string;
  } | null> {
    const record = await this.dataSource.getRepository(VerificationServiceRecord).findOneBy({ id: recordId });
    if (!record || !record.paidAt) return null;
    const office = await this.dataSource.getRepository(CounterOffice).findOneBy({ id: record.officeId });
    try {
      assertMayServeAt(principal, office);
    } catch {
      return null;
    }
    const appointment = await this.dataSource.getRepository(VerificationAppointment).findOneByOrFail({ id: record.appointmentId });
    return {
      officeCode: (office as CounterOffice).code,
      officeName: (office as CounterOffice).name,
      serviceTitle: record.serviceTitle ?? '',
      feeRials: record.feeRials ?? 0,
      trackingCode: appointment.trackingCode,
      paidAt: record.paidAt,
      posReference: record.posReference ?? '',
    };
  }

  /** One change to an open record of the operator's own, active office, in a transaction, audited. */
  private async change(
    ctx: Ctx,
    principal: UserPrincipal,
    recordId: string,
    action: string,
    apply: (manager: EntityManager, record: VerificationServiceRecord) => Promise<VerificationServiceRecord>,
    details: Record<string, unknown> = {},
  ): Promise<ServiceRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(VerificationServiceRecord, { where: { id: recordId }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw new NotFoundError('The service record');
      const office = await this.lockOffice(manager, principal, record.officeId);
      if (record.status !== ServiceRecordStatus.OPEN)
        throw new CounterTransitionError(record.status, action.split('.').pop()!.toUpperCase());
      const changed = await apply(manager, record);
      await this.audit.record(
        ctx,
        { action, outcome: AuditOutcome.SUCCESS, targetType: 'verification_service_record', targetId: record.id, details },
        manager,
      );
      return this.view(manager, changed, office);
    });
  }

  /** The office, share-locked against a suspension in the meantime; refused when suspended or not the operator's. */
  private async lockOffice(manager: EntityManager, principal: UserPrincipal, officeId: string): Promise<CounterOffice> {
    const office = await manager.findOne(CounterOffice, { where: { id: officeId }, lock: { mode: 'pessimistic_read' } });
    assertMayServeAt(principal, office);
    const found = office as CounterOffice;
    if (found.status === CounterOfficeStatus.SUSPENDED) throw new OfficeSuspendedError();
    return found;
  }

  private async view(manager: EntityManager, record: VerificationServiceRecord, office: CounterOffice): Promise<ServiceRecordView> {
    const [row] = (await manager.query(
      `SELECT a.tracking_code, a.day::text AS day, r.photo IS NOT NULL AS has_photo FROM verification_appointment a JOIN verification_service_record r ON r.appointment_id = a.id WHERE r.id = $1`,
      [record.id],
    )) as Array<{ tracking_code: string; day: string; has_photo: boolean }>;
    const hasPhoto = row?.has_photo ?? false;
    return {
      id: record.id,
      appointmentId: record.appointmentId,
      trackingCode: row?.tracking_code ?? '',
      date: row?.day ?? '',
      officeCode: office.code,
      officeName: office.name,
      status: record.status,
      startedAt: record.startedAt,
      closedAt: record.closedAt,
      identificationNumber: record.identificationNumber,
      documentKind: record.documentKind as ServiceRecordView['documentKind'],
      firstName: record.firstName,
      lastName: record.lastName,
      fatherName: record.fatherName,
      nationality: record.nationality,
      birthDate: record.birthDate,
      gender: record.gender as ServiceRecordView['gender'],
      mobile: record.mobile,
      residenceAddress: record.residenceAddress,
      fingerprints: record.fingerprints.map((f) => ({ ...f, finger: f.finger as ServiceRecordView['fingerprints'][number]['finger'] })),
      photo:
        hasPhoto && record.photoFormat
          ? { format: record.photoFormat, width: record.photoWidth ?? 0, height: record.photoHeight ?? 0, bytes: record.photoBytes ?? 0 }
          : null,
      feeRials: record.feeRials,
      serviceTitle: record.serviceTitle,
      posReference: record.posReference,
      paidAt: record.paidAt,
      missing: missingParts({ fields: record, fingerprints: record.fingerprints, hasPhoto, feePaid: record.paidAt !== null }),
      receiptUrl: record.paidAt ? receiptPath(record.id) : null,
    };
  }
}
