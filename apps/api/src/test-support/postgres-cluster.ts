import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../platform/db/embedded-postgres';
import { giveToServerUser, serverOsUser } from './os-user';
import { waitFor } from './wait';

const run = promisify(execFile);

/** Debian's PostgreSQL server binaries (scripts/ensure-postgresql.sh installs them), or `PG_TEST_BINDIR`. */
export const PG_BINDIR = process.env.PG_TEST_BINDIR ?? '/usr/lib/postgresql/15/bin';

/** Runs one of PostgreSQL's programs, as the `postgres` OS user when we are root. */
async function pgTool(program: string, args: string[], cwd: string): Promise<string> {
  const binary = path.join(PG_BINDIR, program);
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run scripts/ensure-postgresql.sh (or set PG_TEST_BINDIR)`);
  try {
    const { stdout } = await run(binary, args, {
      cwd,
      ...(serverOsUser() ?? {}),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
      maxBuffer: 10 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as Error & { stderr?: string; stdout?: string };
    throw new Error(`${program} ${args.join(' ')} failed: ${failed.stderr || failed.stdout || failed.message}`);
  }
}

/** A PostgreSQL server of a test's own: its data folder, its port, started and stopped at will. */
export interface PostgresServer {
  port: number;
  dataDir: string;
  /** URL of `database` on this server (user `postgres`, trust on loopback). */
  url(database?: string): string;
  start(): Promise<void>;
  /** `fast`: ends every session at once (what a crash or a restart looks like to clients). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  running(): boolean;
  query<Row = Record<string, unknown>>(sql: string, values?: unknown[], database?: string): Promise<Row[]>;
}

function serverOptions(port: number): string {
  // Loopback TCP only (no Unix socket, so never in the way of a system server); fsync off for speed:
  // a test server's data is thrown away.
  return [
    '-c',
    `port=${port}`,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    "unix_socket_directories=''",
    '-c',
    'fsync=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=100',
    '-c',
    'wal_level=replica',
    '-c',
    'max_wal_senders=5',
  ].join(' ');
}

function makeServer(dataDir: string, port: number, cwd: string): PostgresServer {
  let up = false;
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dataDir,
    url,
    async start() {
      await pgTool('pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-o', serverOptions(port), '-w', '-t', '60', 'start'], cwd);
      up = true;
    },
    async stop(mode = 'fast') {
      if (!up) return;
      await pgTool('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'], cwd);
      up = false;
    },
    running: () => up,
    async query<Row>(sql: string, values: unknown[] = [], database = 'postgres') {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, values)).rows as Row[];
      } finally {
        await client.end();
      }
    },
  };
}

/** A folder for test servers, which their OS user may write. */
export async function serverFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  await giveToServerUser(dir);
  return dir;
}

/** Initialises and starts a PostgreSQL server in `dir/name` on a free port. */
export async function startPostgres(dir: string, name = 'primary'): Promise<PostgresServer> {
  const dataDir = path.join(dir, name);
  await pgTool(
    'initdb',
    ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'],
    dir,
  );
  const server = makeServer(dataDir, await freePort(), dir);
  await server.start();
  return server;
}

/**
 * A streaming replica of `primary` in `dir/name`: `pg_basebackup -R` (which writes
 * `standby.signal` and `primary_conninfo`), started on a free port and waited for until it streams.
 */
export async function startReplica(primary: PostgresServer, dir: string, name = 'replica'): Promise<PostgresServer> {
  const dataDir = path.join(dir, name);
  await pgTool(
    'pg_basebackup',
    ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    dir,
  );
  const replica = makeServer(dataDir, await freePort(), dir);
  await replica.start();
  await waitFor(
    'the replica to stream from the primary',
    async () => {
      const [row] = await replica.query<{ recovery: boolean; status: string | null }>(
        `SELECT pg_is_in_recovery() AS recovery, (SELECT status FROM pg_stat_wal_receiver) AS status`,
      );
      return row?.recovery === true && row.status === 'streaming';
    },
    { timeoutMs: 30_000 },
  );
  return replica;
}

export interface ReplicatedPostgres {
  primary: PostgresServer;
  replica: PostgresServer;
  /** Stops both servers and removes their folder. */
  stop(): Promise<void>;
}

/** A primary and its streaming replica in a temporary folder, on free ports. */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres> {
  const dir = await serverFolder('pishkhan-replicated-');
  const primary = await startPostgres(dir);
  try {
    const replica = await startReplica(primary, dir);
    return {
      primary,
      replica,
      async stop() {
        await replica.stop('immediate').catch(() => undefined);
        await primary.stop('immediate').catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await primary.stop('immediate').catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A single PostgreSQL server in a temporary folder, and how to throw it away. */
export async function startScratchPostgres(): Promise<{ server: PostgresServer; remove(): Promise<void> }> {
  const dir = await serverFolder('pishkhan-pg-');
  const server = await startPostgres(dir);
  return {
    server,
    async remove() {
      await server.stop('immediate').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
