import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import { Household } from '../modules/households/household.entity';
import { HouseholdMember, Relation } from '../modules/households/household-member.entity';
import { CampaignWindow, ClusterCampaign } from '../modules/households/cluster-lookup/cluster-campaign.entity';

export interface TestHousehold {
  id: string;
  trackingCode: string;
  headNationalId: string;
  memberIds: string[];
}

/** A household of `size` members with an unguessable tracking code, head first; IDs may take a prefix. */
export async function createHousehold(
  db: DataSource,
  size: number,
  options: { cluster?: number; armedForces?: boolean; prefix?: string } = {},
): Promise<TestHousehold> {
  const trackingCode = String(randomInt(10 ** 13, 10 ** 14 - 1));
  const household = await db
    .getRepository(Household)
    .save({ trackingCode, incomeCluster: options.cluster ?? 3, province: 'قزوین', armedForces: options.armedForces ?? false });
  const ids: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const nationalId = withCheckDigit(`${options.prefix ?? String(randomInt(100, 999))}${String(randomInt(0, 999_999)).padStart(6, '0')}`);
    ids.push(nationalId);
    await db.getRepository(HouseholdMember).insert({
      householdId: household.id,
      nationalId,
      firstName: 'عضو',
      lastName: 'آزمون',
      birthDate: '1980-01-01',
      gender: 'M',
      relation: i === 0 ? Relation.HEAD : Relation.CHILD,
      joinedAt: '2010-01-01',
      leftAt: null,
    });
  }
  return { id: household.id, trackingCode, headNationalId: ids[0]!, memberIds: ids };
}

/**
 * Makes the one active campaign's windows: the band of `sizes` from `open[0]` to `open[1]` (ISO
 * dates), every other band closed in the past, and the catch-up window as given. Integration tests
 * share one database, so the file that owns campaign windows is households.int.test.ts alone.
 */
export async function resetCampaign(db: DataSource): Promise<Record<string, CampaignWindow>> {
  await db.query(`UPDATE cluster_campaign SET active = false WHERE active`);
  const campaign = await db.getRepository(ClusterCampaign).save({ title: 'کارزار آزمون', active: true });
  const make = (minSize: number | null, maxSize: number | null, catchUp: boolean) =>
    db
      .getRepository(CampaignWindow)
      .save({ campaignId: campaign.id, minSize, maxSize, catchUp, startDate: '2010-01-01', endDate: '2010-01-02' });
  return {
    small: await make(1, 2, false),
    three: await make(3, 3, false),
    four: await make(4, 4, false),
    large: await make(5, null, false),
    catchUp: await make(null, null, true),
  };
}
