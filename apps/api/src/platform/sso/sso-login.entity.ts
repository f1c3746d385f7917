import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One single sign-on attempt between `/auth/sso/start` and `/auth/sso/callback`, kept in
 * PostgreSQL so that any replica can finish what another began. The row is deleted when the
 * callback uses it (single use) and is worthless after `expiresAt`. The state and the browser's
 * binding cookie are kept as SHA-256 only; the nonce and the PKCE verifier must be kept as they
 * are, for the few minutes the attempt lives.
 */
@Entity({ name: 'sso_login' })
@Index('IX_sso_login_expires', ['expiresAt'])
export class SsoLogin {
  @PrimaryColumn({ name: 'state_hash', type: 'bytea', primaryKeyConstraintName: 'PK_sso_login_state_hash' })
  stateHash!: Buffer;

  /** SHA-256 of the random value in the browser's `pishkhan_sso` cookie. */
  @Column({ name: 'browser_hash', type: 'bytea' })
  browserHash!: Buffer;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier!: string;

  /** The redirect URI sent to the IdP; the token request must repeat it. */
  @Column({ name: 'redirect_uri', type: 'text' })
  redirectUri!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
