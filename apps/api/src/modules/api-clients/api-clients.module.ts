import { BEARER_AUTH, type ContextModule } from '../../platform/context';
import { ApiClientAdminService } from './api-client-admin.service';
import { ApiClient } from './api-client.entity';
import { ApiClientResolver } from './api-client.resolver';
import { ApiClientService } from './api-client.service';
import { registerApiClientsAuditTargets } from './api-clients-audit';

/** Other government systems' API keys, scopes, allowlists and daily quotas. Provides BEARER_AUTH. */
export const apiClientsModule: ContextModule = {
  name: 'api-clients',
  resolvers: [ApiClientResolver],
  entities: [ApiClient],
  compose: ({ dataSource, limiter, audit }, services) => {
    const apiClients = new ApiClientService(dataSource, limiter);
    registerApiClientsAuditTargets(audit.directory, dataSource);
    services.provide(BEARER_AUTH, apiClients);
    return { resolvers: [new ApiClientResolver(apiClients, new ApiClientAdminService(dataSource, audit))] };
  },
};
