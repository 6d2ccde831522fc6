import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PartnerContext } from "@/lib/server/access";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { updateProfile } from "@/lib/server/couples/couple";
import { deleteAccount, leaveCouple } from "@/lib/server/departure/leave";
import { createEntry, deleteEntry, respondToEntry } from "@/lib/server/entries/write";
import { SEALED_PREFIX } from "@/lib/crypto/seal.mjs";
import { db, makeCouple } from "./factories";

// Issue 21, point 9: what is erased leaves no copy on disk. Without `secure_delete` SQLite only marks
// a deleted row's space as free, and with WAL the old page stays in the -wal file until a checkpoint:
// the words could be read back from the files long after Mend said they were gone. These tests read
// every byte of the database's files, as someone holding the disk would.
const file = process.env.DATABASE_URL!.startsWith("file:") ? process.env.DATABASE_URL!.slice("file:".length) : null;

/** The names of this database's files (the database, -wal, -shm, -journal) that hold `marker`. */
function filesHolding(marker: string): string[] {
  const dir = path.dirname(file!);
  const needle = Buffer.from(marker, "utf8");
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(path.basename(file!)))
    .filter((name) => fs.readFileSync(path.join(dir, name)).includes(needle));
}

const newMarker = (what: string) => `ERASED-${what}-${crypto.randomBytes(6).toString("hex")}`;
const today = () => new Date().toISOString().slice(0, 10);

async function writeEntry(ctx: PartnerContext, visibility: "private" | "partner", text: string) {
  const created = await createEntry(ctx, {
    stageSlug: "self-work",
    exerciseKey: "root-causes",
    kind: "reflection",
    visibility,
    body: { answers: [text] },
  });
  if (!created.ok) throw new Error("could not write an entry");
  return created.data.id;
}

/** `a` writes a private entry, a shared one, a check-in note and a response to `b`'s entry, each holding `marker`. */
async function writeEverywhere(marker: string) {
  const { a, b } = await makeCouple();
  const named = { ...a, name: `Alex ${marker}` };
  await updateProfile(a, { name: named.name, side: "involved" });
  await writeEntry(a, "private", `${marker} private`);
  await writeEntry(a, "partner", `${marker} shared`);
  await saveCheckIn(a, {
    localDate: today(),
    trust: 3,
    closeness: 3,
    mood: "calm",
    timeZone: "UTC",
    note: `${marker} note`,
    noteVisibility: "private",
  });
  const theirs = await createEntry(b, {
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "partner",
    body: { answers: ["Sam's own statement"] },
  });
  if (!theirs.ok) throw new Error("could not write an entry");
  const responded = await respondToEntry(a, { entryId: theirs.data.id, verdict: "not-yet", questions: `${marker} response` });
  if (!responded.ok) throw new Error("could not respond");
  return { a: named, b };
}

describe.skipIf(!file)("erased means erased on disk", () => {
  it("runs every connection with secure_delete on", async () => {
    const [row] = await db.$queryRawUnsafe<{ secure_delete: bigint | number }[]>("PRAGMA secure_delete");
    expect(Number(row?.secure_delete)).toBe(1);
  });

  it("an erased entry's text is in no byte of the database's files", async () => {
    const marker = newMarker("entry");
    const { a } = await makeCouple();
    const id = await writeEntry(a, "partner", `${marker} what I wrote`);
    // Sealed at rest (decision 014): the words never reach the disk; their sealed form does, until erased.
    const [row] = await db.$queryRaw<{ body: string }[]>`SELECT "body" FROM "Entry" WHERE "id" = ${id}`;
    const stored = row!.body;
    expect(stored.startsWith(SEALED_PREFIX)).toBe(true);
    expect(filesHolding(marker)).toEqual([]);
    expect(filesHolding(stored).length).toBeGreaterThan(0); // the search can find it

    expect((await deleteEntry(a, id)).ok).toBe(true);
    expect(filesHolding(stored)).toEqual([]);
    expect(filesHolding(marker)).toEqual([]);
  });

  it("after deleting an account with 'delete what I shared', none of the person's words or name are on disk", async () => {
    const marker = newMarker("account");
    const { a } = await writeEverywhere(marker);
    expect(filesHolding(marker).length).toBeGreaterThan(0);

    expect((await deleteAccount(a, { shared: "delete" })).ok).toBe(true);
    expect(filesHolding(marker)).toEqual([]);
  });

  it("after leaving with 'delete what I shared', none of the person's words are on disk", async () => {
    const marker = newMarker("leave");
    const { a } = await writeEverywhere(marker);
    // Leaving keeps the account: only the words go, so the name is left out of the search.
    await updateProfile(a, { name: "Alex", side: "involved" });
    expect(filesHolding(marker).length).toBeGreaterThan(0);

    expect((await leaveCouple(a, { shared: "delete" })).ok).toBe(true);
    expect(filesHolding(marker)).toEqual([]);
  });
});
