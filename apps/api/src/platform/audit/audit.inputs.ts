import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE, PageInput } from '../graphql/page.input';
import { AuditOutcome } from './audit-event.entity';

/** The audit log's page size defaults to 50 (as before the shared `PageInput`). */
export const AUDIT_PAGE_SIZE = 50;

@InputType()
export class AuditFilter extends PageInput {
  @Field(() => String, { nullable: true, description: 'Action prefix, e.g. `auth.` or `mutation.approveRegistrationRequest`' })
  @IsOptional()
  @Length(1, 100)
  action?: string;

  @Field(() => AuditOutcome, { nullable: true })
  @IsOptional()
  outcome?: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'National ID concerned (any digits); matched by its masked form' })
  @IsOptional()
  @Length(1, 32)
  nationalId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;

  /** Its own validators replace the inherited ones (class-validator), so they are all repeated here. */
  @Field(() => Int, { defaultValue: AUDIT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  override limit!: number;
}
