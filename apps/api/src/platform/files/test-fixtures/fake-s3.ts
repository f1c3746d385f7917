import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string;
  contentType: string | undefined;
}

export interface FakeS3 {
  url: string;
  /** Objects by path (`/bucket/key`). */
  objects: Map<string, { body: Buffer; contentType: string }>;
  seen: SeenRequest[];
  stop(): Promise<void>;
}

/** Just enough of S3's REST API, path-style, for PUT, GET and DELETE of objects. Any signature passes. */
export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://s3.invalid');
      const objectPath = decodeURIComponent(url.pathname);
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: String(req.headers.authorization ?? ''), contentType: req.headers['content-type'] });
      if (req.method === 'PUT') {
        objects.set(objectPath, { body: Buffer.concat(chunks), contentType: req.headers['content-type'] ?? 'application/octet-stream' });
        res.writeHead(200, { ETag: '"fake"' }).end();
      } else if (req.method === 'GET') {
        const object = objects.get(objectPath);
        if (!object) {
          res.writeHead(404, { 'Content-Type': 'application/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
          return;
        }
        res.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.body.length, ETag: '"fake"' }).end(object.body);
      } else if (req.method === 'DELETE') {
        objects.delete(objectPath);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
