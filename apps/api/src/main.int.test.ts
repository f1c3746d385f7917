import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './platform/db/embedded-postgres';

const API_DIR = path.resolve(__dirname, '..');

interface Started {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs the real entry point (`src/main.ts`) as its own process, as `npm run dev` does. */
function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ADMIN_DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  let buffered = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as Record<string, unknown>);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, stderr: () => stderr, exited };
}

/** Resolves with the first log line that matches, or rejects when the process exits first. */
function waitForLine(started: Started, msg: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = started.lines.find((l) => l.msg === msg);
      if (line) {
        clearInterval(timer);
        resolve(line);
      }
    };
    const timer = setInterval(check, 25);
    void started.exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${String(code)} before "${msg}": ${started.stderr()} ${JSON.stringify(started.lines)}`));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('the API process', () => {
  it('stops at once with one line naming a malformed variable', async () => {
    const started = startMain({ PORT: 'abc' });
    expect(await started.exited).toBe(78);
    expect(started.stderr().trim()).toBe('Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")');
  });

  describe('on the embedded database', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-main-'));
      await chmod(dir, 0o755);
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('starts its own PostgreSQL, is ready, drains on SIGTERM, stops the database, and keeps the data for the next start', async () => {
      const pgPort = await freePort();
      const env = { PORT: '0', HOST: '127.0.0.1', EMBEDDED_PG_DIR: path.join(dir, 'pg'), EMBEDDED_PG_PORT: String(pgPort) };

      const first = startMain(env);
      const listening = await waitForLine(first, 'Pishkhan API listening');
      expect(first.lines.some((l) => l.msg === 'migration applied')).toBe(true);
      const url = String(listening.url);
      expect(await (await fetch(`${url}/ready`)).json()).toEqual({ status: 'ready' });
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['shutting down: draining requests', 'embedded PostgreSQL stopped', 'stopped']),
      );
      expect(await portAnswers(pgPort)).toBe(false);

      const second = startMain(env);
      await waitForLine(second, 'Pishkhan API listening');
      expect(second.lines.some((l) => l.msg === 'initialising the embedded PostgreSQL')).toBe(false);
      expect(second.lines.some((l) => l.msg === 'migration applied')).toBe(false);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      // initdb and two starts of a real PostgreSQL: more than the default 30 s on a busy machine.
    }, 120_000);
  });
});
