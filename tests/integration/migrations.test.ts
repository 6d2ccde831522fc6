import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ROOT } from "../setup/paths";

const migration = (name: string) => fs.readFileSync(path.join(ROOT, "prisma", "migrations", name, "migration.sql"), "utf8");

describe("migration 20261125190000_membership_seat", () => {
  it("gives existing members their seats in joining order, even a couple the old code let grow past two", () => {
    const db = new Database(":memory:");
    db.exec(migration("20261125000000_init"));
    db.exec(`
      INSERT INTO User (id, email, name, passwordHash, updatedAt) VALUES
        ('u1', 'a@x', 'A', 'h', 0), ('u2', 'b@x', 'B', 'h', 0), ('u3', 'c@x', 'C', 'h', 0), ('u4', 'd@x', 'D', 'h', 0);
      INSERT INTO Couple (id, name, updatedAt) VALUES ('c1', 'Three', 0), ('c2', 'One', 0);
      INSERT INTO Membership (id, userId, coupleId, side, joinedAt) VALUES
        ('m2', 'u2', 'c1', 'hurt', 2000), ('m1', 'u1', 'c1', 'involved', 1000), ('m3', 'u3', 'c2', 'unsaid', 500), ('m4', 'u4', 'c1', 'unsaid', 3000);
    `);
    db.exec(migration("20261125190000_membership_seat"));
    expect(db.prepare("SELECT id, coupleId, side, seat FROM Membership ORDER BY id").all()).toEqual([
      { id: "m1", coupleId: "c1", side: "involved", seat: 1 },
      { id: "m2", coupleId: "c1", side: "hurt", seat: 2 },
      { id: "m3", coupleId: "c2", side: "unsaid", seat: 1 },
      { id: "m4", coupleId: "c1", side: "unsaid", seat: 3 },
    ]);
    expect(() => db.prepare("INSERT INTO Membership (id, userId, coupleId, seat) VALUES ('m5', 'u3', 'c2', 1)").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
