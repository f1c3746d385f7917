import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * The flows a QA team runs: the built admin served by the API, on a fresh embedded PostgreSQL made
 * for this run (a new folder under e2e/.tmp; older runs' folders are removed by global-setup).
 * Chromium is Debian's (`apt-get install chromium`); Playwright never downloads a browser here.
 */
process.env.PISHKHAN_E2E_RUN ??= `run-${Date.now()}`;
const runDir = path.join(__dirname, '.tmp', process.env.PISHKHAN_E2E_RUN);
const apiPort = Number(process.env.E2E_API_PORT ?? 4310);
const pgPort = Number(process.env.E2E_PG_PORT ?? 54331);
const baseURL = `http://127.0.0.1:${apiPort}`;

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ...(process.env.PISHKHAN_TEST_REPORT_DIR
      ? [['json', { outputFile: path.join(process.env.PISHKHAN_TEST_REPORT_DIR, 'e2e.json') }] as const]
      : []),
  ],
  outputDir: '../test-results',
  use: {
    baseURL,
    locale: 'fa-IR',
    timezoneId: 'Asia/Tehran',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node apps/api/dist/main.js',
    cwd: path.join(__dirname, '..'),
    url: `${baseURL}/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      NODE_ENV: 'test',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      EMBEDDED_PG_DIR: path.join(runDir, 'postgres'),
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_ON_EMPTY_DATABASE: 'true',
      // The webhook flow subscribes a receiver on 127.0.0.1, which production never allows.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      // The job queue runs as in production, only sooner: the Hajj flow waits for the job that
      // frees the seat of an applicant whose payment day has passed.
      JOBS_ENABLED: 'true',
      JOBS_POLL_INTERVAL_MS: '250',
      HAJJ_SEAT_RELEASE_EVERY_SECONDS: '1',
      DATABASE_URL: '',
    },
  },
});
