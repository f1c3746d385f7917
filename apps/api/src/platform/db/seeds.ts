import type { SeedSet } from './seed';
import { accountsSeed } from '../../modules/accounts/accounts.seed';
import { performanceSeed } from '../../modules/performance/performance.seed';
import { householdsSeed } from '../../modules/households/households.seed';

/**
 * Every context's demo data, in the order they build on each other. The identity context (the
 * national-ID slice) needs none: its demo IDs are in the README.
 */
export const SEED_SETS: readonly SeedSet[] = [accountsSeed, performanceSeed, householdsSeed];
