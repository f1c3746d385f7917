import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Answer hash bound to its challenge, so a hash from one challenge is useless for another. */
export function challengeHash(challengeId: string, answer: string): Buffer {
  return sha256(`${challengeId}:${answer}`);
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Six decimal digits from a secure random source. */
export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** A random token for a cookie: 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password of 10 characters (about 58 bits), always with a letter and a digit. */
export function newTemporaryPassword(): string {
  for (;;) {
    const value = Array.from({ length: 10 }, () => TEMP_ALPHABET[randomInt(0, TEMP_ALPHABET.length)]).join('');
    if (/[a-zA-Z]/.test(value) && /\d/.test(value)) return value;
  }
}

/** A tracking code of 12 digits from a secure random source. */
export function newTrackingCode(): string {
  return Array.from({ length: 12 }, () => String(randomInt(0, 10))).join('');
}
