// `npm run mend -- <command>`: maintenance commands for whoever runs Mend.
//
//   reset-link <email>   prints a one-time link (30 minutes) to choose a new password, for a
//                        Mend without mail (SMTP_URL unset): hand it to the person yourself.
//
// Writes straight to the database (SQLite or PostgreSQL, from DATABASE_URL), as
// lib/server/auth/password-reset.ts does: only the sha256 of the token is stored.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, defaultDatabaseUrl, sqlitePath } from "../local-state.mjs";

const RESET_TTL_MINUTES = 30;

function fail(message) {
  console.error(`mend: ${message}`);
  process.exit(1);
}

/** The two statements reset-link needs, on either database. */
async function openDatabase(url) {
  if (databaseProvider(url) === "postgresql") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      findUser: async (email) => (await client.query('SELECT id FROM "User" WHERE email = $1', [email])).rows[0],
      insertToken: (row) =>
        client.query('INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "createdAt", "expiresAt") VALUES ($1, $2, $3, $4, $5)', [
          row.id,
          row.userId,
          row.tokenHash,
          new Date(row.createdAt),
          new Date(row.expiresAt),
        ]),
      close: () => client.end(),
    };
  }
  const file = sqlitePath(url);
  if (!file) fail("DATABASE_URL is neither a SQLite file URL nor a PostgreSQL URL.");
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  // As @prisma/adapter-better-sqlite3 writes DateTime columns (ISO 8601, "+00:00"), so queries compare alike.
  const at = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
  return {
    findUser: async (email) => db.prepare("SELECT id FROM User WHERE email = ?").get(email),
    insertToken: async (row) =>
      db
        .prepare("INSERT INTO PasswordResetToken (id, userId, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)")
        .run(row.id, row.userId, row.tokenHash, at(row.createdAt), at(row.expiresAt)),
    close: async () => db.close(),
  };
}

async function resetLink(emailArg) {
  if (!emailArg) fail("usage: npm run mend -- reset-link <email>");
  const email = emailArg.trim().toLowerCase();
  const db = await openDatabase(process.env.DATABASE_URL || defaultDatabaseUrl());
  try {
    const user = await db.findUser(email);
    if (!user) fail(`no account uses ${email}.`);
    const token = crypto.randomBytes(32).toString("base64url");
    const hash = crypto.createHash("sha256").update(token, "utf8").digest("hex");
    const now = Date.now();
    await db.insertToken({
      id: `cli${crypto.randomBytes(12).toString("hex")}`,
      userId: user.id,
      tokenHash: hash,
      createdAt: now,
      expiresAt: now + RESET_TTL_MINUTES * 60_000,
    });
    const base = (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
    console.log(`${base}/reset-password/${token}`);
    console.error(`Works once, for ${RESET_TTL_MINUTES} minutes. Give it to ${email} in person or over a channel you trust.`);
  } finally {
    await db.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === "reset-link") await resetLink(args[0]);
else fail(`unknown command ${command ?? "(none)"}. Commands: reset-link <email>`);
