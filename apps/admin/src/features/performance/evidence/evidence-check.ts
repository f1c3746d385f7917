import { persianMessageForCode } from '../../../shared/errors';

/** The API's largest evidence file by default (EVIDENCE_MAX_BYTES): 10 MiB. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** The API's rule for names: Latin letters, digits, `-` and `_` (1 to 100), a dot and an allowed extension. */
export const EVIDENCE_NAME = /^[A-Za-z0-9_-]{1,100}\.(pdf|doc|docx|xls|xlsx)$/i;

const ALLOWED_EXTENSION = /\.(pdf|doc|docx|xls|xlsx)$/i;

/** What the browser can tell about a file before sending it. */
export interface EvidenceCandidate {
  name: string;
  size: number;
}

export type EvidencePrecheckCode = 'FILE_TYPE_NOT_ALLOWED' | 'FILE_NAME_INVALID' | 'FILE_EMPTY' | 'FILE_TOO_LARGE';

/**
 * The refusal the API would give by name and size alone (its content is checked there), or null.
 * The extension is looked at first: a `.txt` is refused for its type, whatever its name.
 */
export function evidencePrecheck(file: EvidenceCandidate, maxBytes: number = EVIDENCE_MAX_BYTES): EvidencePrecheckCode | null {
  if (!ALLOWED_EXTENSION.test(file.name)) return 'FILE_TYPE_NOT_ALLOWED';
  if (!EVIDENCE_NAME.test(file.name)) return 'FILE_NAME_INVALID';
  if (file.size <= 0) return 'FILE_EMPTY';
  if (file.size > maxBytes) return 'FILE_TOO_LARGE';
  return null;
}

/** The Persian reason a file is refused before sending, or null when it may be sent. */
export function evidenceProblem(file: EvidenceCandidate, maxBytes: number = EVIDENCE_MAX_BYTES): string | null {
  const code = evidencePrecheck(file, maxBytes);
  return code === null ? null : persianMessageForCode(code, { maxBytes });
}
