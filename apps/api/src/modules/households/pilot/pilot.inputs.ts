import { ArgsType, Field, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, Length, Matches, MaxLength } from 'class-validator';
import { SubsidyService } from './subsidy-service-request.entity';

@ArgsType()
export class SubsidyServiceRequestArgs {
  /** Checked digit by digit by the service (BAD_USER_INPUT when not a valid national ID). */
  @Field(() => String)
  @MaxLength(64)
  nationalId!: string;

  @Field(() => SubsidyService)
  service!: SubsidyService;
}

@InputType()
export class SubsidyPilotInput {
  @Field({ description: 'ISO instant, e.g. 2024-07-10T00:00:00+03:30' })
  startsAt!: Date;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(/^\d{3}$/, { each: true })
  prefixes!: string[];

  @Field()
  @Length(5, 300)
  refusalMessage!: string;

  @Field()
  @MaxLength(2000)
  @Matches(/^https:\/\/\S+$/)
  portalUrl!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}
