import { importReceiptFile } from '../modules/hajj/receipts/receipt-import';
import { runNdjsonImport } from './hajj-ndjson-import';

/**
 * `npm run import:deposit-receipts -- <file.ndjson>`: Bank Melli's deposit receipts, one JSON object a
 * line (issue 10's format), checked against the active season's provinces; idempotent by receipt number.
 */
runNdjsonImport('import:deposit-receipts', 'deposit receipts', importReceiptFile);
