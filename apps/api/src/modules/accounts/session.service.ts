import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { permissionsOf } from '../../platform/auth/role-permissions';
import type { Role } from '../../platform/auth/roles';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { OpenedSession, SessionPort } from '../../platform/auth/ports';
import { UserSession } from './session.entity';
import { newToken, sha256 } from './secrets';

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
}

export type { OpenedSession } from '../../platform/auth/ports';

interface PrincipalRow {
  session_id: string;
  user_id: string;
  national_id: string;
  must_change_password: boolean;
  role_assignment_id: string;
  role: Role;
  organisation_unit_id: string;
  path: string;
  last_seen_at: Date;
}

/**
 * Server-side sessions in PostgreSQL (every replica sees them): the cookie carries a random token,
 * the table its SHA-256. A session ends after `idleMinutes` without a request, after `maxHours`
 * whatever happens, on logout, and on a password change.
 */
export class SessionService implements SessionPort {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SessionSettings,
  ) {}

  async open(userId: string, roleAssignmentId: string, method: string, ip: string | null, manager?: EntityManager): Promise<OpenedSession> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.settings.maxHours * 3_600_000);
    const session = await (manager ?? this.dataSource.manager).save(UserSession, {
      tokenHash: sha256(token),
      userId,
      roleAssignmentId,
      method,
      lastSeenAt: new Date(),
      expiresAt,
      revokedAt: null,
      ip,
    });
    return { token, sessionId: session.id, expiresAt };
  }

  /** The principal of a live session's token, or null; one query, and a touch at most once a minute. */
  async principalOf(token: string): Promise<UserPrincipal | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows = (await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.national_id, u.must_change_password, s.last_seen_at,
              r.id AS role_assignment_id, r.role, r.organisation_unit_id, o.path
         FROM user_session s
         JOIN user_account u ON u.id = s.user_id AND u.status = 'ACTIVE'
         JOIN role_assignment r ON r.id = s.role_assignment_id AND r.active
         JOIN organisation_unit o ON o.id = r.organisation_unit_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [sha256(token), this.settings.idleMinutes],
    )) as PrincipalRow[];
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
      await this.dataSource.getRepository(UserSession).update({ id: row.session_id }, { lastSeenAt: new Date() });
    }
    return {
      kind: 'user',
      id: row.user_id,
      sessionId: row.session_id,
      nationalId: row.national_id,
      roleAssignmentId: row.role_assignment_id,
      role: row.role,
      organisationUnitId: row.organisation_unit_id,
      organisationPath: row.path,
      mustChangePassword: row.must_change_password,
      permissions: permissionsOf(row.role),
    };
  }

  async switchRole(sessionId: string, roleAssignmentId: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).update({ id: sessionId }, { roleAssignmentId });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends the session of a cookie's token, whoever's it is (signing in again in the same browser). */
  async endByToken(token: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user, but `exceptSessionId` when given. */
  async revokeAllOf(userId: string, manager?: EntityManager, exceptSessionId?: string): Promise<void> {
    await (manager ?? this.dataSource.manager).update(
      UserSession,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: new Date() },
    );
  }
}
