/** How long and how hard each run loads a server, read from the environment. */
export interface BenchSettings {
  /** Length of one measured run (`BENCH_SECONDS`, default 10). */
  seconds: number;
  /** Concurrent connections (`BENCH_CONNECTIONS`, default 50). */
  connections: number;
  /** Rounds of one baseline and one subject run each (`BENCH_ROUNDS`, default 3). */
  rounds: number;
  /** Warm-up of each server before the measured rounds (`BENCH_WARMUP_SECONDS`, default 2; 0 skips it). */
  warmupSeconds: number;
}

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${raw.slice(0, 20)}")`);
  }
  return value;
}

export function readSettings(): BenchSettings {
  return {
    seconds: intFromEnv('BENCH_SECONDS', 10, 1, 600),
    connections: intFromEnv('BENCH_CONNECTIONS', 50, 1, 1000),
    rounds: intFromEnv('BENCH_ROUNDS', 3, 1, 20),
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 2, 0, 60),
  };
}
