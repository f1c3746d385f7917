import type { Role } from '../../gql/graphql';

/** Persian name of every role (seed 002 and the operator roles of later contexts). */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  SENIOR_LEAD: 'راهبر ارشد',
  LEAD_EVALUATOR: 'راهبر اصلی',
  APPROVER: 'تأیید کننده',
  DATA_ENTRANT: 'متولی شاخص',
  PROVINCIAL_PLANNING_DEPUTY: 'معاون برنامه‌ریزی استان',
  HONORARY_EVALUATOR: 'ارزیاب افتخاری',
  CIVIL_REGISTRY_OPERATOR: 'کارور ثبت احوال',
  ASSISTED_CHANNEL_OPERATOR: 'کارور دفتر خدمات',
  HAJJ_ADMIN: 'سازمان حج و زیارت',
  HAJJ_PROVINCIAL_OFFICE: 'دفتر حج و زیارت استان',
  BANK_BRANCH_OPERATOR: 'شعبه بانک ملی',
  PILGRIMAGE_SERVICES_OFFICE: 'دفتر خدمات زیارتی',
  CARAVAN_MANAGER: 'مدیر کاروان',
  COUNTER_OFFICE_OPERATOR: 'کاربر دفتر پیشخوان',
  FOREIGN_NATIONALS_INSPECTOR: 'بازرس اداره کل امور اتباع',
  COUNTER_OFFICES_ADMIN: 'کانون کشوری دفاتر پیشخوان',
  SYSTEM_ADMIN: 'مدیر سامانه',
};

/** What a role does, in one Persian sentence, for the home panel. */
export const ROLE_DUTIES: Readonly<Record<Role, string>> = {
  SENIOR_LEAD: 'دریافت و ارزیابی نتایج وزارتخانه‌ها و تصویب شاخص‌های پیشنهادی.',
  LEAD_EVALUATOR: 'راهبری ارزیابی عملکرد دستگاه: تأیید کاربران، ارجاع شاخص‌ها و جمع‌بندی نتایج برای راهبر ارشد.',
  APPROVER: 'تأیید کاربرانی که شمارهٔ همراه شما را به‌عنوان تأیید کننده داده‌اند و تأیید یا برگشت عملکردهای ارجاع‌شده.',
  DATA_ENTRANT: 'ثبت عملکرد و مستندات شاخص‌هایی که به شما ارجاع شده است.',
  PROVINCIAL_PLANNING_DEPUTY: 'پیشنهاد شاخص برای دستگاه‌های استانی.',
  HONORARY_EVALUATOR: 'ارزیابی افتخاری عملکرد دستگاه‌ها.',
  CIVIL_REGISTRY_OPERATOR: 'کار با داده‌های ثبت احوال.',
  ASSISTED_CHANNEL_OPERATOR: 'خدمت‌رسانی در دفتر خدمات.',
  HAJJ_ADMIN: 'فصل حج، زمان‌بندی استان‌ها، کاروان‌ها و دعوت از اولویت‌های بعدی.',
  HAJJ_PROVINCIAL_OFFICE: 'تبدیل اسناد قدیمی و پایدارسازی قبوض ودیعه‌گذاری استان.',
  BANK_BRANCH_OPERATOR: 'صدور قبض تبدیل‌شده و ظهرنویسی، صدور مجدد قبض منتقل‌شده و ثبت واریز مابه‌التفاوت.',
  PILGRIMAGE_SERVICES_OFFICE: 'ثبت نقل و انتقال قبوض در سیستم جامع نقل و انتقال.',
  CARAVAN_MANAGER: 'ثبت‌نام زائران کاروان، بررسی مدارک، برگهٔ واریز، جایگزینی و سه نفر برگزیده.',
  COUNTER_OFFICE_OPERATOR: 'نوبت‌های امروز دفتر، پروندهٔ خدمت احراز هویت اتباع (اثر انگشت، عکس، تعرفه) و رسید.',
  FOREIGN_NATIONALS_INSPECTOR: 'بازرسی دفاتر پیشخوان، ثبت یافته‌ها، تعلیق و رفع تعلیق خدمت اتباع.',
  COUNTER_OFFICES_ADMIN: 'دفاتر، ظرفیت‌ها، تعرفه، شکایت‌ها و وضعیت تعلیق دفاتر در استان‌ها.',
  SYSTEM_ADMIN: 'پیکربندی سامانه و بررسی گزارش رویدادها.',
};

/** Roles a person may ask for in a registration request (the API refuses the others). */
export const REQUESTABLE_ROLES = ['APPROVER', 'DATA_ENTRANT', 'PROVINCIAL_PLANNING_DEPUTY'] as const satisfies readonly Role[];

/** The Persian name of a role code; an unknown code (a role newer than this admin) as it is. */
export function roleName(role: string): string {
  return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role as Role] : role;
}

/** «<role> — <unit>», how a role assignment is offered in the role switcher. */
export function roleAssignmentLabel(assignment: { role: Role; organisationUnit: { name: string } }): string {
  return `${ROLE_NAMES[assignment.role]} — ${assignment.organisationUnit.name}`;
}
