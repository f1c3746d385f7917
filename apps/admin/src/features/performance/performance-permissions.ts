/** The Ma'na permissions the API grants per role (`me.permissions` lists those of the active role). */
export const PERFORMANCE_PERMISSIONS = {
  /** Lead evaluator: the agency's cartable, referring from the top, final approval, forwarding. */
  lead: 'performance:lead',
  /** Approver, data entrant (and lead evaluator): the referrals assigned to oneself. */
  work: 'performance:work',
  /** Senior lead: evaluate forwarded results and decide proposals. */
  evaluate: 'performance:evaluate',
  /** Results of subordinate units (not data entrants). */
  dashboard: 'performance:dashboard',
  /** Provincial planning deputy: propose indicators for provincial agencies. */
  proposalSubmit: 'proposal:submit',
} as const;

export type PerformancePermission = (typeof PERFORMANCE_PERMISSIONS)[keyof typeof PERFORMANCE_PERMISSIONS];
