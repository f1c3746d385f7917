import { Brackets, type DataSource } from 'typeorm';
import { maskNationalId, checkNationalId } from '@pishkhan/national-id';
import { AuditEvent } from './audit-event.entity';
import { API_CLIENT_TARGET, type AuditDirectory } from './audit-directory';
import type { AuditFilter } from './audit.inputs';
import type { AuditEventView } from './audit.type';

const CLIENT_ROLE = /^client:(.+)$/;

/** Searches the audit log, newest first, and names the people and records of each line. */
export class AuditSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AuditDirectory,
  ) {}

  async search(filter: AuditFilter): Promise<{ items: AuditEventView[]; total: number }> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.action) query.andWhere(`e.action LIKE :action`, { action: `${filter.action.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
    if (filter.nationalId) {
      // By or about the person: lines he wrote as a user, and lines that name him (masked) as their subject.
      const checked = checkNationalId(filter.nationalId);
      const masked = maskNationalId(checked.normalized ?? filter.nationalId);
      const actorIds = checked.normalized ? await this.directory.userIdsOf(checked.normalized) : [];
      query.andWhere(
        new Brackets((either) => {
          either.where('e.subject_masked = :masked', { masked });
          if (actorIds.length > 0) either.orWhere('e.actor_user_id IN (:...actorIds)', { actorIds });
        }),
      );
    }
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const [rows, total] = await query
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items: await this.described(rows), total };
  }

  /** One page of lines with the actor's name and masked national ID and the target in words (two lookups per kind, not per line). */
  private async described(rows: AuditEvent[]): Promise<AuditEventView[]> {
    const typed = rows.map((row) => ({
      row,
      targetType: this.directory.targetTypeOf(row.action, row.targetType),
      client: CLIENT_ROLE.exec(row.actorRole ?? '')?.[1] ?? null,
    }));
    const targets = typed.flatMap(({ row, targetType, client }) => [
      ...(targetType !== null && row.targetId !== null ? [{ type: targetType, id: row.targetId }] : []),
      ...(client !== null ? [{ type: API_CLIENT_TARGET, id: client }] : []),
    ]);
    const [people, words] = await Promise.all([
      this.directory.describePeople(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : []))),
      this.directory.describeTargets(targets),
    ]);
    return typed.map(({ row, targetType, client }) => {
      const person = row.actorUserId ? people.get(row.actorUserId) : undefined;
      return {
        ...row,
        targetType,
        actorName: person?.name ?? (client !== null ? (words.get(`${API_CLIENT_TARGET}:${client}`) ?? null) : null),
        actorNationalIdMasked: person?.nationalIdMasked ?? null,
        targetLabel: targetType !== null && row.targetId !== null ? (words.get(`${targetType}:${row.targetId}`) ?? null) : null,
      };
    });
  }
}
