import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocuments, inlineDocuments } from '../../vite-plugins/graphql-documents';

const SRC = path.resolve(import.meta.dirname, '..');
const documents = generatedDocuments(readFileSync(path.join(SRC, 'gql', 'graphql.ts'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('inlineDocuments (the build puts each operation in the chunk that uses it)', () => {
  it('replaces a graphql() call with its generated document and drops the import', () => {
    const code =
      "import { graphql } from '../../../gql';\n\nexport const MeQuery = graphql(`\n  query Me {\n    me {\n      permissions\n    }\n  }\n`);\n";
    const out = inlineDocuments(code, documents);
    expect(out).not.toContain('graphql(');
    expect(out).not.toContain("from '../../../gql'");
    expect(out).toContain('export const MeQuery = ({"kind":"Document"');
    expect(out).toContain('"value":"Me"');
  });

  it('leaves modules without calls alone and refuses an operation codegen does not know', () => {
    expect(inlineDocuments("import type { MeQuery } from '../gql/graphql';\n", documents)).toBeNull();
    expect(() => inlineDocuments('graphql(`query NoSuchOperationAnywhere { me { permissions } }`)', documents)).toThrow(/npm run codegen/);
  });

  it('finds a generated document for every operation of the admin', () => {
    const withCalls = sourceFiles(SRC).filter((file) => readFileSync(file, 'utf8').includes('graphql(`'));
    expect(withCalls.length).toBeGreaterThan(10);
    for (const file of withCalls) {
      const out = inlineDocuments(readFileSync(file, 'utf8'), documents);
      expect(out, file).not.toBeNull();
      expect(out, file).not.toMatch(/\bgraphql\(`/);
    }
  });
});
