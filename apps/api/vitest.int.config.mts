import { defineConfig } from 'vitest/config';
import { ciReport, decoratorTransform, singleGraphql } from '../../vitest.config.mts';

/**
 * Integration tests: real GraphQL over real HTTP against a real PostgreSQL —
 * `TEST_DATABASE_URL` when set, else an embedded one — in a database made fresh for this run.
 */
export default defineConfig({
  plugins: [decoratorTransform()],
  resolve: singleGraphql,
  test: {
    name: 'integration',
    ...ciReport('integration'),
    environment: 'node',
    include: ['src/**/*.int.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
