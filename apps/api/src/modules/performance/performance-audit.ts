import { In, type DataSource } from 'typeorm';
import type { AuditDirectory } from '../../platform/audit/audit-directory';
import { isUuid } from '../../platform/graphql/id-arg';
import { UserAccount } from '../accounts';
import { EvaluationPeriod } from './evaluation-period.entity';
import { IndicatorProposal } from './indicator-proposal.entity';
import { Indicator } from './indicator.entity';
import { Referral } from './referral.entity';

/** What Ma'na records in the audit log, in words: indicators and proposals by title, referrals by indicator and receiver. */
export function registerPerformanceAuditTargets(directory: AuditDirectory, dataSource: DataSource): void {
  const titles = async (ids: readonly string[]) =>
    new Map(
      (await dataSource.getRepository(Indicator).find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, title: true } })).map(
        (i) => [i.id, i.title],
      ),
    );
  directory.registerTarget({
    targetType: 'indicator',
    mutations: ['approveIndicator', 'evaluateIndicator'],
    describe: async (ids) => new Map([...(await titles(ids))].map(([id, title]) => [id, `شاخص «${title}»`])),
  });
  directory.registerTarget({
    targetType: 'referral',
    mutations: ['finishReferral', 'returnReferral'],
    describe: async (ids) => {
      const referrals = await dataSource
        .getRepository(Referral)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, indicatorId: true, assigneeId: true, province: true } });
      const [indicatorTitles, people] = await Promise.all([
        titles(referrals.map((r) => r.indicatorId)),
        dataSource
          .getRepository(UserAccount)
          .find({ where: { id: In(referrals.map((r) => r.assigneeId)) }, select: { id: true, firstName: true, lastName: true } }),
      ]);
      const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
      return new Map(
        referrals.map((r) => {
          const to = [names.get(r.assigneeId), r.province === null ? null : `استان ${r.province}`]
            .filter((part): part is string => Boolean(part))
            .join('، ');
          return [r.id, `ارجاع شاخص «${indicatorTitles.get(r.indicatorId) ?? ''}»${to ? ` به ${to}` : ''}`];
        }),
      );
    },
  });
  directory.registerTarget({
    targetType: 'indicator_proposal',
    mutations: ['proposeIndicator', 'approveIndicatorProposal', 'rejectIndicatorProposal'],
    describe: async (ids) =>
      new Map(
        (
          await dataSource
            .getRepository(IndicatorProposal)
            .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, title: true } })
        ).map((p) => [p.id, `پیشنهاد شاخص «${p.title}»`]),
      ),
  });
  directory.registerTarget({
    targetType: 'evaluation_period',
    describe: async (ids) =>
      new Map(
        (
          await dataSource
            .getRepository(EvaluationPeriod)
            .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, title: true } })
        ).map((p) => [p.id, `دورهٔ «${p.title}»`]),
      ),
  });
}
