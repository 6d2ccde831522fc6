import { execFileSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

// One free port per run, chosen once in the runner and inherited by the workers.
process.env.MEND_E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const port = Number(process.env.MEND_E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    // Mend's service worker only shows an offline page (public/sw.js); specs that route requests
    // see them without it. tests/e2e/offline.spec.ts allows it in its own context.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium (NOTES.md): Playwright's own browser download does not work here.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // Production build on a throwaway data dir (tests/e2e/server.mjs).
    command: "node tests/e2e/server.mjs",
    url: `${baseURL}/api/health`,
    env: { PORT: String(port) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
