import type { EntityManager } from 'typeorm';
import type { SeedSet } from '../../platform/db/seed';
import { Role } from '../../platform/auth/roles';
import { RegistryMobile, RegistryPerson } from '../../platform/registry/registry-person.entity';
import { addDays, tehranToday } from '../../platform/time/tehran-date';
import { RoleAssignment, UserAccount, hashPassword } from '../accounts';
import { OrganisationUnit, OrganisationUnitType } from '../organisations';
import { AppointmentStatus, BookingChannel, VerificationAppointment } from './appointment.entity';
import { ComplaintChannel, ComplaintStatus, CounterOfficeComplaint } from './complaint.entity';
import { CounterOffice, CounterOfficeDay, CounterOfficeStatus, CounterServiceTariff } from './counter-office.entity';
import { ASSOCIATION_UNIT_CODE, officeUnitCode } from './office-import';

/** Every demo user's password (as everywhere in the demo). */
const DEMO_PASSWORD = 'pishkhan1405';

/** The demo office of the demo operator (تهران); open every day so that the demo works any day. */
export const DEMO_OPERATOR_OFFICE = '11110001';
export const SERVICE_TITLE = 'احراز هویت اتباع خارجی';
export const APPROVED_FEE_RIALS = 270_000;

export const COUNTER_DEMO_USERS = [
  {
    key: 'counterOperator',
    nationalId: '0010019014',
    firstName: 'کاوه',
    lastName: 'توکلی',
    mobile: '09120019014',
    post: 'کاربر دفتر پیشخوان',
    role: Role.COUNTER_OFFICE_OPERATOR,
    unit: officeUnitCode(DEMO_OPERATOR_OFFICE),
  },
  {
    key: 'foreignNationalsInspector',
    nationalId: '0010020012',
    firstName: 'شیرین',
    lastName: 'افشار',
    mobile: '09120020012',
    post: 'بازرس اداره کل امور اتباع',
    role: Role.FOREIGN_NATIONALS_INSPECTOR,
    unit: 'MOI-BAFIA',
  },
  {
    key: 'counterOfficesAdmin',
    nationalId: '0010021019',
    firstName: 'بهزاد',
    lastName: 'نیک‌نام',
    mobile: '09120021019',
    post: 'کارشناس کانون کشوری دفاتر پیشخوان',
    role: Role.COUNTER_OFFICES_ADMIN,
    unit: ASSOCIATION_UNIT_CODE,
  },
] as const;

const ALL_WEEK = [0, 1, 2, 3, 4, 5, 6];
const SAT_TO_THU = [0, 1, 2, 3, 4, 5];

const DEMO_OFFICES = [
  {
    code: DEMO_OPERATOR_OFFICE,
    name: 'دفتر پیشخوان دولت میدان انقلاب',
    province: 'تهران',
    city: 'تهران',
    address: 'تهران، خیابان انقلاب، نبش خیابان فلسطین، پلاک ۱۲',
    phone: '02166400001',
    dailyCapacity: 40,
    openWeekdays: ALL_WEEK,
  },
  {
    code: '11110002',
    name: 'دفتر پیشخوان دولت ونک',
    province: 'تهران',
    city: 'تهران',
    address: 'تهران، میدان ونک، خیابان ملاصدرا، پلاک ۴۵',
    phone: '02188600002',
    dailyCapacity: 30,
    openWeekdays: SAT_TO_THU,
  },
  {
    code: '11120003',
    name: 'دفتر پیشخوان دولت شهر ری',
    province: 'تهران',
    city: 'ری',
    address: 'شهر ری، خیابان فدائیان اسلام، پلاک ۸',
    phone: '02155900003',
    dailyCapacity: 20,
    openWeekdays: [0, 1, 2, 3, 4],
  },
  {
    code: '21110001',
    name: 'دفتر پیشخوان دولت چهارباغ',
    province: 'اصفهان',
    city: 'اصفهان',
    address: 'اصفهان، خیابان چهارباغ عباسی، پلاک ۲۰',
    phone: '03132200001',
    dailyCapacity: 25,
    openWeekdays: SAT_TO_THU,
  },
  {
    code: '31110001',
    name: 'دفتر پیشخوان دولت طبرسی',
    province: 'خراسان رضوی',
    city: 'مشهد',
    address: 'مشهد، خیابان طبرسی، پلاک ۷۷',
    phone: '05132700001',
    dailyCapacity: 35,
    openWeekdays: SAT_TO_THU,
  },
  {
    code: '41110001',
    name: 'دفتر پیشخوان دولت صفائیه',
    province: 'قم',
    city: 'قم',
    address: 'قم، خیابان صفائیه، پلاک ۳',
    phone: '02537700001',
    dailyCapacity: 20,
    openWeekdays: SAT_TO_THU,
  },
];

async function unit(
  manager: EntityManager,
  code: string,
  name: string,
  parent: OrganisationUnit,
  type: OrganisationUnitType,
  province: string | null,
): Promise<OrganisationUnit> {
  return manager.save(OrganisationUnit, {
    code,
    name,
    parentId: parent.id,
    path: `${parent.path}${code}/`,
    level: parent.level + 1,
    type,
    province,
  });
}

/** Seed 003's demo: the association and the bureau, offices with their units, the fee, a few days of calendar, the three demo users. */
export const counterOfficesSeed: SeedSet = {
  name: 'counter-offices:demo-offices-and-users',
  async apply(manager) {
    const root = await manager.findOneByOrFail(OrganisationUnit, { code: 'NAEO' });
    const association = await unit(
      manager,
      ASSOCIATION_UNIT_CODE,
      'کانون کشوری دفاتر پیشخوان دولت',
      root,
      OrganisationUnitType.MINISTRY,
      null,
    );
    await unit(manager, 'MOI-BAFIA', 'اداره کل امور اتباع و مهاجرین خارجی وزارت کشور', root, OrganisationUnitType.MINISTRY, null);
    const offices = new Map<string, CounterOffice>();
    for (const o of DEMO_OFFICES) {
      const officeUnit = await unit(manager, officeUnitCode(o.code), o.name, association, OrganisationUnitType.REGIONAL, o.province);
      offices.set(
        o.code,
        await manager.save(CounterOffice, {
          ...o,
          organisationUnitId: officeUnit.id,
          status: CounterOfficeStatus.ACTIVE,
          queuePersonName: null,
          queuePersonMobile: null,
        }),
      );
    }
    await manager.update(
      CounterOffice,
      { code: DEMO_OPERATOR_OFFICE },
      { queuePersonName: 'رضا انتظامی', queuePersonMobile: '09120019099' },
    );
    await manager.insert(CounterServiceTariff, {
      title: SERVICE_TITLE,
      feeRials: APPROVED_FEE_RIALS,
      validFrom: '2024-03-20',
      validTo: null,
    });

    const today = tehranToday();
    // A closed date and a smaller day at Vanak, in the coming days.
    await manager.insert(CounterOfficeDay, [
      { officeId: offices.get('11110002')!.id, day: addDays(today, 3), closed: true, capacity: null, note: 'تعطیلی برای بازسازی' },
      { officeId: offices.get('11110002')!.id, day: addDays(today, 4), closed: false, capacity: 10, note: 'نیمه‌وقت' },
    ]);
    // A few applicants already booked, for the day list and the fill rates (every office keeps 80 % of
    // each day online and the rest for walk-ins at the counter; the last one walked in today).
    const applicants = [
      ['100200300401', 'محمد', 'حسینی', 'غلام', 'افغانستان', '09350000401', DEMO_OPERATOR_OFFICE, 0, BookingChannel.ONLINE],
      ['100200300402', 'زینب', 'رضایی', 'علی', 'افغانستان', '09350000402', DEMO_OPERATOR_OFFICE, 0, BookingChannel.ONLINE],
      ['100200300403', 'حیدر', 'کاظمی', 'حسن', 'عراق', '09350000403', DEMO_OPERATOR_OFFICE, 1, BookingChannel.ONLINE],
      ['100200300404', 'فاطمه', 'نوری', 'احمد', 'افغانستان', '09350000404', '31110001', 1, BookingChannel.ONLINE],
      ['100200300405', 'علی', 'جعفری', 'محمود', 'پاکستان', '09350000405', '41110001', 2, BookingChannel.ONLINE],
      ['100200300406', 'مریم', 'احمدی', 'یوسف', 'افغانستان', '09350000406', DEMO_OPERATOR_OFFICE, 0, BookingChannel.COUNTER],
    ] as const;
    let n = 0;
    for (const [identificationNumber, firstName, lastName, fatherName, nationality, mobile, code, inDays, channel] of applicants) {
      n += 1;
      await manager.insert(VerificationAppointment, {
        trackingCode: `90000000${String(n).padStart(2, '0')}`,
        officeId: offices.get(code)!.id,
        day: addDays(today, inDays),
        identificationNumber,
        firstName,
        lastName,
        fatherName,
        nationality,
        birthDate: '1995-06-01',
        mobile,
        channel,
        bookedBy: null,
        status: AppointmentStatus.BOOKED,
        cancelledAt: null,
      });
    }
    const admin = COUNTER_DEMO_USERS[2];
    const hash = await hashPassword(DEMO_PASSWORD);
    const users = new Map<string, UserAccount>();
    for (const p of COUNTER_DEMO_USERS) {
      await manager.insert(RegistryPerson, {
        nationalId: p.nationalId,
        firstName: p.firstName,
        lastName: p.lastName,
        birthDate: '1984-01-01',
        gender: 'M',
        alive: true,
      });
      await manager.insert(RegistryMobile, { mobile: p.mobile, nationalId: p.nationalId });
      const user = await manager.save(UserAccount, {
        nationalId: p.nationalId,
        firstName: p.firstName,
        lastName: p.lastName,
        mobile: p.mobile,
        officePhone: '021-66400000',
        post: p.post,
        passwordHash: hash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        superiorId: null,
      });
      users.set(p.key, user);
      const roleUnit = await manager.findOneByOrFail(OrganisationUnit, { code: p.unit });
      await manager.insert(RoleAssignment, { userId: user.id, role: p.role, organisationUnitId: roleUnit.id, active: true });
    }
    await manager.insert(CounterOfficeComplaint, {
      officeId: offices.get('31110001')!.id,
      channel: ComplaintChannel.HOTLINE_195,
      text: 'فردی جلوی دفتر برای نوبت‌دهی پول می‌گرفت.',
      status: ComplaintStatus.OPEN,
      recordedBy: users.get(admin.key)!.id,
      inspectionId: null,
      resolution: null,
    });
  },
};
