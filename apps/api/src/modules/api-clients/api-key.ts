import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `pk_<10-character public prefix>_<43-character secret>`: the prefix finds the client, the secret proves it. */
const KEY = /^pk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/** A key just made: the whole key is given to the client once; only the prefix and the hash are kept. */
export interface IssuedKey {
  key: string;
  prefix: string;
  hash: Buffer;
}

const hashOf = (secret: string): Buffer => createHash('sha256').update(secret).digest();

/** A new key: a random public prefix and a 256-bit secret from a secure source. */
export function issueKey(): IssuedKey {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  return { key: `pk_${prefix}_${secret}`, prefix, hash: hashOf(secret) };
}

/** The prefix and secret of a well-formed key; null for anything else. */
export function parseKey(key: string): { prefix: string; secret: string } | null {
  const match = KEY.exec(key);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** Whether the secret is the one whose SHA-256 was stored, compared in constant time. */
export function secretMatches(storedHash: Buffer, secret: string): boolean {
  const given = hashOf(secret);
  return storedHash.length === given.length && timingSafeEqual(storedHash, given);
}
