import { DomainError } from '../errors/domain-error';
import type { EvidenceRefusal, EvidenceRefusalCode } from './evidence-policy';

/**
 * Why a file was refused or cannot be had. The code reaches the client as `extensions.code` and
 * the admin maps it to a Persian reason; the audit log keeps it as the event's code.
 */
export type FileErrorCode =
  | EvidenceRefusalCode
  /** The multipart body has no part named `file`. */
  | 'FILE_MISSING'
  /** The file does not exist, or the caller may not have it (the two are not told apart). */
  | 'FILE_NOT_FOUND'
  /** `attach`: the file already belongs to something. */
  | 'FILE_ALREADY_ATTACHED'
  /** Not `multipart/form-data`, more than one file, or a malformed body. */
  | 'BAD_REQUEST'
  /** Too many uploads by this person this hour (`extensions.retryAfterSeconds`). */
  | 'RATE_LIMITED'
  /** This person's files that nothing attached yet would pass `extensions.maxBytes`. */
  | 'UNATTACHED_BYTES_EXCEEDED';

const STATUS: Readonly<Record<FileErrorCode, number>> = {
  FILE_NAME_INVALID: 400,
  FILE_TYPE_NOT_ALLOWED: 400,
  FILE_EXTENSION_MISMATCH: 400,
  FILE_EMPTY: 400,
  FILE_TOO_LARGE: 413,
  FILE_MISSING: 400,
  FILE_NOT_FOUND: 404,
  FILE_ALREADY_ATTACHED: 409,
  BAD_REQUEST: 400,
  RATE_LIMITED: 429,
  UNATTACHED_BYTES_EXCEEDED: 413,
};

export class FileError extends DomainError {
  constructor(
    override readonly code: FileErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
  }

  /** The HTTP status of this refusal on the files routes. */
  get status(): number {
    return STATUS[this.code];
  }

  static from(refusal: EvidenceRefusal): FileError {
    return new FileError(refusal.code, refusal.message, refusal.details);
  }
}
