// `npm run screenshots`: PNGs of Mend's main pages, as the demo couple sees them, into docs/screenshots/
// (demo-<page>-desktop.png at 1280 px, the whole page; demo-<page>-375.png at 375 × 812, the first
// screen as a phone shows it, with its bottom bar).
//
// Starts the production server (lib/cli/start.mjs, reusing the `.next-e2e` build while the sources
// are unchanged) on a free port and a throwaway data folder, runs `npm run seed:demo` against it,
// signs in as Alex and Sam through the real form, opens the therapist link, and stops the server.
// Playwright's library with Debian's Chromium (CHROMIUM_PATH), like the e2e suite. Not part of `npm test`.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { killGroup, startDemoServer } from "../support/prod-server.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, "docs", "screenshots");
const PASSWORD = "demo couple, not real";
const SIZES = [
  { suffix: "desktop", viewport: { width: 1280, height: 900 }, fullPage: true },
  { suffix: "375", viewport: { width: 375, height: 812 }, fullPage: false, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

/** Who looks at which page: [file name, path, partner or null for signed out]. The therapist view is added once the link is known. */
const PAGES = [
  ["landing", "/", null],
  ["dashboard", "/app", "sam"],
  ["check-in", "/app/check-in", "sam"],
  ["timeline", "/app/timeline", "sam"],
  ["agreements", "/app/agreements", "alex"],
  ["agreement-history", "AGREEMENT", "sam"],
  ["questions", "/app/questions", "alex"],
  ["stage-acknowledgment", "/app/stages/acknowledgment", "alex"],
  ["stage-consistency", "/app/stages/consistency", "sam"],
  ["triggers", "/app/triggers", "alex"],
  ["talks", "/app/talks", "alex"],
];
const EMAILS = { alex: "alex@demo.mend.invalid", sam: "sam@demo.mend.invalid" };

async function main() {
  const { server, dataDir, logFile, share } = await startDemoServer({ root: ROOT, prefix: "mend-shots-" });
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    fs.mkdirSync(OUT, { recursive: true });
    const written = [];
    for (const size of SIZES) {
      const contexts = {};
      const open = async (who) => {
        if (!contexts[who]) {
          const { viewport, isMobile = false, hasTouch = false, deviceScaleFactor = 1 } = size;
          const context = await browser.newContext({
            viewport,
            isMobile,
            hasTouch,
            deviceScaleFactor,
            baseURL: server.base,
            locale: "en-GB",
            timezoneId: "Europe/London",
          });
          if (who !== "signed-out" && who !== "therapist") {
            const page = await context.newPage();
            await page.goto("/signin");
            await page.getByLabel("Email").fill(EMAILS[who]);
            await page.getByLabel("Password").fill(PASSWORD);
            await page.getByRole("button", { name: "Sign in" }).click();
            await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
            await page.close();
          }
          contexts[who] = context;
        }
        return contexts[who];
      };
      const shoot = async (name, target, who) => {
        const page = await (await open(who ?? "signed-out")).newPage();
        if (target === "AGREEMENT") {
          await page.goto("/app/agreements");
          await page.getByRole("link", { name: "My phone stays open to you" }).first().click();
          await page.waitForURL(/\/app\/agreements\/[^/]+$/);
        } else await page.goto(target);
        await page.waitForLoadState("networkidle");
        // Fonts and client-side dates settled.
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `demo-${name}-${size.suffix}.png`);
        await page.screenshot({ path: file, fullPage: size.fullPage });
        await page.close();
        written.push(path.relative(ROOT, file));
      };
      for (const [name, target, who] of PAGES) await shoot(name, target, who);
      await shoot("therapist-view", share, "therapist");
      for (const context of Object.values(contexts)) await context.close();
    }
    console.log(`Wrote ${written.length} screenshots:\n  ${written.join("\n  ")}`);
  } catch (error) {
    console.error(`screenshots: ${error.message}\nServer log: ${logFile}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
    await killGroup(server, "SIGTERM");
    if (!process.exitCode) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
