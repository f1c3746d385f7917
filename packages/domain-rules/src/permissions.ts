/**
 * Every permission an operation can require, in one place, for the API and the admin. Roles map
 * to permissions in the API's `platform/auth/role-permissions.ts`; operations name one permission
 * with `@RequirePermission`; the admin shows menus and pages by them (`me.permissions` lists
 * those of the active role). A new context (hajj, counter offices) adds its permissions here.
 */
export const Permission = {
  /** Configure the platform: users, roles, settings. */
  SYSTEM_ADMIN: 'system:admin',
  /** Read the audit log. */
  AUDIT_READ: 'audit:read',
  /** Be signed in, whatever the role: one's own profile, password, role switch. */
  SIGNED_IN: 'session:self',
  /** See the organisation tree inside one's own subtree. */
  ORGANISATION_READ: 'organisation:read',
  /** Review (approve or reject) the registration requests that name oneself as approver. */
  REGISTRATION_REVIEW: 'registration:review',
  /** Ma'na: work on the referrals assigned to oneself (record, refer down, finish, return). */
  PERFORMANCE_WORK: 'performance:work',
  /** Ma'na: the agency's cartable: refer indicators from the top, approve, forward (lead evaluator). */
  PERFORMANCE_LEAD: 'performance:lead',
  /** Ma'na: evaluate forwarded results and decide proposals (senior lead). */
  PERFORMANCE_EVALUATE: 'performance:evaluate',
  /** Ma'na: see the results of subordinate units (not data entrants). */
  PERFORMANCE_DASHBOARD: 'performance:dashboard',
  /** Ma'na: propose indicators for provincial agencies (provincial planning deputy). */
  PROPOSAL_SUBMIT: 'proposal:submit',
  /** Households: record subsidy-affairs requests for applicants (Police+10 / assisted-channel offices). */
  SUBSIDY_REQUEST: 'subsidy:request',
  /** Other systems: the household-structure inquiry. */
  HOUSEHOLD_READ: 'household:read',
  /** Other systems: the change feed and the daily change file. */
  HOUSEHOLD_CHANGES: 'household:changes',
  /** Civil registry operators: register vital events that change household structure. */
  HOUSEHOLD_EVENTS: 'household:events',
  /** Answer objections routed to one's body (civil registry; the system administrator for both). */
  HOUSEHOLD_OBJECTIONS: 'household:objections',
  /** Hajj: seasons, province schedules, caravans, invitation waves and fill rates (Hajj and Pilgrimage Organization). */
  HAJJ_ADMIN: 'hajj:admin',
  /** Hajj: look up deposit receipts with their history, within one's row scope (every Hajj staff role). */
  HAJJ_RECEIPT_READ: 'hajj:receipt-read',
  /** Hajj: refer old documents for conversion and receipts for stabilisation (provincial Hajj office). */
  HAJJ_PROVINCIAL_OFFICE: 'hajj:provincial-office',
  /** Hajj: issue converted and stabilised receipts, reissue transferred ones, record payments (Bank Melli branch). */
  HAJJ_BANK: 'hajj:bank',
  /** Hajj: record notarial transfers in the transfer registry (pilgrimage services office). */
  HAJJ_TRANSFER: 'hajj:transfer',
  /** Hajj: one's own caravan: registrations, documents, payment slips, replacements, elected pilgrims. */
  HAJJ_CARAVAN: 'hajj:caravan',
  /** Hajj: the registrations of the caravans within one's row scope (admin, provincial office, bank branch, caravan manager). */
  HAJJ_REGISTRATION_READ: 'hajj:registration-read',
  /** Counter offices: the day's appointments, service records, fee and receipt at one's own office (operator). */
  COUNTER_OFFICE_SERVE: 'counter-office:serve',
  /** Counter offices: an office's capacity calendar and closed days (operator: his office; association: all). */
  COUNTER_OFFICE_CALENDAR: 'counter-office:calendar',
  /** Counter offices: the offices by province with capacities, fill rates, suspensions and complaints. */
  COUNTER_OFFICES_READ: 'counter-offices:read',
  /** Counter offices: inspections, findings, suspending and lifting the service (foreign-nationals bureau). */
  COUNTER_OFFICE_INSPECT: 'counter-office:inspect',
  /** Counter offices: record and follow complaints (association call centre, bureau, hotline 195). */
  COUNTER_OFFICE_COMPLAINTS: 'counter-office:complaints',
  /** Counter offices: offices' details and capacities, the service fee (the association). */
  COUNTER_OFFICES_MANAGE: 'counter-offices:manage',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);
