// `npm run lighthouse`: Lighthouse scores (performance, accessibility, best practices) of the pages a
// first visitor and a practice see first: the landing page, sign-in, sign-up, the demo couple's
// dashboard and the therapist view. Not part of `npm test`: scores are measurements, and a busy
// machine lowers performance, so run it on a quiet one.
//
// Starts the production server (reusing the `.next-e2e` build while the sources are unchanged) on a
// throwaway data folder, seeds the demo couple, signs in as Sam through the real form, and hands the
// session cookie to Lighthouse. Lighthouse itself is not a dependency of Mend: set LIGHTHOUSE_BIN to
// its CLI (for example after `npm i -g lighthouse`), or it is looked up on PATH.
// LIGHTHOUSE_PRESET=desktop scores with the desktop preset; the default is Lighthouse's mobile one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { freePort, killGroup, startServer, waitForHealth } from "../support/prod-server.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN || "lighthouse";
const PRESET = process.env.LIGHTHOUSE_PRESET === "desktop" ? "desktop" : "mobile";
const CATEGORIES = ["performance", "accessibility", "best-practices"];

async function samCookie(base) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email").fill("sam@demo.mend.invalid");
    await page.getByLabel("Password").fill("demo couple, not real");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

function lighthouse(url, outFile, cookie) {
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-path=${CHROME}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ...(PRESET === "desktop" ? ["--preset=desktop"] : []),
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const run = spawnSync(LIGHTHOUSE, args, { encoding: "utf8" });
  if (run.error) throw new Error(`could not run Lighthouse (${LIGHTHOUSE}): ${run.error.message}. Set LIGHTHOUSE_BIN.`);
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(outFile, "utf8"));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
  // What cost points, so a score below 100 says why.
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return { scores, failing };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-lighthouse-"));
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  console.log(`Starting Mend on port ${port} (building first if the sources changed; a few minutes)…`);
  const server = startServer({ root: ROOT, port, dataDir, distDir: ".next-e2e", logFile });
  try {
    await waitForHealth(server, 900_000);
    const env = { ...process.env, MEND_DATA_DIR: dataDir, NEXTAUTH_URL: server.base };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    const seed = spawnSync(process.execPath, ["lib/cli/seed-demo.mjs"], { cwd: ROOT, env, encoding: "utf8" });
    if (seed.status !== 0) throw new Error(`seed:demo failed:\n${seed.stderr}`);
    const share = /https?:\/\/\S+\/share\/[A-Za-z0-9_-]{43}/.exec(seed.stdout)?.[0];
    if (!share) throw new Error(`no therapist link in the seed's output:\n${seed.stdout}`);
    const cookie = await samCookie(server.base);

    const pages = [
      ["landing", `${server.base}/`, null],
      ["sign-in", `${server.base}/signin`, null],
      ["sign-up", `${server.base}/signup`, null],
      ["demo dashboard", `${server.base}/app`, cookie],
      ["therapist view", share, null],
    ];
    const rows = [];
    for (const [name, url, withCookie] of pages) {
      const { scores, failing } = lighthouse(url, path.join(dataDir, `${name.replace(/ /g, "-")}.json`), withCookie);
      rows.push({ page: name, ...scores });
      console.log(
        `${name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}${failing.length ? `\n  below 0.9: ${failing.join("; ")}` : ""}`,
      );
    }
    console.log(`\nLighthouse (${PRESET} preset)`);
    console.table(rows);
  } catch (error) {
    console.error(`lighthouse: ${error.message}\nServer log: ${logFile}`);
    process.exitCode = 1;
  } finally {
    await killGroup(server, "SIGTERM");
    if (!process.exitCode) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
