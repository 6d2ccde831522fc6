import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BASE_DB, TMP_DIR } from "./paths";

// Runs before each test file: a private copy of the migrated database, so files are
// isolated and can run in parallel against a real SQLite file.
const file = path.join(TMP_DIR, `test-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);
fs.copyFileSync(BASE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NEXTAUTH_SECRET ??= "test-secret-" + "x".repeat(40);
process.env.MEND_DATA_DIR = TMP_DIR;
