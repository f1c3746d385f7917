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
  receipt_number: string;
  national_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  mobile: string;
  province: string;
  kind: HajjDepositReceipt['kind'];
  amount_rials: string;
  deposit_date: string;
  branch_code: string;
  accepted_before_not_gone: boolean;
  status: HajjDepositReceipt['status'];
  referral: HajjDepositReceipt['referral'];
  referred_branch_code: string | null;
  original_receipt_number: string;
  predecessor_id: string | null;
  successor_id: string | null;
  created_at: Date;
  updated_at: Date;
  depth: number;
}

/** A chain row as the entity (dates as ISO text, rials as digit strings). */
function receiptOf(row: ChainRow): HajjDepositReceipt {
  return Object.assign(new HajjDepositReceipt(), {
    id: row.id,
    receiptNumber: row.receipt_number,
    nationalId: row.national_id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    mobile: row.mobile,
    province: row.province,
    kind: row.kind,
    amountRials: row.amount_rials,
    depositDate: row.deposit_date,
    branchCode: row.branch_code,
    acceptedBeforeNotGone: row.accepted_before_not_gone,
    status: row.status,
    referral: row.referral,
    referredBranchCode: row.referred_branch_code,
    originalReceiptNumber: row.original_receipt_number,
    predecessorId: row.predecessor_id,
    successorId: row.successor_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/**
 * Finds the receipt a number names and follows it to the living receipt (conversions, stabilisation
 * and reissues supersede a receipt with a new one), then matches the national ID and birth date:
 * the living receipt's holder; the receiver of its recorded transfer; or a former holder of the
 * chain. Null for anything else (unknown number, wrong national ID or birth date): the caller gives
 * one answer for all of these.
 */
export async function matchReceipt(
  manager: EntityManager,
  receiptNumber: string,
  nationalId: string,
  birthDate: string,
): Promise<MatchedReceipt | null> {
  // One statement: the chain from the number named to its living receipt, every row whole.
  const chain = await rows<ChainRow>(
    manager,
    `WITH RECURSIVE chain AS (
       SELECT r.*, 0 AS depth FROM hajj_deposit_receipt r WHERE r.receipt_number = $1
       UNION ALL
       SELECT n.*, c.depth + 1 FROM hajj_deposit_receipt n JOIN chain c ON n.id = c.successor_id WHERE c.depth < 50)
     SELECT id, receipt_number, national_id, first_name, last_name, birth_date::text AS birth_date, mobile, province, kind, amount_rials::text AS amount_rials,
            deposit_date::text AS deposit_date, branch_code, accepted_before_not_gone, status, referral, referred_branch_code, original_receipt_number,
            predecessor_id, successor_id, created_at, updated_at, depth
       FROM chain ORDER BY depth`,
    [receiptNumber],
  );
  const head = chain.at(-1);
  if (!head) return null;
  const receipt = receiptOf(head);
  if (head.national_id === nationalId && head.birth_date === birthDate)
    return { receipt, asker: 'HOLDER', askerName: `${head.first_name} ${head.last_name}` };
  const [transfer] = await rows<{ first_name: string; last_name: string }>(
    manager,
    `SELECT receiver_first_name AS first_name, receiver_last_name AS last_name FROM hajj_transfer
      WHERE receipt_id = $1 AND reissued_receipt_id IS NULL AND receiver_national_id = $2 AND receiver_birth_date = $3`,
    [head.id, nationalId, birthDate],
  );
  if (transfer) return { receipt, asker: 'TRANSFER_RECEIVER', askerName: `${transfer.first_name} ${transfer.last_name}` };
  const former = chain.find((row) => row.national_id === nationalId && row.birth_date === birthDate);
  if (former) return { receipt, asker: 'FORMER_HOLDER', askerName: `${former.first_name} ${former.last_name}` };
  return null;
}
