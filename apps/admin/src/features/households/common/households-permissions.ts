import { Permission } from '@pishkhan/domain-rules';

/** The households permissions the API grants per role (`me.permissions` lists those of the active role). */
export const HOUSEHOLD_PERMISSIONS = {
  /** Civil registry operator and system administrator: a household's structure and timeline. */
  read: Permission.HOUSEHOLD_READ,
  /** Civil registry operator: register vital events. */
  events: Permission.HOUSEHOLD_EVENTS,
  /** Answer objections of one's body (the civil registry; the system administrator for both). */
  objections: Permission.HOUSEHOLD_OBJECTIONS,
  /** Assisted-channel operator: subsidy-affairs requests for applicants. */
  subsidyRequest: Permission.SUBSIDY_REQUEST,
  /** System administrator: campaign windows, the pilot, API clients and their webhook deliveries. */
  systemAdmin: Permission.SYSTEM_ADMIN,
} as const;

export type HouseholdPermission = (typeof HOUSEHOLD_PERMISSIONS)[keyof typeof HOUSEHOLD_PERMISSIONS];

/** The role whose operator acts for people on the assisted channel and records his office's code. */
export const ASSISTED_CHANNEL_ROLE = 'ASSISTED_CHANNEL_OPERATOR';
