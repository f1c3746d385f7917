import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_CODE_DESCRIPTIONS, ErrorCode, isErrorCode } from './error-codes.js';

describe('error codes', () => {
  it('are unique UPPER_SNAKE_CASE names, each described', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(ERROR_CODE_DESCRIPTIONS[code].length).toBeGreaterThan(0);
    }
  });

  it('make an enum whose values are the codes themselves', () => {
    expect(Object.keys(ErrorCode)).toEqual(ERROR_CODES);
    for (const code of ERROR_CODES) expect(ErrorCode[code]).toBe(code);
  });

  it('tell a known code from anything else', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('SOMETHING_NEW')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});
