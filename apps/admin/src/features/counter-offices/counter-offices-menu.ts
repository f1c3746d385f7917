import { COUNTER_PATHS } from './counter-offices-paths';
import { COUNTER_PERMISSIONS, type CounterPermission } from './counter-offices-permissions';

/** The counter-offices items of the side menu, in menu order; null: everyone, signed in or not. */
export const COUNTER_MENU_ITEMS: ReadonlyArray<{ path: string; label: string; permission: CounterPermission | null }> = [
  { path: COUNTER_PATHS.book, label: 'نوبت احراز هویت اتباع', permission: null },
  { path: COUNTER_PATHS.dayList, label: 'نوبت‌های امروز دفتر', permission: COUNTER_PERMISSIONS.serve },
  { path: COUNTER_PATHS.calendar, label: 'تقویم ظرفیت دفتر', permission: COUNTER_PERMISSIONS.calendar },
  { path: COUNTER_PATHS.inspection, label: 'بازرسی دفاتر پیشخوان', permission: COUNTER_PERMISSIONS.inspect },
  { path: COUNTER_PATHS.overview, label: 'دفاتر پیشخوان استان‌ها', permission: COUNTER_PERMISSIONS.read },
];
