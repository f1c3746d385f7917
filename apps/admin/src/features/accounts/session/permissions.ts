import { Permission } from '@pishkhan/domain-rules';

export { Permission };

/** Permissions the API grants per role (`me.permissions` lists those of the active role); names from `@pishkhan/domain-rules`. */
export const PERMISSIONS = {
  signedIn: Permission.SIGNED_IN,
  organisationRead: Permission.ORGANISATION_READ,
  registrationReview: Permission.REGISTRATION_REVIEW,
  auditRead: Permission.AUDIT_READ,
  systemAdmin: Permission.SYSTEM_ADMIN,
} as const;

/** True when the active role's permissions include `permission`. */
export function hasPermission(permissions: readonly string[] | null | undefined, permission: Permission): boolean {
  return permissions?.includes(permission) ?? false;
}
