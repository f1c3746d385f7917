import { describe, expect, it } from 'vitest';
import { issueKey, parseKey, secretMatches } from './api-key';

describe('API keys', () => {
  it('are issued as pk_<prefix>_<secret> and parse back to the prefix they were stored under', () => {
    const issued = issueKey();
    expect(issued.key).toMatch(/^pk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseKey(issued.key);
    expect(parsed?.prefix).toBe(issued.prefix);
    expect(secretMatches(issued.hash, parsed!.secret)).toBe(true);
  });

  it('keep only a hash: the stored value is not the secret, and another secret does not match', () => {
    const issued = issueKey();
    const other = issueKey();
    expect(issued.hash.toString('base64url')).not.toBe(parseKey(issued.key)!.secret);
    expect(secretMatches(issued.hash, parseKey(other.key)!.secret)).toBe(false);
    expect(other.prefix).not.toBe(issued.prefix);
  });

  it('refuse anything that is not a well-formed key', () => {
    for (const bad of [
      '',
      'pk_',
      'pk_0000000000_short',
      `PK_0000000000_${'a'.repeat(43)}`,
      `pk_00000000000_${'a'.repeat(43)}`,
      `pk_0000000000_${'a'.repeat(43)} `,
    ]) {
      expect(parseKey(bad)).toBeNull();
    }
    expect(parseKey(`pk_0000000000_${'a'.repeat(43)}`)).toEqual({ prefix: '0000000000', secret: 'a'.repeat(43) });
  });

  it('compare a secret against a stored hash of another length as not matching, without throwing', () => {
    expect(secretMatches(Buffer.alloc(3), 'x')).toBe(false);
  });
});
