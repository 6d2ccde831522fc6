import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { BASE_DB, ROOT, TMP_DIR } from "./paths";

/** Builds one database through the committed migrations; each test file copies it. */
export default function setup() {
  fs.rmSync(TMP_DIR, { recursive: true, force: true });
  fs.mkdirSync(TMP_DIR, { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}` },
    stdio: "pipe",
  });
  return () => fs.rmSync(TMP_DIR, { recursive: true, force: true });
}
