import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { PartnerContext, TherapistContext } from "@/lib/server/access";
import { getAgreement, listAgreements } from "@/lib/server/agreements/read";
import {
  acceptVersion,
  amendAgreement,
  answerRetirement,
  declineVersion,
  proposeAgreement,
  reaffirmAgreement,
  requestRetirement,
} from "@/lib/server/agreements/write";
import { createCommitment, logCommitment, reviewCommitmentLog } from "@/lib/server/commitments/write";
import { listCommitments } from "@/lib/server/commitments/read";
import { partnerFeed } from "@/lib/server/partner-feed";
import { proposeAgreementAction } from "@/app/(app)/app/agreements/actions";
import { AGREEMENT_MESSAGES as M, type AgreementDraft } from "@/lib/validation/agreement";
import { COMMITMENT_MESSAGES } from "@/lib/validation/commitment";
import { db, makeCouple, takeSafetyChecks } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

const draft = (over: Partial<AgreementDraft> = {}): AgreementDraft => ({
  title: "Phones at dinner",
  text: "We leave our phones in the hall during dinner.",
  category: "communication",
  scope: "",
  reviewAt: null,
  endsAt: null,
  ...over,
});

async function proposed(ctx: PartnerContext, over: Partial<AgreementDraft> = {}) {
  const res = await proposeAgreement(ctx, draft(over));
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data.id;
}

/** Every history row of the couple, as stored. */
async function history(coupleId: string) {
  const versions = await db.agreementVersion.findMany({ where: { coupleId }, orderBy: [{ agreementId: "asc" }, { number: "asc" }] });
  const decisions = await db.agreementDecision.findMany({ where: { coupleId }, orderBy: { id: "asc" } });
  return { versions, decisions };
}
const stateOf = (id: string) =>
  db.agreement.findUniqueOrThrow({
    where: { id },
    select: { status: true, head: true, activeVersion: true, pendingVersion: true, retireRequestedBy: true },
  });

describe("the rules of the game: proposed → active → amended → retired", () => {
  it("an agreement is active only when the other partner accepts; an amendment leaves the active version in force until accepted", async () => {
    const { a, b, coupleId } = await makeCouple();
    const id = await proposed(a);
    expect(await stateOf(id)).toMatchObject({ status: "proposed", activeVersion: null, pendingVersion: 1 });

    // Needs the other partner: A can't accept A's own proposal, and nothing changes.
    const before = await history(coupleId);
    expect(await acceptVersion(a, { id, version: 1 })).toMatchObject({ ok: false, formError: M.ownProposal });
    expect(await history(coupleId)).toEqual(before);
    expect(await stateOf(id)).toMatchObject({ status: "proposed", activeVersion: null });

    expect(await acceptVersion(b, { id, version: 1 })).toEqual({ ok: true, data: undefined });
    expect(await stateOf(id)).toMatchObject({ status: "active", activeVersion: 1, pendingVersion: null });
    // Double click: the second accept is refused and writes no second decision.
    expect(await acceptVersion(b, { id, version: 1 })).toMatchObject({ ok: false, formError: M.notPending });
    expect((await history(coupleId)).decisions).toHaveLength(1);

    // B amends; version 1 stays in force until A accepts.
    const amended = await amendAgreement(b, {
      ...draft({ text: "We leave our phones in the hall during dinner and at bedtime." }),
      id,
      basedOn: 1,
    });
    expect(amended).toEqual({ ok: true, data: { version: 2 } });
    expect(await stateOf(id)).toMatchObject({ status: "active", activeVersion: 1, pendingVersion: 2, head: 2 });
    expect(await acceptVersion(a, { id, version: 2 })).toMatchObject({ ok: true });
    expect(await stateOf(id)).toMatchObject({ status: "active", activeVersion: 2, pendingVersion: null });

    // Retiring needs both.
    expect(await answerRetirement(b, { id, agree: true })).toMatchObject({ ok: false, formError: M.noRetireRequest });
    expect(await requestRetirement(a, { id })).toMatchObject({ ok: true });
    expect(await requestRetirement(a, { id })).toMatchObject({ ok: false, formError: M.alreadyRetireRequested });
    expect(await answerRetirement(a, { id, agree: true })).toMatchObject({ ok: false, formError: M.ownRetireRequest });
    expect(await stateOf(id)).toMatchObject({ status: "active" });
    expect(await answerRetirement(b, { id, agree: true })).toMatchObject({ ok: true });
    expect(await stateOf(id)).toMatchObject({ status: "retired" });

    // A retired agreement can't be retired, amended or accepted again; nothing changes.
    const settled = await history(coupleId);
    expect(await requestRetirement(b, { id })).toMatchObject({ ok: false, formError: M.retired });
    expect(await amendAgreement(a, { ...draft(), id, basedOn: 2 })).toMatchObject({ ok: false, formError: M.retired });
    expect(await acceptVersion(b, { id, version: 2 })).toMatchObject({ ok: false, formError: M.retired });
    expect(await history(coupleId)).toEqual(settled);

    // The timeline holds every version and decision in order, with a word diff for version 2.
    const view = await getAgreement(a, id);
    expect(view?.timeline.map((t) => (t.type === "version" ? `v${t.version.number}` : t.action))).toEqual([
      "v1",
      "accepted",
      "v2",
      "accepted",
      "retire-requested",
      "retired",
    ]);
    const v2 = view?.timeline.find((t) => t.type === "version" && t.version.number === 2);
    expect(v2?.type === "version" && v2.diff?.text.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["and at bedtime"]);
  });

  it("declines carry a reason; a counter-proposal replaces the waiting version, which can then no longer be accepted", async () => {
    const { a, b } = await makeCouple();
    const id = await proposed(a);
    expect(await declineVersion(a, { id, version: 1, reason: "x" })).toMatchObject({ ok: false, formError: M.ownProposal });
    // B counters A's proposal instead of answering it.
    expect(await amendAgreement(b, { ...draft({ text: "Phones away at dinner on weekdays." }), id, basedOn: 1 })).toMatchObject({
      ok: true,
    });
    const counter = await db.agreementVersion.findFirstOrThrow({ where: { agreementId: id, number: 2 } });
    expect(counter).toMatchObject({ kind: "counter", basedOn: 1, proposedBy: b.userId });
    // Accepting the superseded version 1 is refused.
    expect(await acceptVersion(b, { id, version: 1 })).toMatchObject({ ok: false });
    expect(await stateOf(id)).toMatchObject({ status: "proposed", pendingVersion: 2, activeVersion: null });
    // A declines the counter with a reason.
    expect(await declineVersion(a, { id, version: 2, reason: "Weekends matter most to me." })).toMatchObject({ ok: true });
    expect(await stateOf(id)).toMatchObject({ status: "declined", pendingVersion: null });
    const decision = await db.agreementDecision.findFirstOrThrow({ where: { agreementId: id, action: "declined" } });
    expect(decision).toMatchObject({ reason: "Weekends matter most to me.", actorId: a.userId, versionNumber: 2 });
  });

  it("two partners amending from the same version at once: exactly one wins, the other gets the conflict, no gap in the history", async () => {
    const { a, b, coupleId } = await makeCouple();
    const id = await proposed(a);
    await acceptVersion(b, { id, version: 1 });
    const results = await Promise.all([
      amendAgreement(a, { ...draft({ text: "A's wording" }), id, basedOn: 1 }),
      amendAgreement(b, { ...draft({ text: "B's wording" }), id, basedOn: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: {}, formError: M.conflict }]);
    const versions = (await history(coupleId)).versions.filter((v) => v.agreementId === id);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(await stateOf(id)).toMatchObject({ head: 2, pendingVersion: 2, activeVersion: 1 });
    // The loser builds on the newer version and succeeds.
    const loser = results[0]!.ok ? b : a;
    expect(await amendAgreement(loser, { ...draft({ text: "Merged wording" }), id, basedOn: 2 })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
  });

  it("a due review needs both partners to reaffirm, then moves on", async () => {
    const { a, b } = await makeCouple();
    const id = await proposed(a, { reviewAt: new Date("2026-01-10T12:00:00Z") });
    await acceptVersion(b, { id, version: 1 });
    const now = new Date("2026-01-11T09:00:00Z");
    expect((await listAgreements(a, now))[0]?.due).toBe(true);
    expect(await reaffirmAgreement(a, { id }, now)).toMatchObject({ ok: true, data: { both: false } });
    expect(await reaffirmAgreement(a, { id }, now)).toMatchObject({ ok: false, formError: M.alreadyReaffirmed });
    expect(await reaffirmAgreement(b, { id }, now)).toMatchObject({ ok: true, data: { both: true } });
    expect((await listAgreements(a, now))[0]?.due).toBe(false);
    expect(await reaffirmAgreement(a, { id }, now)).toMatchObject({ ok: false, formError: M.notDue });
  });

  it("another couple and a therapist context are refused, and nothing changes", async () => {
    const { a, b, coupleId } = await makeCouple();
    const other = await makeCouple(["Ola", "Pia"]);
    const id = await proposed(a);
    const before = await history(coupleId);
    expect(await acceptVersion(other.b, { id, version: 1 })).toMatchObject({ ok: false });
    expect(await amendAgreement(other.a, { ...draft(), id, basedOn: 1 })).toMatchObject({ ok: false });
    expect(await declineVersion(other.a, { id, version: 1, reason: "no" })).toMatchObject({ ok: false });
    expect(await requestRetirement(other.a, { id })).toMatchObject({ ok: false });
    expect(await getAgreement(other.a, id)).toBeNull();
    const therapist: TherapistContext = { kind: "therapist", coupleId, shareLinkId: "x", scope: ["agreements"] };
    await expect(acceptVersion(therapist, { id, version: 1 })).rejects.toThrow(/read-only/);
    expect(await history(coupleId)).toEqual(before);
    expect(await stateOf(id)).toMatchObject({ status: "proposed" });
    // A therapist sees only agreements in force, and nothing without the scope.
    expect(await listAgreements(therapist)).toEqual([]);
    await acceptVersion(b, { id, version: 1 });
    expect(await listAgreements(therapist)).toHaveLength(1);
    expect(await listAgreements({ ...therapist, scope: ["progress"] })).toEqual([]);
  });

  it("titles and texts have limits and transparency needs a scope and a date: field errors, nothing stored", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    signInAs(a);
    const tooLong = await proposeAgreementAction(null, form({ title: "x".repeat(121), text: "", category: "money" }));
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: { title: [expect.stringMatching(/too long/)], text: [expect.stringMatching(/Enter/)] },
    });
    const transparency = await proposeAgreementAction(
      null,
      form({ title: "Open phone", text: "Phone stays unlocked on the table.", category: "transparency" }),
    );
    expect(transparency).toMatchObject({ ok: false, fieldErrors: { scope: [expect.any(String)], reviewAt: [expect.any(String)] } });
    expect(await db.agreement.count({ where: { coupleId } })).toBe(0);
    const okay = await proposeAgreementAction(
      null,
      form({
        title: "Open phone",
        text: "Phone stays face-up on the table at home.",
        category: "transparency",
        scope: "Only at home, only the lock screen.",
        endsAt: "2027-03-01",
      }),
    );
    expect(okay).toMatchObject({ ok: true });
  });

  it("proposals, acceptances, declines, amendments, retirements and disputes reach the partner's activity and the audit trail", async () => {
    const { a, b, coupleId } = await makeCouple();
    const id = await proposed(a);
    await acceptVersion(b, { id, version: 1 });
    await amendAgreement(b, { ...draft({ text: "Changed" }), id, basedOn: 1 });
    await declineVersion(a, { id, version: 2, reason: "Not yet" });
    await requestRetirement(b, { id });
    await answerRetirement(a, { id, agree: true });
    const c = await createCommitment(a, { what: "Text if I'm late", cadence: "as-needed", timeZone: "UTC" });
    if (!c.ok) throw new Error();
    const log = await logCommitment(a, { id: c.data.id, outcome: "kept", note: "" });
    if (!log.ok) throw new Error();
    await reviewCommitmentLog(b, { id: log.data.id, verdict: "disputed", note: "I remember it differently" });
    const actions = (await db.auditEvent.findMany({ where: { coupleId }, select: { action: true } })).map((e) => e.action);
    for (const action of [
      "agreement.proposed",
      "agreement.accepted",
      "agreement.amended",
      "agreement.declined",
      "agreement.retire-requested",
      "agreement.retired",
      "commitment.disputed",
    ])
      expect(actions).toContain(action);
    const seenByA = await partnerFeed(a, 20);
    expect(seenByA.filter((i) => i.type === "agreement").map((i) => i.type === "agreement" && i.action)).toEqual(
      expect.arrayContaining(["accepted", "amended", "retire-requested"]),
    );
    expect(seenByA.some((i) => i.type === "commitment" && i.action === "disputed")).toBe(true);
    const seenByB = await partnerFeed(b, 20);
    expect(seenByB.filter((i) => i.type === "agreement").map((i) => i.type === "agreement" && i.action)).toEqual(
      expect.arrayContaining(["proposed", "declined", "retired"]),
    );
  });
});

describe("commitments", () => {
  it("only the owner logs; only the other partner confirms, once; another couple and a therapist are refused", async () => {
    const { a, b, coupleId } = await makeCouple();
    const other = await makeCouple(["Ola", "Pia"]);
    const c = await createCommitment(a, { what: "Phone face-up at home", cadence: "daily", timeZone: "Europe/Berlin" });
    if (!c.ok) throw new Error();
    expect(await logCommitment(b, { id: c.data.id, outcome: "kept", note: "" })).toMatchObject({
      ok: false,
      formError: COMMITMENT_MESSAGES.notOwner,
    });
    expect(await logCommitment(other.a, { id: c.data.id, outcome: "kept", note: "" })).toMatchObject({ ok: false });
    const log = await logCommitment(a, { id: c.data.id, outcome: "kept", note: "All evening" });
    if (!log.ok) throw new Error();
    expect(await logCommitment(a, { id: c.data.id, outcome: "kept", note: "" })).toMatchObject({
      ok: false,
      formError: COMMITMENT_MESSAGES.dailyDone,
    });
    expect(await reviewCommitmentLog(a, { id: log.data.id, verdict: "confirmed", note: "" })).toMatchObject({
      ok: false,
      formError: COMMITMENT_MESSAGES.ownLog,
    });
    expect(await reviewCommitmentLog(other.b, { id: log.data.id, verdict: "confirmed", note: "" })).toMatchObject({ ok: false });
    const therapist: TherapistContext = { kind: "therapist", coupleId, shareLinkId: "x", scope: ["commitments"] };
    await expect(reviewCommitmentLog(therapist, { id: log.data.id, verdict: "confirmed", note: "" })).rejects.toThrow(/read-only/);
    expect(await db.commitmentReview.count({ where: { coupleId } })).toBe(0);
    // Double click: two confirmations at once, exactly one stored.
    const both = await Promise.all([
      reviewCommitmentLog(b, { id: log.data.id, verdict: "confirmed", note: "" }),
      reviewCommitmentLog(b, { id: log.data.id, verdict: "confirmed", note: "" }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.commitmentReview.count({ where: { coupleId } })).toBe(1);
    const [view] = await listCommitments(b);
    expect(view?.rate4).toMatchObject({ rate: 1, kept: 1, counted: 1 });
    expect(await listCommitments({ ...therapist, scope: ["entries"] })).toEqual([]);
  });

  it("logs are dated in the owner's time zone: late Sunday evening in Los Angeles belongs to that week, not the next", async () => {
    const { a, b } = await makeCouple();
    const c = await createCommitment(a, { what: "Home by eleven", cadence: "as-needed", timeZone: "America/Los_Angeles" });
    if (!c.ok) throw new Error();
    // Monday 2026-11-23 06:30 UTC is Sunday 22:30 in Los Angeles.
    const sunday = await logCommitment(a, { id: c.data.id, outcome: "kept", note: "" }, new Date("2026-11-23T06:30:00Z"));
    // Monday 2026-11-23 20:00 UTC is Monday noon there.
    const monday = await logCommitment(a, { id: c.data.id, outcome: "missed", note: "" }, new Date("2026-11-23T20:00:00Z"));
    if (!sunday.ok || !monday.ok) throw new Error();
    await reviewCommitmentLog(b, { id: sunday.data.id, verdict: "confirmed", note: "" });
    const logs = await db.commitmentLog.findMany({
      where: { commitmentId: c.data.id },
      orderBy: { createdAt: "asc" },
      select: { localDate: true },
    });
    expect(logs.map((l) => l.localDate)).toEqual(["2026-11-22", "2026-11-23"]);
    const [view] = await listCommitments(a, new Date("2026-11-24T18:00:00Z"));
    const weeks = view!.rate4.buckets;
    expect(weeks.map((w) => w.start)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weeks[2]).toMatchObject({ kept: 1, counted: 1 });
    expect(weeks[3]).toMatchObject({ kept: 0, counted: 1 });
    expect(view!.rate4.rate).toBe(0.5);
  });
});

describe("history is immutable", () => {
  const HISTORY_MODELS = ["agreementVersion", "agreementDecision", "commitmentLog", "commitmentReview"];

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === "generated" ? [] : sourceFiles(full);
      return /\.tsx?$/.test(d.name) ? [full] : [];
    });
  }

  it("no code in lib/ or app/ updates, upserts or deletes a history row", () => {
    const root = path.resolve(__dirname, "..", "..");
    const pattern = new RegExp(`\\.(${HISTORY_MODELS.join("|")})\\s*\\.\\s*(update|updateMany|upsert|delete|deleteMany)\\b`);
    // The one exception: erasure. A person who deletes their account (or leaves choosing "delete what
    // I shared") has their own history rows deleted, never updated (issue 13).
    const ERASURE = path.join(root, "lib", "server", "departure", "leave.ts");
    const edits = new RegExp(`\\.(${HISTORY_MODELS.join("|")})\\s*\\.\\s*(update|updateMany|upsert)\\b`);
    const offenders = [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))].filter((f) =>
      (f === ERASURE ? edits : pattern).test(fs.readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
    // The scan can fail: it catches a write written the usual way.
    expect(pattern.test("await tx.agreementVersion.updateMany({ where })")).toBe(true);
    expect(pattern.test("db.commitmentReview\n  .delete({ where })")).toBe(true);
  });

  it("a whole life of an agreement only ever appends: every earlier history row stays exactly as it was", async () => {
    const { a, b, coupleId } = await makeCouple();
    const snapshots: Awaited<ReturnType<typeof history>>[] = [];
    const step = async (run: () => Promise<unknown>) => {
      await run();
      snapshots.push(await history(coupleId));
    };
    const id = await proposed(a);
    snapshots.push(await history(coupleId));
    await step(() => amendAgreement(b, { ...draft({ text: "Counter" }), id, basedOn: 1 }));
    await step(() => acceptVersion(a, { id, version: 2 }));
    await step(() => amendAgreement(a, { ...draft({ text: "Amended" }), id, basedOn: 2 }));
    await step(() => declineVersion(b, { id, version: 3, reason: "Not this" }));
    await step(() => acceptVersion(b, { id, version: 3 }));
    await step(() => requestRetirement(a, { id }));
    await step(() => answerRetirement(b, { id, agree: true }));
    for (let i = 1; i < snapshots.length; i++) {
      const [prev, next] = [snapshots[i - 1]!, snapshots[i]!];
      expect(next.versions.slice(0, prev.versions.length)).toEqual(prev.versions);
      for (const d of prev.decisions) expect(next.decisions).toContainEqual(d);
    }
    expect(snapshots.at(-1)!.versions).toHaveLength(3);
  });

  it("the database itself refuses to rewrite a version", async () => {
    const { a } = await makeCouple();
    const id = await proposed(a);
    // Same SQL on both databases: SQLite's trigger and PostgreSQL's (prisma/postgres/migrations) refuse it.
    await expect(db.$executeRawUnsafe(`UPDATE "AgreementVersion" SET "text" = 'rewritten' WHERE "agreementId" = '${id}'`)).rejects.toThrow(
      /immutable/,
    );
    expect((await db.agreementVersion.findFirstOrThrow({ where: { agreementId: id } })).text).toBe(draft().text);
  });
});
