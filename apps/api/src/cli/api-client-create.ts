import { parseArgs } from 'node:util';
import { ApiClientService } from '../modules/api-clients';
import { RateLimiter } from '../platform/rate-limit/rate-limiter';
import { runMigrations } from '../platform/db/migrate';
import { withDatabase } from './with-database';

/**
 * `npm run api-client:create -- --name <name> --scopes household:read,household:changes,subsidy:request
 * [--quota 2000] [--ip 10.0.0.5 --ip …]`: creates an API client and prints its key once.
 */
const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    scopes: { type: 'string' },
    quota: { type: 'string', default: '2000' },
    ip: { type: 'string', multiple: true, default: [] },
  },
});

if (!values.name || !values.scopes) {
  process.stderr.write(
    'usage: npm run api-client:create -- --name <name> --scopes household:read,household:changes,subsidy:request [--quota N] [--ip ADDRESS]…\n',
  );
  process.exit(64);
}

void withDatabase('api-client-create', async (dataSource, log) => {
  await runMigrations(dataSource, log);
  const created = await new ApiClientService(dataSource, new RateLimiter(dataSource)).create({
    name: values.name!,
    scopes: values.scopes!.split(','),
    dailyQuota: Number(values.quota),
    ipAllowlist: values.ip ?? [],
  });
  process.stdout.write(`API client "${created.client.name}" (${created.client.id}) with scopes ${created.client.scopes.join(', ')}\n`);
  process.stdout.write(`Key (shown once, keep it secret): ${created.key}\n`);
});
