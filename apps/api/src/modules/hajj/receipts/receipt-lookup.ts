import type { EntityManager } from 'typeorm';
import { rows } from '../queryable';
import type { Asker } from './receipt-rules';
import { HajjDepositReceipt } from './deposit-receipt.entity';

/** A receipt as the holder named it, resolved to the living receipt of its chain. */
export interface MatchedReceipt {
  /** The chain's last receipt: the one a registration is made with. */
  receipt: HajjDepositReceipt;
  asker: Asker;
  /** The asker's name as recorded (the holder's, or the receiver's in the transfer registry). */
  askerName: string;
}

interface ChainRow {
  id: string;
  national_id: string;
  birth_date: string;
  first_name: string;
  last_name: string;
  depth: number;
}

/**
 * Finds the receipt a number names and follows it to the living receipt (conversions, stabilisation
 * and reissues supersede a receipt with a new one), then matches the national ID and birth date:
 * the living receipt's holder; the receiver of its recorded transfer; or a former holder of the
 * chain. Null for anything else (unknown number, wrong national ID or birth date): the caller gives
 * one answer for all of these.
 */
export async function matchReceipt(manager: EntityManager, receiptNumber: string, nationalId: string, birthDate: string): Promise<MatchedReceipt | null> {
  const chain = await rows<ChainRow>(
    manager,
    `WITH RECURSIVE chain AS (
       SELECT r.id, r.successor_id, r.national_id, r.birth_date, r.first_name, r.last_name, 0 AS depth FROM hajj_deposit_receipt r WHERE r.receipt_number = $1
       UNION ALL
       SELECT n.id, n.successor_id, n.national_id, n.birth_date, n.first_name, n.last_name, c.depth + 1
         FROM hajj_deposit_receipt n JOIN chain c ON n.id = c.successor_id WHERE c.depth < 50)
     SELECT id, national_id, birth_date::text AS birth_date, first_name, last_name, depth FROM chain ORDER BY depth`,
    [receiptNumber],
  );
  const head = chain.at(-1);
  if (!head) return null;
  const load = () => manager.findOneByOrFail(HajjDepositReceipt, { id: head.id });
  if (head.national_id === nationalId && head.birth_date === birthDate) return { receipt: await load(), asker: 'HOLDER', askerName: `${head.first_name} ${head.last_name}` };
  const [transfer] = await rows<{ first_name: string; last_name: string }>(
    manager,
    `SELECT receiver_first_name AS first_name, receiver_last_name AS last_name FROM hajj_transfer
      WHERE receipt_id = $1 AND reissued_receipt_id IS NULL AND receiver_national_id = $2 AND receiver_birth_date = $3`,
    [head.id, nationalId, birthDate],
  );
  if (transfer) return { receipt: await load(), asker: 'TRANSFER_RECEIVER', askerName: `${transfer.first_name} ${transfer.last_name}` };
  const former = chain.find((row) => row.national_id === nationalId && row.birth_date === birthDate);
  if (former) return { receipt: await load(), asker: 'FORMER_HOLDER', askerName: `${former.first_name} ${former.last_name}` };
  return null;
}
