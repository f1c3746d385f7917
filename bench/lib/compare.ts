import { runLoad, type LoadResult, type LoadTarget } from './load';
import type { BenchSettings } from './settings';

export type Side = 'baseline' | 'subject';

export interface MeasuredRun {
  round: number;
  side: Side;
  result: LoadResult;
}

/** Medians over the measured runs of one side; errors are totals. */
export interface SideSummary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  totalRequests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface Comparison {
  baseline: SideSummary;
  subject: SideSummary;
  /** subject / baseline of the medians: below 1 for req/s means slower, above 1 for latency means slower. */
  ratio: { requestsPerSecond: number; p50: number; p99: number };
  /** subject / baseline req/s of each round, for judging the spread. */
  roundRatios: number[];
  runs: MeasuredRun[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summarise(results: LoadResult[]): SideSummary {
  const sum = (pick: (r: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    totalRequests: sum((r) => r.totalRequests),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
  };
}

/** Round `i` runs baseline then subject when `i` is odd, subject then baseline when even (B S, S B, B S…). */
export function roundOrder(round: number): Side[] {
  return round % 2 === 1 ? ['baseline', 'subject'] : ['subject', 'baseline'];
}

/**
 * Warms both servers up, then runs `settings.rounds` rounds of one baseline and one subject run,
 * alternating which goes first, so that drifting noise on a shared machine hits both sides alike.
 */
export async function compare(
  targets: Record<Side, LoadTarget>,
  settings: BenchSettings,
  onRun: (run: MeasuredRun | { warmup: Side }) => void = () => undefined,
): Promise<Comparison> {
  if (settings.warmupSeconds > 0) {
    for (const side of ['baseline', 'subject'] as const) {
      onRun({ warmup: side });
      await runLoad(targets[side], { seconds: settings.warmupSeconds, connections: settings.connections });
    }
  }
  const runs: MeasuredRun[] = [];
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const side of roundOrder(round)) {
      const result = await runLoad(targets[side], { seconds: settings.seconds, connections: settings.connections });
      const run = { round, side, result };
      runs.push(run);
      onRun(run);
    }
  }
  const of = (side: Side) => runs.filter((run) => run.side === side).map((run) => run.result);
  const baseline = summarise(of('baseline'));
  const subject = summarise(of('subject'));
  const roundRatios: number[] = [];
  for (let round = 1; round <= settings.rounds; round += 1) {
    const b = runs.find((run) => run.round === round && run.side === 'baseline')!.result.requestsPerSecond;
    const s = runs.find((run) => run.round === round && run.side === 'subject')!.result.requestsPerSecond;
    roundRatios.push(b > 0 ? s / b : Number.NaN);
  }
  const divide = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  return {
    baseline,
    subject,
    ratio: {
      requestsPerSecond: divide(subject.requestsPerSecond, baseline.requestsPerSecond),
      p50: divide(subject.p50Ms, baseline.p50Ms),
      p99: divide(subject.p99Ms, baseline.p99Ms),
    },
    roundRatios,
    runs,
  };
}
