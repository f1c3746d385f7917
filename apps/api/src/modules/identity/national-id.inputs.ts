import { ArgsType, Field } from 'type-graphql';
import { MaxLength } from 'class-validator';

/** The typed national ID: any digits, spaces, dashes and invisible marks, but not an essay. */
@ArgsType()
export class NationalIdArgs {
  @Field()
  @MaxLength(64)
  nationalId!: string;
}
