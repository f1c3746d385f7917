import type { ContextModule } from '../../platform/context';
import { CartableResolver } from './cartable.resolver';
import { ChainEventResolver, IndicatorHistoryResolver } from './chain-history.resolver';
import { EntryFilesResolver } from './entry-files.resolver';
import { registerPerformanceAuditTargets } from './performance-audit';
import { EvaluationPeriod } from './evaluation-period.entity';
import { IndicatorDecisionService } from './indicator-decision.service';
import { IndicatorProposal } from './indicator-proposal.entity';
import { Indicator } from './indicator.entity';
import { IndicatorResolver } from './indicator.resolver';
import { PerformanceEntry } from './performance-entry.entity';
import { PerformanceLoaders } from './performance.loaders';
import { EVIDENCE_PURPOSE, PerformanceEvidence } from './performance-evidence';
import { ReferralReferrerIndex1764460000000 } from './migrations/1764460000000-referral-referrer-index';
import { PerformanceQueryService } from './performance-query.service';
import { performanceSeed } from './performance.seed';
import { ProposalService } from './proposal.service';
import { Referral } from './referral.entity';
import { ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';

/** Ma'na performance management: periods, indicators, referrals, entries, approvals, proposals. */
export const performanceModule: ContextModule = {
  name: 'performance',
  resolvers: [IndicatorResolver, ReferralResolver, CartableResolver, IndicatorHistoryResolver, ChainEventResolver, EntryFilesResolver],
  entities: [EvaluationPeriod, Indicator, Referral, PerformanceEntry, IndicatorProposal],
  seed: performanceSeed,
  migrations: [ReferralReferrerIndex1764460000000],
  compose: ({ dataSource, readDataSource, audit, files }) => {
    const evidence = new PerformanceEvidence(dataSource, files.service);
    files.access.register(EVIDENCE_PURPOSE, evidence.mayDownload);
    registerPerformanceAuditTargets(audit.directory, dataSource);
    const queries = new PerformanceQueryService(dataSource, readDataSource);
    const referrals = new ReferralService(dataSource, audit, evidence);
    const loaders = new PerformanceLoaders(dataSource);
    return {
      resolvers: [
        new IndicatorResolver(loaders, queries, referrals, new IndicatorDecisionService(dataSource, audit)),
        new ReferralResolver(loaders, queries, referrals),
        new CartableResolver(queries, new ProposalService(dataSource, audit)),
        new IndicatorHistoryResolver(dataSource),
        new ChainEventResolver(loaders),
        new EntryFilesResolver(files.service),
      ],
    };
  },
};
