import { Arg, Query, Resolver } from 'type-graphql';
import { RequirePermission } from '../auth/access';
import { Permission } from '../auth/permissions';
import type { AuditSearch } from './audit-search.service';
import { AUDIT_PAGE_SIZE, AuditFilter } from './audit.inputs';
import { AuditEventPage } from './audit.type';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditSearch) {}

  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditEventPage, { description: 'Search the audit log, newest first' })
  auditEvents(
    @Arg('filter', () => AuditFilter, { defaultValue: { offset: 0, limit: AUDIT_PAGE_SIZE } }) filter: AuditFilter,
  ): Promise<AuditEventPage> {
    return this.audit.search(filter);
  }
}
