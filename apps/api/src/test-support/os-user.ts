import { execFileSync } from 'node:child_process';
import { chown } from 'node:fs/promises';

export interface OsUser {
  uid: number;
  gid: number;
}

let cached: OsUser | null | undefined;

/**
 * The OS user PostgreSQL's and PgBouncer's own processes run as: they refuse to run as root, so as
 * root the tests run them as `postgres` (Debian's packages and the embedded PostgreSQL make that
 * user); otherwise as the current user (null).
 */
export function serverOsUser(): OsUser | null {
  if (cached !== undefined) return cached;
  if (process.getuid?.() !== 0) return (cached = null);
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    cached = { uid, gid };
  } catch {
    throw new Error(
      "Running as root, the test databases and PgBouncer need an OS user `postgres` (scripts/ensure-postgresql.sh installs Debian's PostgreSQL, which makes it)",
    );
  }
  return cached;
}

/** Hands `paths` to the server's OS user (when running as root), so that it can write there. */
export async function giveToServerUser(...paths: string[]): Promise<void> {
  const user = serverOsUser();
  if (!user) return;
  for (const path of paths) await chown(path, user.uid, user.gid);
}
