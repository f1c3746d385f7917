import { HOUSEHOLD_PATHS } from './common/households-paths';
import { HOUSEHOLD_PERMISSIONS, type HouseholdPermission } from './common/households-permissions';

/** The households items of the side menu, in menu order; null: everyone, signed in or not. */
export const HOUSEHOLD_MENU_ITEMS: ReadonlyArray<{ path: string; label: string; permission: HouseholdPermission | null }> = [
  { path: HOUSEHOLD_PATHS.cluster, label: 'استعلام خوشه درآمدی', permission: null },
  { path: HOUSEHOLD_PATHS.search, label: 'جستجوی خانوار', permission: HOUSEHOLD_PERMISSIONS.read },
  { path: HOUSEHOLD_PATHS.events, label: 'ثبت رویداد حیاتی', permission: HOUSEHOLD_PERMISSIONS.events },
  { path: HOUSEHOLD_PATHS.objections, label: 'صف اعتراض‌ها', permission: HOUSEHOLD_PERMISSIONS.objections },
  { path: HOUSEHOLD_PATHS.subsidy, label: 'درخواست امور یارانه', permission: HOUSEHOLD_PERMISSIONS.subsidyRequest },
  { path: HOUSEHOLD_PATHS.campaign, label: 'بازه‌های اعلام خوشه', permission: HOUSEHOLD_PERMISSIONS.systemAdmin },
  { path: HOUSEHOLD_PATHS.pilot, label: 'تنظیمات پایلوت', permission: HOUSEHOLD_PERMISSIONS.systemAdmin },
  { path: HOUSEHOLD_PATHS.apiClients, label: 'سامانه‌های متصل', permission: HOUSEHOLD_PERMISSIONS.systemAdmin },
  { path: HOUSEHOLD_PATHS.webhooks, label: 'ارسال‌های وب‌هوک', permission: HOUSEHOLD_PERMISSIONS.systemAdmin },
];
