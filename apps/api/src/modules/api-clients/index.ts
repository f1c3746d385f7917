export { apiClientsModule } from './api-clients.module';
export { ApiClient, ApiScope } from './api-client.entity';
export { ApiClientService } from './api-client.service';
export { ApiClientAdminService } from './api-client-admin.service';
export { ApiKeyRefusal } from './api-clients.errors';
export { ApiClientResolver } from './api-client.resolver';
