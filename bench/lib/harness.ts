/**
 * The benchmark harness behind `bench/run.ts [name…]` (no name runs them all, `--list` lists
 * them). Starts the Pishkhan API (on a throwaway embedded PostgreSQL) and a bare
 * Apollo Server baseline in this process, loads both alternately from a worker thread and writes
 * the medians and ratios to bench/RESULTS.md. It reports; it asserts no timing.
 */
import { maskNationalIdsInText } from '@pishkhan/national-id';
import type { Benchmark, BenchContext } from './benchmark';
import { BENCHMARKS } from '../benchmarks';
import { startBaseline, type BaselineServer } from './baseline';
import { compare } from './compare';
import { requestOnce, type LoadTarget } from './load';
import { startPishkhan, type PishkhanUnderTest } from './pishkhan';
import { machineInfo, writeReport } from './report';
import { readSettings, type BenchSettings } from './settings';

/** An error for the console, with anything that looks like a national ID masked. */
function describeError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
  return maskNationalIdsInText(text);
}

function describeSetup(pishkhan: PishkhanUnderTest): string {
  const { nodeEnv, logLevel, databasePoolSize } = pishkhan.settings;
  const database = pishkhan.embeddedDatabase ? 'a fresh embedded PostgreSQL' : 'BENCH_DATABASE_URL';
  const requestLines = ['trace', 'debug', 'info'].includes(logLevel) ? 'one log line per request' : 'no per-request log line';
  return `in process, NODE_ENV=${nodeEnv}, LOG_LEVEL=${logLevel} (${requestLines}), ${database} (pool ${databasePoolSize}), no admin app`;
}

const BASELINE_LABEL = 'bare Apollo Server 5 (`startStandaloneServer`, no plugins) answering `{ hello }`, same process';

function selectBenchmarks(args: string[]): Benchmark[] {
  const names = args.filter((arg) => !arg.startsWith('-'));
  if (names.length === 0) return [...BENCHMARKS];
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

/** Longest the whole run may take before the watchdog ends it: startup, every run, shutdown. */
function timeBudgetMs(settings: BenchSettings, count: number): number {
  const perRun = (seconds: number) => (seconds + 15) * 1000;
  const perBenchmark =
    2 * settings.rounds * perRun(settings.seconds) + (settings.warmupSeconds > 0 ? 2 * perRun(settings.warmupSeconds) : 0);
  return 240_000 + count * perBenchmark + 60_000;
}

async function runOne(benchmark: Benchmark, ctx: BenchContext): Promise<void> {
  console.log(`\n▶ ${benchmark.name}`);
  const subject = await benchmark.target(ctx);
  const own = benchmark.baseline ? await benchmark.baseline(ctx) : null;
  try {
    await runAgainst(benchmark, ctx, subject, own?.target ?? ctx.baseline.target, own?.label ?? BASELINE_LABEL);
  } finally {
    await own?.stop();
  }
}

async function runAgainst(
  benchmark: Benchmark,
  ctx: BenchContext,
  subject: LoadTarget,
  baselineTarget: LoadTarget,
  baselineLabel: string,
): Promise<void> {
  await requestOnce(baselineTarget);
  const problem = benchmark.check(await requestOnce(subject));
  if (problem) throw new Error(`${benchmark.name}: unexpected answer before the load: ${problem}`);
  const facts = benchmark.facts ? await benchmark.facts(ctx, subject) : undefined;
  for (const [key, value] of Object.entries(facts ?? {})) console.log(`  ${key}: ${value}`);

  const comparison = await compare({ baseline: baselineTarget, subject }, ctx.settings, (run) => {
    if ('warmup' in run) {
      console.log(`  warm-up ${run.warmup}`);
      return;
    }
    const r = run.result;
    console.log(
      `  round ${run.round} ${run.side.padEnd(8)} ${Math.round(r.requestsPerSecond).toString().padStart(7)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms` +
        (r.errors + r.non2xx > 0 ? `  errors ${r.errors} non-2xx ${r.non2xx}` : ''),
    );
  });
  const written = await writeReport({
    name: benchmark.name,
    description: benchmark.description,
    subjectLabel: benchmark.subjectLabel,
    subjectSetup: describeSetup(ctx.pishkhan),
    baselineLabel,
    date: new Date().toISOString(),
    machine: machineInfo(),
    settings: ctx.settings,
    comparison,
    facts,
  });
  const { baseline: b, subject: s, ratio } = comparison;
  console.table({
    baseline: { 'req/s': Math.round(b.requestsPerSecond), 'p50 ms': b.p50Ms, 'p99 ms': b.p99Ms },
    subject: { 'req/s': Math.round(s.requestsPerSecond), 'p50 ms': s.p50Ms, 'p99 ms': s.p99Ms },
    'subject/baseline': {
      'req/s': Number(ratio.requestsPerSecond.toFixed(3)),
      'p50 ms': Number(ratio.p50.toFixed(3)),
      'p99 ms': Number(ratio.p99.toFixed(3)),
    },
  });
  console.log(`  written: ${written.join(', ')}`);
}

/** Runs the benchmarks `args` names; resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--list')) {
    for (const b of BENCHMARKS) console.log(`${b.name}\t${b.description}`);
    return 0;
  }
  let benchmarks: Benchmark[];
  let settings: BenchSettings;
  try {
    benchmarks = selectBenchmarks(args);
    settings = readSettings();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }

  const watchdog = setTimeout(
    () => {
      console.error('bench: time budget exceeded, exiting');
      process.exit(1);
    },
    timeBudgetMs(settings, benchmarks.length),
  );
  watchdog.unref();

  let baseline: BaselineServer | null = null;
  let pishkhan: PishkhanUnderTest | null = null;
  let stopping: Promise<void> | null = null;
  const stopAll = () =>
    (stopping ??= (async () => {
      const results = await Promise.allSettled([pishkhan?.stop(), baseline?.stop()]);
      for (const result of results)
        if (result.status === 'rejected') console.error(`bench: stopping failed: ${describeError(result.reason)}`);
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`bench: ${signal}, stopping the servers`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    console.log(
      `bench: ${benchmarks.map((b) => b.name).join(', ')}; ${settings.connections} connections, ${settings.seconds} s × ${settings.rounds} rounds per side`,
    );
    baseline = await startBaseline();
    console.log('bench: starting the Pishkhan API (embedded PostgreSQL, migrations, seeds)…');
    pishkhan = await startPishkhan();
    console.log(`bench: baseline at ${baseline.url}, Pishkhan API at ${pishkhan.url}`);
    const ctx: BenchContext = { pishkhan, baseline, settings };
    for (const benchmark of benchmarks) await runOne(benchmark, ctx);
    return 0;
  } catch (error) {
    console.error(`bench failed: ${describeError(error)}`);
    return 1;
  } finally {
    await stopAll();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
