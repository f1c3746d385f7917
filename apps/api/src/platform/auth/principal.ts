import type { Permission } from './permissions';
import type { Role } from './roles';

/** A signed-in person acting in one of his roles (the active one, chosen by the session). */
export interface UserPrincipal {
  kind: 'user';
  id: string;
  sessionId: string;
  nationalId: string;
  roleAssignmentId: string;
  role: Role;
  organisationUnitId: string;
  /** Materialised path of the active role's unit: his rows are those whose unit path starts with it. */
  organisationPath: string;
  mustChangePassword: boolean;
  permissions: ReadonlySet<Permission>;
}

/** An integrating government system calling with an API key (households context). */
export interface ClientPrincipal {
  kind: 'client';
  id: string;
  name?: string;
  /** Lookups (root fields, downloads) allowed per day; spent through `BearerAuthenticator.takeQuota`. */
  dailyQuota?: number;
  permissions: ReadonlySet<Permission>;
}

/** Who is calling: a signed-in person acting in one role, or an integrating system. */
export type Principal = UserPrincipal | ClientPrincipal;
