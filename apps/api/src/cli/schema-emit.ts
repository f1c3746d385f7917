import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { REPO_ROOT } from '../platform/config/config';
import { buildAppSchema } from '../platform/graphql/schema';
import { RESOLVERS } from '../composition';

const SCHEMA_FILE = path.join(REPO_ROOT, 'schema.graphql');
const HEADER = '# Emitted from the code by `npm run schema:emit`; do not edit. CI fails when it is stale.\n\n';

/** The schema as SDL, sorted so that the file changes only when the schema does. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema(RESOLVERS);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const sdl = await printAppSchema();
  if (!check) {
    await writeFile(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
    return;
  }
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  if (current !== sdl) {
    process.stderr.write('schema.graphql is stale: run `npm run schema:emit` and commit the result\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql matches the code\n');
}

if (require.main === module) void main();
