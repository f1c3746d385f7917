import { importCaravanFile } from '../modules/hajj/caravans/caravan-import';
import { runNdjsonImport } from './hajj-ndjson-import';

/**
 * `npm run import:hajj-caravans -- <file.ndjson>`: the caravans of the active season, one JSON object a
 * line (issue 10's format); idempotent by caravan code.
 */
runNdjsonImport('import:hajj-caravans', 'caravans', importCaravanFile);
