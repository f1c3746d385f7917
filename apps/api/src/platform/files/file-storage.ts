import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FilesConfig } from './files-config';

/**
 * Where file bodies live. Keys are made by the server (UUIDs), never taken from a client; the
 * database row (`stored_file`) holds everything else about a file.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The body as a stream; rejects with `StoredObjectMissingError` when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the body; removing a missing one is not an error. */
  remove(key: string): Promise<void>;
}

export class StoredObjectMissingError extends Error {
  constructor(key: string) {
    super(`No stored object for key ${key}`);
    this.name = 'StoredObjectMissingError';
  }
}

/** A storage key: a lower-case UUID, as `randomUUID()` makes them. Anything else is refused. */
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error('A storage key must be a server-generated UUID');
  return key;
}

/**
 * Files in a local directory (created on demand), sharded by the key's first two pairs of hex
 * digits (`ab/cd/abcd…`) so that no folder grows too large. A write goes to a temporary file in
 * the same folder, is flushed, and is renamed into place: a reader never sees half a file.
 */
export class LocalFileStorage implements FileStorage {
  constructor(readonly directory: string) {}

  /** The absolute path of a key's file. */
  pathOf(key: string): string {
    checkKey(key);
    return path.join(this.directory, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export interface S3StorageOptions {
  /** `https://minio.example.ir:9000`; null: AWS's own endpoint for the region. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO and most S3-compatible services). */
  forcePathStyle: boolean;
  /** Longest wait to connect, and for one request and its response, in milliseconds. */
  timeoutMs: number;
}

type S3Sdk = typeof import('@aws-sdk/client-s3');

/**
 * Files as objects in an S3-compatible bucket. Checksums are sent and checked only where the API
 * requires them: several S3-compatible services refuse the newer checksum headers. The SDK is
 * loaded on first use, so that a process storing files locally never loads it.
 */
export class S3FileStorage implements FileStorage {
  private connection: Promise<{ sdk: S3Sdk; client: S3Client }> | null = null;

  constructor(private readonly options: S3StorageOptions) {}

  private connect(): Promise<{ sdk: S3Sdk; client: S3Client }> {
    const { endpoint, region, forcePathStyle, accessKeyId, secretAccessKey, timeoutMs } = this.options;
    this.connection ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        ...(endpoint ? { endpoint } : {}),
        region,
        forcePathStyle,
        credentials: { accessKeyId, secretAccessKey },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
        requestHandler: { connectionTimeout: timeoutMs, requestTimeout: timeoutMs, throwOnRequestTimeout: true },
      }),
    }));
    return this.connection;
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    checkKey(key);
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }),
    );
  }

  async get(key: string): Promise<Readable> {
    checkKey(key);
    const { sdk, client } = await this.connect();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error('The S3 client returned no readable body');
      return object.Body;
    } catch (error) {
      if (error instanceof sdk.NoSuchKey || (error instanceof sdk.S3ServiceException && error.$metadata.httpStatusCode === 404))
        throw new StoredObjectMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    checkKey(key);
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Closes the client's idle connections. */
  async destroy(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    if (connection) (await connection).client.destroy();
  }
}

/** The storage the configuration names. */
export function createFileStorage(config: FilesConfig['storage']): FileStorage {
  return config.kind === 's3' ? new S3FileStorage(config) : new LocalFileStorage(config.directory);
}
