import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** True while the PostgreSQL of an earlier run's folder still runs (another run on this machine). */
async function stillRunning(runDir: string): Promise<boolean> {
  const pidFile = await readFile(path.join(runDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(pidFile?.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes what earlier runs left under e2e/.tmp: every run starts from an empty database. A folder
 * whose PostgreSQL still runs belongs to a run going on beside this one, and is left alone.
 */
export default async function globalSetup(): Promise<void> {
  const tmp = path.join(__dirname, '.tmp');
  const current = process.env.PISHKHAN_E2E_RUN;
  const entries = await readdir(tmp).catch(() => [] as string[]);
  const stale = [];
  for (const entry of entries) if (entry !== current && !(await stillRunning(path.join(tmp, entry)))) stale.push(entry);
  await Promise.all(stale.map((entry) => rm(path.join(tmp, entry), { recursive: true, force: true })));
}
