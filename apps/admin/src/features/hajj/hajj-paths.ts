import { Permission } from '@pishkhan/domain-rules';

/** Where the Hajj pages live. */
export const HAJJ_PATHS = {
  status: '/hajj/status',
  caravans: '/hajj/caravans',
  preRegister: '/hajj/pre-register',
  receipts: '/hajj/receipts',
  transfers: '/hajj/transfers',
  payments: '/hajj/payments',
  caravan: '/hajj/caravan',
  registrationReceipt: '/hajj/registrations',
  season: '/hajj/season',
} as const;

/** The printable registration receipt of a tracking code. */
export const registrationReceiptPath = (trackingCode: string) => `${HAJJ_PATHS.registrationReceipt}/${trackingCode}/receipt`;

/** The API's PDF of the registration receipt and payment slip (confirmed and paid registrations only). */
export const registrationReceiptPdfUrl = (trackingCode: string) => `${HAJJ_PATHS.registrationReceipt}/${trackingCode}.pdf`;

/** The Hajj permissions the API grants per role (`me.permissions` lists those of the active role). */
export const HAJJ_PERMISSIONS = {
  admin: Permission.HAJJ_ADMIN,
  receiptRead: Permission.HAJJ_RECEIPT_READ,
  provincialOffice: Permission.HAJJ_PROVINCIAL_OFFICE,
  bank: Permission.HAJJ_BANK,
  transfer: Permission.HAJJ_TRANSFER,
  caravan: Permission.HAJJ_CARAVAN,
  registrationRead: Permission.HAJJ_REGISTRATION_READ,
} as const;

export type HajjPermission = (typeof HAJJ_PERMISSIONS)[keyof typeof HAJJ_PERMISSIONS];
