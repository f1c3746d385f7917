import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefinitionNode } from 'graphql';
import type { Plugin } from 'vite';

/** `graphql(`…`)`: the client preset's call with one template literal and no substitutions. */
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
/** `import { graphql } from '…/gql';` */
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*\/?gql(?:\/index(?:\.ts)?)?['"];?[ \t]*\r?\n?/m;
/** One generated document per line of `graphql.ts`: `export const MeDocument = {…} as unknown as DocumentNode<…>;` */
const GENERATED = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*$/gm;

/** The generated documents (`src/gql/graphql.ts`), by operation name, as JSON text. */
export function generatedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of source.matchAll(GENERATED)) documents.set(match[1]!, match[2]!);
  return documents;
}

function operationName(definition: DefinitionNode): string | null {
  return definition.kind === 'OperationDefinition' ? (definition.name?.value ?? null) : null;
}

/**
 * Replaces each `graphql(`…`)` call of a module with its document (the one codegen generated,
 * fragments included) and drops the `graphql` import once no call is left. Null when the module
 * has no call. Throws when codegen has no document for an operation (run `npm run codegen`).
 */
export function inlineDocuments(code: string, documents: ReadonlyMap<string, string>): string | null {
  if (!code.includes('graphql(')) return null;
  let replaced = 0;
  let out = code.replace(CALL, (_call, source: string) => {
    const names = parse(source, { noLocation: true })
      .definitions.map(operationName)
      .filter((name): name is string => name !== null);
    if (names.length !== 1)
      throw new Error(`graphql(): expected one named operation, found ${names.length} in ${source.trim().slice(0, 60)}`);
    const document = documents.get(names[0]!);
    if (document === undefined) throw new Error(`graphql(): no generated document for ${names[0]}; run npm run codegen`);
    replaced += 1;
    return `(${document})`;
  });
  if (replaced === 0) return null;
  if (!/\bgraphql\(/.test(out)) out = out.replace(IMPORT, '');
  return out;
}

/**
 * The client preset's `graphql()` looks documents up in one map of every operation of the app
 * (`src/gql/gql.ts`), so whichever chunk imports it carries them all. At build time this plugin
 * puts each document in the module that uses it instead: a route's chunk carries its own
 * operations and the map is never bundled. Types still come from the map (`tsc` reads the source).
 */
export function graphqlDocuments(): Plugin {
  let generatedFile = '';
  let srcDir = '';
  let documents: Map<string, string> | null = null;
  return {
    name: 'pishkhan:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      srcDir = path.resolve(config.root, 'src');
      generatedFile = path.join(srcDir, 'gql', 'graphql.ts');
    },
    buildStart() {
      documents = null;
    },
    watchChange(id) {
      if (path.resolve(id) === generatedFile) documents = null;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || !file.startsWith(srcDir + path.sep) || file.startsWith(path.join(srcDir, 'gql') + path.sep)) return null;
      documents ??= generatedDocuments(readFileSync(generatedFile, 'utf8'));
      const out = inlineDocuments(code, documents);
      return out === null ? null : { code: out, map: null };
    },
  };
}
