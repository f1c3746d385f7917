import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { maskNationalId } from '@pishkhan/national-id';
import { redactForLog } from '../logging/logger';
import { AuditEvent, AuditOutcome } from './audit-event.entity';
import type { RequestContext } from '../graphql/context';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  code?: string | null;
  /** The national ID concerned, masked before it is stored. */
  subjectNationalId?: string | null;
  actorUserId?: string | null;
  actorRole?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit events. Pass the transaction's manager to make the event part of the change. */
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(ctx: Pick<RequestContext, 'principal' | 'ip' | 'requestId'> | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const principal = ctx?.principal;
    const user = principal?.kind === 'user' ? principal : null;
    await (manager ?? this.dataSource.manager).insert(AuditEvent, {
      action: entry.action,
      outcome: entry.outcome,
      code: entry.code ?? null,
      actorUserId: entry.actorUserId ?? user?.id ?? null,
      actorRole: entry.actorRole ?? user?.role ?? (principal?.kind === 'client' ? `client:${principal.id}` : null),
      subjectMasked: entry.subjectNationalId ? maskNationalId(entry.subjectNationalId) : null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: ctx?.ip ?? null,
      requestId: ctx?.requestId ?? null,
      details: redactForLog(entry.details ?? {}) as QueryDeepPartialEntity<AuditEvent>['details'],
    });
  }
}
