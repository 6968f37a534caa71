import { defineConfig } from '@playwright/test';

// The suite runs against servers someone else started (scripts/e2e.sh): it never starts one.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  // Generous: bcrypt (cost 12) on a busy 2-core machine can take seconds per sign-in.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_ARTIFACTS_DIR
    ? `${process.env.E2E_ARTIFACTS_DIR}/playwright`
    : 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
