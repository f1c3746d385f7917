import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../platform/db/embedded-postgres';
import { giveToServerUser, serverOsUser } from './os-user';
import { portOpen, waitFor } from './wait';

/** Debian's PgBouncer (scripts/ensure-pgbouncer.sh installs it), or `PGBOUNCER_PATH`. */
export const PGBOUNCER_BIN = process.env.PGBOUNCER_PATH ?? '/usr/sbin/pgbouncer';

export interface PgBouncerHandle {
  host: string;
  port: number;
  /** `url` (a database of the target server) as reached through this PgBouncer. */
  through(url: string): string;
  /** Starts it again on the same port (after `stop`). */
  start(): Promise<void>;
  /** Stops it at once (SIGTERM: immediate shutdown, clients cut off). */
  stop(): Promise<void>;
  /** Everything it logged, for a failing test's message. */
  log(): string;
}

/**
 * Starts a PgBouncer of the tests' own in transaction pooling mode, in front of the PostgreSQL that
 * `targetUrl` names (any database of it: the `*` entry forwards every database name), listening on
 * a free port of 127.0.0.1 with its files in `dir`. It trusts its clients (loopback only) and logs
 * in to PostgreSQL with the URL's user and password. No `ignore_startup_parameters`: a client that
 * sends a startup parameter PgBouncer does not know (such as `statement_timeout`) is refused, as
 * in production.
 */
export async function startPgBouncer(options: {
  targetUrl: string;
  dir: string;
  poolSize?: number;
  queryWaitTimeoutSeconds?: number;
}): Promise<PgBouncerHandle> {
  if (!existsSync(PGBOUNCER_BIN))
    throw new Error(`PgBouncer is missing at ${PGBOUNCER_BIN}: run scripts/ensure-pgbouncer.sh (or set PGBOUNCER_PATH)`);
  const target = new URL(options.targetUrl);
  const user = decodeURIComponent(target.username || 'postgres');
  const password = decodeURIComponent(target.password);
  const port = await freePort();
  await mkdir(options.dir, { recursive: true });
  await chmod(options.dir, 0o755);
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const authFile = path.join(options.dir, 'userlist.txt');
  const configFile = path.join(options.dir, 'pgbouncer.ini');
  await writeFile(authFile, `${quote(user)} ${quote(password)}\n`, { mode: 0o600 });
  await writeFile(
    configFile,
    [
      '[databases]',
      `* = host=${target.hostname} port=${target.port || '5432'}`,
      '',
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${authFile}`,
      'pool_mode = transaction',
      'max_client_conn = 2000',
      `default_pool_size = ${options.poolSize ?? 20}`,
      'reserve_pool_size = 0',
      // Come back quickly after PostgreSQL does, and do not hold a client for long without a server
      // (while PostgreSQL is down, a client already logged in waits this long, then gets an error).
      'server_login_retry = 1',
      'server_connect_timeout = 3',
      `query_wait_timeout = ${options.queryWaitTimeoutSeconds ?? 10}`,
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  await giveToServerUser(options.dir, authFile, configFile);

  let child: ChildProcess | null = null;
  let output = '';
  const osUser = serverOsUser();
  const start = async () => {
    const running = spawn(PGBOUNCER_BIN, [configFile], { stdio: ['ignore', 'pipe', 'pipe'], ...(osUser ?? {}) });
    child = running;
    running.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    running.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let exited = false;
    running.once('exit', () => (exited = true));
    await waitFor('PgBouncer to listen', async () => {
      if (exited) throw new Error(`PgBouncer exited: ${output.slice(-2000)}`);
      return portOpen(port);
    });
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  const handle: PgBouncerHandle = {
    host: '127.0.0.1',
    port,
    through(url: string) {
      const pooled = new URL(url);
      pooled.hostname = '127.0.0.1';
      pooled.port = String(port);
      return pooled.toString();
    },
    start,
    stop,
    log: () => output,
  };
  // It must reach PostgreSQL before anyone relies on it.
  const probe = new pg.Client({ connectionString: handle.through(options.targetUrl) });
  try {
    await probe.connect();
    await probe.query('SELECT 1');
  } catch (error) {
    await stop();
    throw new Error(`PgBouncer does not reach PostgreSQL: ${(error as Error).message}\n${output.slice(-2000)}`);
  } finally {
    await probe.end().catch(() => undefined);
  }
  return handle;
}
