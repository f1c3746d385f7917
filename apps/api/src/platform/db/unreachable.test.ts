import { describe, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnreachable } from './unreachable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('isDatabaseUnreachable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    [
      'every address refused (AggregateError)',
      Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]), {}),
    ],
    ['a server shutting down', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server starting up', pgError('57P03', 'the database system is starting up')],
    ['too many connections', pgError('53300')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
    ['PgBouncer without a server', pgError('08P01', 'server login has been failing, try again later (server_login_retry)')],
    ["PgBouncer's wait ran out", pgError('08P01', 'query_wait_timeout')],
    [
      'a wrapped driver error',
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ],
    ['a cause chain', new Error('outer', { cause: pgError('08006') })],
  ])('is true for %s', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a constraint violation', pgError('23505', 'duplicate key value')],
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['a protocol violation of our own', pgError('08P01', 'unsupported startup parameter: statement_timeout')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', null],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
