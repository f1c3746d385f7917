import type { DataSource } from 'typeorm';
import { maskNationalId, checkNationalId } from '@pishkhan/national-id';
import { AuditEvent } from './audit-event.entity';
import type { AuditFilter } from './audit.inputs';

/** Searches the audit log, newest first. */
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
