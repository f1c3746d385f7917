import { describe, expect, it } from 'vitest';
import { SbiClient, capturePlan, decodeJwsPayload, type DeviceServiceSettings } from './sbi-client';

const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jws = (payload: unknown) => `${b64url({ alg: 'none' })}.${b64url(payload)}.`;

const SETTINGS: DeviceServiceSettings = { url: '/dev-biometric-device', verbs: 'POST', specVersion: '0.9.5', minQuality: 40 };

interface Call {
  url: string;
  method: string;
  body: Record<string, unknown> | null;
}

/** A scanner on a device service: answers discovery, info and captures; `faults` per SBI finger name. */
function fakeDevice(faults: Record<string, 'missing' | 'low' | 'refuse'> = {}) {
  const calls: Call[] = [];
  let n = 0;
  const fetchImpl = async (url: string, init: RequestInit): Promise<Response> => {
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null;
    calls.push({ url, method: String(init.method), body });
    const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });
    if (url.endsWith('/device')) {
      return json([
        {
          deviceId: '7',
          deviceStatus: 'Ready',
          purpose: 'Registration',
          deviceSubId: [1, 2, 3],
          deviceCode: 'SN-42',
          callbackId: 'http://127.0.0.1:4501/',
          specVersion: ['0.9.5'],
          error: { errorCode: '0', errorInfo: 'Success' },
        },
      ]);
    }
    if (url.endsWith('/info'))
      return json([
        {
          deviceInfo: jws({ deviceStatus: 'Ready', env: 'Staging', digitalId: b64url({ make: 'Acme', model: 'Slap 442' }) }),
          error: { errorCode: '0' },
        },
      ]);
    const bio = (body?.bio as Array<{ bioSubType: string[] }>)[0]!;
    if (bio.bioSubType.some((name) => faults[name] === 'refuse'))
      return json({ biometrics: [{ specVersion: '0.9.5', data: '', hash: '', error: { errorCode: '111', errorInfo: 'Device is Busy' } }] });
    return json({
      biometrics: bio.bioSubType.map((name) => {
        n += 1;
        const missing = faults[name] === 'missing';
        return {
          specVersion: '0.9.5',
          data: jws({
            bioSubType: name,
            bioValue: missing ? '' : 'RklSAA',
            qualityScore: missing ? '0' : faults[name] === 'low' ? '21.4' : '87.6',
          }),
          hash: missing ? '' : `${String(n).padStart(64, 'A')}`,
          error: missing
            ? { errorCode: '101', errorInfo: 'Unable to detect a biometric object' }
            : { errorCode: '0', errorInfo: 'Success' },
        };
      }),
    });
  };
  return { calls, fetchImpl };
}

describe('the SBI client', () => {
  it('decodes a JWS payload (UTF-8) and plain base64url JSON', () => {
    expect(decodeJwsPayload(jws({ a: 1 }))).toEqual({ a: 1 });
    expect(decodeJwsPayload(b64url({ b: 'x' }))).toEqual({ b: 'x' });
    const persian = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ name: 'اسکنر' })))).replace(/=+$/, '');
    expect(decodeJwsPayload(`h.${persian}.s`)).toEqual({ name: 'اسکنر' });
  });

  it('asks a slap scanner slap by slap, leaving out the excepted fingers; another scanner all at once', () => {
    expect(
      capturePlan({ subIds: [1, 2, 3] }, ['LEFT_INDEX', 'LEFT_LITTLE', 'RIGHT_THUMB', 'LEFT_THUMB'], ['LEFT_LITTLE', 'RIGHT_RING']),
    ).toEqual([
      { subId: 1, fingers: ['LEFT_INDEX'], exception: ['LEFT_LITTLE'] },
      { subId: 3, fingers: ['LEFT_THUMB', 'RIGHT_THUMB'], exception: [] },
    ]);
    expect(capturePlan({ subIds: [0] }, ['LEFT_INDEX', 'RIGHT_INDEX'], ['RIGHT_INDEX'])).toEqual([
      { subId: 0, fingers: ['LEFT_INDEX'], exception: ['RIGHT_INDEX'] },
    ]);
  });

  it('discovers the scanner, reads its info and captures ten fingers through the SBI verbs, chaining the hashes', async () => {
    const device = fakeDevice({ 'Left LittleFinger': 'missing', 'Right IndexFinger': 'low' });
    const client = new SbiClient({ ...SETTINGS, url: 'http://127.0.0.1:4501', verbs: 'SBI' }, device.fetchImpl, 'https://admin.example');
    const scanner = await client.discover();
    expect(scanner).toMatchObject({
      deviceId: '7',
      deviceCode: 'SN-42',
      callbackUrl: 'http://127.0.0.1:4501/',
      subIds: [1, 2, 3],
      label: 'Acme Slap 442',
      env: 'Staging',
    });
    const captures = await client.capture(scanner, [
      'LEFT_INDEX',
      'LEFT_MIDDLE',
      'LEFT_RING',
      'LEFT_LITTLE',
      'RIGHT_INDEX',
      'RIGHT_MIDDLE',
      'RIGHT_RING',
      'RIGHT_LITTLE',
      'LEFT_THUMB',
      'RIGHT_THUMB',
    ]);
    expect(device.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'MOSIPDISC http://127.0.0.1:4501/device',
      'MOSIPDINFO http://127.0.0.1:4501/info',
      'RCAPTURE http://127.0.0.1:4501/capture',
      'RCAPTURE http://127.0.0.1:4501/capture',
      'RCAPTURE http://127.0.0.1:4501/capture',
    ]);
    const requests = device.calls.slice(2).map((c) => (c.body!.bio as Array<Record<string, unknown>>)[0]!);
    expect(requests.map((r) => r.deviceSubId)).toEqual([1, 2, 3]);
    expect(requests[0]).toMatchObject({
      type: 'Finger',
      count: 4,
      requestedScore: 40,
      deviceId: '7',
      previousHash: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
    });
    // The next slap chains on the last capture's hash; one transaction for the three.
    expect(requests[1]!.previousHash).toBe(`${'3'.padStart(64, 'A')}`);
    expect(new Set(device.calls.slice(2).map((c) => c.body!.transactionId)).size).toBe(1);
    expect(device.calls[2]!.body).toMatchObject({ env: 'Staging', purpose: 'Registration', specVersion: '0.9.5' });
    expect(captures).toHaveLength(10);
    expect(captures.find((c) => c.finger === 'LEFT_INDEX')).toEqual({
      finger: 'LEFT_INDEX',
      status: 'CAPTURED',
      templateRef: `SN-42:${'1'.padStart(64, 'A')}`,
      quality: 88,
    });
    expect(captures.find((c) => c.finger === 'LEFT_LITTLE')).toEqual({
      finger: 'LEFT_LITTLE',
      status: 'NOT_DETECTED',
      detail: 'Unable to detect a biometric object',
    });
    expect(captures.find((c) => c.finger === 'RIGHT_INDEX')).toMatchObject({ status: 'CAPTURED', quality: 21 });
  });

  it('posts to a device service that takes POST (the embedded one, a path of this site)', async () => {
    const device = fakeDevice();
    const client = new SbiClient(SETTINGS, device.fetchImpl, 'http://127.0.0.1:4320');
    const scanner = await client.discover();
    await client.capture(scanner, ['RIGHT_RING'], ['LEFT_LITTLE']);
    expect(device.calls[0]).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:4320/dev-biometric-device/device',
      body: { type: 'Finger' },
    });
    expect(device.calls.at(-1)!.body!.bio).toEqual([
      expect.objectContaining({ deviceSubId: 2, bioSubType: ['Right RingFinger'], exception: [], count: 1 }),
    ]);
  });

  it('says why the device service cannot be used', async () => {
    const unreachable = new SbiClient(SETTINGS, () => Promise.reject(new TypeError('Failed to fetch')), 'http://127.0.0.1');
    await expect(unreachable.discover()).rejects.toMatchObject({ problem: 'UNREACHABLE' });
    const none = new SbiClient(
      SETTINGS,
      async () => new Response(JSON.stringify([{ deviceStatus: 'Busy', error: { errorCode: '111' } }])),
      'http://127.0.0.1',
    );
    await expect(none.discover()).rejects.toMatchObject({ problem: 'NO_DEVICE', detail: 'Busy' });
    const busy = fakeDevice({ 'Left Thumb': 'refuse' });
    const client = new SbiClient(SETTINGS, busy.fetchImpl, 'http://127.0.0.1');
    await expect(client.capture(await client.discover(), ['LEFT_THUMB'])).rejects.toMatchObject({
      problem: 'DEVICE_ERROR',
      detail: 'Device is Busy',
    });
  });
});
