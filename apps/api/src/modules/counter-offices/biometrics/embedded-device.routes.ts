import express, { Router, type Request, type Response } from 'express';
import { FINGERS, type Finger } from '../service-record-rules';
import { fingerOfSbiName } from './sbi';
import { SyntheticFingerprintDevice } from './synthetic-device';

/** Where the API serves its embedded device service (development and tests only). */
export const EMBEDDED_DEVICE_PATH = '/dev-biometric-device';

/** The SBI verbs a browser may send (Node's HTTP parser only takes the standard ones: the embedded device answers POST). */
const ALLOWED_METHODS = 'POST, MOSIPDISC, MOSIPDINFO, RCAPTURE, OPTIONS';

const fingersIn = (value: unknown): Finger[] =>
  Array.isArray(value)
    ? value.flatMap((name) =>
        typeof name !== 'string'
          ? []
          : FINGERS.includes(name as Finger)
            ? [name as Finger]
            : fingerOfSbiName(name)
              ? [fingerOfSbiName(name)!]
              : [],
      )
    : [];

/**
 * The embedded fingerprint device service, shaped like a MOSIP SBI device service on a workstation
 * (`POST /device` discovery, `POST /info`, `POST /capture` registration capture; a real one also
 * takes the verbs MOSIPDISC, MOSIPDINFO and RCAPTURE, which Node's HTTP parser refuses), answering
 * with deterministic synthetic captures. `POST /admin/next-capture` `{ missing: [...],
 * lowQuality: [...] }` (fingers as `LEFT_LITTLE` or `Left LittleFinger`) makes the next capture of
 * those fingers fail to detect them, or score low, as the controls of MOSIP's mock SBI do.
 * Mounted only when `BIOMETRIC_DEVICE_PROVIDER=embedded`, which the configuration refuses in production.
 */
export function embeddedDeviceRoutes(device = new SyntheticFingerprintDevice()): Router {
  const router = Router();
  const json = express.json({ type: () => true, limit: '64kb' });
  const headers = (res: Response) =>
    res.set({
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'Content-Type',
    });
  const callbackBase = (req: Request) => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}${EMBEDDED_DEVICE_PATH}/`;
  const body = (req: Request): Record<string, unknown> =>
    typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};

  router.options(`${EMBEDDED_DEVICE_PATH}/*path`, (_req, res) => {
    headers(res).set('Access-Control-Allow-Private-Network', 'true').status(204).end();
  });
  router.post(`${EMBEDDED_DEVICE_PATH}/device`, json, (req, res) => {
    headers(res)
      .set('Location', callbackBase(req))
      .json(device.discover(body(req).type, callbackBase(req)));
  });
  router.post(`${EMBEDDED_DEVICE_PATH}/info`, json, (req, res) => {
    headers(res).json(device.info(callbackBase(req)));
  });
  router.post(`${EMBEDDED_DEVICE_PATH}/capture`, json, (req, res) => {
    headers(res).json(device.capture(body(req)));
  });
  router.post(`${EMBEDDED_DEVICE_PATH}/admin/next-capture`, json, (req, res) => {
    device.arm({ missing: fingersIn(body(req).missing), lowQuality: fingersIn(body(req).lowQuality) });
    headers(res).status(204).end();
  });
  return router;
}
