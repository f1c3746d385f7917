import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { Logger } from '../../../platform/logging/logger';
import { tehranToday } from '../../../platform/time/tehran-date';
import { ReleaseReason } from '../hajj.enums';
import { rows } from '../queryable';
import { inSeatTransaction } from '../registrations/seat-ledger';

/** The job kind that frees ended holds and missed deadlines, every minute. */
export const SEAT_RELEASE_JOB = 'hajj.release-seats';

/** Which registrations a deadline frees, and why: the first reason that applies wins. */
const DUE = `
  CASE WHEN r.status = 'HELD' AND r.hold_expires_at <= clock_timestamp() THEN 'HOLD_EXPIRED'
       WHEN r.status = 'CONFIRMED' AND r.payment_due < $1::date THEN 'PAYMENT_MISSED'
       WHEN r.status IN ('CONFIRMED', 'PAID') AND r.doctor_visited_at IS NULL AND r.doctor_visit_due < $1::date THEN 'DOCTOR_VISIT_MISSED'
  END`;

/**
 * Seed 004 rule 11 and the online holds: a hold that ends, a payment or a doctor visit missed by
 * its deadline (Tehran days) frees the seat, so the manager can give it to the next applicant.
 * Each caravan's seats change in its own seat transaction (its quota locks), and only rows still
 * due inside it are changed, so running twice, or in two processes at once, frees each seat once.
 */
export class SeatReleaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly log: Logger,
  ) {}

  async releaseDue(today = tehranToday()): Promise<number> {
    const caravans = await rows<{ caravan_id: string }>(
      this.dataSource,
      `SELECT DISTINCT r.caravan_id FROM hajj_registration r WHERE r.status <> 'RELEASED' AND (${DUE}) IS NOT NULL`,
      [today],
    );
    let released = 0;
    for (const { caravan_id: caravanId } of caravans) {
      const freed = await inSeatTransaction(this.dataSource, [caravanId], async (manager) => {
        // An UPDATE … RETURNING answers [rows, count] through TypeORM.
        const [updated] = (await manager.query(
          `UPDATE hajj_registration r SET status = 'RELEASED', released_at = clock_timestamp(), release_reason = (${DUE})::hajj_release_reason, updated_at = now()
            WHERE r.caravan_id = $2 AND r.status <> 'RELEASED' AND (${DUE}) IS NOT NULL
            RETURNING r.id, r.national_id, r.release_reason`,
          [today, caravanId],
        )) as [Array<{ id: string; national_id: string; release_reason: ReleaseReason }>, number];
        return updated;
      });
      for (const row of freed) {
        await this.audit.record(null, {
          action: 'hajj.registration.release',
          outcome: AuditOutcome.SUCCESS,
          code: row.release_reason,
          subjectNationalId: row.national_id,
          targetType: 'hajj_registration',
          targetId: row.id,
        });
      }
      released += freed.length;
    }
    if (released > 0) this.log.info({ released }, 'hajj seats freed');
    return released;
  }
}
