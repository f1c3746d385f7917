import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODES, isErrorCode } from '@pishkhan/domain-rules';
import { printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { authChecker } from '../auth/access';
import { DomainError } from './domain-error';
import { ErrorCodesResolver } from './error-codes.resolver';

const SRC = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.seed.ts') ? [path] : [];
  });
}

/**
 * Where a code is written in the API's source: handed to DomainError (`super('X'`,
 * `new DomainError('X'`), to a refusal helper, as `code: 'X'` (HTTP error bodies, audit events),
 * or as a member of a union type whose name ends in `Code`. (DomainError's constructor is typed by
 * the list as well, so a new code thrown as a domain error does not even compile.)
 */
const CODE_SITES = [/(?:\bsuper|\bnew DomainError|\brefusal|\brefuse)\(\s*'([A-Z][A-Z0-9_]*)'/g, /\bcode:\s*'([A-Z][A-Z0-9_]*)'/g];
const CODE_UNION = /^\s*(?:export\s+)?type\s+\w*Code\s*=([^;]*);/gms;
const UNION_MEMBER = /'([A-Z][A-Z0-9_]*)'/g;

function codesWritten(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(SRC, file);
    for (const site of CODE_SITES) for (const match of text.matchAll(site)) found.set(match[1]!, where);
    for (const union of text.matchAll(CODE_UNION)) for (const member of union[1]!.matchAll(UNION_MEMBER)) found.set(member[1]!, where);
  }
  return found;
}

describe('error codes', () => {
  it('lists every code the API source writes (add a new one to @pishkhan/domain-rules error-codes.ts)', () => {
    const written = codesWritten();
    // The scan must see the codes it is meant to see, or it proves nothing.
    for (const known of [
      'NOT_FOUND',
      'PAYLOAD_TOO_LARGE',
      'FILE_ALREADY_ATTACHED',
      'SSO_CANCELLED',
      'PROPOSAL_CAP_EXCEEDED',
      'OUTSIDE_WINDOW',
      'SUBJECT_IS_HEAD',
    ]) {
      expect(written.has(known), known).toBe(true);
    }
    const missing = [...written].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('keeps the code a domain error was given', () => {
    expect(new DomainError('NOT_FOUND', 'x').code).toBe('NOT_FOUND');
  });

  it('emits them as the GraphQL enum ErrorCode, through a public query', async () => {
    const schema = await buildSchema({ resolvers: [ErrorCodesResolver], authChecker, validate: false });
    const printed = printSchema(schema);
    expect(printed).toContain('errorCodes: [ErrorCode!]!');
    const values = schema.getType('ErrorCode')?.toConfig() as { values?: Record<string, unknown> } | undefined;
    expect(Object.keys(values?.values ?? {})).toEqual(ERROR_CODES);
    expect(new ErrorCodesResolver().errorCodes()).toEqual(ERROR_CODES);
  });
});
