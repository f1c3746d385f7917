import { Field, ID, Int, ObjectType } from 'type-graphql';

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
