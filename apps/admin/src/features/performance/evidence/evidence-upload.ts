import { reportUnauthenticated } from '../../accounts/session/unauthenticated';

/** Where evidence files are sent and fetched (same origin, with the session cookie). */
export const EVIDENCE_PATH = '/files/evidence';

/** A stored evidence file, as `POST /files/evidence` answers. */
export interface UploadedEvidence {
  id: string;
  name: string;
  kind: string;
  sizeBytes: number;
  sha256: string;
}

/** A refused upload: carries the API's `errors`, so `persianErrorMessage` reads its code. */
export class EvidenceUploadError extends Error {
  readonly errors: ReadonlyArray<{ message: string; extensions: Record<string, unknown> }>;

  constructor(code: string, extensions: Record<string, unknown> = {}) {
    super(`Evidence upload refused: ${code}`);
    this.name = 'EvidenceUploadError';
    this.errors = [{ message: this.message, extensions: { ...extensions, code } }];
  }

  get code(): string {
    return String(this.errors[0]?.extensions.code ?? 'BAD_RESPONSE');
  }
}

function isUploaded(body: unknown): body is UploadedEvidence {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  return (
    typeof record.id === 'string' &&
    typeof record.name === 'string' &&
    typeof record.kind === 'string' &&
    typeof record.sizeBytes === 'number'
  );
}

const STATUS_CODES: Readonly<Record<number, string>> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 413: 'FILE_TOO_LARGE' };

/** The stored file of a 201 answer, or the refusal of any other (its coded body, else one derived from the status). */
export function readUploadAnswer(status: number, body: unknown): UploadedEvidence | EvidenceUploadError {
  if (status === 201 && isUploaded(body)) return body;
  if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
    const first: unknown = body.errors[0];
    if (
      typeof first === 'object' &&
      first !== null &&
      'extensions' in first &&
      typeof first.extensions === 'object' &&
      first.extensions !== null
    ) {
      const extensions = first.extensions as Record<string, unknown>;
      if (typeof extensions.code === 'string') return new EvidenceUploadError(extensions.code, extensions);
    }
  }
  return new EvidenceUploadError(STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_RESPONSE'));
}

/** Sends one evidence file; resolves with the stored file or rejects with an EvidenceUploadError (or a network TypeError). */
export async function uploadEvidence(file: Blob, name: string, signal?: AbortSignal): Promise<UploadedEvidence> {
  const body = new FormData();
  body.append('file', file, name);
  const response = await fetch(EVIDENCE_PATH, { method: 'POST', body, credentials: 'same-origin', signal });
  const json: unknown = await response.json().catch(() => null);
  const answer = readUploadAnswer(response.status, json);
  if (answer instanceof EvidenceUploadError) {
    if (answer.code === 'UNAUTHENTICATED') reportUnauthenticated();
    throw answer;
  }
  return answer;
}

/** The download address of a stored evidence file. */
export function evidenceUrl(id: string): string {
  return `${EVIDENCE_PATH}/${encodeURIComponent(id)}`;
}
