import path from 'node:path';
import { ConfigError, type readEnv } from '../config/env-reader';

type Reader = ReturnType<typeof readEnv>;

export type FileStorageConfig =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      endpoint: string | null;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
      timeoutMs: number;
    };

export interface FilesConfig {
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
  /** Uploads one person may start per hour (`UPLOAD_LIMIT_PER_USER_HOUR`); past it RATE_LIMITED. */
  uploadsPerUserPerHour: number;
  /** Bytes of files one person may hold that nothing attached yet (`UPLOAD_UNATTACHED_MAX_BYTES`); past it UNATTACHED_BYTES_EXCEEDED. */
  unattachedMaxBytesPerUser: number;
  storage: FileStorageConfig;
}

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_UPLOADS_PER_USER_PER_HOUR = 100;
export const DEFAULT_UNATTACHED_MAX_BYTES = 100 * 1024 * 1024;
/** S3's bucket naming rule (lower case, digits, dots and hyphens, 3 to 63 characters). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Reads `FILE_STORAGE` (`local` or `s3`), `FILE_STORAGE_DIR`, `S3_*`, `EVIDENCE_MAX_BYTES`,
 * `UPLOAD_LIMIT_PER_USER_HOUR` and `UPLOAD_UNATTACHED_MAX_BYTES`.
 * `defaultDirectory` is where local files go when `FILE_STORAGE_DIR` is unset.
 */
export function readFilesConfig(read: Reader, defaultDirectory: string): FilesConfig {
  const evidenceMaxBytes = read.int('EVIDENCE_MAX_BYTES', DEFAULT_EVIDENCE_MAX_BYTES, { min: 1_024, max: 100 * 1024 * 1024 });
  const uploadsPerUserPerHour = read.int('UPLOAD_LIMIT_PER_USER_HOUR', DEFAULT_UPLOADS_PER_USER_PER_HOUR, { min: 1, max: 1_000_000 });
  const unattachedMaxBytesPerUser = read.int('UPLOAD_UNATTACHED_MAX_BYTES', Math.max(DEFAULT_UNATTACHED_MAX_BYTES, evidenceMaxBytes), {
    min: 1_024,
    max: 100 * 1024 * 1024 * 1024,
  });
  if (unattachedMaxBytesPerUser < evidenceMaxBytes) {
    throw new ConfigError(
      'UPLOAD_UNATTACHED_MAX_BYTES',
      `at least EVIDENCE_MAX_BYTES (${evidenceMaxBytes})`,
      String(unattachedMaxBytesPerUser),
    );
  }
  const limits = { evidenceMaxBytes, uploadsPerUserPerHour, unattachedMaxBytesPerUser };
  const kind = read.oneOf('FILE_STORAGE', ['local', 's3'] as const, 'local');
  if (kind === 'local') {
    const directory = read.raw('FILE_STORAGE_DIR') ?? defaultDirectory;
    return { ...limits, storage: { kind, directory: path.resolve(directory) } };
  }
  const why = 'FILE_STORAGE is s3';
  const endpoint = read.url('S3_ENDPOINT', ['https:', 'http:']);
  const bucket = read.raw('S3_BUCKET');
  if (bucket === undefined) throw new ConfigError('S3_BUCKET', `set when ${why}`, undefined);
  if (!BUCKET.test(bucket))
    throw new ConfigError('S3_BUCKET', 'a bucket name (3 to 63 lower-case letters, digits, dots and hyphens)', bucket);
  const accessKeyId = read.raw('S3_ACCESS_KEY_ID');
  if (accessKeyId === undefined) throw new ConfigError('S3_ACCESS_KEY_ID', `set when ${why}`, undefined);
  // Never echoed: it is a secret.
  const secretAccessKey = read.raw('S3_SECRET_ACCESS_KEY');
  if (secretAccessKey === undefined) throw new ConfigError('S3_SECRET_ACCESS_KEY', `set when ${why}`, undefined);
  return {
    ...limits,
    storage: {
      kind,
      endpoint: endpoint === null ? null : endpoint.replace(/\/+$/, ''),
      region: read.string('S3_REGION', 'us-east-1') || 'us-east-1',
      bucket,
      accessKeyId,
      secretAccessKey,
      forcePathStyle: read.bool('S3_FORCE_PATH_STYLE', endpoint !== null),
      timeoutMs: read.int('S3_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    },
  };
}
