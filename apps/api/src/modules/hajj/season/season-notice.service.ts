import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../platform/graphql/context';
import type { HajjPublicGate } from '../hajj-public-gate';
import type { HajjSeasonNoticeView } from './season.type';
import { SeasonReader, seasonView } from './season.service';

/** The active season's public notice (counted with the caravan lists' per-IP limit). */
export class SeasonNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: HajjPublicGate,
  ) {}

  async notice(ctx: Pick<RequestContext, 'ip'>): Promise<HajjSeasonNoticeView | null> {
    await this.gate.passCaravanList(ctx);
    const season = await new SeasonReader(this.dataSource.manager).active();
    if (!season) return null;
    const view = await seasonView(this.dataSource.manager, season);
    return {
      code: view.code,
      title: view.title,
      onlineSharePercent: view.onlineSharePercent,
      holdMinutes: view.holdMinutes,
      groups: view.groups,
    };
  }
}
