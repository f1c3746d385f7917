import { PERMISSIONS, type Permission } from '../features/accounts/session/permissions';
import { PERFORMANCE_PATHS } from '../features/performance/performance-paths';
import { PERFORMANCE_PERMISSIONS, type PerformancePermission } from '../features/performance/performance-permissions';
import type { HouseholdPermission } from '../features/households/common/households-permissions';
import { HOUSEHOLD_MENU_ITEMS } from '../features/households/households-menu';
import { COUNTER_MENU_ITEMS } from '../features/counter-offices/counter-offices-menu';
import type { CounterPermission } from '../features/counter-offices/counter-offices-permissions';
import { HAJJ_MENU_ITEMS } from '../features/hajj/hajj-menu';
import type { HajjPermission } from '../features/hajj/hajj-paths';

export interface MenuItem {
  /** Route path, also the menu key. */
  path: string;
  /** Persian label. */
  label: string;
  /** The permission the active role needs to see the item; null means everyone, signed in or not. */
  permission: Permission | PerformancePermission | HouseholdPermission | CounterPermission | HajjPermission | null;
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { path: '/', label: 'خانه', permission: null },
  { path: '/national-id', label: 'استعلام کد ملی', permission: null },
  // Households: income clusters and the household-structure pilot
  ...HOUSEHOLD_MENU_ITEMS,
  // Counter offices: identity verification of foreign nationals
  ...COUNTER_MENU_ITEMS,
  // Hajj registration (seed 004)
  ...HAJJ_MENU_ITEMS,
  // Ma'na performance management
  { path: PERFORMANCE_PATHS.cartable, label: 'کارپوشه', permission: PERFORMANCE_PERMISSIONS.lead },
  { path: PERFORMANCE_PATHS.approvals, label: 'تأیید نهایی شاخص‌ها', permission: PERFORMANCE_PERMISSIONS.lead },
  { path: PERFORMANCE_PATHS.referrals, label: 'شاخص‌های ارجاعی من', permission: PERFORMANCE_PERMISSIONS.work },
  { path: PERFORMANCE_PATHS.evaluation, label: 'نتایج ارسالی', permission: PERFORMANCE_PERMISSIONS.evaluate },
  { path: PERFORMANCE_PATHS.proposalDecisions, label: 'بررسی پیشنهادهای شاخص', permission: PERFORMANCE_PERMISSIONS.evaluate },
  { path: PERFORMANCE_PATHS.dashboard, label: 'داشبورد عملکرد', permission: PERFORMANCE_PERMISSIONS.dashboard },
  { path: PERFORMANCE_PATHS.scoring, label: 'فهرست امتیازدهی', permission: PERFORMANCE_PERMISSIONS.dashboard },
  { path: PERFORMANCE_PATHS.proposals, label: 'پیشنهاد شاخص', permission: PERFORMANCE_PERMISSIONS.proposalSubmit },
  { path: '/organisation', label: 'واحدهای سازمانی', permission: PERMISSIONS.organisationRead },
  { path: '/registrations', label: 'درخواست‌های ایجاد کاربری', permission: PERMISSIONS.registrationReview },
  { path: '/audit', label: 'گزارش رویدادها', permission: PERMISSIONS.auditRead },
];

/**
 * The items the active role sees, in menu order: `permissions` are those of the active role
 * (`me.permissions`), null when nobody is signed in.
 */
export function menuItemsFor(permissions: readonly string[] | null, items: readonly MenuItem[] = MENU_ITEMS): MenuItem[] {
  return items.filter((item) => item.permission === null || (permissions?.includes(item.permission) ?? false));
}

/** The menu key to highlight for a location: the longest item path that prefixes it. */
export function selectedMenuKey(pathname: string, items: readonly MenuItem[] = MENU_ITEMS): string | null {
  const matches = items.filter((item) => item.path === pathname || (item.path !== '/' && pathname.startsWith(`${item.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null;
}
