import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from './e2e/support/accounts';

const isCI = Boolean(process.env.CI);
// E2E_PORT lets several checkouts (or engineers) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// The demo database lives here and is deleted before the server starts, so every run begins
// from the same seeded data. The deletion is part of the server command: this file is also
// loaded by every worker, and must not delete anything itself.
const dataDir = path.resolve(import.meta.dirname, port === 3100 ? '.data-e2e' : `.data-e2e-${port}`);

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/** A system Chromium where one is installed (machines that cannot download Playwright's). */
function chromiumExecutable(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  // Tests in a file run in order, files in parallel. Two cores: two workers at most, one in CI.
  fullyParallel: false,
  workers: isCI ? 1 : 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    // scripts/test-all.ts sets PLAYWRIGHT_JSON_OUTPUT_FILE and counts the results from it.
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'playwright-report/results.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node -e "fs.rmSync(process.env.FIELDLINE_DATA_DIR, { recursive: true, force: true })" && npm run start',
    url: `${baseURL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      FIELDLINE_DEMO: '1',
      FIELDLINE_DATA_DIR: dataDir,
      // Playwright passes its own environment on; an empty value keeps the server on embedded PGlite.
      DATABASE_URL: '',
      // Every provider spec signs in as the same dispatcher, in parallel workers and contexts: more
      // open tabs than one person has. The per-person cap itself is tested in tests/live-changes.
      FIELDLINE_MAX_STREAMS_PER_USER: '20',
    },
  },
  projects: [
    { name: 'setup', testMatch: 'auth.setup.ts', use: chromium },
    {
      name: 'manage',
      testDir: 'e2e/manage',
      dependencies: ['setup'],
      use: { ...chromium, storageState: storageStatePath(ACCOUNTS.manage) },
    },
    {
      name: 'provider',
      testDir: 'e2e/provider',
      dependencies: ['setup'],
      use: { ...chromium, storageState: storageStatePath(ACCOUNTS.boltDispatch) },
    },
    {
      name: 'customer',
      testDir: 'e2e/customer',
      dependencies: ['setup'],
      use: { ...chromium, storageState: storageStatePath(ACCOUNTS.boltDispatch) },
    },
    // Signs in through the form itself, so it needs no stored state.
    { name: 'auth', testDir: 'e2e/auth', use: chromium },
  ],
});
