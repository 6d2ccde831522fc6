import { describe, expect, it, vi } from "vitest";
import type { PartnerContext, TherapistContext } from "@/lib/server/access";
import { getEntry, listReadableEntries, listStageEntries } from "@/lib/server/entries/read";
import {
  createEntry,
  deleteEntry,
  respondToEntry,
  setActivityStatus,
  setGoalStepDone,
  setHomeworkDone,
  updateEntry,
  type EntryUpdate,
} from "@/lib/server/entries/write";
import { createEntryAction, respondAction, setActivityStatusAction } from "@/app/(app)/app/stages/actions";
import { bodyFromForm, validateBody } from "@/lib/entries/kinds";
import type { Visibility } from "@/lib/entries/labels";
import { ENTRY_MAX_CHARS } from "@/lib/validation/entry";
import { db, makeCouple } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

function statement(ctx: PartnerContext, visibility: Visibility, text = "I lied about where I was.") {
  return createEntry(ctx, {
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility,
    body: { answers: [text, "", "", ""] },
  });
}

/** The statement form as the stage page sends it, through the real action. */
function submitStatement(ctx: PartnerContext, fields: Record<string, string>) {
  signInAs(ctx);
  return createEntryAction(
    null,
    form({
      kind: "accountability",
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      visibility: "private",
      ...fields,
    }),
  );
}

/** A ready body for updateEntry, as the action parses it. */
const parsedBody =
  (data: { answers: string[] }): EntryUpdate["body"] =>
  () => ({ ok: true, data });
/** The edit form's body, built and parsed against the stored entry the way updateEntryAction does it. */
const editBody =
  (submitted: FormData): EntryUpdate["body"] =>
  (kind, previous) =>
    validateBody(kind, bodyFromForm(kind, submitted, previous));

async function idOf(result: Awaited<ReturnType<typeof createEntry>>) {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const therapist = (coupleId: string, scope: TherapistContext["scope"] = ["progress", "entries"]): TherapistContext => ({
  kind: "therapist",
  coupleId,
  shareLinkId: "link",
  scope,
});

describe("entry visibility matrix", () => {
  it("lets each reader see exactly what the entry's visibility allows", async () => {
    const { a, b, coupleId } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const ids = {
      private: await idOf(await statement(a, "private")),
      partner: await idOf(await statement(a, "partner")),
      therapist: await idOf(await statement(a, "therapist")),
    };
    const readers = {
      author: a,
      partner: b,
      "other couple": other.a,
      "therapist link": therapist(coupleId),
      "other couple's therapist": therapist(other.coupleId),
    } as const;
    const expected: Record<keyof typeof readers, Visibility[]> = {
      author: ["private", "partner", "therapist"],
      partner: ["partner", "therapist"],
      "other couple": [],
      "therapist link": ["therapist"],
      "other couple's therapist": [],
    };
    for (const [name, reader] of Object.entries(readers) as [keyof typeof readers, (typeof readers)[keyof typeof readers]][]) {
      for (const visibility of ["private", "partner", "therapist"] as const) {
        const seen = Boolean(await getEntry(reader, ids[visibility]));
        expect({ reader: name, visibility, seen }).toEqual({ reader: name, visibility, seen: expected[name].includes(visibility) });
      }
      const listed = (await listStageEntries(reader, "acknowledgment")).map((e) => e.visibility).sort();
      expect({ reader: name, listed }).toEqual({ reader: name, listed: [...expected[name]].sort() });
      const all = (await listReadableEntries(reader)).map((e) => e.visibility).sort();
      expect(all).toEqual([...expected[name]].sort());
    }
  });

  it("shows a therapist link no entries when its scope leaves entries out", async () => {
    const { a, coupleId } = await makeCouple();
    await statement(a, "therapist");
    expect(await listReadableEntries(therapist(coupleId, ["progress"]))).toEqual([]);
  });

  it("never shows a deleted entry", async () => {
    const { a, b } = await makeCouple();
    const id = await idOf(await statement(a, "partner"));
    expect((await deleteEntry(a, id)).ok).toBe(true);
    expect(await getEntry(a, id)).toBeNull();
    expect(await getEntry(b, id)).toBeNull();
  });
});

describe("writing entries", () => {
  it("lets only the author edit or delete, and answers 'not found' to anyone else", async () => {
    const { a, b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const id = await idOf(await statement(a, "partner", "original"));
    for (const intruder of [b, other.a]) {
      expect(await updateEntry(intruder, id, { body: parsedBody({ answers: ["hacked"] }), visibility: "partner" })).toMatchObject({
        ok: false,
      });
      expect(await deleteEntry(intruder, id)).toMatchObject({ ok: false });
    }
    const row = await db.entry.findUniqueOrThrow({ where: { id } });
    expect(JSON.parse(row.body).answers[0]).toBe("original");
    expect(row.deletedAt).toBeNull();

    expect(await updateEntry(a, id, { body: parsedBody({ answers: ["revised", "", "", ""] }), visibility: "private" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await getEntry(b, id)).toBeNull();
  });

  it("records every change of who can read an entry in the couple's history, without the text", async () => {
    const { a, coupleId } = await makeCouple();
    const id = await idOf(await statement(a, "private", "a private first draft"));
    const edit = (visibility: "private" | "partner" | "therapist", answer: string) =>
      updateEntry(a, id, { body: parsedBody({ answers: [answer, "", "", ""] }), visibility });
    expect((await edit("private", "still private")).ok).toBe(true);
    expect((await edit("partner", "now shared")).ok).toBe(true);
    expect((await edit("partner", "shared, reworded")).ok).toBe(true);
    expect((await edit("therapist", "for the therapist too")).ok).toBe(true);
    expect((await edit("private", "taken back")).ok).toBe(true);
    const events = await db.auditEvent.findMany({ where: { coupleId, action: "entry.visibility" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.subject])).toEqual([
      [a.userId, `${id} private>partner`],
      [a.userId, `${id} partner>therapist`],
      [a.userId, `${id} therapist>private`],
    ]);
    // A refused edit (someone else's entry) records nothing.
    const other = await makeCouple(["Jo", "Kim"]);
    await updateEntry(other.a, id, { body: parsedBody({ answers: ["x"] }), visibility: "partner" });
    expect(await db.auditEvent.count({ where: { coupleId, action: "entry.visibility" } })).toBe(3);
  });

  it("refuses a therapist context for every write, at run time", async () => {
    const { a, coupleId } = await makeCouple();
    const id = await idOf(await statement(a, "therapist"));
    const t = therapist(coupleId);
    await expect(
      createEntry(t, {
        stageSlug: "acknowledgment",
        exerciseKey: "accountability-statement",
        kind: "accountability",
        visibility: "therapist",
        body: { answers: ["x"] },
      }),
    ).rejects.toThrow(/read-only/);
    await expect(updateEntry(t, id, { body: parsedBody({ answers: ["x"] }), visibility: "therapist" })).rejects.toThrow(/read-only/);
    await expect(deleteEntry(t, id)).rejects.toThrow(/read-only/);
    await expect(respondToEntry(t, { entryId: id, verdict: "heard", questions: "" })).rejects.toThrow(/read-only/);
  });

  it("rejects bodies over 20,000 characters with a clear message and stores nothing", async () => {
    const { a } = await makeCouple();
    const before = await db.entry.count();
    const tooLong = await submitStatement(a, { "answer-0": "x".repeat(ENTRY_MAX_CHARS + 1) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { answers: [expect.stringMatching(/at most 20,000/)] } });
    const spread = await submitStatement(a, {
      "answer-0": "y".repeat(15_000),
      "answer-1": "z".repeat(15_000),
      "answer-2": "",
      "answer-3": "",
    });
    expect(spread).toMatchObject({ ok: false, fieldErrors: { answers: [expect.stringMatching(/together/)] } });
    expect(await db.entry.count()).toBe(before);
    expect((await submitStatement(a, { "answer-0": "x".repeat(ENTRY_MAX_CHARS) })).ok).toBe(true);
  });

  it("rejects empty answers, unknown exercises, wrong kinds and bad visibility", async () => {
    const { a } = await makeCouple();
    expect(await submitStatement(a, { "answer-0": "   " })).toMatchObject({
      ok: false,
      fieldErrors: { answers: [expect.stringMatching(/at least one/)] },
    });
    const bad = (over: Record<string, string>) => submitStatement(a, { "answer-0": "x", ...over });
    expect(await bad({ stageSlug: "nope" })).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await bad({ exerciseKey: "nope" })).toMatchObject({ ok: false });
    expect(await bad({ kind: "letter" })).toMatchObject({ ok: false });
    expect(await bad({ kind: "sonnet" })).toMatchObject({ ok: false });
    expect(await bad({ visibility: "everyone" })).toMatchObject({ ok: false, fieldErrors: { visibility: expect.any(Array) } });
    expect(await db.entry.count({ where: { authorId: a.userId } })).toBe(0);
  });

  it("stores markup as plain text (escaped when rendered)", async () => {
    const { a, b } = await makeCouple();
    const payload = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
    const id = await idOf(await statement(a, "partner", payload));
    expect((await getEntry(b, id))?.body).toEqual({ answers: [payload, "", "", ""] });
  });
});

describe("responses and shared tools", () => {
  it("lets the partner answer a shared statement, but not their own or a private one", async () => {
    const { a, b } = await makeCouple();
    const shared = await idOf(await statement(a, "partner"));
    const hidden = await idOf(await statement(a, "private"));
    expect(await respondToEntry(b, { entryId: shared, verdict: "heard", questions: "Thank you." })).toEqual({ ok: true, data: undefined });
    expect(await respondToEntry(a, { entryId: shared, verdict: "heard", questions: "" })).toMatchObject({ ok: false });
    expect(await respondToEntry(b, { entryId: hidden, verdict: "heard", questions: "" })).toMatchObject({ ok: false });
    signInAs(b);
    expect(await respondAction(null, form({ entryId: shared, verdict: "maybe" }))).toMatchObject({
      ok: false,
      fieldErrors: { verdict: expect.any(Array) },
    });
    const seen = await getEntry(a, shared);
    expect(seen?.responses).toEqual([expect.objectContaining({ verdict: "heard", questions: "Thank you.", authorName: "Sam" })]);
  });

  it("lets either partner tick shared homework, and only the author tick goal steps", async () => {
    const { a, b } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const hw = await idOf(
      await createEntry(a, {
        stageSlug: "professional-help",
        exerciseKey: null,
        kind: "homework",
        visibility: "partner",
        body: { text: "Daily check-in", done: false },
      }),
    );
    expect((await setHomeworkDone(b, hw, true)).ok).toBe(true);
    expect((await getEntry(a, hw))?.body).toMatchObject({ done: true, doneBy: b.userId });
    expect((await setHomeworkDone(other.a, hw, false)).ok).toBe(false);

    const goal = await idOf(
      await createEntry(a, {
        stageSlug: "self-work",
        exerciseKey: null,
        kind: "goal",
        visibility: "partner",
        body: { title: "Pause before answering", steps: [{ text: "Count to five", done: false }] },
      }),
    );
    expect((await setGoalStepDone(b, goal, 0, true)).ok).toBe(false);
    expect((await setGoalStepDone(a, goal, 0, true)).ok).toBe(true);
    expect((await setGoalStepDone(a, goal, 5, true)).ok).toBe(false);
    expect((await getEntry(b, goal))?.body).toMatchObject({ steps: [{ text: "Count to five", done: true }] });
  });

  it("rejects dates that don't exist", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const memory = (date: string) =>
      createEntryAction(null, form({ stageSlug: "new-memories", kind: "memory", visibility: "partner", title: "Picnic", text: "", date }));
    expect(await memory("2026-02-31")).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringMatching(/doesn't exist/)] } });
    expect((await memory("2028-02-29")).ok).toBe(true);
  });

  it("takes responses on accountability statements only", async () => {
    const { a, b } = await makeCouple();
    const note = await idOf(
      await createEntry(a, {
        stageSlug: "new-memories",
        exerciseKey: null,
        kind: "gratitude",
        visibility: "partner",
        body: { text: "Thanks" },
      }),
    );
    expect(await respondToEntry(b, { entryId: note, verdict: "heard", questions: "" })).toMatchObject({ ok: false });
  });

  it("only accepts tools on the stage that offers them", async () => {
    const { a } = await makeCouple();
    const res = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: null,
      kind: "homework",
      visibility: "partner",
      body: { text: "x", done: false },
    });
    expect(res).toMatchObject({ ok: false });
  });
});

describe("two people, one entry, at the same moment", () => {
  const homeworkForm = (text: string) => {
    const form = new FormData();
    form.set("text", text);
    return form;
  };

  it("keeps the partner's homework tick when the author saves an edit at the same time", async () => {
    const { a, b } = await makeCouple();
    for (let round = 0; round < 5; round++) {
      const hw = await idOf(
        await createEntry(a, {
          stageSlug: "professional-help",
          exerciseKey: null,
          kind: "homework",
          visibility: "partner",
          body: { text: "Read chapter 3", done: false },
        }),
      );
      // A opened the edit form before B ticked; both save at once, in either order.
      const tick = () => setHomeworkDone(b, hw, true);
      const edit = () => updateEntry(a, hw, { body: editBody(homeworkForm(`Read chapter ${round + 4}`)), visibility: "partner" });
      const results = await Promise.all(round % 2 ? [tick(), edit()] : [edit(), tick()]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect((await getEntry(a, hw))?.body).toEqual({ text: `Read chapter ${round + 4}`, done: true, doneBy: b.userId });
    }
  });

  it("moves an activity along without undoing an edit saved at the same moment", async () => {
    const { a } = await makeCouple();
    const id = await idOf(
      await createEntry(a, {
        stageSlug: "new-memories",
        exerciseKey: null,
        kind: "activity",
        visibility: "partner",
        body: { title: "Picnic", status: "idea" },
      }),
    );
    const edited = form({ title: "Picnic by the lake", plannedFor: "2027-05-01" });
    const [edit, moved] = await Promise.all([
      updateEntry(a, id, { body: editBody(edited), visibility: "partner" }),
      setActivityStatus(a, id, "planned"),
    ]);
    expect(edit.ok && moved.ok).toBe(true);
    expect((await getEntry(a, id))?.body).toEqual({ title: "Picnic by the lake", status: "planned", plannedFor: "2027-05-01" });
  });

  it("lets only the author move an activity, and only to a known status", async () => {
    const { a, b } = await makeCouple();
    const id = await idOf(
      await createEntry(a, {
        stageSlug: "new-memories",
        exerciseKey: null,
        kind: "activity",
        visibility: "partner",
        body: { title: "Picnic", status: "idea" },
      }),
    );
    expect(await setActivityStatus(b, id, "done")).toMatchObject({ ok: false });
    signInAs(a);
    expect(await setActivityStatusAction(null, form({ id, status: "finished" }))).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.any(Array) },
    });
    expect((await getEntry(a, id))?.body).toMatchObject({ status: "idea" });
  });

  it("never keeps a response to an entry its author erases at the same moment", async () => {
    const { a, b } = await makeCouple();
    for (let round = 0; round < 5; round++) {
      const id = await idOf(await statement(a, "partner", `Round ${round}`));
      const [, erased] = await Promise.all([
        respondToEntry(b, { entryId: id, verdict: "not-yet", questions: "Why then?" }),
        deleteEntry(a, id),
      ]);
      expect(erased.ok).toBe(true);
      // Whichever came first, no words of the answer outlive the entry.
      expect(await db.entryResponse.count({ where: { entryId: id } })).toBe(0);
    }
  });
});

describe("deleting an entry", () => {
  it("erases its text and the partner's responses from the database at once", async () => {
    const { a, b } = await makeCouple();
    const id = await idOf(await statement(a, "partner", "A sentence only I should be able to erase"));
    expect((await respondToEntry(b, { entryId: id, verdict: "not-yet", questions: "Why then?" })).ok).toBe(true);
    expect((await deleteEntry(a, id)).ok).toBe(true);
    const row = await db.entry.findUnique({ where: { id }, select: { body: true, deletedAt: true } });
    expect(row?.deletedAt).not.toBeNull();
    expect(row?.body).not.toContain("erase");
    expect(await db.entryResponse.count({ where: { entryId: id } })).toBe(0);
    // Deleting again, or someone else's entry, changes nothing and says so.
    expect(await deleteEntry(a, id)).toMatchObject({ ok: false });
  });
});
