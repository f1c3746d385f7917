import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/graphql/context';
import { ApiClientAdminService } from './api-client-admin.service';
import { ApiClientService } from './api-client.service';
import { ApiClientInput } from './api-client.inputs';
import { ApiClientView, CreatedApiClient } from './api-client.type';
import { IdArg } from '../../platform/graphql/id-arg';
import { MANAGE_API_CLIENTS } from './api-clients.policy';

@Resolver()
export class ApiClientResolver {
  constructor(
    private readonly clients: ApiClientService,
    private readonly admin: ApiClientAdminService,
  ) {}

  @RequirePermission(MANAGE_API_CLIENTS)
  @Query(() => [ApiClientView])
  apiClients(): Promise<ApiClientView[]> {
    return this.clients.list();
  }

  @RequirePermission(MANAGE_API_CLIENTS)
  @Mutation(() => CreatedApiClient, { description: 'Create an API client; its key is in this answer only' })
  createApiClient(@Arg('input', () => ApiClientInput) input: ApiClientInput): Promise<CreatedApiClient> {
    return this.clients.create(input);
  }

  @RequirePermission(MANAGE_API_CLIENTS)
  @Mutation(() => ApiClientView, {
    description: 'Deactivate an API client: its key is refused (API_CLIENT_INACTIVE) from the next request on',
  })
  deactivateApiClient(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<ApiClientView> {
    return this.admin.setActive(ctx, id, false);
  }

  @RequirePermission(MANAGE_API_CLIENTS)
  @Mutation(() => ApiClientView, { description: 'Reactivate a deactivated API client: its key works again' })
  reactivateApiClient(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<ApiClientView> {
    return this.admin.setActive(ctx, id, true);
  }

  @RequirePermission(MANAGE_API_CLIENTS)
  @Mutation(() => CreatedApiClient, {
    description: 'Replace the key of an API client: the old key is refused at once; the new one is in this answer only',
  })
  rotateApiClientKey(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<CreatedApiClient> {
    return this.admin.rotateKey(ctx, id);
  }
}
