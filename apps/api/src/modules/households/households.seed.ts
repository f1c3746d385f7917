import type { EntityManager } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import type { SeedSet } from '../../platform/db/seed';
import { CampaignWindow, ClusterCampaign } from './cluster-lookup/cluster-campaign.entity';
import { Household } from './household.entity';
import { HouseholdMember, Relation } from './household-member.entity';
import { SubsidyPilot } from './pilot/subsidy-pilot.entity';

/** Seed 001: the pilot's prefixes (657 and 659 listed twice in the letter, once here). */
export const PILOT_PREFIXES = ['657', '659', '658', '642', '640', '530', '520', '521', '750', '752'];
export const PILOT_MESSAGE = 'خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱';

interface DemoHousehold {
  trackingCode: string;
  cluster: number;
  province: string;
  armedForces: boolean;
  /** First nine digits of each member's national ID, head first. */
  members: Array<{ nine: string; firstName: string; lastName: string; birthDate: string; gender: 'F' | 'M'; relation: Relation }>;
}

const family = (lastName: string, nines: string[], firstNames: string[]): DemoHousehold['members'] =>
  nines.map((nine, i) => ({
    nine,
    firstName: firstNames[i] ?? 'عضو',
    lastName,
    birthDate: i === 0 ? '1975-05-01' : i === 1 ? '1979-08-15' : `${2000 + i}-03-2${i}`,
    gender: i === 1 ? 'F' : i % 2 ? 'F' : 'M',
    relation: i === 0 ? Relation.HEAD : i === 1 ? Relation.SPOUSE : Relation.CHILD,
  }));

/** Demo households of every size band, one in the pilot (prefix 657), one armed-forces household. */
export const DEMO_HOUSEHOLDS: readonly DemoHousehold[] = [
  { trackingCode: '18811030000001', cluster: 2, province: 'قزوین', armedForces: false, members: family('کاظمی', ['288100001'], ['رضا']) },
  {
    trackingCode: '18811030000002',
    cluster: 4,
    province: 'قزوین',
    armedForces: false,
    members: family('رحیمی', ['288100002', '288100003', '288100004'], ['مهدی', 'سمیه', 'علی']),
  },
  {
    trackingCode: '18811030000003',
    cluster: 6,
    province: 'تهران',
    armedForces: false,
    members: family('نجفی', ['001200005', '001200006', '001200007', '001200008'], ['حمید', 'نرگس', 'سارا', 'امین']),
  },
  {
    trackingCode: '18811030000004',
    cluster: 3,
    province: 'سمنان',
    armedForces: false,
    members: family('اکبری', ['657100009', '657100010', '657100011', '657100012', '657100013'], ['یوسف', 'زهره', 'محسن', 'مریم', 'حسین']),
  },
  {
    trackingCode: '18811030000005',
    cluster: 7,
    province: 'تهران',
    armedForces: true,
    members: family('صادقی', ['001200014', '001200015'], ['کامران', 'لیلا']),
  },
];

async function seedHouseholds(manager: EntityManager): Promise<void> {
  for (const demo of DEMO_HOUSEHOLDS) {
    const household = await manager.save(Household, {
      trackingCode: demo.trackingCode,
      incomeCluster: demo.cluster,
      province: demo.province,
      armedForces: demo.armedForces,
    });
    for (const m of demo.members) {
      await manager.insert(HouseholdMember, {
        householdId: household.id,
        nationalId: withCheckDigit(m.nine),
        firstName: m.firstName,
        lastName: m.lastName,
        birthDate: m.birthDate,
        gender: m.gender,
        relation: m.relation,
        joinedAt: '2009-03-21',
        leftAt: null,
      });
    }
  }
}

/** Seed 000's campaign (Qazvin, 1388/11): windows by household size and the catch-up window. */
async function seedCampaign(manager: EntityManager): Promise<void> {
  const campaign = await manager.save(ClusterCampaign, { title: 'اعلام خوشه درآمدی خانوارها، بهمن ۱۳۸۸', active: true });
  const windows = [
    { minSize: 1, maxSize: 2, startDate: '2010-01-23', endDate: '2010-01-25' },
    { minSize: 3, maxSize: 3, startDate: '2010-01-26', endDate: '2010-01-28' },
    { minSize: 4, maxSize: 4, startDate: '2010-01-29', endDate: '2010-01-31' },
    { minSize: 5, maxSize: null, startDate: '2010-02-01', endDate: '2010-02-03' },
  ];
  for (const w of windows) await manager.insert(CampaignWindow, { campaignId: campaign.id, ...w, catchUp: false });
  await manager.insert(CampaignWindow, {
    campaignId: campaign.id,
    minSize: null,
    maxSize: null,
    catchUp: true,
    startDate: '2010-02-04',
    endDate: '2010-02-11',
  });
}

export const householdsSeed: SeedSet = {
  name: 'households:demo-households-campaign-and-pilot',
  async apply(manager) {
    await seedHouseholds(manager);
    await seedCampaign(manager);
    // Seed 001: the Semnan pilot from 00:00 of 1403/04/20 in Tehran.
    await manager.insert(SubsidyPilot, {
      province: 'سمنان',
      startsAt: new Date('2024-07-10T00:00:00+03:30'),
      prefixes: PILOT_PREFIXES,
      refusalCode: '390831',
      refusalMessage: PILOT_MESSAGE,
      portalUrl: 'https://ncr.ir',
      active: true,
    });
  },
};
