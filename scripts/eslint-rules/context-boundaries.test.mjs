import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import { contextBoundaries } from './context-boundaries.mjs';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });
const api = '/repo/apps/api/src';

tester.run('context-boundaries', contextBoundaries, {
  valid: [
    { filename: `${api}/platform/files/files.routes.ts`, code: "import type { SessionPort } from '../auth/ports';" },
    { filename: `${api}/modules/performance/referral.service.ts`, code: "import { UserAccount } from '../accounts';" },
    { filename: `${api}/modules/performance/referral.service.ts`, code: "import { UserAccount } from '../accounts/index';" },
    {
      filename: `${api}/modules/households/cluster-lookup/lookup.service.ts`,
      code: "import { HouseholdError } from '../households.errors';",
    },
    {
      filename: `${api}/modules/households/cluster-lookup/lookup.service.ts`,
      code: "import { CAPTCHA } from '../../../platform/context';",
    },
    { filename: `${api}/composition.ts`, code: "import { accountsModule } from './modules/accounts';" },
    { filename: `${api}/cli/db-seed.ts`, code: "import { SEED_SETS } from '../composition';" },
    { filename: `${api}/modules/accounts/session.service.ts`, code: "import { newToken } from './secrets';" },
  ],
  invalid: [
    {
      filename: `${api}/platform/files/files.routes.ts`,
      code: "import type { SessionService } from '../../modules/accounts/session.service';",
      errors: [{ messageId: 'platformImportsContext' }],
    },
    {
      filename: `${api}/platform/graphql/schema.ts`,
      code: "import { NationalIdResolver } from '../../modules/identity';",
      errors: [{ messageId: 'platformImportsContext' }],
    },
    {
      filename: `${api}/platform/db/seed.ts`,
      code: "export { CONTEXTS } from '../../composition';",
      errors: [{ messageId: 'platformImportsContext' }],
    },
    {
      filename: `${api}/modules/performance/referral.service.ts`,
      code: "import { UserAccount } from '../accounts/user-account.entity';",
      errors: [{ messageId: 'pastIndex' }],
    },
    {
      filename: `${api}/modules/households/vital-events/x.service.ts`,
      code: "import { ApiClient } from '../../api-clients/api-client.entity';",
      errors: [{ messageId: 'pastIndex' }],
    },
    { filename: `${api}/modules/hajj/x.ts`, code: "const m = await import('../accounts/secrets');", errors: [{ messageId: 'pastIndex' }] },
  ],
});
