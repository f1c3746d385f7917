import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test-support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('HTTP surface', () => {
  it('answers /health and /ready, with a request id on every response and log line', async () => {
    const health = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'probe-1234567' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toBe('probe-1234567');
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const line = api.logLines.find((l) => l.requestId === 'probe-1234567');
    expect(line).toMatchObject({ path: '/health', status: 200 });
  });

  it('replaces a malformed incoming request id', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths with a coded 404 when no admin is served', async () => {
    const response = await fetch(`${api.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('refuses a GET mutation-less query without the CSRF-safe headers', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ nationalIdInfo(nationalId:"1") { valid } }')}`);
    expect(response.status).toBe(400);
  });
});

describe('graceful stop', () => {
  it('finishes a request in flight, then refuses new connections and closes the pool', async () => {
    const other = await startTestApi();
    const body = JSON.stringify({ query: '{ nationalIdInfo(nationalId: "0013542419") { valid } }' });
    const arrived = new Promise<void>((resolve) => other.server.httpServer.once('request', () => resolve()));
    const request = http.request(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      request.once('error', reject);
    });
    // Half the body is sent: the request is in the server's hands but not finished.
    request.write(body.slice(0, 10));
    await arrived;
    const stopped = other.stop();
    request.end(body.slice(10));
    expect(await response).toEqual({ status: 200, text: '{"data":{"nationalIdInfo":{"valid":true}}}\n' });
    await stopped;
    await expect(fetch(`${other.url}/health`)).rejects.toThrow();
    expect(other.server.database.dataSource.isInitialized).toBe(false);
  });
});
