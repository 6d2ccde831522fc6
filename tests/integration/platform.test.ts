import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureSecret } from "@/lib/local-state.mjs";
import { checkHealth } from "@/lib/server/health";
import { ROOT, TMP_DIR } from "../setup/paths";
import { db } from "./factories";

// The PRAGMAs are SQLite's; `npm run test:postgres` runs this file against PostgreSQL too.
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");

describe("database", () => {
  it.skipIf(!onSqlite)("runs in WAL mode with a busy timeout and full syncs", async () => {
    await db.user.count();
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5000);
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(sync?.synchronous)).toBe(2); // FULL
  });

  it("reports health after a real query", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports a reason when the database is unreachable", async () => {
    const missing = path.join(TMP_DIR, "no-such-dir", "x.db");
    const broken = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${missing}` }) });
    const health = await checkHealth({ client: broken });
    expect(health.status).toBe("error");
    expect(health).toEqual({ status: "error", db: "error", reason: "database unavailable" });
  });
});

describe("local auth secret", () => {
  it("is generated on first run, kept private, and reused", () => {
    const dir = fs.mkdtempSync(path.join(TMP_DIR, "secret-"));
    const saved = process.env.NEXTAUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    try {
      const first = ensureSecret(dir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(path.join(dir, "nextauth-secret")).mode & 0o777).toBe(0o600);
      expect(ensureSecret(dir)).toBe(first);
    } finally {
      process.env.NEXTAUTH_SECRET = saved;
    }
  });

  it("fails with a clear message when it can neither read nor create one", () => {
    const file = path.join(TMP_DIR, "not-a-folder");
    fs.writeFileSync(file, "");
    const saved = process.env.NEXTAUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    try {
      expect(() => ensureSecret(path.join(file, "data"))).toThrow(/Set NEXTAUTH_SECRET/);
    } finally {
      process.env.NEXTAUTH_SECRET = saved;
    }
  });
});

describe("npm start", () => {
  it("refuses to start, with a clear message, when it cannot keep a secret", () => {
    const blocker = path.join(TMP_DIR, "blocker-file");
    fs.writeFileSync(blocker, "");
    const env = { ...process.env, MEND_DATA_DIR: path.join(blocker, "data"), DATABASE_URL: `file:${path.join(TMP_DIR, "start.db")}` };
    delete env.NEXTAUTH_SECRET;
    const run = spawnSync(process.execPath, ["lib/cli/start.mjs"], { cwd: ROOT, env, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Mend cannot start: cannot (read|create) (the|an) auth secret .* Set NEXTAUTH_SECRET/);
  });
});

describe("migrations", () => {
  const migrate = (url: string) =>
    spawnSync(process.execPath, [path.join(ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });

  it("create the database named by DATABASE_URL, and a second run keeps every row", async () => {
    const file = path.join(TMP_DIR, "custom-place", "mend-custom.db");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const url = `file:${file}`;
    expect(migrate(url).status).toBe(0);
    expect(fs.existsSync(file)).toBe(true);

    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    await client.user.create({ data: { email: "keep@example.test", name: "Keep", passwordHash: "x" } });
    const again = migrate(url);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/No pending migrations/);
    expect(await client.user.count({ where: { email: "keep@example.test" } })).toBe(1);
    await client.$disconnect();
  });
});
