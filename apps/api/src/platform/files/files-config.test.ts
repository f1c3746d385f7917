import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_ROOT } from '../config/config';
import { ConfigError } from '../config/env-reader';

const S3 = { FILE_STORAGE: 's3', S3_BUCKET: 'pishkhan-evidence', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'very-secret-key' };

describe('files configuration', () => {
  it('keeps files in .data/files with a 10 MiB limit by default', () => {
    expect(loadConfig({}).files).toEqual({
      evidenceMaxBytes: 10 * 1024 * 1024,
      uploadsPerUserPerHour: 100,
      unattachedMaxBytesPerUser: 100 * 1024 * 1024,
      storage: { kind: 'local', directory: path.join(REPO_ROOT, '.data/files') },
    });
    expect(loadConfig({ FILE_STORAGE_DIR: 'relative/files', EVIDENCE_MAX_BYTES: '2048' }).files).toEqual({
      evidenceMaxBytes: 2048,
      uploadsPerUserPerHour: 100,
      unattachedMaxBytesPerUser: 100 * 1024 * 1024,
      storage: { kind: 'local', directory: path.resolve('relative/files') },
    });
  });

  it('limits uploads per person: a rate per hour and a cap on unattached bytes, never below one file', () => {
    expect(loadConfig({ UPLOAD_LIMIT_PER_USER_HOUR: '20', UPLOAD_UNATTACHED_MAX_BYTES: '20971520' }).files).toMatchObject({
      uploadsPerUserPerHour: 20,
      unattachedMaxBytesPerUser: 20_971_520,
    });
    expect(() => loadConfig({ UPLOAD_UNATTACHED_MAX_BYTES: '1048576' })).toThrow(
      /UPLOAD_UNATTACHED_MAX_BYTES must be at least EVIDENCE_MAX_BYTES/,
    );
    expect(() => loadConfig({ UPLOAD_LIMIT_PER_USER_HOUR: '0' })).toThrow(ConfigError);
  });

  it('reads an S3-compatible service, path-style by default when an endpoint is given', () => {
    expect(loadConfig({ ...S3, S3_ENDPOINT: 'https://minio.example.ir:9000/', S3_REGION: 'ir-thr-1' }).files.storage).toEqual({
      kind: 's3',
      endpoint: 'https://minio.example.ir:9000',
      region: 'ir-thr-1',
      bucket: 'pishkhan-evidence',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'very-secret-key',
      forcePathStyle: true,
      timeoutMs: 10_000,
    });
    expect(loadConfig(S3).files.storage).toMatchObject({ endpoint: null, region: 'us-east-1', forcePathStyle: false });
    expect(
      loadConfig({ ...S3, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'false', S3_TIMEOUT_MS: '2500' }).files.storage,
    ).toMatchObject({ forcePathStyle: false, timeoutMs: 2_500 });
  });

  it.each([
    [{ FILE_STORAGE: 'ftp' }, 'FILE_STORAGE must be one of local, s3 (got "ftp")'],
    [{ EVIDENCE_MAX_BYTES: '10MB' }, 'EVIDENCE_MAX_BYTES must be an integer from 1024 to 104857600 (got "10MB")'],
    [{ EVIDENCE_MAX_BYTES: '200000000' }, 'EVIDENCE_MAX_BYTES must be an integer from 1024 to 104857600 (got "200000000")'],
    [{ FILE_STORAGE: 's3' }, 'S3_BUCKET must be set when FILE_STORAGE is s3'],
    [
      { ...S3, S3_BUCKET: 'Bad_Bucket' },
      'S3_BUCKET must be a bucket name (3 to 63 lower-case letters, digits, dots and hyphens) (got "Bad_Bucket")',
    ],
    [{ ...S3, S3_ACCESS_KEY_ID: '' }, 'S3_ACCESS_KEY_ID must be set when FILE_STORAGE is s3'],
    [{ ...S3, S3_SECRET_ACCESS_KEY: ' ' }, 'S3_SECRET_ACCESS_KEY must be set when FILE_STORAGE is s3'],
    [{ ...S3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT must be a URL starting with https:// or http://'],
  ])('refuses %j with one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${message}`);
  });

  it('never echoes the secret key', () => {
    const failure = (() => {
      try {
        loadConfig({ ...S3, S3_ENDPOINT: 'https://very-secret-key:very-secret-key@[' });
        return null;
      } catch (error) {
        return String(error);
      }
    })();
    expect(failure).toContain('S3_ENDPOINT');
    expect(failure).not.toContain('very-secret-key');
  });
});
