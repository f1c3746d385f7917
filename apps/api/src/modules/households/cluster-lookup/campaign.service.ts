import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import { CampaignWindow, ClusterCampaign } from './cluster-campaign.entity';
import type { CampaignWindowInput } from './cluster-lookup.inputs';
import type { ClusterCampaignView } from './cluster-lookup.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** The campaign's windows are data an administrator edits (seed 000: the next campaign has other dates). */
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async active(): Promise<ClusterCampaignView | null> {
    const campaign = await this.dataSource.getRepository(ClusterCampaign).findOneBy({ active: true });
    if (!campaign) return null;
    const windows = await this.dataSource
      .getRepository(CampaignWindow)
      .find({ where: { campaignId: campaign.id }, order: { catchUp: 'ASC', minSize: 'ASC' } });
    return { ...campaign, windows };
  }

  async updateWindow(ctx: Ctx, id: string, input: CampaignWindowInput): Promise<CampaignWindow> {
    if (input.endDate < input.startDate) throw new BadInputError('input.endDate', 'The end cannot be before the start');
    if (input.minSize !== undefined && input.maxSize !== undefined && input.maxSize < input.minSize)
      throw new BadInputError('input.maxSize', 'The largest size cannot be below the smallest');
    return this.dataSource.transaction(async (manager) => {
      const window = await manager.findOne(CampaignWindow, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!window) throw new NotFoundError('The campaign window');
      const changes = {
        startDate: input.startDate,
        endDate: input.endDate,
        ...(window.catchUp
          ? {}
          : { minSize: input.minSize ?? window.minSize, maxSize: input.maxSize === undefined ? window.maxSize : input.maxSize }),
      };
      await manager.update(CampaignWindow, { id }, changes);
      await this.audit.record(
        ctx,
        {
          action: 'households.campaign.window.update',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'campaign_window',
          targetId: id,
          details: { before: { start: window.startDate, end: window.endDate }, after: changes },
        },
        manager,
      );
      return { ...window, ...changes };
    });
  }
}
