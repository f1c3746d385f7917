import { Arg, Field, ID, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { DataSource } from 'typeorm';
import { maskNationalId, checkNationalId } from '@pishkhan/national-id';
import { RequirePermission } from '../auth/access';
import { Permission } from '../auth/permissions';
import { AuditEvent, AuditOutcome } from './audit-event.entity';

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

@ObjectType('AuditEvent', { description: 'One line of the append-only audit log' })
export class AuditEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field()
  action!: string;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked national ID concerned' })
  subjectMasked!: string | null;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEventView])
  items!: AuditEventView[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class AuditFilter {
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

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset!: number;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  limit!: number;
}

export class AuditSearch {
  constructor(private readonly dataSource: DataSource) {}

  async search(filter: AuditFilter): Promise<{ items: AuditEvent[]; total: number }> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.action) query.andWhere(`e.action LIKE :action`, { action: `${filter.action.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
    if (filter.nationalId) {
      const checked = checkNationalId(filter.nationalId);
      query.andWhere('e.subject_masked = :masked', { masked: maskNationalId(checked.normalized ?? filter.nationalId) });
    }
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const [items, total] = await query.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }
}

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditSearch) {}

  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditEventPage, { description: 'Search the audit log, newest first' })
  auditEvents(@Arg('filter', () => AuditFilter, { defaultValue: { offset: 0, limit: 50 } }) filter: AuditFilter): Promise<AuditEventPage> {
    return this.audit.search(filter);
  }
}
