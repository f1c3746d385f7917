import type { DataSource } from 'typeorm';
import { StatementBatcher } from '../../../platform/batching/statement-batcher';
import { isUuid } from '../../../platform/graphql/id-arg';
import { countSeats, type CaravanSeats } from './seat-ledger';

/**
 * Caravans' seats counted outside their locks — a hint, never the ground for giving a seat — for
 * the public pre-registration: the counts asked for at the same time go in one statement (each
 * request's count is read by a statement that started after it asked, so a hint is as fresh as a
 * query of its own), and a caravan the hint shows full is refused before the receipt is matched
 * and without queueing for its locks.
 */
export class SeatHints {
  private readonly counts: StatementBatcher<string, CaravanSeats | null>;

  constructor(dataSource: DataSource) {
    this.counts = new StatementBatcher(
      async (caravanIds) => {
        const found = await countSeats(dataSource, [...new Set(caravanIds)]);
        return caravanIds.map((id) => found.get(id) ?? null);
      },
      { maxInFlight: 2, maxBatch: 500 },
    );
  }

  /** The caravan's seats now (unlocked), or null when there is no such caravan. */
  async of(caravanId: string): Promise<CaravanSeats | null> {
    // Not a UUID: no caravan (and never in a batch, whose uuid[] cast it would fail).
    return isUuid(caravanId) ? this.counts.submit(caravanId.toLowerCase()) : null;
  }
}
