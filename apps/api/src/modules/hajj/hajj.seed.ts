import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { SeedSet } from '../../platform/db/seed';
import { Role } from '../../platform/auth/roles';
import { RegistryMobile, RegistryPerson } from '../../platform/registry/registry-person.entity';
import { RoleAssignment, UserAccount, hashPassword } from '../accounts';
import { OrganisationUnit, OrganisationUnitType } from '../organisations';
import { parseCaravanLine } from './caravans/caravan-file';
import { insertCaravans } from './caravans/caravan-import';
import { importNdjson } from './ndjson-import';
import { parseReceiptLine } from './receipts/receipt-file';
import { insertReceipts } from './receipts/receipt-import';
import { parseSeasonFile } from './season/season-file';
import { saveSeason, SeasonReader } from './season/season.service';

/** The demo files (also inputs of the CLIs): the 1393 season, Bank Melli's receipts, the caravans. */
export const HAJJ_DEMO_DIR = path.join(__dirname, 'demo');
export const HAJJ_DEMO_FILES = {
  season: path.join(HAJJ_DEMO_DIR, 'season-1393.json'),
  receipts: path.join(HAJJ_DEMO_DIR, 'deposit-receipts.ndjson'),
  caravans: path.join(HAJJ_DEMO_DIR, 'hajj-caravans.ndjson'),
};

const DEMO_PASSWORD = 'pishkhan1405';

interface UnitSeed {
  code: string;
  name: string;
  parent: string | null;
  type: OrganisationUnitType;
  province: string | null;
}

/** The Hajj organisation, its Semnan office, a pilgrimage-services office, Tehran's caravans, and Bank Melli's Semnan branch. */
const UNITS: readonly UnitSeed[] = [
  { code: 'HAJJ', name: 'سازمان حج و زیارت', parent: 'NAEO', type: OrganisationUnitType.MINISTRY, province: null },
  { code: 'HAJJ-SEMNAN', name: 'دفتر حج و زیارت استان سمنان', parent: 'HAJJ', type: OrganisationUnitType.PROVINCIAL, province: 'سمنان' },
  {
    code: 'HAJJ-SERVICES-TEHRAN',
    name: 'دفتر خدمات زیارتی تهران',
    parent: 'HAJJ',
    type: OrganisationUnitType.PROVINCIAL,
    province: 'تهران',
  },
  {
    code: 'HAJJ-CARAVANS-TEHRAN',
    name: 'کاروان‌های حج استان تهران',
    parent: 'HAJJ',
    type: OrganisationUnitType.PROVINCIAL,
    province: 'تهران',
  },
  { code: 'BMI', name: 'بانک ملی ایران', parent: 'NAEO', type: OrganisationUnitType.MINISTRY, province: null },
  { code: 'BMI-4310', name: 'شعبه مرکزی بانک ملی سمنان', parent: 'BMI', type: OrganisationUnitType.PROVINCIAL, province: 'سمنان' },
];

interface UserSeed {
  nationalId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: 'F' | 'M';
  mobile: string;
  post: string;
  role: Role;
  unit: string;
}

/** Issue 10's demo users, one per Hajj role (password `pishkhan1405`). */
export const HAJJ_DEMO_USERS: readonly UserSeed[] = [
  {
    nationalId: '0010016015',
    firstName: 'سعید',
    lastName: 'حاجی‌زاده',
    birthDate: '1972-05-05',
    gender: 'M',
    mobile: '09120016015',
    post: 'کارشناس ارشد ثبت‌نام حج',
    role: Role.HAJJ_ADMIN,
    unit: 'HAJJ',
  },
  {
    nationalId: '4310024017',
    firstName: 'معصومه',
    lastName: 'سمنانی',
    birthDate: '1980-08-08',
    gender: 'F',
    mobile: '09120024017',
    post: 'کارشناس دفتر حج و زیارت استان سمنان',
    role: Role.HAJJ_PROVINCIAL_OFFICE,
    unit: 'HAJJ-SEMNAN',
  },
  {
    nationalId: '4310025013',
    firstName: 'کامران',
    lastName: 'ملی‌پور',
    birthDate: '1983-02-02',
    gender: 'M',
    mobile: '09120025013',
    post: 'متصدی شعبه بانک ملی',
    role: Role.BANK_BRANCH_OPERATOR,
    unit: 'BMI-4310',
  },
  {
    nationalId: '0010017011',
    firstName: 'لیلا',
    lastName: 'زیارتی',
    birthDate: '1986-11-11',
    gender: 'F',
    mobile: '09120017011',
    post: 'متصدی دفتر خدمات زیارتی',
    role: Role.PILGRIMAGE_SERVICES_OFFICE,
    unit: 'HAJJ-SERVICES-TEHRAN',
  },
  {
    nationalId: '0010018018',
    firstName: 'رضا',
    lastName: 'مدیری',
    birthDate: '1975-01-01',
    gender: 'M',
    mobile: '09120018018',
    post: 'مدیر کاروان TEH-101',
    role: Role.CARAVAN_MANAGER,
    unit: 'HAJJ-CARAVANS-TEHRAN',
  },
];

async function seedUnits(manager: EntityManager): Promise<Map<string, OrganisationUnit>> {
  const units = new Map<string, OrganisationUnit>();
  for (const seed of UNITS) {
    const parent = seed.parent ? (units.get(seed.parent) ?? (await manager.findOneBy(OrganisationUnit, { code: seed.parent }))) : null;
    const unit = await manager.save(OrganisationUnit, {
      code: seed.code,
      name: seed.name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${seed.code}/`,
      level: parent ? parent.level + 1 : 0,
      type: seed.type,
      province: seed.province,
    });
    units.set(seed.code, unit);
  }
  return units;
}

/** The demo season (active), receipts and caravans, read from the demo files as the CLIs would. */
export async function seedHajjDemoFiles(manager: EntityManager): Promise<void> {
  const parsed = parseSeasonFile(JSON.parse(readFileSync(HAJJ_DEMO_FILES.season, 'utf8')));
  if (!parsed.ok) throw new Error(`demo season file: ${parsed.problems.join('; ')}`);
  const { season } = await saveSeason(manager, parsed.season, true);
  const provinces = await new SeasonReader(manager).provinces(season.id);
  const receipts = await importNdjson(
    demoLines(HAJJ_DEMO_FILES.receipts),
    (json) => parseReceiptLine(json, provinces),
    (batch) => insertReceipts(manager, batch),
  );
  const caravans = await importNdjson(
    demoLines(HAJJ_DEMO_FILES.caravans),
    (json) => parseCaravanLine(json, provinces),
    (batch) => insertCaravans(manager, season.id, batch),
  );
  for (const [file, report] of [
    [HAJJ_DEMO_FILES.receipts, receipts],
    [HAJJ_DEMO_FILES.caravans, caravans],
  ] as const) {
    if (report.rejected > 0)
      throw new Error(`${path.basename(file)}: ${report.rejects.map((r) => `line ${r.line}: ${r.reason}`).join('; ')}`);
  }
}

const demoLines = (file: string) => Readable.from([readFileSync(file, 'utf8')]);

export const hajjSeed: SeedSet = {
  name: 'hajj:demo-season-receipts-caravans-and-users',
  async apply(manager) {
    const units = await seedUnits(manager);
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const user of HAJJ_DEMO_USERS) {
      await manager.insert(RegistryPerson, {
        nationalId: user.nationalId,
        firstName: user.firstName,
        lastName: user.lastName,
        birthDate: user.birthDate,
        gender: user.gender,
        alive: true,
      });
      await manager.insert(RegistryMobile, { mobile: user.mobile, nationalId: user.nationalId });
      const account = await manager.save(UserAccount, {
        nationalId: user.nationalId,
        firstName: user.firstName,
        lastName: user.lastName,
        mobile: user.mobile,
        officePhone: '021-64540000',
        post: user.post,
        passwordHash: hash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        superiorId: null,
      });
      await manager.insert(RoleAssignment, {
        userId: account.id,
        role: user.role,
        organisationUnitId: units.get(user.unit)!.id,
        active: true,
      });
    }
    await seedHajjDemoFiles(manager);
  },
};
