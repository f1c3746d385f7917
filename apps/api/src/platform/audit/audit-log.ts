import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { maskNationalId } from '@pishkhan/national-id';
import { redactForLog } from '../logging/logger';
import { AuditEvent, AuditOutcome } from './audit-event.entity';
import type { RequestContext } from '../graphql/context';
import { WriteBatcher } from '../batching/write-batcher';

type AuditRow = QueryDeepPartialEntity<AuditEvent>;

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

/**
 * Writes audit events. Pass the transaction's manager to make the event part of the change.
 * Events outside a transaction are group-committed: those recorded while an insert runs go
 * together in the next multi-row insert, and each caller waits for its own row to be stored.
 */
export class AuditLog {
  private readonly rows: WriteBatcher<AuditRow, void>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = new WriteBatcher<AuditRow, void>(
      async (batch) => {
        await this.dataSource.manager.insert(AuditEvent, batch);
        return batch.map(() => undefined);
      },
      { maxInFlight: 2, maxBatch: 500 },
    );
  }

  async record(ctx: Pick<RequestContext, 'principal' | 'ip' | 'requestId'> | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const row = this.row(ctx, entry);
    if (manager) await manager.insert(AuditEvent, row);
    else await this.rows.submit(row);
  }

  private row(ctx: Pick<RequestContext, 'principal' | 'ip' | 'requestId'> | null, entry: AuditEntry): AuditRow {
    const principal = ctx?.principal;
    const user = principal?.kind === 'user' ? principal : null;
    return {
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
      details: redactForLog(entry.details ?? {}) as AuditRow['details'],
    };
  }
}
