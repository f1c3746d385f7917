import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Removes what earlier runs left under e2e/.tmp: every run starts from an empty database. */
export default async function globalSetup(): Promise<void> {
  const tmp = path.join(__dirname, '.tmp');
  const current = process.env.PISHKHAN_E2E_RUN;
  const entries = await readdir(tmp).catch(() => [] as string[]);
  await Promise.all(entries.filter((entry) => entry !== current).map((entry) => rm(path.join(tmp, entry), { recursive: true, force: true })));
}
