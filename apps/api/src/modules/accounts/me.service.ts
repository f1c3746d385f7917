import type { DataSource } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import { OrganisationUnit } from '../organisations';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount } from './user-account.entity';
import { RoleNotHeldError } from './accounts.errors';
import { UnauthenticatedError } from '../../platform/errors/domain-error';
import type { Me, RoleAssignmentView } from './accounts.type';
import type { SessionService } from './session.service';
import { heldRoles } from './accounts.policy';

export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** The user, every active role he holds (with its unit) and the active one: two queries. */
  async describe(principal: UserPrincipal): Promise<Me> {
    const user = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: principal.id });
    const rows = await this.dataSource
      .createQueryBuilder(RoleAssignment, 'r')
      .innerJoinAndMapOne('r.unit', OrganisationUnit, 'o', 'o.id = r.organisation_unit_id')
      .where(heldRoles(principal))
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.role', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    const roles: RoleAssignmentView[] = rows.map((r) => ({
      id: r.id,
      role: r.role,
      organisationUnit: (r as RoleAssignment & { unit: OrganisationUnit }).unit,
    }));
    const activeRole = roles.find((r) => r.id === principal.roleAssignmentId);
    // The session's role was deactivated after the session began: the caller must sign in again.
    if (!activeRole) throw new UnauthenticatedError();
    return {
      user: {
        id: user.id,
        nationalId: user.nationalId,
        firstName: user.firstName,
        lastName: user.lastName,
        mobile: user.mobile,
        post: user.post,
      },
      roles,
      activeRole,
      permissions: [...principal.permissions].sort(),
      mustChangePassword: user.mustChangePassword,
    };
  }

  async switchRole(principal: UserPrincipal, roleAssignmentId: string): Promise<void> {
    const held = await this.dataSource.getRepository(RoleAssignment).existsBy({ ...heldRoles(principal), id: roleAssignmentId });
    if (!held) throw new RoleNotHeldError();
    await this.sessions.switchRole(principal.sessionId, roleAssignmentId);
  }
}
