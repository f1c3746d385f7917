import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * What would outlive a transaction on a server connection, and so break behind a transaction
 * pooler (`DATABASE_POOLER=transaction`): session advisory locks, session `SET`s, LISTEN, cursors
 * held past their transaction, temporary tables. Each is allowed only where it runs on the direct
 * connection (migrations) — or nowhere.
 */
const SESSION_STATE: Array<{ what: string; pattern: RegExp; allowedIn: string[] }> = [
  {
    what: 'a session advisory lock (use pg_advisory_xact_lock)',
    pattern: /pg_(try_)?advisory_lock(_shared)?\s*\(/,
    allowedIn: ['platform/db/migrate.ts'],
  },
  {
    what: 'a session SET (use SET LOCAL inside the transaction)',
    pattern: /(query\(|[`'"])\s*SET\s+(?!LOCAL\b|TRANSACTION\b|CONSTRAINTS\b)(SESSION\s+)?[a-z_.]+\s*(=|TO\b)/i,
    allowedIn: [],
  },
  { what: 'set_config(…, false) (session-wide)', pattern: /set_config\([^)]*,\s*false\s*\)/i, allowedIn: [] },
  { what: 'LISTEN (notifications are delivered to a session)', pattern: /[`'"]\s*LISTEN\s+/i, allowedIn: [] },
  { what: 'a cursor WITH HOLD', pattern: /WITH\s+HOLD/i, allowedIn: [] },
  {
    what: 'a temporary table (it lives as long as the session)',
    pattern: /CREATE\s+(GLOBAL\s+|LOCAL\s+)?TEMP(ORARY)?\s+TABLE/i,
    allowedIn: [],
  },
];

describe('nothing outlives a transaction (safe behind a transaction pooler)', () => {
  it('has no session state outside the direct connection', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const where = relative(SRC, file).split('\\').join('/');
      const text = readFileSync(file, 'utf8');
      for (const rule of SESSION_STATE) {
        if (rule.allowedIn.includes(where)) continue;
        const lines = text.split('\n');
        lines.forEach((line, index) => {
          if (rule.pattern.test(line) && !/^\s*(\*|\/\/)/.test(line)) found.push(`${where}:${index + 1}: ${rule.what}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('sees what it looks for', () => {
    const [lock, set, , listen] = SESSION_STATE;
    expect(lock!.pattern.test(`query('SELECT pg_advisory_lock(hashtext($1))'`)).toBe(true);
    expect(lock!.pattern.test(`query('SELECT pg_advisory_xact_lock(hashtext($1))'`)).toBe(false);
    expect(set!.pattern.test('query(`SET statement_timeout = 5000`)')).toBe(true);
    expect(set!.pattern.test("query('SET search_path TO x')")).toBe(true);
    expect(set!.pattern.test('query(`SET LOCAL lock_timeout = 100`)')).toBe(false);
    expect(set!.pattern.test("`UPDATE job SET status = 'DONE'`")).toBe(false);
    expect(listen!.pattern.test("query('LISTEN changes')")).toBe(true);
  });
});
