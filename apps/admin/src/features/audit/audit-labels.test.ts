import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { auditActionName, knownActionLabel, UNKNOWN_ACTION_LABEL } from './audit-labels';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const API_SRC = path.join(ROOT, 'apps/api/src');

/** The prefixes of the actions the contexts record (`<context>.<what>`). */
const PREFIXES = ['auth', 'registration', 'files', 'performance', 'households', 'api-clients', 'counter', 'hajj'];
const LITERAL = new RegExp(`'((?:${PREFIXES.join('|')})(?:\\.[a-z0-9-]+)+)'`, 'g');
const TEMPLATE = new RegExp('`((?:' + PREFIXES.join('|') + ')\\.[^`]*\\$\\{[^`]*)`', 'g');

/** The action names a template of the API's source stands for (each template the API writes, expanded). */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  'auth.login.${method.toLowerCase()}': ['auth.login.password', 'auth.login.otp', 'auth.login.sso'],
  'households.event.${event.type.toLowerCase()}': [
    'death',
    'marriage',
    'divorce',
    'custody',
    'guardianship',
    'irreconcilability',
    'sponsorship',
    'birth',
  ].map((t) => `households.event.${t}`),
  'households.${kind.toLowerCase()}.record': ['households.confirmation.record', 'households.objection.record'],
  'households.${kind.toLowerCase()}': ['households.confirmation', 'households.objection'],
  'hajj.receipt.${how.toLowerCase()}': ['hajj.receipt.convert', 'hajj.receipt.stabilise', 'hajj.receipt.reissue'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' || entry.name === 'test-fixtures' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The source without the arguments of SMS calls (`.send(…)`, `tell(…)`), however many lines they span. */
function withoutSmsCalls(source: string): string {
  let out = '';
  let at = 0;
  for (const call of source.matchAll(/\.send\(|\btell\(/g)) {
    if (call.index < at) continue;
    let depth = 0;
    let end = call.index + call[0].length - 1;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    out += source.slice(at, call.index);
    at = end + 1;
  }
  return out + source.slice(at);
}

/** Every action name the API's source writes: dotted literals of the contexts' prefixes (job kinds aside) and its templates, expanded. */
function actionsInApiSource(): { actions: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(API_SRC)) {
    // Job kinds and SMS purposes look the same and are not audit actions: SMS calls are cut out
    // whole (their arguments may span lines), job-kind constants line by line.
    for (const line of withoutSmsCalls(readFileSync(file, 'utf8')).split('\n')) {
      if (/_JOB\s*=/.test(line)) continue;
      for (const match of line.matchAll(LITERAL)) actions.add(match[1]!);
      for (const match of line.matchAll(TEMPLATE)) {
        const expanded = TEMPLATES[match[1]!];
        if (expanded) expanded.forEach((action) => actions.add(action));
        else unknownTemplates.push(`${path.relative(ROOT, file)}: ${match[1]}`);
      }
    }
  }
  return { actions, unknownTemplates };
}

describe('audit action labels', () => {
  it('name in Persian every action the API writes (grepped from its source)', () => {
    const { actions, unknownTemplates } = actionsInApiSource();
    expect(unknownTemplates, 'an action name built from a template this test does not know: add its expansions').toEqual([]);
    expect(actions.size).toBeGreaterThan(40);
    const unlabelled = [...actions].filter((action) => knownActionLabel(action) === null);
    expect(unlabelled, 'actions the API writes without a Persian label in audit-labels.ts').toEqual([]);
  });

  it('name every mutation (`mutation.<name>`, written for each) and every query an integrating system may call (`query.<name>`)', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    const fields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
    const unlabelled = [
      ...fields(schema.getMutationType()).map((name) => `mutation.${name}`),
      ...fields(schema.getQueryType()).map((name) => `query.${name}`),
    ].filter((action) => knownActionLabel(action) === null);
    expect(unlabelled, 'operations without a Persian label in audit-labels.ts').toEqual([]);
  });

  it('never shows a raw action name', () => {
    expect(auditActionName('performance.refer')).toBe('ارجاع شاخص');
    expect(auditActionName('mutation.referIndicator')).toBe('ارجاع شاخص');
    expect(auditActionName('mutation.loginWithPassword')).toBe('ورود با گذرواژه');
    expect(auditActionName('households.event.death')).toBe('ثبت رویداد فوت');
    expect(auditActionName('households.objection.record')).toBe('ثبت اعتراض به خوشه درآمدی');
    expect(auditActionName('something.new')).toBe(UNKNOWN_ACTION_LABEL);
  });
});
