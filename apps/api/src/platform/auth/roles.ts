/**
 * Roles a person holds at an organisation unit. Seed 002 names the first six; the operator roles
 * serve the households, Hajj and counter-office contexts; SYSTEM_ADMIN configures the platform.
 */
export enum Role {
  SENIOR_LEAD = 'SENIOR_LEAD',
  LEAD_EVALUATOR = 'LEAD_EVALUATOR',
  APPROVER = 'APPROVER',
  DATA_ENTRANT = 'DATA_ENTRANT',
  PROVINCIAL_PLANNING_DEPUTY = 'PROVINCIAL_PLANNING_DEPUTY',
  HONORARY_EVALUATOR = 'HONORARY_EVALUATOR',
  CIVIL_REGISTRY_OPERATOR = 'CIVIL_REGISTRY_OPERATOR',
  ASSISTED_CHANNEL_OPERATOR = 'ASSISTED_CHANNEL_OPERATOR',
  /** سازمان حج و زیارت: seasons, caravans, invitation waves. */
  HAJJ_ADMIN = 'HAJJ_ADMIN',
  /** دفتر حج و زیارت استان: conversions of old documents, stabilisation (his province). */
  HAJJ_PROVINCIAL_OFFICE = 'HAJJ_PROVINCIAL_OFFICE',
  /** شعبه بانک ملی: converted, stabilised and reissued receipts, payments (his province). */
  BANK_BRANCH_OPERATOR = 'BANK_BRANCH_OPERATOR',
  /** دفتر خدمات زیارتی: transfers in the transfer registry. */
  PILGRIMAGE_SERVICES_OFFICE = 'PILGRIMAGE_SERVICES_OFFICE',
  /** مدیر کاروان: his caravan's registrations. */
  CARAVAN_MANAGER = 'CARAVAN_MANAGER',
  COUNTER_OFFICE_OPERATOR = 'COUNTER_OFFICE_OPERATOR',
  FOREIGN_NATIONALS_INSPECTOR = 'FOREIGN_NATIONALS_INSPECTOR',
  COUNTER_OFFICES_ADMIN = 'COUNTER_OFFICES_ADMIN',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles a person may ask for in a registration request; the others are given by an administrator. */
export const REQUESTABLE_ROLES: readonly Role[] = [Role.APPROVER, Role.DATA_ENTRANT, Role.PROVINCIAL_PLANNING_DEPUTY];

/** Roles whose holders approve registration requests for their organisation subtree. */
export const APPROVING_ROLES: readonly Role[] = [Role.APPROVER, Role.LEAD_EVALUATOR, Role.SENIOR_LEAD];
