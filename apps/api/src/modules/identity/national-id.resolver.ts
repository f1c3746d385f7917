import { Args, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/auth/access';
import { NationalIdInfo } from './national-id-info.type';
import { describeNationalId } from './national-id.service';
import { NationalIdArgs } from './national-id.inputs';

@Resolver()
export class NationalIdResolver {
  // Public on purpose: checking the form of a national ID discloses nothing about any person.
  @Public()
  @Query(() => NationalIdInfo, {
    description:
      'Normalises and validates a national ID typed in any digits, with its issuance place. Bad input is an answer, not an error.',
  })
  nationalIdInfo(@Args(() => NationalIdArgs) { nationalId }: NationalIdArgs): NationalIdInfo {
    return describeNationalId(nationalId);
  }
}
