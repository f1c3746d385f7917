import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStorage, S3FileStorage, StoredObjectMissingError } from './file-storage';
import { startFakeS3 } from './test-fixtures/fake-s3';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('local file storage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'pishkhan-files-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates its folder on demand and keeps bodies under sharded server keys, atomically', async () => {
    const storage = new LocalFileStorage(path.join(root, 'nested', 'files'));
    const key = randomUUID();
    const body = Buffer.from('%PDF-1.4 evidence');
    await storage.put(key, body, 'application/pdf');
    expect(storage.pathOf(key)).toBe(path.join(root, 'nested', 'files', key.slice(0, 2), key.slice(2, 4), key));
    expect(await readFile(storage.pathOf(key))).toEqual(body);
    expect(await listFiles(path.join(root, 'nested', 'files'))).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)]); // no temporary file left
    expect((await stat(storage.pathOf(key))).mode & 0o777).toBe(0o640);
    expect(await readAll(await storage.get(key))).toEqual(body);
  });

  it('replaces a body whole, removes it, and tells a missing one apart', async () => {
    const storage = new LocalFileStorage(root);
    const key = randomUUID();
    await storage.put(key, Buffer.from('first'), 'application/pdf');
    await storage.put(key, Buffer.from('second'), 'application/pdf');
    expect((await readAll(await storage.get(key))).toString()).toBe('second');
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissingError);
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it('refuses keys that are not server-made UUIDs (no path can be smuggled in)', async () => {
    const storage = new LocalFileStorage(root);
    for (const key of ['../../etc/passwd', 'report.pdf', `${randomUUID()}/x`, randomUUID().toUpperCase(), '']) {
      await expect(storage.put(key, Buffer.from('x'), 'application/pdf')).rejects.toThrow('server-generated UUID');
      await expect(storage.get(key)).rejects.toThrow('server-generated UUID');
    }
  });
});

describe('S3 file storage (against a fake S3 on 127.0.0.1)', () => {
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let storage: S3FileStorage;
  beforeAll(async () => {
    s3 = await startFakeS3();
    storage = new S3FileStorage({
      endpoint: s3.url,
      region: 'ir-thr-1',
      bucket: 'evidence-bucket',
      accessKeyId: 'AKIATEST',
      secretAccessKey: 'test-secret',
      forcePathStyle: true,
      timeoutMs: 5_000,
    });
  });
  afterAll(async () => {
    await storage.destroy();
    await s3.stop();
  });

  it('puts, gets and removes objects path-style, signed with the configured key', async () => {
    const key = randomUUID();
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 7)]);
    await storage.put(key, body, 'application/pdf');
    expect(s3.objects.get(`/evidence-bucket/${key}`)).toEqual({ body, contentType: 'application/pdf' });
    expect(await readAll(await storage.get(key))).toEqual(body);
    await storage.remove(key);
    expect(s3.objects.has(`/evidence-bucket/${key}`)).toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissingError);

    const mine = s3.seen.filter((r) => r.url.startsWith(`/evidence-bucket/${key}`));
    expect(mine.map((r) => r.method)).toEqual(['PUT', 'GET', 'DELETE', 'GET']);
    for (const request of mine)
      expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/ir-thr-1\/s3\/aws4_request, /);
    expect(mine[0]!.contentType).toBe('application/pdf');
  });

  it('refuses keys that are not server-made UUIDs before calling S3', async () => {
    const before = s3.seen.length;
    await expect(storage.put('../other-bucket/x', Buffer.from('x'), 'application/pdf')).rejects.toThrow('server-generated UUID');
    expect(s3.seen.length).toBe(before);
  });

  it('gives up when the service does not answer in time', async () => {
    const silent = http.createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const slow = new S3FileStorage({
      endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      region: 'ir-thr-1',
      bucket: 'evidence-bucket',
      accessKeyId: 'AKIATEST',
      secretAccessKey: 'test-secret',
      forcePathStyle: true,
      timeoutMs: 150,
    });
    try {
      await expect(slow.get(randomUUID())).rejects.toThrow();
    } finally {
      await slow.destroy();
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
