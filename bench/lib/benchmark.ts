import type { BaselineServer } from './baseline';
import type { LoadTarget } from './load';
import type { PishkhanUnderTest } from './pishkhan';
import type { BenchSettings } from './settings';

/** What a benchmark gets: the running API, the running baseline and the load settings. */
export interface BenchContext {
  pishkhan: PishkhanUnderTest;
  baseline: BaselineServer;
  settings: BenchSettings;
}

/**
 * One benchmark: a request to the Pishkhan API, loaded side by side with the baseline's `{ hello }`.
 * Register it in `bench/benchmarks/index.ts`.
 */
export interface Benchmark {
  /** Name on the command line, in RESULTS.md and in `results/<name>.json`. */
  name: string;
  /** One sentence for RESULTS.md: what is measured. */
  description: string;
  /** Markdown for RESULTS.md naming the subject's request. Never a whole national ID or a secret. */
  subjectLabel: string;
  /** Builds the subject's request; may prepare state first (log in, insert rows). */
  target(ctx: BenchContext): Promise<LoadTarget> | LoadTarget;
  /**
   * Checks one answer of the subject before the load: null when it is the expected answer, else why
   * not. The reason is printed, so it must not quote personal data.
   */
  check(answer: unknown): string | null;
  /**
   * A baseline of its own instead of the shared `{ hello }` one (e.g. a bare Apollo Server doing one
   * primary-key lookup on the same table), with the label RESULTS.md gives it.
   */
  baseline?(ctx: BenchContext): Promise<{ target: LoadTarget; label: string; stop(): Promise<void> }>;
  /** Facts to report besides speed, measured once before the load (e.g. SQL statements per request). */
  facts?(ctx: BenchContext, target: LoadTarget): Promise<Record<string, string>>;
}
