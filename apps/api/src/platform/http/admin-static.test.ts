import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, adminStatic } from './admin-static';

const APP_JS = `console.log(${JSON.stringify('پیشخوان '.repeat(200))});\n`;
const INDEX_HTML = '<!doctype html><html lang="fa"><head><title>پیشخوان</title></head><body><div id="root"></div></body></html>\n';

let dir: string;
let server: http.Server;
let base: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(pathname: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${base}${pathname}`,
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'admin-static-'));
  await mkdir(path.join(dir, 'assets'));
  const js = path.join(dir, 'assets', 'app-AbC123.js');
  await writeFile(js, APP_JS);
  await writeFile(`${js}.br`, brotliCompressSync(APP_JS));
  await writeFile(`${js}.gz`, gzipSync(APP_JS));
  // Only gzip beside this one: Brotli clients get gzip.
  const css = path.join(dir, 'assets', 'app-Xy9.css');
  await writeFile(css, 'body{direction:rtl}');
  await writeFile(`${css}.gz`, gzipSync('body{direction:rtl}'));
  await writeFile(path.join(dir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(dir, 'index.html.br'), brotliCompressSync(INDEX_HTML));
  await writeFile(path.join(dir, 'index.html.gz'), gzipSync(INDEX_HTML));
  const app = express();
  app.use(adminStatic(dir)!);
  app.use((_req, res) => res.status(404).end());
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('acceptedEncodings', () => {
  it('ranks by q-value, Brotli first on ties, and honours q=0 and *', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0.5')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.5, gzip;q=0')).toEqual(['br']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('adminStatic', () => {
  it('sends the Brotli copy of a hashed asset to a browser that accepts it, cached for a year as immutable', async () => {
    const answer = await get('/assets/app-AbC123.js', 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(APP_JS);
  });

  it('sends gzip when Brotli is not accepted or not built, and the plain file when nothing is accepted', async () => {
    const gzip = await get('/assets/app-AbC123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(APP_JS);

    const cssOnlyGzip = await get('/assets/app-Xy9.css', 'br, gzip');
    expect(cssOnlyGzip.headers['content-encoding']).toBe('gzip');
    expect(cssOnlyGzip.headers['content-type']).toBe('text/css; charset=utf-8');

    const plain = await get('/assets/app-AbC123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body.toString()).toBe(APP_JS);
  });

  it('answers the client-side routes with index.html, compressed and never cached without revalidation', async () => {
    const page = await get('/performance/cartable', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.body).toString()).toBe(INDEX_HTML);

    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.body.toString()).toBe(INDEX_HTML);
  });

  it('gives a 404 for a missing asset and never leaves the build folder', async () => {
    expect((await get('/assets/missing-123.js', 'br')).status).toBe(404);
    const escape = await get('/assets/..%2f..%2fetc%2fpasswd', 'br');
    expect(escape.body.toString()).not.toContain('root:');
    expect([403, 404]).toContain(escape.status);
  });
});
