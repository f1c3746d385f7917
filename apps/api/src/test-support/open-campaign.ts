import type { DataSource } from 'typeorm';
import { CampaignWindow, ClusterCampaign } from '../modules/households/cluster-lookup/cluster-campaign.entity';
import { addDays, tehranToday } from '../platform/time/tehran-date';

/**
 * Makes a campaign whose one window (every household size) is open today, on a database of the
 * test's own (households.int.test.ts owns the campaign of the run's shared database).
 */
export async function openCampaign(db: DataSource): Promise<void> {
  await db.query(`UPDATE cluster_campaign SET active = false WHERE active`);
  const campaign = await db.getRepository(ClusterCampaign).save({ title: 'کارزار آزمون', active: true });
  const today = tehranToday();
  await db.getRepository(CampaignWindow).save({
    campaignId: campaign.id,
    minSize: 1,
    maxSize: null,
    catchUp: false,
    startDate: addDays(today, -1),
    endDate: addDays(today, 1),
  });
}
