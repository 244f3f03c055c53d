import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = 3210;
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Every run starts from an empty data folder (embedded database + demo accounts file). The runner
// makes it; the workers it forks inherit the path through the environment (they load this file too,
// and must not make a folder of their own).
if (process.env.TEST_WORKER_INDEX === undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kopru-e2e-'));
  process.env.KOPRU_E2E_DATA_DIR = dataDir;
  // `exit` comes after the web server has been stopped; keep the folder with KOPRU_E2E_KEEP_DATA=1.
  if (!process.env.KOPRU_E2E_KEEP_DATA) {
    process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  }
}
const dataDir = process.env.KOPRU_E2E_DATA_DIR;
if (!dataDir) throw new Error('KOPRU_E2E_DATA_DIR is not set (the runner sets it before starting workers)');

export default defineConfig({
  testDir: 'tests',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node ../scripts/start.mjs',
    url: `${BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE_URL,
      KOPRU_DATA_DIR: dataDir,
      KOPRU_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
  },
});
