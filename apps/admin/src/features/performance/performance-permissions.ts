import { Permission } from '@pishkhan/domain-rules';

/** The Ma'na permissions the API grants per role (`me.permissions` lists those of the active role). */
export const PERFORMANCE_PERMISSIONS = {
  /** Lead evaluator: the agency's cartable, referring from the top, final approval, forwarding. */
  lead: Permission.PERFORMANCE_LEAD,
  /** Approver, data entrant (and lead evaluator): the referrals assigned to oneself. */
  work: Permission.PERFORMANCE_WORK,
  /** Senior lead: evaluate forwarded results and decide proposals. */
  evaluate: Permission.PERFORMANCE_EVALUATE,
  /** Results of subordinate units (not data entrants). */
  dashboard: Permission.PERFORMANCE_DASHBOARD,
  /** Provincial planning deputy: propose indicators for provincial agencies. */
  proposalSubmit: Permission.PROPOSAL_SUBMIT,
} as const;

export type PerformancePermission = (typeof PERFORMANCE_PERMISSIONS)[keyof typeof PERFORMANCE_PERMISSIONS];
