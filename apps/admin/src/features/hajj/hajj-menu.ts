import { HAJJ_PATHS, HAJJ_PERMISSIONS, type HajjPermission } from './hajj-paths';

/** The Hajj items of the side menu, in menu order; null: everyone, signed in or not. */
export const HAJJ_MENU_ITEMS: ReadonlyArray<{ path: string; label: string; permission: HajjPermission | null }> = [
  { path: HAJJ_PATHS.status, label: 'حج تمتع: وضعیت قبض', permission: null },
  { path: HAJJ_PATHS.caravans, label: 'حج تمتع: کاروان‌های استان', permission: null },
  { path: HAJJ_PATHS.preRegister, label: 'حج تمتع: پیش‌ثبت‌نام', permission: null },
  { path: HAJJ_PATHS.receipts, label: 'قبوض ودیعه‌گذاری حج', permission: HAJJ_PERMISSIONS.receiptRead },
  { path: HAJJ_PATHS.transfers, label: 'نقل و انتقال قبوض حج', permission: HAJJ_PERMISSIONS.transfer },
  { path: HAJJ_PATHS.payments, label: 'واریز مابه‌التفاوت حج', permission: HAJJ_PERMISSIONS.bank },
  { path: HAJJ_PATHS.caravan, label: 'کاروان من', permission: HAJJ_PERMISSIONS.caravan },
  { path: HAJJ_PATHS.season, label: 'فصل حج و کاروان‌ها', permission: HAJJ_PERMISSIONS.admin },
];
