import { beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import { createEntry, deleteEntry, updateEntry } from "@/lib/server/entries/write";
import { entryOverview, getEntry, listReadableEntries, listStageEntries } from "@/lib/server/entries/read";
import { partnerFeed } from "@/lib/server/partner-feed";
import { getTherapistView } from "@/lib/server/share/therapist-view";
import { buildExport } from "@/lib/server/export/sections";
import { validateBody } from "@/lib/entries/kinds";
import { ONLY_ME } from "@/lib/validation/entry-actions";
import { SHARE_SECTIONS } from "@/lib/validation/share";
import type { ReadContext } from "@/lib/server/access";
import { db, makeCouple, therapistFor } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// The decision point (issue 23 §3): a partner's notes towards staying or parting are theirs alone.
// Never readable by the partner or a therapist link, whatever its scope; no way to share them, by
// the form or around it; in the author's own export; and no trace in the couple's audit trail.

const NOTES = "Some days I want to stay and some days I don't. What I need to see before I decide: the phone, the truth.";
const notes = (text = NOTES) => ({ notes: text });
const newNotes = (visibility: "private" | "partner" | "therapist" = "private", text = NOTES) =>
  ({ stageSlug: "boundaries", exerciseKey: null, kind: "decision-notes", visibility, body: notes(text) }) as const;

/** Every way a reader can come across an entry, as one string to search. */
async function everythingReadable(ctx: ReadContext) {
  const reads: unknown[] = [await listStageEntries(ctx, "boundaries"), await listReadableEntries(ctx), (await entryOverview(ctx)).counts];
  if (ctx.kind === "partner") reads.push(await partnerFeed(ctx, 50), await buildExport(ctx));
  else reads.push(await getTherapistView(ctx));
  return JSON.stringify(reads);
}

beforeEach(() => signInAs(null));

describe("private notes on the decision", () => {
  it("are read by their author only: never by the partner, nor by a therapist link with every section", async () => {
    const { a, b } = await makeCouple();
    const therapist = await therapistFor(a, [...SHARE_SECTIONS]);
    const created = await createEntry(a, newNotes());
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";

    expect((await listStageEntries(a, "boundaries")).map((e) => e.id)).toEqual([id]);
    expect(await getEntry(a, id)).toMatchObject({ id, kind: "decision-notes", visibility: "private" });
    expect(await everythingReadable(a)).toContain("the phone, the truth");
    // In the author's own export, and in no one else's.
    expect(JSON.stringify(await buildExport(a))).toContain("the phone, the truth");

    for (const reader of [b, therapist]) {
      expect(await getEntry(reader, id)).toBeNull();
      const seen = await everythingReadable(reader);
      expect(seen).not.toContain("the phone, the truth");
      expect(seen).not.toContain(id);
      expect(seen).not.toContain("decision-notes");
    }
    // Nor can the partner change, delete or answer it.
    expect(await updateEntry(b, id, { visibility: "private", body: () => ({ ok: true, data: notes("Mine now") }) })).toMatchObject({
      ok: false,
    });
    expect(await deleteEntry(b, id)).toMatchObject({ ok: false });
    await expect(createEntry(therapist, newNotes())).rejects.toThrow(/read-only/);
    expect(await db.entry.findUniqueOrThrow({ where: { id }, select: { body: true, deletedAt: true } })).toEqual({
      body: JSON.stringify(notes()),
      deletedAt: null,
    });
  });

  it("can't be shared: another visibility is refused with a field error, on create and on edit, and nothing changes", async () => {
    const { a, b } = await makeCouple();
    for (const visibility of ["partner", "therapist"] as const) {
      expect(await createEntry(a, newNotes(visibility))).toEqual({ ok: false, fieldErrors: { visibility: [ONLY_ME] } });
    }
    expect(await db.entry.count({ where: { coupleId: a.coupleId } })).toBe(0);

    const created = await createEntry(a, newNotes());
    const id = created.ok ? created.data.id : "";
    for (const visibility of ["partner", "therapist"] as const) {
      expect(await updateEntry(a, id, { visibility, body: () => ({ ok: true, data: notes("Shared?") }) })).toEqual({
        ok: false,
        fieldErrors: { visibility: [ONLY_ME] },
      });
    }
    expect(await db.entry.findUniqueOrThrow({ where: { id }, select: { visibility: true, body: true } })).toEqual({
      visibility: "private",
      body: JSON.stringify(notes()),
    });
    expect(await getEntry(b, id)).toBeNull();

    // The same through the stage actions, as a hand-made form would send it.
    signInAs(a);
    const fields = { kind: "decision-notes", stageSlug: "boundaries", exerciseKey: "", notes: "Through the form" };
    expect(await stageActions.createEntryAction(null, form({ ...fields, visibility: "partner" }))).toEqual({
      ok: false,
      fieldErrors: { visibility: [ONLY_ME] },
    });
    expect(await stageActions.updateEntryAction(null, form({ id, visibility: "therapist", notes: "Edited" }))).toEqual({
      ok: false,
      fieldErrors: { visibility: [ONLY_ME] },
    });
    expect(await stageActions.createEntryAction(null, form({ ...fields, visibility: "private" }))).toMatchObject({ ok: true });
    expect(await stageActions.updateEntryAction(null, form({ id, visibility: "private", notes: "Edited" }))).toMatchObject({ ok: true });
    expect((await listStageEntries(b, "boundaries")).filter((e) => e.kind === "decision-notes")).toEqual([]);
  });

  it("bad input gets a field error and stores nothing; the notes belong to the end of the journey only", async () => {
    const bad = validateBody("decision-notes", notes("   "));
    expect(bad).toEqual({ ok: false, fieldErrors: { notes: [expect.stringMatching(/Enter your notes/)] } });
    const long = validateBody("decision-notes", notes("x".repeat(10_001)));
    expect(long).toEqual({ ok: false, fieldErrors: { notes: [expect.stringMatching(/at most 10,000/)] } });
    const { a } = await makeCouple();
    signInAs(a);
    expect(
      await stageActions.createEntryAction(
        null,
        form({ kind: "decision-notes", stageSlug: "boundaries", exerciseKey: "", visibility: "private", notes: "ok\u0000" }),
      ),
    ).toEqual({ ok: false, fieldErrors: { notes: [expect.stringMatching(/control character/)] } });
    expect(await createEntry(a, { ...newNotes(), stageSlug: "patience" })).toMatchObject({ ok: false });
    expect(await db.entry.count({ where: { coupleId: a.coupleId } })).toBe(0);
  });

  it("leave no line in the couple's audit trail: not written, not edited, not deleted", async () => {
    const { a } = await makeCouple();
    const events = () => db.auditEvent.count({ where: { coupleId: a.coupleId } });
    const before = await events();
    const created = await createEntry(a, newNotes());
    const id = created.ok ? created.data.id : "";
    expect(await updateEntry(a, id, { visibility: "private", body: () => ({ ok: true, data: notes("Later") }) })).toMatchObject({
      ok: true,
    });
    expect(await deleteEntry(a, id)).toMatchObject({ ok: true });
    expect(await events()).toBe(before);
    // Deleted means gone: the words are wiped from the row.
    expect(await db.entry.findUniqueOrThrow({ where: { id }, select: { body: true } })).toEqual({ body: "{}" });
    // Other entries still leave their line, so the count above means something.
    await createEntry(a, {
      stageSlug: "boundaries",
      exerciseKey: null,
      kind: "relapse-plan",
      visibility: "private",
      body: { warningSigns: "x", wallsAndWindows: "y", whenASignShows: "z" },
    });
    expect(await events()).toBe(before + 1);
  });
});
