import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../browser.mjs';

// E2E_PORT lets two checkouts run their suites at once without one reusing the other's server.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // Two cores: SwiftShader draws on the CPU, so more workers only make each test slower.
  workers: 2,
  forbidOnly: !!process.env.CI,
  // No retries: a test that fails now and then is a bug to find, in the test or the app.
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/newsroom/flight-8243/`,
    viewport: { width: 1280, height: 800 },
    // A browser in English, whatever the machine's own locale: the explorer follows the browser's
    // languages (language.spec.ts sets Russian where it tests that).
    locale: 'en-GB',
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node tests/serve-dist.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/newsroom/flight-8243/`,
    reuseExistingServer: !process.env.CI,
    cwd: '../..',
  },
});
