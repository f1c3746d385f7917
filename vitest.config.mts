import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * graphql ships a CommonJS and an ES module build; type-graphql and Apollo load the CommonJS one,
 * so tests must too, or two copies of graphql meet ("from another module or realm").
 */
export const singleGraphql = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

// SWC keeps `emitDecoratorMetadata`, which type-graphql and TypeORM need (esbuild drops it).
export const decoratorTransform = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2023',
    },
  });

/** In CI, also a JSON report per run that `.ci/summarize.mjs` adds up. */
export function ciReport(name: string) {
  const dir = process.env.PISHKHAN_TEST_REPORT_DIR;
  if (!dir) return {};
  const file = `${dir}/${process.env.PISHKHAN_TEST_REPORT_NAME ?? name}.json`;
  return { reporters: ['default', 'json'], outputFile: { json: file } };
}

export default defineConfig({
  test: {
    ...ciReport('unit'),
    projects: [
      {
        plugins: [decoratorTransform()],
        resolve: singleGraphql,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/api/src/**/*.test.ts',
            'apps/admin/src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.mjs',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
    ],
  },
});
