// First-run setup shared by `npm start`, `npm run dev` and the e2e server.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { defaultDatabaseUrl, ensureSecret, sqlitePath } from "../local-state.mjs";

export function fail(message) {
  console.error(`\nMend cannot start: ${message}\n`);
  process.exit(1);
}

/** Sets DATABASE_URL and NEXTAUTH_SECRET for this process and its children. */
export function prepareEnvironment() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.DATABASE_URL ??= defaultDatabaseUrl();
  const file = sqlitePath(process.env.DATABASE_URL);
  if (file) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      fail(`cannot create the database folder ${path.dirname(file)} (${error.code}).`);
    }
  }
  try {
    process.env.NEXTAUTH_SECRET = ensureSecret();
  } catch (error) {
    fail(error.message);
  }
}

export function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) fail(`\`${path.basename(command)} ${args.join(" ")}\` exited with ${result.status ?? result.signal}.`);
}

/** Applies committed migrations (never `db push`): creates the database on first run, a no-op after. */
export function migrate() {
  run(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"]);
}

export const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

export function hasBuild(distDir = process.env.MEND_DIST_DIR || ".next") {
  return fs.existsSync(path.join(distDir, "BUILD_ID"));
}
