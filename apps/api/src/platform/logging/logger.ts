import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config';
import { maskNationalIdsInLogText } from './mask-in-text';

export type { Logger } from 'pino';

/** Keys whose values never reach a log line, at any depth. */
const SECRET_KEYS =
  /^(password|newPassword|oldPassword|currentPassword|otp|code|token|accessToken|refreshToken|secret|authorization|cookie|captcha|answer|apiKey|key)$/i;
const MAX_DEPTH = 6;

/** Masks national IDs in every string (record ids stay whole) and hides secret-named fields, recursively. */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskNationalIdsInLogText(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskNationalIdsInLogText(value.message),
      stack: value.stack && maskNationalIdsInLogText(value.stack),
    };
  }
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactForLog(item, depth + 1);
  }
  return out;
}

/**
 * The process logger: JSON lines (pino). National IDs are masked and secret fields hidden in every
 * line, whatever the caller passes.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'pishkhan-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        log: (object) => redactForLog(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? maskNationalIdsInLogText(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
