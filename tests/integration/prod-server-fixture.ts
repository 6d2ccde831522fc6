import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import argon2 from "argon2";
import Database from "better-sqlite3";
import { freePort, killGroup, startServer, waitForHealth, withBuildLock, type ProdServer } from "../support/prod-server.mjs";
import { ROOT, TMP_DIR } from "../setup/paths";

// A real production server (the `.next-e2e` build, made by start.mjs when the sources changed) on a
// SQLite data folder of its own, for the test files that speak HTTP to Mend's own server
// (http-server.test.ts, workers.test.ts). The PostgreSQL run of the suite skips them.

export const PASSWORD = "a calm long password";

export type TestServer = { server: ProdServer; port: number; dataDir: string; logFile: string };

/** Starts the server with `env` on top of the usual, once it is healthy. */
export async function startTestServer(prefix: string, env: Record<string, string>): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(TMP_DIR, prefix));
  const logFile = path.join(dataDir, "server.log");
  const port = await freePort();
  // One test file at a time builds; the next finds the build current.
  const server = await withBuildLock(ROOT, ".next-e2e", async () => {
    const started = startServer({ root: ROOT, port, dataDir, distDir: ".next-e2e", logFile, env });
    try {
      await waitForHealth(started, 900_000);
    } catch (error) {
      await killGroup(started, "SIGTERM");
      throw error;
    }
    return started;
  });
  return { server, port, dataDir, logFile };
}

/**
 * A person with an account and no workspace yet, written straight into the server's database.
 * `cheap` stores a hash that is quick to check (its parameters travel in the hash), for tests that
 * sign many in at once.
 */
export async function seedAccount(dataDir: string, prefix: string, { cheap = false } = {}): Promise<string> {
  const db = new Database(path.join(dataDir, "mend.db"));
  try {
    const id = `c${crypto.randomBytes(12).toString("hex")}`;
    const email = `${prefix}-${id}@example.test`;
    const hash = await argon2.hash(
      PASSWORD,
      cheap ? { type: argon2.argon2id, memoryCost: 1_024, timeCost: 1, parallelism: 1 } : { type: argon2.argon2id },
    );
    db.prepare(`INSERT INTO "User" (id, email, name, passwordHash, updatedAt) VALUES (?, ?, 'Robin', ?, ?)`).run(
      id,
      email,
      hash,
      Date.now(),
    );
    return email;
  } finally {
    db.close();
  }
}
