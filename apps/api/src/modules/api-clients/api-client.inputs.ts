import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Length, Max, MaxLength, Min } from 'class-validator';

/** A new API client. Which scopes and addresses are known is checked by `ApiClientService.create` (the CLI uses it too). */
@InputType()
export class ApiClientInput {
  @Field()
  @Length(2, 100)
  name!: string;

  @Field(() => [String], { description: 'household:read, household:changes, subsidy:request' })
  @ArrayMaxSize(10)
  @MaxLength(40, { each: true })
  scopes!: string[];

  @Field(() => Int, { defaultValue: 2000, description: 'Calls per day' })
  @Min(1)
  @Max(10_000_000)
  dailyQuota!: number;

  @Field(() => [String], { defaultValue: [], description: 'Exact addresses allowed; empty: any' })
  @ArrayMaxSize(50)
  @MaxLength(45, { each: true })
  ipAllowlist!: string[];
}
