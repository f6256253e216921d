// Playwright runs the journeys in Debian's Chromium (no browser download)
// against the release build in dist/, served under /needledrop/ like GitHub Pages.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.NEEDLEDROP_BASE || '/needledrop/';
const port = Number(process.env.PORT || 4173);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results/artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME || join(here, 'test-results', 'report.json') }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node pages-server.mjs',
    url: `http://127.0.0.1:${port}/__health`,
    reuseExistingServer: false,
    env: {
      NEEDLEDROP_DIST: process.env.NEEDLEDROP_DIST || join(here, '..', '..', 'dist'),
      NEEDLEDROP_BASE: base,
      PORT: String(port),
    },
  },
});
