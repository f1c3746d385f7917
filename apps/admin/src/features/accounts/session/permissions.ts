/** Permissions the API grants per role (`me.permissions` lists those of the active role). */
export const PERMISSIONS = {
  signedIn: 'session:self',
  organisationRead: 'organisation:read',
  registrationReview: 'registration:review',
  auditRead: 'audit:read',
  systemAdmin: 'system:admin',
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

/** True when the active role's permissions include `permission`. */
export function hasPermission(permissions: readonly string[] | null | undefined, permission: Permission): boolean {
  return permissions?.includes(permission) ?? false;
}
