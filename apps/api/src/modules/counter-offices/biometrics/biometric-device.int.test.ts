import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { tehranToday } from '../../../platform/time/tehran-date';
import { Role, signIn } from '../../../test-support/accounts-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../../test-support/test-api';
import {
  BOOK,
  bookingVariables,
  createOffice,
  createStaff,
  newApplicant,
  type Booked,
} from '../../../test-support/counter-offices-fixtures';
import type { SbiCaptureData, SbiCaptureEntry } from './sbi';

let api: TestApi;
let db: DataSource;
let operator: TestClient;
let officeCode: string;

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';
const DEVICE = 'query { counterBiometricDevice { url verbs specVersion minQuality embedded } }';
const FINGERPRINTS = `mutation($id: ID!, $f: [FingerprintInput!]!) { captureVerificationFingerprints(recordId: $id, fingerprints: $f) { id missing fingerprints { finger templateRef quality exceptionReason } } }`;

/** The SBI's names of the fingers of each slap, with ours. */
const SLAPS: Array<{ subId: number; fingers: Array<[string, string]> }> = [
  {
    subId: 1,
    fingers: [
      ['LEFT_INDEX', 'Left IndexFinger'],
      ['LEFT_MIDDLE', 'Left MiddleFinger'],
      ['LEFT_RING', 'Left RingFinger'],
      ['LEFT_LITTLE', 'Left LittleFinger'],
    ],
  },
  {
    subId: 2,
    fingers: [
      ['RIGHT_INDEX', 'Right IndexFinger'],
      ['RIGHT_MIDDLE', 'Right MiddleFinger'],
      ['RIGHT_RING', 'Right RingFinger'],
      ['RIGHT_LITTLE', 'Right LittleFinger'],
    ],
  },
  {
    subId: 3,
    fingers: [
      ['LEFT_THUMB', 'Left Thumb'],
      ['RIGHT_THUMB', 'Right Thumb'],
    ],
  },
];
const OURS = new Map(SLAPS.flatMap((s) => s.fingers.map(([ours, sbi]) => [sbi, ours])));

const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as SbiCaptureData;

async function device<T>(path: string, body: unknown): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${api.url}/dev-biometric-device${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (response.status === 204 ? null : await response.json()) as T, headers: response.headers };
}

/** What a registration client does: discover the scanner, then capture the three slaps, chaining the hashes. */
async function captureTenFingers(): Promise<
  Array<{ finger: string; templateRef: string; quality: number } | { finger: string; notDetected: true }>
> {
  const discovered = await device<Array<{ deviceId: string; deviceCode: string; deviceStatus: string; callbackId: string }>>('/device', {
    type: 'Finger',
  });
  const scanner = discovered.body.find((d) => d.deviceStatus === 'Ready')!;
  const transactionId = randomUUID();
  let previousHash = '';
  const results = [];
  for (const slap of SLAPS) {
    const answer = await device<{ biometrics: SbiCaptureEntry[] }>('/capture', {
      env: 'Developer',
      purpose: 'Registration',
      specVersion: '0.9.5',
      timeout: 10_000,
      captureTime: new Date().toISOString(),
      transactionId,
      bio: [
        {
          type: 'Finger',
          count: slap.fingers.length,
          bioSubType: slap.fingers.map(([, sbi]) => sbi),
          exception: [],
          requestedScore: 40,
          deviceId: scanner.deviceId,
          deviceSubId: slap.subId,
          previousHash,
        },
      ],
    });
    for (const entry of answer.body.biometrics) {
      const data = payloadOf(entry.data);
      const finger = OURS.get(data.bioSubType)!;
      if (entry.error.errorCode !== '0') {
        results.push({ finger, notDetected: true as const });
        continue;
      }
      previousHash = entry.hash;
      results.push({ finger, templateRef: `${scanner.deviceCode}:${entry.hash}`, quality: Math.round(Number(data.qualityScore)) });
    }
  }
  return results;
}

beforeAll(async () => {
  api = await startTestApi({ COUNTER_LIMIT_PER_IP_MINUTE: '100000', COUNTER_LIMIT_PER_ID_HOUR: '100000' });
  db = api.server.database.dataSource;
  const office = await createOffice(db, { dailyCapacity: 20 });
  officeCode = office.code;
  operator = await signIn(api, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
});
afterAll(async () => {
  await api.stop();
});

async function openRecord(): Promise<string> {
  const client = api.client();
  const booked = await client.gql<Booked>(BOOK, await bookingVariables(client, officeCode, newApplicant()));
  const list = await operator.gql<{ counterOfficeAppointments: Array<{ id: string; trackingCode: string }> }>(
    'query($c: String!, $d: String!) { counterOfficeAppointments(officeCode: $c, date: $d) { id trackingCode } }',
    {
      c: officeCode,
      d: tehranToday(),
    },
  );
  const appointment = list.data!.counterOfficeAppointments.find(
    (a) => a.trackingCode === booked.data!.bookVerificationAppointment.trackingCode,
  )!;
  const started = await operator.gql<{ startVerificationServiceRecord: { id: string } }>(
    'mutation($id: ID!) { startVerificationServiceRecord(appointmentId: $id) { id } }',
    { id: appointment.id },
  );
  return started.data!.startVerificationServiceRecord.id;
}

describe('fingerprints through the device service', () => {
  it('tells the operator where the scanner’s device service is (the embedded one outside production), and no one else', async () => {
    const answer = await operator.gql<{ counterBiometricDevice: unknown }>(DEVICE);
    expect(answer.data?.counterBiometricDevice).toEqual({
      url: '/dev-biometric-device',
      verbs: 'POST',
      specVersion: '0.9.5',
      minQuality: 40,
      embedded: true,
    });
    const inspector = await signIn(api, await createStaff(db, Role.FOREIGN_NATIONALS_INSPECTOR));
    expect(codeOf(await inspector.gql(DEVICE))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().gql(DEVICE))).toBe('UNAUTHENTICATED');
  });

  it('serves the SBI device service at /dev-biometric-device: discovery, info, capture, and a CORS preflight for the SBI verbs', async () => {
    const discovered = await device<Array<{ deviceStatus: string; callbackId: string; deviceSubId: number[] }>>('/device', {
      type: 'Biometric Device',
    });
    expect(discovered.status).toBe(200);
    expect(discovered.headers.get('cache-control')).toBe('no-store');
    expect(discovered.body[0]).toMatchObject({
      deviceStatus: 'Ready',
      deviceSubId: [1, 2, 3],
      callbackId: `${api.url}/dev-biometric-device/`,
    });
    const info = await device<Array<{ deviceInfo: string }>>('/info', {});
    expect(JSON.parse(Buffer.from(info.body[0]!.deviceInfo.split('.')[1]!, 'base64url').toString('utf8'))).toMatchObject({
      deviceStatus: 'Ready',
      purpose: 'Registration',
    });
    const preflight = await fetch(`${api.url}/dev-biometric-device/capture`, {
      method: 'OPTIONS',
      headers: { origin: 'http://admin.example', 'access-control-request-method': 'RCAPTURE' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('RCAPTURE');
  });

  it('records the ten captures the device gave, refuses a poor one until it is taken again, and takes an exception for a finger it cannot detect', async () => {
    const recordId = await openRecord();
    // The scanner will not detect the left little finger, and the right index scores poorly.
    expect((await device('/admin/next-capture', { missing: ['LEFT_LITTLE'], lowQuality: ['Right IndexFinger'] })).status).toBe(204);
    const first = await captureTenFingers();
    expect(first.find((c) => c.finger === 'LEFT_LITTLE')).toEqual({ finger: 'LEFT_LITTLE', notDetected: true });
    const captured = first.filter((c): c is { finger: string; templateRef: string; quality: number } => 'templateRef' in c);
    expect(captured).toHaveLength(9);
    expect(captured.find((c) => c.finger === 'RIGHT_INDEX')!.quality).toBeLessThan(40);
    expect(captured.filter((c) => c.finger !== 'RIGHT_INDEX').every((c) => c.quality >= 62 && c.quality <= 96)).toBe(true);

    const refused = await operator.gql(FINGERPRINTS, { id: recordId, f: captured });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FINGERPRINT_QUALITY_LOW',
      minQuality: 40,
      fingers: [{ finger: 'RIGHT_INDEX' }],
    });

    // Taken again (a new capture of the right slap scores well), the little finger excused.
    const again = await captureTenFingers();
    const retaken = again.find((c) => c.finger === 'RIGHT_INDEX') as { templateRef: string; quality: number };
    expect(retaken.quality).toBeGreaterThanOrEqual(62);
    const fingerprints = [
      ...captured.filter((c) => c.finger !== 'RIGHT_INDEX'),
      { finger: 'RIGHT_INDEX', ...retaken },
      { finger: 'LEFT_LITTLE', exceptionReason: 'قطع بند انگشت' },
    ];
    const saved = await operator.gql<{
      captureVerificationFingerprints: {
        missing: string[];
        fingerprints: Array<{ finger: string; templateRef: string | null; quality: number | null; exceptionReason: string | null }>;
      };
    }>(FINGERPRINTS, { id: recordId, f: fingerprints });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.captureVerificationFingerprints.missing.filter((m) => m.startsWith('fingerprint:'))).toEqual([]);
    const stored = saved.data!.captureVerificationFingerprints.fingerprints;
    expect(stored).toHaveLength(10);
    expect(stored.find((f) => f.finger === 'LEFT_LITTLE')).toEqual({
      finger: 'LEFT_LITTLE',
      templateRef: null,
      quality: null,
      exceptionReason: 'قطع بند انگشت',
    });
    expect(stored.find((f) => f.finger === 'RIGHT_INDEX')).toMatchObject({ templateRef: retaken.templateRef, quality: retaken.quality });
    expect(stored.filter((f) => f.templateRef).every((f) => /^PSK-DEV-0001:[0-9A-F]{64}$/.test(f.templateRef!))).toBe(true);
    const [audit] = (await db.query(
      `SELECT details FROM audit_event WHERE action = 'counter.record.fingerprints' AND outcome = 'FAILURE' AND target_id = $1`,
      [recordId],
    )) as Array<{ details: { fingers: unknown } }>;
    expect(audit?.details.fingers).toEqual([{ finger: 'RIGHT_INDEX', quality: captured.find((c) => c.finger === 'RIGHT_INDEX')!.quality }]);
  });

  it('has no embedded device when a real device service is configured; the operator is sent there', async () => {
    const real = await startTestApi({ BIOMETRIC_DEVICE_PROVIDER: 'sbi', BIOMETRIC_DEVICE_URL: 'http://127.0.0.1:4502' });
    try {
      const response = await fetch(`${real.url}/dev-biometric-device/device`, { method: 'POST', body: '{"type":"Finger"}' });
      expect(response.status).toBe(404);
      const office = await createOffice(db);
      const there = await signIn(real, await createStaff(db, Role.COUNTER_OFFICE_OPERATOR, office));
      const answer = await there.gql<{ counterBiometricDevice: unknown }>(DEVICE);
      expect(answer.data?.counterBiometricDevice).toEqual({
        url: 'http://127.0.0.1:4502',
        verbs: 'SBI',
        specVersion: '0.9.5',
        minQuality: 40,
        embedded: false,
      });
    } finally {
      await real.stop();
    }
  });
});
