import { createHash } from 'node:crypto';
import { FINGERS, type Finger } from '../service-record-rules';
import {
  SBI_ERRORS,
  SBI_FINGER_NAMES,
  SBI_SPEC_VERSION,
  SLAP_FINGERS,
  fingerOfSbiName,
  unsignedJws,
  type SbiBioRequest,
  type SbiCaptureData,
  type SbiCaptureEntry,
  type SbiCaptureRequest,
  type SbiDiscoveredDevice,
  type SbiError,
} from './sbi';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

/** What the next capture of some fingers will be (a development control, like MOSIP's mock SBI profiles). */
export interface ArmedFaults {
  /** Fingers the scanner will not detect (error 101, no image): amputated, bandaged, worn away. */
  missing?: readonly Finger[];
  /** Fingers it will capture with a poor quality score (12–34). */
  lowQuality?: readonly Finger[];
}

export const SYNTHETIC_DEVICE = {
  deviceId: '1',
  serialNo: 'PSK-DEV-0001',
  make: 'Pishkhan',
  model: 'Synthetic slap 4-4-2',
  provider: 'Pishkhan (development only)',
  serviceVersion: '1.0.0',
  env: 'Developer',
} as const;

const TRANSACTION_ID = /^[A-Za-z0-9-]{4,50}$/;

/** A number from a digest: deterministic, spread evenly enough over [min, max]. */
const between = (digest: Buffer, min: number, max: number) => min + (digest.readUInt32BE(0) % (max - min + 1));

/**
 * A fingerprint slap scanner (left four, right four, two thumbs) behind an SBI device service, made
 * up for development and tests: the same transaction and finger always give the same synthetic ISO
 * 19794-4 record and the same quality score (62–96, as real captures of healthy fingers score);
 * a finger armed as missing is not detected (error 101) and one armed as poor scores 12–34, each
 * for its next capture only. Never in production (the configuration refuses it there).
 */
export class SyntheticFingerprintDevice {
  private faults = new Map<Finger, 'missing' | 'low'>();

  /** `callbackBase`: the device service's base URL as the client reaches it, ending with `/`. */
  discover(type: unknown, callbackBase: string): SbiDiscoveredDevice[] | [{ error: SbiError }] {
    if (type !== 'Biometric Device' && type !== 'Finger' && type !== 'Face' && type !== 'Iris') {
      return [
        {
          error: {
            errorCode: '101',
            errorInfo: "Invalid JSON Value Type For Discovery: type must be 'Biometric Device', 'Finger', 'Face' or 'Iris'",
          },
        },
      ];
    }
    if (type === 'Face' || type === 'Iris') return [];
    return [this.device(callbackBase)];
  }

  info(callbackBase: string): Array<{ deviceInfo: string; error: SbiError }> {
    const { deviceId, deviceStatus, certification, serviceVersion, deviceSubId, callbackId, deviceCode, specVersion, purpose } =
      this.device(callbackBase);
    const deviceInfo = {
      deviceStatus,
      deviceId,
      firmware: serviceVersion,
      certification,
      serviceVersion,
      deviceSubId,
      callbackId,
      digitalId: this.digitalId(),
      deviceCode,
      env: SYNTHETIC_DEVICE.env,
      purpose,
      specVersion,
    };
    return [{ deviceInfo: unsignedJws(deviceInfo), error: SBI_ERRORS.SUCCESS }];
  }

  /** Arms faults for the next capture of each finger named. */
  arm(faults: ArmedFaults): void {
    for (const finger of faults.missing ?? []) this.faults.set(finger, 'missing');
    for (const finger of faults.lowQuality ?? []) this.faults.set(finger, 'low');
  }

  /** A registration capture (`RCAPTURE /capture`): one entry per finger asked, chained by hash. */
  capture(request: SbiCaptureRequest): { biometrics: SbiCaptureEntry[] } {
    const refuse = (error: SbiError) => ({ biometrics: [{ specVersion: SBI_SPEC_VERSION, data: '', hash: '', error }] });
    const transactionId = typeof request.transactionId === 'string' ? request.transactionId : '';
    if (!TRANSACTION_ID.test(transactionId)) return refuse(SBI_ERRORS.INVALID_TRANSACTION);
    const bio = Array.isArray(request.bio) ? (request.bio as SbiBioRequest[]) : [];
    if (bio.length !== 1 || bio[0]?.type !== 'Finger') return refuse(SBI_ERRORS.COUNT_NOT_SUPPORTED);
    const block = bio[0];
    if (block.deviceId !== undefined && String(block.deviceId) !== SYNTHETIC_DEVICE.deviceId) return refuse(SBI_ERRORS.NOT_FOUND);
    const subId = Number(block.deviceSubId ?? 0);
    if (![0, 1, 2, 3].includes(subId)) return refuse(SBI_ERRORS.NOT_FOUND);
    const part: readonly Finger[] = subId === 0 ? FINGERS : SLAP_FINGERS[subId as 1 | 2 | 3];
    const named = (value: unknown) =>
      Array.isArray(value)
        ? value.flatMap((name) => (typeof name === 'string' && fingerOfSbiName(name) ? [fingerOfSbiName(name)!] : []))
        : null;
    const asked = named(block.bioSubType)?.filter((finger) => part.includes(finger)) ?? [...part];
    const excepted = new Set(named(block.exception) ?? []);
    const fingers = (asked.length > 0 ? asked : [...part]).filter((finger) => !excepted.has(finger));
    if (fingers.length === 0) return refuse(SBI_ERRORS.COUNT_NOT_SUPPORTED);
    const requestedScore = Number(block.requestedScore ?? 0);
    let previous =
      typeof block.previousHash === 'string' && /^[0-9A-Fa-f]{64}$/.test(block.previousHash)
        ? Buffer.from(block.previousHash, 'hex')
        : sha256('');
    const purpose = typeof request.purpose === 'string' ? request.purpose : 'Registration';
    const biometrics = fingers.map((finger): SbiCaptureEntry => {
      const fault = this.faults.get(finger);
      this.faults.delete(finger);
      const seed = sha256(`${transactionId}|${finger}`);
      const record = fault === 'missing' ? Buffer.alloc(0) : isoRecord(seed);
      const quality = fault === 'missing' ? 0 : fault === 'low' ? between(seed, 12, 34) : between(seed, 62, 96);
      const data: SbiCaptureData = {
        digitalId: this.digitalId(),
        bioType: 'Finger',
        deviceCode: SYNTHETIC_DEVICE.serialNo,
        deviceServiceVersion: SYNTHETIC_DEVICE.serviceVersion,
        bioSubType: SBI_FINGER_NAMES[finger],
        purpose,
        env: SYNTHETIC_DEVICE.env,
        bioValue: record.toString('base64url'),
        transactionId,
        timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        requestedScore: String(Number.isFinite(requestedScore) ? requestedScore : 0),
        qualityScore: String(quality),
      };
      if (fault === 'missing') return { specVersion: SBI_SPEC_VERSION, data: unsignedJws(data), hash: '', error: SBI_ERRORS.NOT_DETECTED };
      const hash = sha256(Buffer.concat([previous, sha256(record)]));
      previous = hash;
      return {
        specVersion: SBI_SPEC_VERSION,
        data: unsignedJws(data),
        hash: hash.toString('hex').toUpperCase(),
        error: SBI_ERRORS.SUCCESS,
      };
    });
    return { biometrics };
  }

  private device(callbackBase: string): SbiDiscoveredDevice {
    return {
      deviceId: SYNTHETIC_DEVICE.deviceId,
      deviceStatus: 'Ready',
      certification: 'L0',
      serviceVersion: SYNTHETIC_DEVICE.serviceVersion,
      deviceSubId: [1, 2, 3],
      callbackId: callbackBase,
      digitalId: this.digitalId(),
      deviceCode: SYNTHETIC_DEVICE.serialNo,
      specVersion: [SBI_SPEC_VERSION],
      purpose: 'Registration',
      error: SBI_ERRORS.SUCCESS,
    };
  }

  private digitalId(): string {
    const { serialNo, make, model, provider } = SYNTHETIC_DEVICE;
    return Buffer.from(
      JSON.stringify({
        serialNo,
        make,
        model,
        type: 'Finger',
        deviceSubType: 'Slap',
        deviceProvider: provider,
        deviceProviderId: 'PSK',
        dateTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      }),
    ).toString('base64url');
  }
}

/**
 * A synthetic ISO/IEC 19794-4 finger image record: its header ("FIR", version "020") and a
 * pseudo-random body drawn from the seed, about 1 KiB like a compressed slap segment.
 */
function isoRecord(seed: Buffer): Buffer {
  const blocks: Buffer[] = [];
  let block = seed;
  for (let i = 0; i < 32; i++) {
    block = sha256(block);
    blocks.push(block);
  }
  const body = Buffer.concat(blocks);
  const header = Buffer.alloc(16);
  Buffer.from('FIR\u0000020\u0000', 'latin1').copy(header, 0);
  header.writeUInt32BE(16 + body.length, 8);
  header.writeUInt16BE(1, 12); // one finger
  return Buffer.concat([header, body]);
}
