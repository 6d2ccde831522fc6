import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ROOT, TMP_DIR } from "../setup/paths";
import { AUDIT_EVENTS } from "@/lib/audit/events";

// `npm run seed:demo` at any hour of the day. It once failed between midnight and 8 pm London time:
// "today's" evening check-in, not yet happened, was moved a few minutes back into yesterday, where
// there was already one (UNIQUE CheckIn.authorId, CheckIn.localDate). `--now` fixes the moment the
// demo's history ends, so the hours can be tried one by one.

function seedAt(now: string) {
  const dataDir = path.join(TMP_DIR, `seed-demo-${process.pid}-${now.replace(/\W/g, "")}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  // The demo's own data folder: no DATABASE_URL, and not the test run's NODE_ENV.
  const env: Record<string, string | undefined> = { ...process.env, MEND_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const result = spawnSync(process.execPath, ["lib/cli/seed-demo.mjs", `--now=${now}`], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return { ...result, file: path.join(dataDir, "mend.db") };
}

describe("npm run seed:demo", () => {
  // Just after midnight in London in December (London is on UTC) and in July (an hour ahead of UTC,
  // so London's day has begun while UTC's has not ended). Each run takes ~18 s (migrations, argon2).
  it.each(["2026-12-06T00:20:00Z", "2026-07-01T23:30:00Z"])(
    "seeds a history that ends at %s, with nothing after that moment and at most one check-in a day each",
    (now) => {
      const seeded = seedAt(now);
      expect(seeded.status, seeded.stderr).toBe(0);
      const db = new Database(seeded.file, { readonly: true, fileMustExist: true });
      try {
        const latest = db.prepare('SELECT MAX(createdAt) AS at FROM "CheckIn"').get() as { at: string };
        expect(new Date(latest.at).getTime()).toBeLessThanOrEqual(new Date(now).getTime());
        const perDay = db
          .prepare('SELECT authorId, localDate, COUNT(*) AS n FROM "CheckIn" GROUP BY authorId, localDate HAVING n > 1')
          .all();
        expect(perDay).toEqual([]);
        const days = db.prepare('SELECT COUNT(DISTINCT localDate) AS n FROM "CheckIn"').get() as { n: number };
        expect(days.n).toBeGreaterThan(60);
        // Its history is the app's own: every event one the app records (lib/audit/events.ts).
        const actions = (db.prepare('SELECT DISTINCT action FROM "AuditEvent"').all() as { action: string }[]).map((r) => r.action);
        expect(actions.length).toBeGreaterThan(10);
        expect(actions.filter((action) => !Object.hasOwn(AUDIT_EVENTS, action))).toEqual([]);
      } finally {
        db.close();
      }
    },
    120_000,
  );

  it("refuses a --now that is not a moment, and changes nothing", () => {
    const seeded = seedAt("yesterday");
    expect(seeded.status).toBe(1);
    expect(seeded.stderr).toContain("--now");
    expect(fs.existsSync(seeded.file)).toBe(false);
  });
});
