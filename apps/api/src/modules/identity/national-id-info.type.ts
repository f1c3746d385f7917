import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { NationalIdProblem as Problem } from '@pishkhan/national-id';

/** Why a national ID is not valid. Part of the public contract: keep the names. */
export enum NationalIdProblem {
  EMPTY = 'EMPTY',
  NOT_DIGITS = 'NOT_DIGITS',
  WRONG_LENGTH = 'WRONG_LENGTH',
  REPEATED_DIGITS = 'REPEATED_DIGITS',
  CHECKSUM = 'CHECKSUM',
}

// The GraphQL enum and the package's union must name the same problems.
const sameProblems: Record<Problem, NationalIdProblem> = NationalIdProblem;
void sameProblems;

registerEnumType(NationalIdProblem, {
  name: 'NationalIdProblem',
  description: 'Why a national ID is not valid',
  valuesConfig: {
    EMPTY: { description: 'Nothing but spaces, dashes or invisible marks was given' },
    NOT_DIGITS: { description: 'Something other than digits, spaces, dashes or invisible marks' },
    WRONG_LENGTH: { description: 'Not 10 digits (8 or 9 are padded with leading zeros first)' },
    REPEATED_DIGITS: { description: 'Ten identical digits' },
    CHECKSUM: { description: 'The check digit does not match the mod-11 rule' },
  },
});

@ObjectType({ description: 'Where a national ID was issued: the civil-registration office of its first three digits' })
export class IssuancePlace {
  @Field({ description: 'The first three digits' })
  prefix!: string;

  @Field(() => String, { nullable: true, description: 'Province in Persian; null when the prefix is not in the place table' })
  province!: string | null;

  @Field(() => String, { nullable: true, description: 'City or office in Persian; null when the prefix is not in the place table' })
  city!: string | null;
}

@ObjectType({ description: 'What a national ID is: normalised form, validity and issuance place' })
export class NationalIdInfo {
  @Field(() => String, { nullable: true, description: 'Ten ASCII digits; null when the input cannot be normalised' })
  normalized!: string | null;

  @Field({ description: 'True when the normalised ID passes the check-digit rule and is not ten identical digits' })
  valid!: boolean;

  @Field(() => NationalIdProblem, { nullable: true, description: 'Null when valid' })
  reason!: NationalIdProblem | null;

  @Field(() => IssuancePlace, { nullable: true, description: 'Null when the ID is not valid' })
  issuancePlace!: IssuancePlace | null;
}
