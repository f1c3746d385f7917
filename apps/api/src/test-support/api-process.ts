import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { throughTestPooler } from './test-pooler';
import { waitFor } from './wait';

const API_DIR = path.resolve(__dirname, '../..');

/** An API started as its own operating-system process (`node -r @swc-node/register src/main.ts`). */
export interface ApiProcess {
  url: string;
  pid: number;
  /** Every log line it wrote, parsed. */
  logLines(): Array<Record<string, unknown>>;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM: drain and stop, as an orchestrator does) without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** Sends `signal` (SIGTERM by default) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the API as a separate process on the database `env.DATABASE_URL` names (through the run's
 * PgBouncer in the PgBouncer run), on a free port of 127.0.0.1, and waits until it listens.
 */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...throughTestPooler({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_DIST: '',
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_MS: '20000',
        ...env,
      }),
    },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logLines = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  let gone = false;
  void exited.then(() => (gone = true));
  const url = await waitFor(
    'the API process to listen',
    () => {
      if (gone) throw new Error(`the API process exited: ${err.slice(-2000)} ${out.slice(-2000)}`);
      return logLines().find((line) => line.msg === 'Pishkhan API listening')?.url as string | undefined;
    },
    { timeoutMs: 45_000 },
  );
  return {
    url,
    pid: child.pid!,
    logLines,
    exited,
    signal(signal) {
      if (!gone) child.kill(signal);
    },
    async stop(signal = 'SIGTERM') {
      if (!gone) child.kill(signal);
      return exited;
    },
  };
}
