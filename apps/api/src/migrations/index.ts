import { SeedRun1763900000000 } from './1763900000000-seed-run';
import { Accounts1763910000000 } from './1763910000000-accounts';
import { SsoLogin1763915000000 } from './1763915000000-sso-login';
import { StoredFile1763920000000 } from './1763920000000-stored-file';
import { Performance1763930000000 } from './1763930000000-performance';
import { Households1763940000000 } from './1763940000000-households';
import { HouseholdFeed1763950000000 } from './1763950000000-household-feed';
import { HouseholdResponses1763960000000 } from './1763960000000-household-responses';
import { ZeroFile1763970000000 } from './1763970000000-zero-file';
import { Jobs1763980000000 } from './1763980000000-jobs';
import { Webhooks1763990000000 } from './1763990000000-webhooks';
import { UnloggedRateLimits1764050000000 } from './1764050000000-unlogged-rate-limits';

/**
 * The migrations written before contexts kept their own (a new context lists its migrations in its
 * descriptor). `composition.ts` merges both, oldest first; `npm run db:check` fails when the
 * entities need one more.
 */
export const HISTORIC_MIGRATIONS: Function[] = [
  SeedRun1763900000000,
  Accounts1763910000000,
  SsoLogin1763915000000,
  StoredFile1763920000000,
  Performance1763930000000,
  Households1763940000000,
  HouseholdFeed1763950000000,
  HouseholdResponses1763960000000,
  ZeroFile1763970000000,
  Jobs1763980000000,
  Webhooks1763990000000,
  UnloggedRateLimits1764050000000,
];
