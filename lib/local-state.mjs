// Where Mend keeps local state, shared by the start scripts, prisma.config.ts and the
// app itself so all agree: the embedded SQLite file and the generated auth secret.
// Plain JS (with lib/local-state.d.mts beside it) so plain `node` scripts can import it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Folder for local state; `data/` under the working directory unless MEND_DATA_DIR says otherwise. */
export function dataDir() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEND_DATA_DIR || path.join(process.cwd(), "data"));
}

export function defaultDatabaseUrl() {
  return `file:${path.join(dataDir(), "mend.db")}`;
}

/** The filesystem path of a `file:` SQLite URL, or null for other databases. */
export function sqlitePath(url) {
  if (!url.startsWith("file:")) return null;
  return path.resolve(url.slice("file:".length));
}

/**
 * NEXTAUTH_SECRET from the environment, or one generated on first run and kept in the
 * data folder (mode 600) so sessions survive restarts. Throws a clear message when it can
 * neither read nor create one. Never committed (data/ is git-ignored).
 */
export function ensureSecret(dir = dataDir()) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dir, "nextauth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw new Error(`cannot read the auth secret at ${file} (${error.code}). Set NEXTAUTH_SECRET or fix the folder's permissions.`);
    }
  }
  const secret = crypto.randomBytes(48).toString("base64url");
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  } catch (error) {
    throw new Error(`cannot create an auth secret at ${file} (${error.code}). Set NEXTAUTH_SECRET or make ${dir} writable.`);
  }
  return secret;
}
