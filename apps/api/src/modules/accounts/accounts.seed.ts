import type { EntityManager } from 'typeorm';
import { withCheckDigit } from '@pishkhan/national-id';
import type { SeedSet } from '../../platform/db/seed';
import { Role } from '../../platform/auth/roles';
import { RegistryMobile, RegistryPerson } from '../../platform/registry/registry-person.entity';
import { OrganisationUnit, OrganisationUnitType } from '../organisations';
import { RegistrationRequest } from './registration-request.entity';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount } from './user-account.entity';
import { hashPassword } from './password-hasher';

/** Every demo user's password (the README lists the users). */
export const DEMO_PASSWORD = 'pishkhan1405';

interface UnitSeed {
  code: string;
  name: string;
  parent: string | null;
  type: OrganisationUnitType;
  province: string | null;
}

/** The seed's Ministry of Energy under the senior lead's national office, and one provincial planning office. */
export const DEMO_UNITS: readonly UnitSeed[] = [
  { code: 'NAEO', name: 'سازمان اداری و استخدامی کشور', parent: null, type: OrganisationUnitType.NATIONAL_OFFICE, province: null },
  { code: 'MOE', name: 'وزارت نیرو', parent: 'NAEO', type: OrganisationUnitType.MINISTRY, province: null },
  { code: 'MOE-HQ', name: 'ستاد وزارت نیرو', parent: 'MOE', type: OrganisationUnitType.HEADQUARTERS, province: null },
  { code: 'MOE-TAVANIR', name: 'شرکت مادرتخصصی توانیر', parent: 'MOE', type: OrganisationUnitType.SUBSIDIARY, province: null },
  { code: 'MOE-WRM', name: 'شرکت مدیریت منابع آب ایران', parent: 'MOE', type: OrganisationUnitType.SUBSIDIARY, province: null },
  { code: 'MOE-WRM-SEMNAN', name: 'شرکت آب منطقه‌ای سمنان', parent: 'MOE-WRM', type: OrganisationUnitType.PROVINCIAL, province: 'سمنان' },
  { code: 'MOE-WRM-TEHRAN', name: 'شرکت آب منطقه‌ای تهران', parent: 'MOE-WRM', type: OrganisationUnitType.PROVINCIAL, province: 'تهران' },
  {
    code: 'MOE-TAVANIR-SEMNAN',
    name: 'شرکت توزیع نیروی برق استان سمنان',
    parent: 'MOE-TAVANIR',
    type: OrganisationUnitType.PROVINCIAL,
    province: 'سمنان',
  },
  {
    code: 'MOE-WRM-SEMNAN-SHAHROUD',
    name: 'امور منابع آب شهرستان شاهرود',
    parent: 'MOE-WRM-SEMNAN',
    type: OrganisationUnitType.REGIONAL,
    province: 'سمنان',
  },
  {
    code: 'MOE-WRM-SEMNAN-GARMSAR',
    name: 'امور منابع آب شهرستان گرمسار',
    parent: 'MOE-WRM-SEMNAN',
    type: OrganisationUnitType.REGIONAL,
    province: 'سمنان',
  },
  {
    code: 'MPO-SEMNAN',
    name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان',
    parent: 'NAEO',
    type: OrganisationUnitType.PROVINCIAL,
    province: 'سمنان',
  },
  { code: 'NOCR', name: 'سازمان ثبت احوال کشور', parent: 'NAEO', type: OrganisationUnitType.MINISTRY, province: null },
  { code: 'NOCR-SEMNAN', name: 'اداره کل ثبت احوال استان سمنان', parent: 'NOCR', type: OrganisationUnitType.PROVINCIAL, province: 'سمنان' },
  { code: 'POST-QAZVIN', name: 'دفتر پست مرکزی قزوین', parent: 'NAEO', type: OrganisationUnitType.REGIONAL, province: 'قزوین' },
];

export interface DemoPerson {
  key: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: 'F' | 'M';
  mobile: string;
  post: string;
  /** Roles held, as [role, unit code]; none for people who only exist in the civil registry. */
  roles: ReadonlyArray<readonly [Role, string]>;
  /** The key of the person whose approval made him a subordinate (to whom he can be referred). */
  superior?: string;
}

const person = (
  key: string,
  nine: string,
  firstName: string,
  lastName: string,
  birthDate: string,
  gender: 'F' | 'M',
  mobile: string,
  post: string,
  roles: DemoPerson['roles'],
  superior?: string,
): DemoPerson => ({
  key,
  nationalId: withCheckDigit(nine),
  firstName,
  lastName,
  birthDate,
  gender,
  mobile,
  post,
  roles,
  superior,
});

/** Demo people: users for every Ma'na role (one with two roles), and applicants known only to the registry. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('seniorLead', '001000101', 'مریم', 'احمدی', '1975-03-02', 'F', '09120000101', 'مدیرکل مدیریت عملکرد', [
    [Role.SENIOR_LEAD, 'NAEO'],
  ]),
  person('leadEvaluator', '001000202', 'علی', 'رضایی', '1978-06-15', 'M', '09120000202', 'مدیرکل ارزیابی عملکرد وزارت نیرو', [
    [Role.LEAD_EVALUATOR, 'MOE'],
    [Role.APPROVER, 'MOE-HQ'],
  ]),
  person(
    'approver',
    '001000303',
    'حسن',
    'کریمی',
    '1980-09-21',
    'M',
    '09120000303',
    'معاون برنامه‌ریزی منابع آب',
    [[Role.APPROVER, 'MOE-WRM']],
    'leadEvaluator',
  ),
  person(
    'entrant',
    '431000404',
    'زهرا',
    'محمدی',
    '1988-01-30',
    'F',
    '09120000404',
    'کارشناس برنامه‌ریزی',
    [[Role.DATA_ENTRANT, 'MOE-WRM-SEMNAN']],
    'approver',
  ),
  person(
    'hqEntrant',
    '001000505',
    'رضا',
    'حسینی',
    '1990-11-11',
    'M',
    '09120000505',
    'کارشناس ستاد',
    [[Role.DATA_ENTRANT, 'MOE-HQ']],
    'leadEvaluator',
  ),
  person('planningDeputy', '431000606', 'فاطمه', 'موسوی', '1976-04-04', 'F', '09120000606', 'معاون توسعه مدیریت استان سمنان', [
    [Role.PROVINCIAL_PLANNING_DEPUTY, 'MPO-SEMNAN'],
  ]),
  person('honorary', '001000707', 'محمد', 'جعفری', '1965-12-12', 'M', '09120000707', 'ارزیاب افتخاری', [[Role.HONORARY_EVALUATOR, 'NAEO']]),
  person('admin', '001000808', 'سارا', 'نوری', '1985-07-07', 'F', '09120000808', 'مدیر سامانه', [[Role.SYSTEM_ADMIN, 'NAEO']]),
  person('registryOperator', '431001313', 'پریسا', 'حیدری', '1987-06-06', 'F', '09120001313', 'کارشناس ثبت وقایع', [
    [Role.CIVIL_REGISTRY_OPERATOR, 'NOCR-SEMNAN'],
  ]),
  person('postOperator', '288001414', 'بهرام', 'شریفی', '1984-09-09', 'M', '09120001414', 'متصدی دفتر پست', [
    [Role.ASSISTED_CHANNEL_OPERATOR, 'POST-QAZVIN'],
  ]),
  person('applicant', '431000909', 'نرگس', 'صالحی', '1992-02-14', 'F', '09120000909', 'کارشناس آمار', []),
  person('applicant2', '431001010', 'امیر', 'قاسمی', '1991-05-05', 'M', '09120001010', 'کارشناس فنی', []),
  person('applicant3', '001001111', 'لیلا', 'عباسی', '1993-08-08', 'F', '09120001111', 'کارشناس مالی', []),
  person('applicant4', '431001212', 'مهدی', 'یوسفی', '1989-10-10', 'M', '09120001212', 'کارشناس منابع آب', []),
];

export const demoPerson = (key: string): DemoPerson => DEMO_PEOPLE.find((p) => p.key === key)!;

async function seedUnits(manager: EntityManager): Promise<Map<string, OrganisationUnit>> {
  const units = new Map<string, OrganisationUnit>();
  for (const seed of DEMO_UNITS) {
    const parent = seed.parent ? units.get(seed.parent)! : null;
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

export const accountsSeed: SeedSet = {
  name: 'accounts:demo-organisation-and-users',
  async apply(manager) {
    const units = await seedUnits(manager);
    const hash = await hashPassword(DEMO_PASSWORD);
    const users = new Map<string, UserAccount>();
    for (const p of DEMO_PEOPLE) {
      await manager.insert(RegistryPerson, {
        nationalId: p.nationalId,
        firstName: p.firstName,
        lastName: p.lastName,
        birthDate: p.birthDate,
        gender: p.gender,
        alive: true,
      });
      await manager.insert(RegistryMobile, { mobile: p.mobile, nationalId: p.nationalId });
      if (p.roles.length === 0) continue;
      const user = await manager.save(UserAccount, {
        nationalId: p.nationalId,
        firstName: p.firstName,
        lastName: p.lastName,
        mobile: p.mobile,
        officePhone: '021-61610000',
        post: p.post,
        passwordHash: hash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        superiorId: null,
      });
      users.set(p.key, user);
      for (const [role, unitCode] of p.roles)
        await manager.insert(RoleAssignment, { userId: user.id, role, organisationUnitId: units.get(unitCode)!.id, active: true });
    }
    for (const p of DEMO_PEOPLE) {
      if (p.superior) await manager.update(UserAccount, { id: users.get(p.key)!.id }, { superiorId: users.get(p.superior)!.id });
    }
    // Two requests waiting for the water-resources approver.
    const approver = users.get('approver')!;
    for (const [key, unitCode, trackingCode] of [
      ['applicant2', 'MOE-WRM-SEMNAN', '140509020001'],
      ['applicant3', 'MOE-WRM-TEHRAN', '140509020002'],
    ] as const) {
      const p = demoPerson(key);
      await manager.insert(RegistrationRequest, {
        trackingCode,
        nationalId: p.nationalId,
        firstName: p.firstName,
        lastName: p.lastName,
        mobile: p.mobile,
        birthDate: p.birthDate,
        officePhone: '023-33330000',
        post: p.post,
        requestedRole: Role.DATA_ENTRANT,
        organisationUnitId: units.get(unitCode)!.id,
        approverId: approver.id,
      });
    }
  },
};
