import { In, type DataSource } from 'typeorm';
import { formatJalaliDate, formatRials, toPersianDigits } from '@pishkhan/fa-format';
import type { AuditDirectory } from '../../platform/audit/audit-directory';
import { isUuid } from '../../platform/graphql/id-arg';
import { VerificationAppointment } from './appointment.entity';
import { ComplaintChannel, CounterOfficeComplaint } from './complaint.entity';
import { CounterOffice, CounterServiceTariff } from './counter-office.entity';
import { CounterOfficeInspection, InspectionOutcome } from './inspection.entity';
import { VerificationServiceRecord } from './service-record.entity';

const COMPLAINT_CHANNELS: Readonly<Record<ComplaintChannel, string>> = {
  CALL_CENTRE: 'مرکز پاسخگویی کانون',
  BUREAU: 'اداره کل امور اتباع',
  HOTLINE_195: 'سامانهٔ ۱۹۵',
};

const INSPECTION_OUTCOMES: Readonly<Record<InspectionOutcome, string>> = {
  PASSED: 'بی‌اشکال',
  FAILED: 'با تخلف',
};

/** An office's code as the log records it when it has no id at hand (a refused booking): 8 digits. */
const OFFICE_CODE = /^\d{8}$/;

/**
 * What the counter-offices context records in the audit log, in words: an office by its name and
 * code, an appointment and its service record by the tracking code and the office, an inspection
 * by its day, outcome and office, a complaint by its channel and office, a tariff by its title,
 * fee and first day. (A suspension is recorded against its office, with its id in the details.)
 */
export function registerCounterOfficesAuditTargets(directory: AuditDirectory, dataSource: DataSource): void {
  /** Offices by id, or by code for the lines that name them so. */
  const offices = async (keys: readonly string[]): Promise<CounterOffice[]> => {
    const ids = [...new Set(keys.filter(isUuid))];
    const codes = [...new Set(keys.filter((key) => OFFICE_CODE.test(key)))];
    if (ids.length === 0 && codes.length === 0) return [];
    return dataSource.getRepository(CounterOffice).find({
      where: [...(ids.length > 0 ? [{ id: In(ids) }] : []), ...(codes.length > 0 ? [{ code: In(codes) }] : [])],
      select: { id: true, code: true, name: true },
    });
  };
  const officeWords = (office: Pick<CounterOffice, 'name' | 'code'>) => `${office.name} (کد ${toPersianDigits(office.code)})`;
  /** The words of each office by id, for the records that belong to one. */
  const officeWordsById = async (ids: readonly string[]) => new Map((await offices(ids)).map((o) => [o.id, officeWords(o)]));
  const at = (words: ReadonlyMap<string, string>, officeId: string) => {
    const office = words.get(officeId);
    return office === undefined ? '' : ` در ${office}`;
  };

  /** Appointments by id: «نوبت کد رهگیری … در دفتر … (کد …)». */
  const appointments = async (ids: readonly string[]) => {
    const found = await dataSource
      .getRepository(VerificationAppointment)
      .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, trackingCode: true, officeId: true } });
    const words = await officeWordsById(found.map((a) => a.officeId));
    return new Map(found.map((a) => [a.id, `نوبت کد رهگیری ${toPersianDigits(a.trackingCode)}${at(words, a.officeId)}`]));
  };

  directory.registerTarget({
    targetType: 'counter_office',
    mutations: ['setCounterOfficeWeek', 'setCounterOfficeQueuePerson', 'suspendCounterOfficeService', 'liftCounterOfficeSuspension'],
    // Recorded by id, or by code (a booking refused at the office).
    describe: async (keys) => {
      const words = new Map<string, string>();
      for (const office of await offices(keys)) {
        words.set(office.id, officeWords(office));
        words.set(office.code, officeWords(office));
      }
      return words;
    },
  });
  directory.registerTarget({
    targetType: 'verification_appointment',
    mutations: ['bookCounterWalkIn', 'markVerificationNoShow'],
    describe: appointments,
  });
  directory.registerTarget({
    targetType: 'verification_service_record',
    mutations: [
      'startVerificationServiceRecord',
      'saveVerificationServiceRecordData',
      'captureVerificationFingerprints',
      'captureVerificationPhoto',
      'payVerificationFee',
      'closeVerificationServiceRecord',
    ],
    describe: async (ids) => {
      const records = await dataSource
        .getRepository(VerificationServiceRecord)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, appointmentId: true } });
      const ofAppointments = await appointments(records.map((r) => r.appointmentId));
      return new Map(
        records.flatMap((r) => {
          const appointment = ofAppointments.get(r.appointmentId);
          return appointment === undefined ? [] : [[r.id, `پروندهٔ خدمت ${appointment}`] as const];
        }),
      );
    },
  });
  directory.registerTarget({
    targetType: 'counter_office_inspection',
    mutations: ['recordCounterOfficeInspection'],
    describe: async (ids) => {
      const inspections = await dataSource
        .getRepository(CounterOfficeInspection)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, officeId: true, visitedOn: true, outcome: true } });
      const words = await officeWordsById(inspections.map((i) => i.officeId));
      return new Map(
        inspections.map((i) => [
          i.id,
          `بازرسی ${formatJalaliDate(i.visitedOn)} (${INSPECTION_OUTCOMES[i.outcome]})${words.has(i.officeId) ? ` از ${words.get(i.officeId)}` : ''}`,
        ]),
      );
    },
  });
  directory.registerTarget({
    targetType: 'counter_office_complaint',
    mutations: ['recordCounterOfficeComplaint', 'closeCounterOfficeComplaint'],
    describe: async (ids) => {
      const complaints = await dataSource
        .getRepository(CounterOfficeComplaint)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, officeId: true, channel: true } });
      const words = await officeWordsById(complaints.map((c) => c.officeId));
      return new Map(
        complaints.map((c) => [
          c.id,
          `شکایت از طریق ${COMPLAINT_CHANNELS[c.channel]}${words.has(c.officeId) ? ` دربارهٔ ${words.get(c.officeId)}` : ''}`,
        ]),
      );
    },
  });
  directory.registerTarget({
    targetType: 'counter_service_tariff',
    mutations: ['setCounterServiceTariff'],
    describe: async (ids) =>
      new Map(
        (
          await dataSource
            .getRepository(CounterServiceTariff)
            .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, title: true, feeRials: true, validFrom: true } })
        ).map((t) => [t.id, `تعرفهٔ «${t.title}»، ${formatRials(t.feeRials)} از ${formatJalaliDate(t.validFrom)}`]),
      ),
  });
}
