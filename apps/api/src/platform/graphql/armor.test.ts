import { describe, expect, it } from 'vitest';
import { exceedsTokenLimit } from './armor';

describe('exceedsTokenLimit', () => {
  it('counts GraphQL tokens, not characters, and not comments', () => {
    expect(exceedsTokenLimit('{ a b c }', 5)).toBe(false); // 5 tokens
    expect(exceedsTokenLimit('{ a b c d }', 5)).toBe(true);
    expect(exceedsTokenLimit(`{ a(s: "${'x'.repeat(10_000)}") }`, 10)).toBe(false);
    expect(exceedsTokenLimit(`# ${'many words '.repeat(1000)}\n{ a }`, 3)).toBe(false);
  });

  it('leaves text the lexer cannot read to the parser', () => {
    expect(exceedsTokenLimit('{ "unterminated', 1)).toBe(false);
  });
});
