import type { Benchmark } from '../lib/benchmark';
import { nationalIdInfo } from './national-id-info';
import { cartable } from './cartable';
import { householdCluster } from './household-cluster';
import { householdClusterPgbouncer } from './household-cluster-pgbouncer';
import { counterBooking } from './counter-booking';
import { hajjRush } from './hajj-rush';

/** Every benchmark, in the order `bench/run.ts` runs them when none is named. Add new ones here. */
export const BENCHMARKS: readonly Benchmark[] = [
  nationalIdInfo,
  cartable,
  householdCluster,
  householdClusterPgbouncer,
  counterBooking,
  hajjRush,
];
