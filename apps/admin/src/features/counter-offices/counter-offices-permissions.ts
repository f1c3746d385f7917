import { Permission } from '@pishkhan/domain-rules';

/** The counter-offices permissions the API grants per role (`me.permissions` lists those of the active role). */
export const COUNTER_PERMISSIONS = {
  /** The operator: his office's day list, service records and receipts. */
  serve: Permission.COUNTER_OFFICE_SERVE,
  /** The operator for his office, the association for every office: capacity calendar and closed days. */
  calendar: Permission.COUNTER_OFFICE_CALENDAR,
  /** The inspector and the association: offices by province. */
  read: Permission.COUNTER_OFFICES_READ,
  /** The inspector: checklist, findings, suspension. */
  inspect: Permission.COUNTER_OFFICE_INSPECT,
  /** The inspector and the association: complaints. */
  complaints: Permission.COUNTER_OFFICE_COMPLAINTS,
} as const;

export type CounterPermission = (typeof COUNTER_PERMISSIONS)[keyof typeof COUNTER_PERMISSIONS];
