import { Permission } from './permissions';
import { Role } from './roles';

const STAFF: readonly Permission[] = [Permission.SIGNED_IN, Permission.ORGANISATION_READ];

/** What each role may do, in one place. A session's permissions are those of its active role. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.SENIOR_LEAD]: [...STAFF, Permission.REGISTRATION_REVIEW, Permission.PERFORMANCE_EVALUATE, Permission.PERFORMANCE_DASHBOARD],
  [Role.LEAD_EVALUATOR]: [
    ...STAFF,
    Permission.REGISTRATION_REVIEW,
    Permission.PERFORMANCE_LEAD,
    Permission.PERFORMANCE_WORK,
    Permission.PERFORMANCE_DASHBOARD,
  ],
  [Role.APPROVER]: [...STAFF, Permission.REGISTRATION_REVIEW, Permission.PERFORMANCE_WORK, Permission.PERFORMANCE_DASHBOARD],
  [Role.DATA_ENTRANT]: [...STAFF, Permission.PERFORMANCE_WORK],
  [Role.PROVINCIAL_PLANNING_DEPUTY]: [...STAFF, Permission.PROPOSAL_SUBMIT],
  [Role.HONORARY_EVALUATOR]: [...STAFF],
  [Role.CIVIL_REGISTRY_OPERATOR]: [...STAFF, Permission.HOUSEHOLD_EVENTS, Permission.HOUSEHOLD_READ, Permission.HOUSEHOLD_OBJECTIONS],
  [Role.ASSISTED_CHANNEL_OPERATOR]: [...STAFF, Permission.SUBSIDY_REQUEST],
  [Role.HAJJ_ADMIN]: [...STAFF, Permission.HAJJ_ADMIN, Permission.HAJJ_RECEIPT_READ, Permission.HAJJ_REGISTRATION_READ],
  [Role.HAJJ_PROVINCIAL_OFFICE]: [
    ...STAFF,
    Permission.HAJJ_PROVINCIAL_OFFICE,
    Permission.HAJJ_RECEIPT_READ,
    Permission.HAJJ_REGISTRATION_READ,
  ],
  [Role.BANK_BRANCH_OPERATOR]: [...STAFF, Permission.HAJJ_BANK, Permission.HAJJ_RECEIPT_READ, Permission.HAJJ_REGISTRATION_READ],
  [Role.PILGRIMAGE_SERVICES_OFFICE]: [...STAFF, Permission.HAJJ_TRANSFER, Permission.HAJJ_RECEIPT_READ],
  [Role.CARAVAN_MANAGER]: [...STAFF, Permission.HAJJ_CARAVAN, Permission.HAJJ_REGISTRATION_READ],
  [Role.COUNTER_OFFICE_OPERATOR]: [...STAFF, Permission.COUNTER_OFFICE_SERVE, Permission.COUNTER_OFFICE_CALENDAR],
  [Role.FOREIGN_NATIONALS_INSPECTOR]: [
    ...STAFF,
    Permission.COUNTER_OFFICES_READ,
    Permission.COUNTER_OFFICE_INSPECT,
    Permission.COUNTER_OFFICE_COMPLAINTS,
  ],
  [Role.COUNTER_OFFICES_ADMIN]: [
    ...STAFF,
    Permission.COUNTER_OFFICES_READ,
    Permission.COUNTER_OFFICES_MANAGE,
    Permission.COUNTER_OFFICE_CALENDAR,
    Permission.COUNTER_OFFICE_COMPLAINTS,
  ],
  [Role.SYSTEM_ADMIN]: [
    ...STAFF,
    Permission.SYSTEM_ADMIN,
    Permission.AUDIT_READ,
    Permission.HOUSEHOLD_READ,
    Permission.HOUSEHOLD_OBJECTIONS,
  ],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}
