import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, Length, Max, Min } from 'class-validator';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { RequestContext } from '../../platform/graphql/context';
import { ApiClientAdminService } from './api-client-admin.service';
import { ApiClientService } from './api-client.service';

@ObjectType('ApiClient', { description: 'Another system allowed to call the API' })
export class ApiClientView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The public start of its key, to recognise it' })
  keyPrefix!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => Int)
  dailyQuota!: number;

  @Field(() => [String])
  ipAllowlist!: string[];

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A client and its new key, shown this once' })
export class CreatedApiClient {
  @Field(() => ApiClientView)
  client!: ApiClientView;

  @Field({ description: 'Send as `Authorization: Bearer <key>`; it cannot be shown again' })
  key!: string;
}

@InputType()
export class ApiClientInput {
  @Field()
  @Length(2, 100)
  name!: string;

  @Field(() => [String], { description: 'household:read, household:changes, subsidy:request' })
  @ArrayMaxSize(10)
  scopes!: string[];

  @Field(() => Int, { defaultValue: 2000, description: 'Calls per day' })
  @Min(1)
  @Max(10_000_000)
  dailyQuota!: number;

  @Field(() => [String], { defaultValue: [], description: 'Exact addresses allowed; empty: any' })
  @ArrayMaxSize(50)
  ipAllowlist!: string[];
}

@Resolver()
export class ApiClientResolver {
  constructor(
    private readonly clients: ApiClientService,
    private readonly admin: ApiClientAdminService,
  ) {}

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [ApiClientView])
  apiClients(): Promise<ApiClientView[]> {
    return this.clients.list();
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => CreatedApiClient, { description: 'Create an API client; its key is in this answer only' })
  createApiClient(@Arg('input', () => ApiClientInput) input: ApiClientInput): Promise<CreatedApiClient> {
    return this.clients.create(input);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => ApiClientView, { description: 'Deactivate an API client: its key is refused (API_CLIENT_INACTIVE) from the next request on' })
  deactivateApiClient(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiClientView> {
    return this.admin.setActive(ctx, id, false);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => ApiClientView, { description: 'Reactivate a deactivated API client: its key works again' })
  reactivateApiClient(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiClientView> {
    return this.admin.setActive(ctx, id, true);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => CreatedApiClient, { description: 'Replace the key of an API client: the old key is refused at once; the new one is in this answer only' })
  rotateApiClientKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CreatedApiClient> {
    return this.admin.rotateKey(ctx, id);
  }
}
