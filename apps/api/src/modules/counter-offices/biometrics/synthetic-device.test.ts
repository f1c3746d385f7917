import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Finger } from '../service-record-rules';
import type { SbiCaptureData } from './sbi';
import { SyntheticFingerprintDevice } from './synthetic-device';

const BASE = 'http://127.0.0.1:4000/dev-biometric-device/';
const payloadOf = <T>(jws: string): T => JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as T;
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

const captureRequest = (transactionId: string, bio: Record<string, unknown>) => ({
  env: 'Developer',
  purpose: 'Registration',
  specVersion: '0.9.5',
  timeout: 10_000,
  captureTime: '2025-11-29T08:00:00Z',
  transactionId,
  bio: [{ type: 'Finger', deviceId: '1', requestedScore: 40, ...bio }],
});

describe('the synthetic SBI fingerprint device', () => {
  it('is discovered as a ready slap scanner for fingers, not for faces, and refuses an unknown type', () => {
    const device = new SyntheticFingerprintDevice();
    const [found] = device.discover('Finger', BASE) as Array<{
      deviceStatus: string;
      deviceSubId: number[];
      callbackId: string;
      certification: string;
      purpose: string;
      error: { errorCode: string };
    }>;
    expect(found).toMatchObject({
      deviceStatus: 'Ready',
      deviceSubId: [1, 2, 3],
      callbackId: BASE,
      certification: 'L0',
      purpose: 'Registration',
      error: { errorCode: '0' },
    });
    expect(device.discover('Biometric Device', BASE)).toHaveLength(1);
    expect(device.discover('Face', BASE)).toEqual([]);
    expect((device.discover('finger', BASE)[0] as { error: { errorCode: string } }).error.errorCode).toBe('101');
    const [info] = device.info(BASE);
    expect(payloadOf<{ deviceStatus: string; env: string }>(info!.deviceInfo)).toMatchObject({ deviceStatus: 'Ready', env: 'Developer' });
  });

  it('captures a slap: one entry per finger with realistic, deterministic quality scores, chained by hash', () => {
    const device = new SyntheticFingerprintDevice();
    const previousHash = sha256('').toString('hex').toUpperCase();
    const first = device.capture(captureRequest('tx-0001', { deviceSubId: 1, count: 4, previousHash }));
    const again = device.capture(captureRequest('tx-0001', { deviceSubId: 1, count: 4, previousHash }));
    expect(first.biometrics.map((b) => payloadOf<SbiCaptureData>(b.data).bioSubType)).toEqual([
      'Left IndexFinger',
      'Left MiddleFinger',
      'Left RingFinger',
      'Left LittleFinger',
    ]);
    let previous = Buffer.from(previousHash, 'hex');
    first.biometrics.forEach((entry, i) => {
      const data = payloadOf<SbiCaptureData>(entry.data);
      expect(entry.error.errorCode).toBe('0');
      expect(Number(data.qualityScore)).toBeGreaterThanOrEqual(62);
      expect(Number(data.qualityScore)).toBeLessThanOrEqual(96);
      const record = Buffer.from(data.bioValue, 'base64url');
      expect(record.subarray(0, 3).toString('latin1')).toBe('FIR');
      const hash = sha256(Buffer.concat([previous, sha256(record)]));
      expect(entry.hash).toBe(hash.toString('hex').toUpperCase());
      previous = hash;
      // The same transaction gives the same capture.
      expect(payloadOf<SbiCaptureData>(again.biometrics[i]!.data).qualityScore).toBe(data.qualityScore);
      expect(again.biometrics[i]!.hash).toBe(entry.hash);
    });
    // Another transaction, other captures.
    const other = device.capture(captureRequest('tx-0002', { deviceSubId: 1, previousHash }));
    expect(other.biometrics.map((b) => b.hash)).not.toEqual(first.biometrics.map((b) => b.hash));
  });

  it('skips the fingers marked as exceptions and captures only the fingers asked', () => {
    const device = new SyntheticFingerprintDevice();
    const thumbs = device.capture(captureRequest('tx-0003', { deviceSubId: 3, exception: ['Left Thumb'] }));
    expect(thumbs.biometrics.map((b) => payloadOf<SbiCaptureData>(b.data).bioSubType)).toEqual(['Right Thumb']);
    const one = device.capture(captureRequest('tx-0004', { deviceSubId: 2, bioSubType: ['Right RingFinger'], count: 1 }));
    expect(one.biometrics.map((b) => payloadOf<SbiCaptureData>(b.data).bioSubType)).toEqual(['Right RingFinger']);
  });

  it('simulates a finger it cannot detect and a poor capture, for the next capture of that finger only', () => {
    const device = new SyntheticFingerprintDevice();
    device.arm({ missing: [Finger.LEFT_LITTLE], lowQuality: [Finger.LEFT_INDEX] });
    const faulty = device.capture(captureRequest('tx-0005', { deviceSubId: 1 }));
    const [index, , , little] = faulty.biometrics;
    expect(Number(payloadOf<SbiCaptureData>(index!.data).qualityScore)).toBeLessThan(35);
    expect(index!.error.errorCode).toBe('0');
    expect(little!.error).toEqual({ errorCode: '101', errorInfo: 'Unable to detect a biometric object' });
    expect(payloadOf<SbiCaptureData>(little!.data)).toMatchObject({ bioSubType: 'Left LittleFinger', bioValue: '', qualityScore: '0' });
    const retaken = device.capture(captureRequest('tx-0006', { deviceSubId: 1 }));
    expect(retaken.biometrics.every((b) => b.error.errorCode === '0' && Number(payloadOf<SbiCaptureData>(b.data).qualityScore) >= 62)).toBe(
      true,
    );
  });

  it('answers SBI error codes for a bad transaction id, another device or no finger to capture', () => {
    const device = new SyntheticFingerprintDevice();
    expect(device.capture(captureRequest('x', { deviceSubId: 1 })).biometrics[0]!.error.errorCode).toBe('112');
    expect(device.capture(captureRequest('tx-0007', { deviceSubId: 1, deviceId: '9' })).biometrics[0]!.error.errorCode).toBe('106');
    expect(
      device.capture(captureRequest('tx-0008', { deviceSubId: 3, exception: ['Left Thumb', 'Right Thumb'] })).biometrics[0]!.error
        .errorCode,
    ).toBe('109');
    expect(device.capture({ transactionId: 'tx-0009', bio: [{ type: 'Iris' }] }).biometrics[0]!.error.errorCode).toBe('109');
  });
});
