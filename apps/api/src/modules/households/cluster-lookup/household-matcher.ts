import type { DataSource } from 'typeorm';
import { StatementBatcher } from '../../../platform/batching/statement-batcher';
import { preparedQuery } from '../../../platform/db/prepared-query';
import type { CampaignWindow } from './cluster-campaign.entity';

export interface MatchRow {
  household_id: string;
  income_cluster: number;
  armed_forces: boolean;
  members: number;
}

export interface MatchAnswer {
  /** The active campaign's windows, ordered by start; none when no campaign is open. */
  windows: CampaignWindow[];
  /** The household the proof names, if any. */
  match: MatchRow | null;
}

/**
 * Row 0: the active campaign's windows. Then one row per proof that matches (its position in the
 * arrays as `i`): the household whose current head has that national ID and that tracking code,
 * with its current number of members.
 */
const MATCH_SQL = `
  SELECT 0::bigint AS i, w.windows, NULL::uuid AS household_id, NULL::smallint AS income_cluster, NULL::boolean AS armed_forces, NULL::int AS members
    FROM (SELECT coalesce(json_agg(json_build_object(
                   'id', cw.id, 'campaignId', cw.campaign_id, 'minSize', cw.min_size, 'maxSize', cw.max_size,
                   'catchUp', cw.catch_up, 'startDate', cw.start_date, 'endDate', cw.end_date) ORDER BY cw.start_date), '[]'::json) AS windows
            FROM campaign_window cw JOIN cluster_campaign c ON c.id = cw.campaign_id AND c.active) w
  UNION ALL
  SELECT q.i, NULL::json, h.id, h.income_cluster, h.armed_forces,
         (SELECT count(*)::int FROM household_member mm WHERE mm.household_id = h.id AND mm.left_at IS NULL)
    FROM unnest($1::bpchar[], $2::text[]) WITH ORDINALITY AS q(national_id, tracking_code, i)
    JOIN household_member head ON head.national_id = q.national_id AND head.relation = 'HEAD' AND head.left_at IS NULL
    JOIN household h ON h.id = head.household_id AND h.tracking_code = q.tracking_code AND h.status = 'ACTIVE'`;

/**
 * Finds households by head's national ID and tracking code, with the campaign's windows. The
 * proofs of concurrent lookups go together in one prepared statement: the hottest read of the
 * product costs one round trip per batch, not per request.
 */
export class HouseholdMatcher {
  private readonly batches: StatementBatcher<{ nationalId: string; trackingCode: string }, MatchAnswer>;

  constructor(dataSource: DataSource) {
    this.batches = new StatementBatcher(
      async (proofs) => {
        const rows = await preparedQuery<MatchRow & { i: string; windows: CampaignWindow[] | null }>(
          dataSource,
          'household-match-batch',
          MATCH_SQL,
          [proofs.map((p) => p.nationalId), proofs.map((p) => p.trackingCode)],
        );
        const windows = rows.find((r) => r.i === '0')?.windows ?? [];
        const matches = new Map(rows.filter((r) => r.i !== '0').map((r) => [Number(r.i), r]));
        return proofs.map((_, index) => {
          const row = matches.get(index + 1);
          return {
            windows,
            match: row
              ? { household_id: row.household_id, income_cluster: row.income_cluster, armed_forces: row.armed_forces, members: row.members }
              : null,
          };
        });
      },
      { maxInFlight: 2, maxBatch: 200 },
    );
  }

  find(nationalId: string, trackingCode: string): Promise<MatchAnswer> {
    return this.batches.submit({ nationalId, trackingCode });
  }
}
