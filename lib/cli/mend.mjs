// `npm run mend -- <command>`: maintenance commands for whoever runs Mend.
//
//   seal-existing        seals every value written before sealing at rest (decision 014), in
//                        batches; safe to stop and run again. `npm start` runs it too.
//   rotate-key           moves every sealed value to a new data key, batch by batch, while Mend
//                        keeps serving; the old key is retired only when nothing uses it.
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
import { dataKeysFor, ensureCanary, openDatabase as openRawDatabase, refuseWrongKey, rotateKey, sealExisting } from "./sealing.mjs";

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

/** MEND_SEAL_BATCH: rows per transaction (default 200); the kill -9 test uses 1, to stop between any two rows. */
function sealBatch() {
  const batch = Number(process.env.MEND_SEAL_BATCH);
  return Number.isInteger(batch) && batch > 0 ? batch : undefined;
}

/** Seals every value written before sealing at rest (`npm start` does it too); resumable. */
async function sealExistingCommand() {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl();
  const refusal = await refuseWrongKey(url);
  if (refusal) fail(refusal);
  const db = await openRawDatabase(url);
  try {
    const ring = dataKeysFor(url);
    const sealed = await sealExisting(db, ring, { batch: sealBatch(), log: (line) => console.log(`seal-existing: ${line}`) });
    await ensureCanary(db, ring);
    console.log(`seal-existing: done, ${sealed} values sealed; nothing plain is left.`);
  } finally {
    await db.close();
  }
}

async function rotateKeyCommand() {
  const url = process.env.DATABASE_URL || defaultDatabaseUrl();
  try {
    await rotateKey(url, { batch: sealBatch() });
  } catch (error) {
    fail(error.message);
  }
}

const COMMANDS = "reset-link <email> | seal-existing | rotate-key";
const [command, ...args] = process.argv.slice(2);
if (command === "reset-link") await resetLink(args[0]);
else if (command === "seal-existing") await sealExistingCommand();
else if (command === "rotate-key") await rotateKeyCommand();
else fail(`unknown command ${command ?? "(none)"}. Commands: ${COMMANDS}`);
