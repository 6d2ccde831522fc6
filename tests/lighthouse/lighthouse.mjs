// `npm run lighthouse`: Lighthouse scores (performance, accessibility, best practices) of the pages a
// first visitor and a practice see first: the landing page, sign-in, sign-up, the demo couple's
// dashboard and the therapist view. Not part of `npm test`: scores are measurements, and a busy
// machine lowers performance, so run it on a quiet one.
//
// Starts the production server (reusing the `.next-e2e` build while the sources are unchanged) on a
// throwaway data folder, seeds the demo couple, signs in as Sam through the real form, and lets
// Lighthouse score the dashboard in that browser. Lighthouse itself is not a dependency of Mend: set LIGHTHOUSE_BIN to
// its CLI (for example after `npm i -g lighthouse`), or it is looked up on PATH.
// Both of Lighthouse's presets are scored, one table each: desktop, and mobile (a mid-range phone:
// 4x slower CPU, slow 4G, simulated). LIGHTHOUSE_PRESET=desktop or =mobile scores only that one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { freePort, killGroup, startDemoServer } from "../support/prod-server.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN || "lighthouse";
const PRESETS = ["desktop", "mobile"].filter((p) => !process.env.LIGHTHOUSE_PRESET || process.env.LIGHTHOUSE_PRESET === p);
const CATEGORIES = ["performance", "accessibility", "best-practices"];

// Signed-in pages: Sam signs in through the real form in a Chromium profile; that browser closes
// (writing the session cookie to the profile), and a plain Chromium on the same profile, with a
// debugging port, is what Lighthouse drives, with `--disable-storage-reset` so the session stays.
// Passing the cookie as an extra header made Lighthouse fail the dashboard (NO_NAVSTART), and
// Lighthouse hangs on a browser Playwright is still attached to.
async function signedInBrowser(base) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mend-lighthouse-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill("sam@demo.mend.invalid");
    await page.getByLabel("Password").fill("demo couple, not real");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  } finally {
    await context.close();
  }
  const port = await freePort();
  const browser = spawn(
    CHROME,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      "--no-first-run",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error("Chromium did not open its debugging port");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    close: async () => {
      browser.kill("SIGTERM");
      await new Promise((resolve) => (browser.exitCode !== null ? resolve() : browser.once("exit", resolve)));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function lighthouse(url, outFile, browserPort, preset) {
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    ...(browserPort
      ? [`--port=${browserPort}`, "--disable-storage-reset"]
      : [`--chrome-path=${CHROME}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]),
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  const run = spawnSync(LIGHTHOUSE, args, { encoding: "utf8" });
  if (run.error) throw new Error(`could not run Lighthouse (${LIGHTHOUSE}): ${run.error.message}. Set LIGHTHOUSE_BIN.`);
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(outFile, "utf8"));
  if (report.runtimeError) throw new Error(`Lighthouse could not score ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
  // What cost points, so a score below 100 says why.
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return { scores, failing, benchmarkIndex: report.environment?.benchmarkIndex };
}

async function main() {
  const { server, dataDir, logFile, share } = await startDemoServer({ root: ROOT, prefix: "mend-lighthouse-" });
  let signedIn = null;
  try {
    signedIn = await signedInBrowser(server.base);

    const pages = [
      ["landing", `${server.base}/`, null],
      ["sign-in", `${server.base}/signin`, null],
      ["sign-up", `${server.base}/signup`, null],
      ["demo dashboard", `${server.base}/app`, signedIn.port],
      ["therapist view", share, null],
      // The floor: Mend's lightest page (a heading, one field, a button). What it scores is the cost
      // of Next and React themselves on this machine; the pages above are judged against it.
      ["floor: forgot password", `${server.base}/forgot-password`, null],
    ];
    const tables = [];
    for (const preset of PRESETS) {
      const rows = [];
      for (const [name, url, browserPort] of pages) {
        const out = path.join(dataDir, `${preset}-${name.replace(/ /g, "-")}.json`);
        const { scores, failing, benchmarkIndex } = lighthouse(url, out, browserPort, preset);
        rows.push({ page: name, ...scores, benchmarkIndex });
        console.log(
          `${preset}, ${name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}${failing.length ? `\n  below 0.9: ${failing.join("; ")}` : ""}`,
        );
      }
      tables.push([preset, rows]);
    }
    // benchmarkIndex: Lighthouse's own measure of this machine's speed at that moment (higher is faster).
    for (const [preset, rows] of tables) {
      console.log(`\nLighthouse (${preset} preset)`);
      console.table(rows);
    }
  } catch (error) {
    console.error(`lighthouse: ${error.message}\nServer log: ${logFile}`);
    process.exitCode = 1;
  } finally {
    await signedIn?.close();
    await killGroup(server, "SIGTERM");
    if (!process.exitCode) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
