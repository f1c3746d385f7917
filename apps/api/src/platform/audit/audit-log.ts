import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { maskNationalId } from '@pishkhan/national-id';
import { redactForLog } from '../logging/logger';
import { AuditEvent, AuditOutcome } from './audit-event.entity';
import type { RequestContext } from '../graphql/context';
import { StatementBatcher } from '../batching/statement-batcher';
import { preparedQuery } from '../db/prepared-query';
import { AuditDirectory } from './audit-directory';

interface AuditRow {
  action: string;
  outcome: AuditOutcome;
  code: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  subjectMasked: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** A batch of events in one prepared statement, a column per array. */
const INSERT_BATCH_SQL = `
  INSERT INTO audit_event (action, outcome, code, actor_user_id, actor_role, subject_masked, target_type, target_id, ip, request_id, details)
  SELECT a, o::audit_outcome, c, u::uuid, r, s, tt, ti, ip, rq, d::jsonb
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
      AS t(a, o, c, u, r, s, tt, ti, ip, rq, d)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Stands for the n-th id while the details are redacted (no run of digits a masker would take). */
const ID_MARK = /\u{E000}(\d{1,6})\u{E000}/gu;

/**
 * `redactForLog` for details, but record ids stay whole: a UUID's digit groups, split by dashes,
 * look like a national ID to the masker (`4172-8431` is eight digits), and an id that lost its
 * middle points at nothing (a referral chain's history reads them back).
 */
export function redactDetails(details: Record<string, unknown>): Record<string, unknown> {
  const ids: string[] = [];
  const marked: unknown = JSON.parse(JSON.stringify(details), (_key, value: unknown) =>
    typeof value === 'string' && UUID.test(value) ? `\u{E000}${ids.push(value) - 1}\u{E000}` : value,
  );
  const redacted = redactForLog(marked);
  return JSON.parse(JSON.stringify(redacted), (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(ID_MARK, (_mark, index: string) => ids[Number(index)] ?? '') : value,
  ) as Record<string, unknown>;
}

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
  private readonly rows: StatementBatcher<AuditRow, void>;
  /** How the log names people and records: the contexts register their describers here when composed. */
  readonly directory = new AuditDirectory();

  constructor(private readonly dataSource: DataSource) {
    this.rows = new StatementBatcher<AuditRow, void>(
      async (batch) => {
        await preparedQuery(this.dataSource, 'audit-insert-batch', INSERT_BATCH_SQL, [
          batch.map((r) => r.action),
          batch.map((r) => r.outcome),
          batch.map((r) => r.code),
          batch.map((r) => r.actorUserId),
          batch.map((r) => r.actorRole),
          batch.map((r) => r.subjectMasked),
          batch.map((r) => r.targetType),
          batch.map((r) => r.targetId),
          batch.map((r) => r.ip),
          batch.map((r) => r.requestId),
          batch.map((r) => JSON.stringify(r.details)),
        ]);
        return batch.map(() => undefined);
      },
      { maxInFlight: 2, maxBatch: 500 },
    );
  }

  async record(
    ctx: Pick<RequestContext, 'principal' | 'ip' | 'requestId'> | null,
    entry: AuditEntry,
    manager?: EntityManager,
  ): Promise<void> {
    const row = this.row(ctx, entry);
    if (manager) await manager.insert(AuditEvent, row as QueryDeepPartialEntity<AuditEvent>);
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
      details: redactDetails(entry.details ?? {}),
    };
  }
}
