export { ApiClient, ApiScope } from './api-client.entity';
export { ApiClientService } from './api-client.service';
export { ApiClientResolver } from './api-client.resolver';
