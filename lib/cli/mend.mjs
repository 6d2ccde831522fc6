// `npm run mend -- <command>`: maintenance commands for whoever runs Mend.
//
//   reset-link <email>   prints a one-time link (30 minutes) to choose a new password, for a
//                        Mend without mail (SMTP_URL unset): hand it to the person yourself.
//
// Writes straight to the SQLite database, as lib/server/auth/password-reset.ts does: only the
// sha256 of the token is stored.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { defaultDatabaseUrl, sqlitePath } from "../local-state.mjs";

const RESET_TTL_MINUTES = 30;

function fail(message) {
  console.error(`mend: ${message}`);
  process.exit(1);
}

function resetLink(emailArg) {
  if (!emailArg) fail("usage: npm run mend -- reset-link <email>");
  const email = emailArg.trim().toLowerCase();
  const file = sqlitePath(process.env.DATABASE_URL || defaultDatabaseUrl());
  if (!file) fail("DATABASE_URL is not a SQLite file URL.");
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    const user = db.prepare("SELECT id FROM User WHERE email = ?").get(email);
    if (!user) fail(`no account uses ${email}.`);
    const token = crypto.randomBytes(32).toString("base64url");
    const hash = crypto.createHash("sha256").update(token, "utf8").digest("hex");
    const now = Date.now();
    // As @prisma/adapter-better-sqlite3 writes DateTime columns (ISO 8601, "+00:00"), so queries compare alike.
    const at = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
    db.prepare("INSERT INTO PasswordResetToken (id, userId, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)").run(
      `cli${crypto.randomBytes(12).toString("hex")}`,
      user.id,
      hash,
      at(now),
      at(now + RESET_TTL_MINUTES * 60_000),
    );
    const base = (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
    console.log(`${base}/reset-password/${token}`);
    console.error(`Works once, for ${RESET_TTL_MINUTES} minutes. Give it to ${email} in person or over a channel you trust.`);
  } finally {
    db.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === "reset-link") resetLink(args[0]);
else fail(`unknown command ${command ?? "(none)"}. Commands: reset-link <email>`);
