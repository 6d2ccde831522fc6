import { beforeEach, describe, expect, it, vi } from "vitest";
import * as stageActions from "@/app/(app)/app/stages/actions";
import * as commitmentActions from "@/app/(app)/app/commitments/actions";
import { requirePartner, type PartnerContext, type UserContext } from "@/lib/server/access";
import { startSession } from "@/lib/server/auth/sessions";
import { setBreach } from "@/lib/server/couples/couple";
import { createEntry } from "@/lib/server/entries/write";
import { listStageEntries } from "@/lib/server/entries/read";
import { logCommitment, reviewCommitmentLog, startCommitment } from "@/lib/server/commitments/write";
import { listCommitments, startedCommitments } from "@/lib/server/commitments/read";
import { keptRate } from "@/lib/commitments/kept-rate";
import { COMMITMENT_STARTERS } from "@/lib/commitments/starters";
import { EXERCISE_NOT_SHOWN } from "@/lib/validation/entry-actions";
import { COMMITMENT_MESSAGES } from "@/lib/validation/commitment";
import { db, makeCouple, takeSafetyChecks } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 20 §2: affair-only steps on stage 1, shown and accepted only when the couple said an affair happened.

async function signedIn(user: Pick<UserContext, "userId" | "name" | "email">): Promise<PartnerContext> {
  signInAs({ ...user, sessionId: await startSession(user.userId, null) });
  return requirePartner();
}

const finalMessage = (text: string) => ({
  stageSlug: "acknowledgment",
  exerciseKey: "final-message",
  kind: "final-message" as const,
  visibility: "partner" as const,
  body: { answers: [text, ""] },
});

const entriesOf = (coupleId: string) => db.entry.count({ where: { coupleId } });

describe("affair-only exercises", () => {
  it("are refused for a couple whose breach is money, unset or rather not say, with a form error and nothing written", async () => {
    const { coupleId, a } = await makeCouple();
    for (const breach of [null, "unsaid", "money", "lies"] as const) {
      await setBreach(a, breach);
      expect(await createEntry(a, finalMessage("It's over.")), String(breach)).toEqual({
        ok: false,
        fieldErrors: {},
        formError: EXERCISE_NOT_SHOWN,
      });
    }
    // Through the action the person uses, too.
    await signedIn(a);
    const res = await stageActions.createEntryAction(
      null,
      form({
        stageSlug: "acknowledgment",
        exerciseKey: "unavoidable-contact",
        kind: "prompt",
        visibility: "partner",
        "answer-0": "At work",
      }),
    );
    expect(res).toMatchObject({ ok: false, formError: EXERCISE_NOT_SHOWN });
    expect(await entriesOf(coupleId)).toBe(0);
    // Exercises for every couple still save.
    const statement = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "partner",
      body: { answers: ["What I did."] },
    });
    expect(statement.ok).toBe(true);
  });

  it("save for an affair couple; the partner reads the draft final message before it is sent", async () => {
    const { a, b } = await makeCouple();
    await setBreach(b, "affair-emotional");
    const saved = await createEntry(a, finalMessage("This is my last message. There will be no more contact."));
    expect(saved.ok).toBe(true);
    const plan = await createEntry(a, {
      stageSlug: "acknowledgment",
      exerciseKey: "unavoidable-contact",
      kind: "prompt",
      visibility: "partner",
      body: { answers: ["At work, in one weekly meeting."] },
    });
    expect(plan.ok).toBe(true);
    const seen = await listStageEntries(b, "acknowledgment");
    const draft = seen.find((e) => e.exerciseKey === "final-message");
    expect(draft?.authorId).toBe(a.userId);
    expect(JSON.stringify(draft?.body)).toContain("There will be no more contact.");
  });
});

describe("the report-contact commitment", () => {
  it("is made once per partner, however often it is clicked", async () => {
    const { coupleId, a, b } = await makeCouple();
    await setBreach(a, "affair-physical");
    await signedIn(a);
    const first = await commitmentActions.startCommitmentAction(null, form({ starter: "report-contact", timeZone: "Europe/London" }));
    const second = await commitmentActions.startCommitmentAction(null, form({ starter: "report-contact", timeZone: "Europe/London" }));
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    expect(second).toMatchObject({ ok: true, data: { created: false } });
    // Two racing at once still make one.
    const raced = await Promise.all([
      startCommitment(b, { starter: "report-contact", timeZone: "UTC" }),
      startCommitment(b, { starter: "report-contact", timeZone: "UTC" }),
    ]);
    expect(raced.every((r) => r.ok)).toBe(true);
    const rows = await db.commitment.findMany({ where: { coupleId }, select: { ownerId: true, starter: true, what: true, cadence: true } });
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.ownerId === a.userId)).toEqual([
      { ownerId: a.userId, starter: "report-contact", what: COMMITMENT_STARTERS["report-contact"].what, cadence: "as-needed" },
    ]);
    expect((await startedCommitments(b)).map((s) => s.starter)).toEqual(["report-contact", "report-contact"]);
  });

  it("isn't made for a couple who hasn't said an affair happened", async () => {
    const { coupleId, a } = await makeCouple();
    expect(await startCommitment(a, { starter: "report-contact", timeZone: "UTC" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: COMMITMENT_MESSAGES.starterNotOffered,
    });
    await setBreach(a, "money");
    expect((await startCommitment(a, { starter: "report-contact", timeZone: "UTC" })).ok).toBe(false);
    await signedIn(a);
    expect(await commitmentActions.startCommitmentAction(null, form({ starter: "tracking-app", timeZone: "UTC" }))).toMatchObject({
      ok: false,
      fieldErrors: { starter: [expect.any(String)] },
    });
    expect(await db.commitment.count({ where: { coupleId } })).toBe(0);
  });

  it("is a real commitment: its confirmed logs count in the kept-rate stage 4 shows", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    await setBreach(a, "affair-online");
    const made = await startCommitment(a, { starter: "report-contact", timeZone: "UTC" });
    if (!made.ok) throw new Error("setup");
    const log = await logCommitment(a, { id: made.data.id, outcome: "kept", note: "A message at work; I told you that evening." });
    if (!log.ok) throw new Error("setup");
    expect((await reviewCommitmentLog(b, { id: log.data.id, verdict: "confirmed", note: "" })).ok).toBe(true);

    // Stage 4 reads listCommitments; its rates come from lib/commitments/kept-rate.ts.
    const shown = (await listCommitments(b)).find((c) => c.id === made.data.id)!;
    expect(shown.rate4).toMatchObject({ kept: 1, counted: 1, rate: 1 });
    const rateLogs = shown.logs.map((l) => ({ localDate: l.localDate, outcome: l.outcome, verdict: l.review?.verdict ?? null }));
    expect(keptRate(rateLogs, { today: shown.today, weeks: 4 })).toEqual(shown.rate4);
  });
});
