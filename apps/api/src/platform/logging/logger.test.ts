import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactForLog } from './logger';

function capture() {
  const lines: string[] = [];
  const log = createLogger('debug', new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }));
  return { log, text: () => lines.join('') };
}

describe('logger', () => {
  it('masks national IDs in messages and in fields at any depth', () => {
    const { log, text } = capture();
    log.info({ person: { nationalId: '0013542419', family: ['۰۰۱۳۵۴۲۴۱۹'] } }, 'looked up 0013542419');
    expect(text()).not.toMatch(/0013542419|۰۰۱۳۵۴۲۴۱۹/);
    expect(text()).toContain('001****419');
  });

  it('keeps record ids whole in messages and fields while masking the national IDs beside them', () => {
    const { log, text } = capture();
    const id = '41728431-0000-4000-8000-000000000001';
    log.info({ recordId: id, err: new Error(`record ${id} of 0013542419 not found`) }, `served ${id} for 0013542419`);
    expect(text()).not.toContain('0013542419');
    // Whole four times: the field, the error's message and its stack's first line, the message.
    expect(text().split(id)).toHaveLength(5);
    expect(text()).toContain(`record ${id} of 001****419 not found`);
    expect(text()).toContain(`served ${id} for 001****419`);
  });

  it('hides passwords, OTPs, tokens and keys whatever their value', () => {
    const { log, text } = capture();
    log.info({ password: 'hunter2', otp: '123456', refreshToken: 'abc.def', input: { apiKey: 'k-1' } }, 'login');
    expect(text()).not.toMatch(/hunter2|123456|abc\.def|k-1/);
    expect(text()).toContain('[redacted]');
  });

  it('masks IDs inside errors and their stacks', () => {
    const redacted = redactForLog({ err: new Error('no household for 0013542419') }) as { err: { message: string; stack: string } };
    expect(redacted.err.message).toBe('no household for 001****419');
    expect(redacted.err.stack).not.toContain('0013542419');
  });
});
