import { beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import * as settingsActions from "@/app/(app)/app/settings/actions";
import * as sharingActions from "@/app/(app)/app/settings/sharing/actions";
import * as welcomeActions from "@/app/(app)/app/welcome/actions";
import * as checkInActions from "@/app/(app)/app/check-in/actions";
import * as signUpActions from "@/app/(auth)/signup/actions";
import * as inviteActions from "@/app/(auth)/invite/[token]/actions";
import { createEntry } from "@/lib/server/entries/write";
import { ENTRY_MAX_CHARS } from "@/lib/validation/entry";
import { ENTRY_NOT_FOUND } from "@/lib/validation/entry-actions";
import { db, makeCouple, makeUser, takeSafetyChecks } from "./factories";
import { startSession } from "@/lib/server/auth/sessions";
import { form, redirectOf, revalidated, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// The one way server actions are defined (lib/server/actions.ts): require, parse, handle, revalidate.

type AnyAction = (prev: unknown, form: unknown) => Promise<unknown>;
const MODULES = { stageActions, settingsActions, sharingActions, welcomeActions, signUpActions, inviteActions, checkInActions };
const everyAction = Object.values(MODULES).flatMap((module) => Object.entries(module as Record<string, AnyAction>));

/** Everything a couple owns, so "nothing written" means exactly that. */
async function snapshot() {
  const rows = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.couple.findMany({ orderBy: { id: "asc" } }),
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.invite.findMany({ orderBy: { id: "asc" } }),
    db.entry.findMany({ orderBy: { id: "asc" } }),
    db.entryResponse.findMany({ orderBy: { id: "asc" } }),
    db.stageProgress.findMany({ orderBy: { id: "asc" } }),
    db.shareLink.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return JSON.stringify(rows);
}

const statementFields = (answer: string, visibility = "partner") => ({
  kind: "accountability",
  stageSlug: "acknowledgment",
  exerciseKey: "accountability-statement",
  visibility,
  "answer-0": answer,
});

beforeEach(() => signInAs(null));

describe("every server action", () => {
  it("finds the actions it checks", () => {
    const names = everyAction.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(["createEntryAction", "markStageDoneAction", "createShareLinkAction", "signUpAction", "acceptInviteAction"]),
    );
    expect(names.length).toBeGreaterThanOrEqual(17);
  });

  it("sends a caller without a session (a therapist holds only a link) to sign in, and changes nothing", async () => {
    const { a } = await makeCouple();
    const entry = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "therapist",
      body: { answers: ["x"] },
    });
    if (!entry.ok) throw new Error("setup");
    const fields = {
      ...statementFields("Forged"),
      id: entry.data.id,
      slug: "acknowledgment",
      therapistName: "Dr. Forged",
      scope: "entries",
      name: "Forged",
      done: "true",
      step: "0",
      status: "done",
    };
    const before = await snapshot();
    signInAs(null);
    for (const [name, action] of everyAction) {
      if (name === "signUpAction" || name === "confirmSignUpAction") continue; // public: the visitor (or the mailed token) is the credential
      for (const input of [form(fields), fields, undefined]) {
        expect(await redirectOf(action(null, input)), name).toMatch(/^\/signin\?callbackUrl=/);
      }
    }
    expect(await snapshot()).toBe(before);
    expect(revalidated).toEqual([]);
  });

  it("sends a signed-in person without a couple to the welcome page from a couple's action", async () => {
    const loner = await makeUser("Lou");
    signInAs(loner);
    expect(await redirectOf(stageActions.markStageDoneAction(null, form({ slug: "acknowledgment" })))).toBe("/app/welcome");
    expect(await db.stageProgress.count({ where: { userId: loner.userId } })).toBe(0);
  });
});

describe("input that isn't what a form sends", () => {
  it("is answered with field errors, never a throw, and writes nothing", async () => {
    const { a } = await makeCouple();
    signInAs({ ...a, sessionId: await startSession(a.userId, null) });
    const before = await snapshot();
    for (const junk of [undefined, null, "text", 42, ["a", "b"], { therapistName: "Dr. Object", scope: ["progress"] }]) {
      const res = await sharingActions.createShareLinkAction(null, junk as never);
      expect(res, JSON.stringify(junk)).toMatchObject({
        ok: false,
        fieldErrors: { therapistName: [expect.any(String)], scope: [expect.any(String)] },
      });
    }
    for (const junk of [undefined, { slug: "acknowledgment" }]) {
      expect(await stageActions.markStageDoneAction(null, junk as never)).toMatchObject({
        ok: false,
        fieldErrors: { slug: [expect.any(String)] },
      });
    }
    expect(await snapshot()).toBe(before);
    expect(revalidated).toEqual([]);

    // The same actions with a real form do write, so the refusals above mean something.
    const created = await sharingActions.createShareLinkAction(
      null,
      form({ therapistName: "Dr. Lee", scope: ["progress", "entries"], expiryDays: "30" }),
    );
    expect(created).toMatchObject({ ok: true, data: { therapistName: "Dr. Lee" } });
    expect(await db.shareLink.findFirst({ where: { coupleId: a.coupleId }, select: { scope: true } })).toEqual({
      scope: '["progress","entries"]',
    });
    expect(await stageActions.markStageDoneAction(null, form({ slug: "acknowledgment" }))).toEqual({ ok: true, data: undefined });
    expect(revalidated).toEqual(["/app/settings/sharing", "/app"]);
  });
});

describe("a schema error", () => {
  it("comes back as messages for the fields at fault, and nothing is written or revalidated", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const before = await snapshot();
    expect(await stageActions.createEntryAction(null, form(statementFields("x".repeat(ENTRY_MAX_CHARS + 1))))).toEqual({
      ok: false,
      fieldErrors: { answers: [expect.stringMatching(/at most 20,000/)] },
    });
    expect(await stageActions.createEntryAction(null, form(statementFields("Fine", "everyone")))).toEqual({
      ok: false,
      fieldErrors: { visibility: ["Choose who can see this."] },
    });
    expect(await settingsActions.updateProfileAction(null, form({ name: "   ", side: "villain" }))).toEqual({
      ok: false,
      fieldErrors: { name: [expect.stringMatching(/enter your name/i)], side: [expect.any(String)] },
    });
    expect(await snapshot()).toBe(before);
    expect(revalidated).toEqual([]);
  });
});

describe("a button whose target is gone", () => {
  it("gets a message to show, not a silent no-op", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    const homework = await createEntry(a, {
      stageSlug: "professional-help",
      exerciseKey: null,
      kind: "homework",
      visibility: "partner",
      body: { text: "Read", done: false },
    });
    if (!homework.ok) throw new Error("setup");
    signInAs(a);
    expect((await stageActions.deleteEntryAction(null, form({ id: homework.data.id }))).ok).toBe(true);
    signInAs(b);
    expect(await stageActions.setHomeworkDoneAction(null, form({ id: homework.data.id, done: "true" }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: ENTRY_NOT_FOUND,
    });
    expect(await stageActions.markStageDoneAction(null, form({ slug: "../etc" }))).toMatchObject({
      ok: false,
      formError: "That stage doesn't exist.",
    });
    expect(revalidated).toEqual([]);
  });
});

describe("sign-up, the one public action", () => {
  it("creates an account for a visitor, but not for someone already signed in", async () => {
    const fields = { name: "Dana", email: `dana-${Date.now()}@example.test`, password: "long enough password" };
    signInAs(null);
    expect(await signUpActions.signUpAction(null, form(fields))).toEqual({ ok: true, data: { checkEmail: false } });
    expect(await signUpActions.signUpAction(null, form(fields))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/already registered/)] },
    });
    signInAs(await makeUser("Eli"));
    expect(await signUpActions.signUpAction(null, form({ ...fields, email: `other-${fields.email}` }))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/already signed in/),
    });
    expect(await db.user.count({ where: { email: `other-${fields.email}` } })).toBe(0);
  });
});
