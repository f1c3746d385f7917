import { In, type DataSource } from 'typeorm';
import { toPersianDigits } from '@pishkhan/fa-format';
import type { AuditDirectory } from '../../platform/audit/audit-directory';
import { isUuid } from '../../platform/graphql/id-arg';
import { CampaignWindow } from './cluster-lookup/cluster-campaign.entity';
import { Household } from './household.entity';
import { ChangeType, HouseholdChangeEvent } from './inquiry/household-change-event.entity';
import { SubsidyServiceRequest } from './pilot/subsidy-service-request.entity';
import { HouseholdResponse, ResponseKind } from './responses/household-response.entity';

const EVENT_NAMES: Readonly<Record<ChangeType, string>> = {
  DEATH: 'فوت',
  MARRIAGE: 'ازدواج',
  DIVORCE: 'طلاق',
  CUSTODY: 'حضانت',
  GUARDIANSHIP: 'قیمومیت',
  IRRECONCILABILITY: 'عدم سازش',
  SPONSORSHIP: 'پذیرش سرپرستی',
  BIRTH: 'تولد',
};

const households = (codes: string[]) => `خانوار ${codes.map((code) => toPersianDigits(code)).join('، ')}`;

/** What the households context records in the audit log, in words: each record by its household's tracking code. */
export function registerHouseholdsAuditTargets(directory: AuditDirectory, dataSource: DataSource): void {
  const trackingCodes = async (ids: readonly string[]) =>
    new Map(
      (
        await dataSource.getRepository(Household).find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, trackingCode: true } })
      ).map((h) => [h.id, h.trackingCode]),
    );
  directory.registerTarget({
    targetType: 'household',
    describe: async (ids) => new Map([...(await trackingCodes(ids))].map(([id, code]) => [id, households([code])])),
  });
  directory.registerTarget({
    targetType: 'household_response',
    mutations: ['confirmHousehold', 'fileClusterObjection', 'resolveClusterObjection'],
    describe: async (ids) => {
      const responses = await dataSource
        .getRepository(HouseholdResponse)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, householdId: true, kind: true } });
      const codes = await trackingCodes(responses.map((r) => r.householdId));
      return new Map(
        responses.map((r) => [
          r.id,
          `${r.kind === ResponseKind.OBJECTION ? 'اعتراض' : 'تأیید اطلاعات'} ${households([codes.get(r.householdId) ?? ''])}`,
        ]),
      );
    },
  });
  directory.registerTarget({
    targetType: 'household_change_event',
    mutations: ['registerVitalEvent'],
    describe: async (ids) => {
      const events = await dataSource
        .getRepository(HouseholdChangeEvent)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, type: true, householdIds: true } });
      const codes = await trackingCodes(events.flatMap((e) => e.householdIds));
      return new Map(
        events.map((e) => [
          e.id,
          `رویداد ${EVENT_NAMES[e.type]}، ${households(e.householdIds.map((id) => codes.get(id) ?? '').filter((code) => code !== ''))}`,
        ]),
      );
    },
  });
  directory.registerTarget({
    targetType: 'campaign_window',
    mutations: ['updateCampaignWindow'],
    describe: async (ids) => {
      const windows = await dataSource.getRepository(CampaignWindow).find({ where: { id: In(ids.filter(isUuid)) } });
      return new Map(
        windows.map((w) => [
          w.id,
          w.catchUp
            ? 'بازهٔ جاماندگان'
            : `بازهٔ ${toPersianDigits(w.minSize ?? 1)}${w.maxSize === null ? ' نفر و بیشتر' : ` تا ${toPersianDigits(w.maxSize)} نفر`}`,
        ]),
      );
    },
  });
  directory.registerTarget({
    targetType: 'subsidy_service_request',
    describe: async (ids) =>
      new Map(
        (
          await dataSource
            .getRepository(SubsidyServiceRequest)
            .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, service: true } })
        ).map((r) => [r.id, `درخواست امور یارانه (${EVENT_NAMES[r.service as unknown as ChangeType] ?? ''})`]),
      ),
  });
}
