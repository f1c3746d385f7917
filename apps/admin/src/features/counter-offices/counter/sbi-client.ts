import type { BiometricDeviceVerbs, Finger } from '../../../gql/graphql';

/**
 * A registration client of MOSIP's Secure Biometric Interface (SBI, "MOSIP Device Service" 0.9.5),
 * as MOSIP's registration client talks to the scanner: the operator's browser calls the device
 * service on his workstation (it listens on 127.0.0.1, port 4501–4600), discovers the fingerprint
 * scanner (`MOSIPDISC /device`), reads its info (`MOSIPDINFO /info`) and captures (`RCAPTURE
 * /capture`) each slap, chaining the captures by hash. The API only says where the service is
 * (`counterBiometricDevice`) and receives each finger's template reference and quality score.
 */

export interface DeviceServiceSettings {
  /** Base URL; a path (the embedded development device) is resolved against this page's origin. */
  url: string;
  verbs: BiometricDeviceVerbs;
  specVersion: string;
  minQuality: number;
}

/** The SBI's `bioSubType` of each finger. */
export const SBI_FINGER_NAMES: Readonly<Record<Finger, string>> = {
  LEFT_INDEX: 'Left IndexFinger',
  LEFT_MIDDLE: 'Left MiddleFinger',
  LEFT_RING: 'Left RingFinger',
  LEFT_LITTLE: 'Left LittleFinger',
  LEFT_THUMB: 'Left Thumb',
  RIGHT_INDEX: 'Right IndexFinger',
  RIGHT_MIDDLE: 'Right MiddleFinger',
  RIGHT_RING: 'Right RingFinger',
  RIGHT_LITTLE: 'Right LittleFinger',
  RIGHT_THUMB: 'Right Thumb',
};
const FINGER_OF_NAME = new Map(Object.entries(SBI_FINGER_NAMES).map(([finger, name]) => [name, finger as Finger]));

/** A slap scanner's parts (`deviceSubId`): 1 the left four fingers, 2 the right four, 3 the thumbs. */
const SLAPS: ReadonlyArray<{ subId: number; fingers: readonly Finger[] }> = [
  { subId: 1, fingers: ['LEFT_INDEX', 'LEFT_MIDDLE', 'LEFT_RING', 'LEFT_LITTLE'] },
  { subId: 2, fingers: ['RIGHT_INDEX', 'RIGHT_MIDDLE', 'RIGHT_RING', 'RIGHT_LITTLE'] },
  { subId: 3, fingers: ['LEFT_THUMB', 'RIGHT_THUMB'] },
];

/** SHA-256 of nothing, in upper-case hex: the `previousHash` of a transaction's first capture. */
const EMPTY_HASH = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';

/** How long one capture may take on the device (milliseconds), and how much longer the browser waits. */
const CAPTURE_TIMEOUT_MS = 15_000;
const CALL_SLACK_MS = 5_000;

export type DeviceServiceProblem = 'UNREACHABLE' | 'NO_DEVICE' | 'DEVICE_ERROR' | 'BAD_ANSWER';

/** The device service could not be used; `detail` is the device's own `errorInfo` when it gave one. */
export class DeviceServiceError extends Error {
  constructor(
    readonly problem: DeviceServiceProblem,
    readonly detail: string | null = null,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'DeviceServiceError';
  }
}

export interface ScannerDevice {
  deviceId: string;
  /** The serial number (`deviceCode`), part of each template reference. */
  deviceCode: string;
  /** Where the device asks to be called next (`callbackId`), ending with `/`. */
  callbackUrl: string;
  subIds: number[];
  specVersion: string;
  /** «make model», from its digital ID, when it says. */
  label: string | null;
  /** The environment it is registered for (`env` of its info): Production, Pre-Production, Staging or Developer. */
  env: string;
}

export type FingerCapture =
  | { finger: Finger; status: 'CAPTURED'; templateRef: string; quality: number }
  | { finger: Finger; status: 'NOT_DETECTED'; detail: string | null };

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The JSON payload of a compact JWS (`header.payload.signature`), or of plain base64url JSON. */
export function decodeJwsPayload<T>(value: string): T {
  const part = value.includes('.') ? (value.split('.')[1] ?? '') : value;
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as T;
}

/** A transaction id the SBI accepts (4–50 letters, digits and hyphens), without needing a secure context. */
function transactionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `PSK-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const errorOf = (value: unknown): { errorCode: string; errorInfo: string } | null => {
  if (!isRecord(value) || !isRecord(value.error)) return null;
  return { errorCode: String(value.error.errorCode ?? ''), errorInfo: String(value.error.errorInfo ?? '') };
};

/** The captures to ask for: one per slap of a slap scanner (left, right, thumbs), else one for every finger. */
export function capturePlan(
  device: Pick<ScannerDevice, 'subIds'>,
  fingers: readonly Finger[],
  excepted: readonly Finger[],
): Array<{ subId: number; fingers: Finger[]; exception: Finger[] }> {
  const wanted = fingers.filter((finger) => !excepted.includes(finger));
  if ([1, 2, 3].every((id) => device.subIds.includes(id))) {
    return SLAPS.flatMap((slap) => {
      const asked = slap.fingers.filter((finger) => wanted.includes(finger));
      return asked.length > 0
        ? [{ subId: slap.subId, fingers: asked, exception: slap.fingers.filter((finger) => excepted.includes(finger)) }]
        : [];
    });
  }
  return wanted.length > 0 ? [{ subId: device.subIds[0] ?? 0, fingers: wanted, exception: [...excepted] }] : [];
}

export class SbiClient {
  private readonly base: string;

  constructor(
    private readonly settings: DeviceServiceSettings,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    origin: string = globalThis.location?.origin ?? 'http://127.0.0.1',
  ) {
    this.base = new URL(`${settings.url.replace(/\/+$/, '')}/`, origin).toString();
  }

  /** Discovery: the first ready fingerprint scanner for registration, with its info. */
  async discover(): Promise<ScannerDevice> {
    const found = await this.call(new URL('device', this.base).toString(), 'MOSIPDISC', { type: 'Finger' }, 10_000);
    if (!Array.isArray(found)) throw new DeviceServiceError('BAD_ANSWER');
    const ready = found.find(
      (d: unknown) =>
        isRecord(d) &&
        d.deviceStatus === 'Ready' &&
        (errorOf(d)?.errorCode ?? '0') === '0' &&
        (d.purpose === 'Registration' || d.purpose === ''),
    );
    if (!isRecord(ready)) {
      const first: unknown = found[0];
      throw new DeviceServiceError(
        'NO_DEVICE',
        isRecord(first) ? String(first.deviceStatus ?? errorOf(first)?.errorInfo ?? '') || null : null,
      );
    }
    const callback = typeof ready.callbackId === 'string' && /^https?:\/\//.test(ready.callbackId) ? ready.callbackId : this.base;
    const device: ScannerDevice = {
      deviceId: String(ready.deviceId ?? ''),
      deviceCode: String(ready.deviceCode ?? '').slice(0, 40),
      callbackUrl: callback.endsWith('/') ? callback : `${callback}/`,
      subIds: Array.isArray(ready.deviceSubId) ? ready.deviceSubId.map(Number).filter((n) => Number.isInteger(n)) : [0],
      specVersion:
        Array.isArray(ready.specVersion) && typeof ready.specVersion[0] === 'string' ? ready.specVersion[0] : this.settings.specVersion,
      label: null,
      env: 'Production',
    };
    return { ...device, ...(await this.info(device)) };
  }

  /** Captures `fingers` (never the `excepted` ones), slap by slap, chaining each capture's hash into the next request. */
  async capture(device: ScannerDevice, fingers: readonly Finger[], excepted: readonly Finger[] = []): Promise<FingerCapture[]> {
    const id = transactionId();
    let previousHash = EMPTY_HASH;
    const results: FingerCapture[] = [];
    for (const part of capturePlan(device, fingers, excepted)) {
      const answer = await this.call(
        new URL('capture', device.callbackUrl).toString(),
        'RCAPTURE',
        {
          env: device.env,
          purpose: 'Registration',
          specVersion: device.specVersion,
          timeout: CAPTURE_TIMEOUT_MS,
          captureTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          transactionId: id,
          bio: [
            {
              type: 'Finger',
              count: part.fingers.length,
              bioSubType: part.fingers.map((finger) => SBI_FINGER_NAMES[finger]),
              exception: part.exception.map((finger) => SBI_FINGER_NAMES[finger]),
              requestedScore: this.settings.minQuality,
              deviceId: device.deviceId,
              deviceSubId: part.subId,
              previousHash,
            },
          ],
          customOpts: {},
        },
        CAPTURE_TIMEOUT_MS + CALL_SLACK_MS,
      );
      const entries = isRecord(answer) && Array.isArray(answer.biometrics) ? (answer.biometrics as unknown[]) : null;
      if (!entries) throw new DeviceServiceError('BAD_ANSWER');
      const seen = new Map<Finger, FingerCapture>();
      for (const entry of entries) {
        if (!isRecord(entry)) continue;
        const error = errorOf(entry);
        const data = typeof entry.data === 'string' && entry.data !== '' ? decodeJwsPayload<Record<string, unknown>>(entry.data) : null;
        const finger = data && typeof data.bioSubType === 'string' ? FINGER_OF_NAME.get(data.bioSubType) : undefined;
        // An error for the whole request (no finger named): the device refused it.
        if (!finger) {
          if (error && error.errorCode !== '0') throw new DeviceServiceError('DEVICE_ERROR', error.errorInfo || error.errorCode);
          continue;
        }
        const hash = typeof entry.hash === 'string' ? entry.hash : '';
        const bioValue = typeof data?.bioValue === 'string' ? data.bioValue : '';
        const quality = Math.round(Number(data?.qualityScore));
        if ((error && error.errorCode !== '0') || bioValue === '' || hash === '' || !Number.isFinite(quality)) {
          seen.set(finger, { finger, status: 'NOT_DETECTED', detail: error?.errorInfo ?? null });
          continue;
        }
        previousHash = hash;
        seen.set(finger, {
          finger,
          status: 'CAPTURED',
          templateRef: `${device.deviceCode}:${hash}`.slice(0, 128),
          quality: Math.min(100, Math.max(0, quality)),
        });
      }
      for (const finger of part.fingers) results.push(seen.get(finger) ?? { finger, status: 'NOT_DETECTED', detail: null });
    }
    return results;
  }

  /** «make model» and the environment, from the device's info (a JWS signed by a registered device, plain for an unregistered one). */
  private async info(device: ScannerDevice): Promise<Pick<ScannerDevice, 'label' | 'env'>> {
    try {
      const infos = await this.call(new URL('info', device.callbackUrl).toString(), 'MOSIPDINFO', undefined, 10_000);
      const entry: unknown = Array.isArray(infos) ? infos.find((i: unknown) => isRecord(i) && typeof i.deviceInfo === 'string') : null;
      if (!isRecord(entry) || typeof entry.deviceInfo !== 'string') return { label: null, env: device.env };
      const info = decodeJwsPayload<Record<string, unknown>>(entry.deviceInfo);
      const digital = typeof info.digitalId === 'string' ? decodeJwsPayload<Record<string, unknown>>(info.digitalId) : {};
      const label = [digital.make, digital.model].filter((part): part is string => typeof part === 'string').join(' ');
      return { label: label === '' ? null : label, env: typeof info.env === 'string' && info.env !== '' ? info.env : device.env };
    } catch {
      return { label: null, env: device.env };
    }
  }

  private async call(url: string, sbiVerb: 'MOSIPDISC' | 'MOSIPDINFO' | 'RCAPTURE', body: unknown, timeoutMs: number): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method: this.settings.verbs === 'SBI' ? sbiVerb : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new DeviceServiceError('UNREACHABLE');
    }
    if (!response.ok) throw new DeviceServiceError(response.status === 404 ? 'UNREACHABLE' : 'BAD_ANSWER', `HTTP ${response.status}`);
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new DeviceServiceError('BAD_ANSWER');
    }
  }
}
