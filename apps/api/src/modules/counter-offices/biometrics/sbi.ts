import { Finger } from '../service-record-rules';

/**
 * The shapes of MOSIP's Secure Biometric Interface (SBI, the "MOSIP Device Service" 0.9.5
 * specification) that a registration client uses: device discovery (`MOSIPDISC /device`), device
 * info (`MOSIPDINFO /info`) and registration capture (`RCAPTURE /capture`). The device service runs
 * on the operator's workstation, bound to 127.0.0.1 on a port from 4501 to 4600.
 */
export const SBI_SPEC_VERSION = '0.9.5';

/** The SBI's name of each finger (`bioSubType`). */
export const SBI_FINGER_NAMES: Readonly<Record<Finger, string>> = {
  [Finger.LEFT_INDEX]: 'Left IndexFinger',
  [Finger.LEFT_MIDDLE]: 'Left MiddleFinger',
  [Finger.LEFT_RING]: 'Left RingFinger',
  [Finger.LEFT_LITTLE]: 'Left LittleFinger',
  [Finger.LEFT_THUMB]: 'Left Thumb',
  [Finger.RIGHT_INDEX]: 'Right IndexFinger',
  [Finger.RIGHT_MIDDLE]: 'Right MiddleFinger',
  [Finger.RIGHT_RING]: 'Right RingFinger',
  [Finger.RIGHT_LITTLE]: 'Right LittleFinger',
  [Finger.RIGHT_THUMB]: 'Right Thumb',
};

const FINGER_OF_NAME = new Map(Object.entries(SBI_FINGER_NAMES).map(([finger, name]) => [name, finger as Finger]));

/** Our finger of an SBI `bioSubType`, or null. */
export function fingerOfSbiName(name: string): Finger | null {
  return FINGER_OF_NAME.get(name) ?? null;
}

/** A slap scanner's parts (`deviceSubId`): 1 the left four fingers, 2 the right four, 3 the two thumbs. */
export const SLAP_FINGERS: Readonly<Record<1 | 2 | 3, readonly Finger[]>> = {
  1: [Finger.LEFT_INDEX, Finger.LEFT_MIDDLE, Finger.LEFT_RING, Finger.LEFT_LITTLE],
  2: [Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE, Finger.RIGHT_RING, Finger.RIGHT_LITTLE],
  3: [Finger.LEFT_THUMB, Finger.RIGHT_THUMB],
};

/** SBI error codes the devices answer with (`error.errorCode`). */
export const SBI_ERRORS = {
  SUCCESS: { errorCode: '0', errorInfo: 'Success' },
  NOT_DETECTED: { errorCode: '101', errorInfo: 'Unable to detect a biometric object' },
  NOT_FOUND: { errorCode: '106', errorInfo: 'Device not found' },
  COUNT_NOT_SUPPORTED: { errorCode: '109', errorInfo: 'Requested number of biometric (Finger/IRIS) not supported' },
  BUSY: { errorCode: '111', errorInfo: 'Device is Busy' },
  INVALID_TRANSACTION: { errorCode: '112', errorInfo: 'Invalid Transaction ID' },
} as const;

export interface SbiError {
  errorCode: string;
  errorInfo: string;
}

/** One entry of a discovery answer. */
export interface SbiDiscoveredDevice {
  deviceId: string;
  deviceStatus: 'Ready' | 'Busy' | 'Not Ready' | 'Not Registered';
  certification: 'L0' | 'L1';
  serviceVersion: string;
  deviceSubId: number[];
  callbackId: string;
  /** The unsigned digital ID, base64url JSON: serialNo, make, model, type, deviceSubType, deviceProvider, dateTime. */
  digitalId: string;
  deviceCode: string;
  specVersion: string[];
  purpose: string;
  error: SbiError;
}

/** One `bio` block of a registration capture request. */
export interface SbiBioRequest {
  type?: unknown;
  count?: unknown;
  bioSubType?: unknown;
  exception?: unknown;
  requestedScore?: unknown;
  deviceId?: unknown;
  deviceSubId?: unknown;
  previousHash?: unknown;
}

/** A registration capture request (`RCAPTURE /capture`), as received: checked field by field. */
export interface SbiCaptureRequest {
  env?: unknown;
  purpose?: unknown;
  specVersion?: unknown;
  timeout?: unknown;
  captureTime?: unknown;
  transactionId?: unknown;
  bio?: unknown;
  customOpts?: unknown;
}

/** The payload of one capture's `data` (sent as a JWS by the device). */
export interface SbiCaptureData {
  digitalId: string;
  bioType: 'Finger';
  deviceCode: string;
  deviceServiceVersion: string;
  bioSubType: string;
  purpose: string;
  env: string;
  /** Base64url of the ISO 19794-4 record; empty when nothing was captured. */
  bioValue: string;
  transactionId: string;
  timestamp: string;
  requestedScore: string;
  qualityScore: string;
}

export interface SbiCaptureEntry {
  specVersion: string;
  /** base64url(header).base64url(payload).base64url(signature) of `SbiCaptureData`. */
  data: string;
  /** Upper-case hex SHA-256 chaining the captures of a transaction (previous hash + this capture's). */
  hash: string;
  error: SbiError;
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * A JWS in compact form. The embedded device is an unregistered L0 development device: its header
 * says `none` and the signature is empty, where a registered device signs with its device key.
 */
export function unsignedJws(payload: unknown): string {
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.`;
}
