import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/server/db";
import type { PartnerContext, UserContext } from "@/lib/server/access";
import { hashPassword } from "@/lib/server/auth/password";
import { issueResetToken } from "@/lib/server/auth/password-reset";
import { startSession } from "@/lib/server/auth/sessions";
import { newToken } from "@/lib/server/tokens";
import { createCouple } from "@/lib/server/couples/couple";
import { acceptInvite, issueInvite } from "@/lib/server/couples/invites";
import { createEntry } from "@/lib/server/entries/write";
import { acceptVersion, proposeAgreement, requestRetirement } from "@/lib/server/agreements/write";
import { createCommitment, logCommitment } from "@/lib/server/commitments/write";
import { createShareLink, revokeShareLink } from "@/lib/server/share/links";
import { PASSWORD, takeSafetyChecks } from "./factories";
import { SAFETY_ALL_NO } from "@/lib/validation/safety";
import { askQuestion } from "@/lib/server/questions/write";
import { logTrigger } from "@/lib/server/triggers/write";
import { acceptTalk, addFollowUp, scheduleTalk, startTalk } from "@/lib/server/talks/write";

// Every server action, what a valid form for it looks like, and who may do what with it.
// tests/integration/authz-matrix.test.ts walks app/**/actions.ts and fails on an action without a
// row here; tests/integration/fuzz.test.ts mutates the same forms.

/** The roles of the matrix. */
export const ROLES = ["anonymous", "therapist", "revoked", "a", "b", "otherCouple"] as const;
export type Role = (typeof ROLES)[number];

/**
 * - `signin`: redirected to /signin (no session)
 * - `ok`: `{ ok: true }`
 * - `refused`: `{ ok: false }` — the caller is told why, nothing of couple 1 changes
 * - `redirect`: a redirect somewhere other than sign-in
 * - `own-couple`: `{ ok: true }`, but acting on the caller's own workspace: couple 1 is unchanged
 */
export type Outcome = "signin" | "ok" | "refused" | "redirect" | "own-couple";

/** A marker written into couple 1's private and shared texts; no one outside couple 1 may see it. */
export const MARKER = "MARKER-couple-one-7f3a";

export const NEW_PASSWORD = "a kettle that sings off-key";

type Person = UserContext & { sessionId: string };
type Partner = PartnerContext & { sessionId: string };

/** Couple 1 (A, B) with a target for every form, couple 2 (C, alone), and D (no couple, a reset token). */
export type Fixture = Awaited<ReturnType<typeof makeFixture>>;

let hash: Promise<string> | undefined;

/** A user row with one precomputed argon2 hash (of PASSWORD), and a live session. */
async function fastUser(name: string): Promise<Person> {
  const passwordHash = await (hash ??= hashPassword(PASSWORD));
  const email = `${name.toLowerCase()}-${crypto.randomBytes(5).toString("hex")}@example.test`;
  const user = await db.user.create({ data: { name, email, passwordHash }, select: { id: true } });
  const sessionId = await startSession(user.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0");
  return { kind: "user", userId: user.id, name, email, sessionId };
}

function must<T>(result: { ok: true; data: T } | { ok: false }, what: string): T {
  if (!result.ok) throw new Error(`fixture: ${what}: ${JSON.stringify(result)}`);
  return result.data;
}

const draft = (title: string) => ({
  title,
  text: `${title}. ${MARKER}`,
  category: "communication" as const,
  scope: "",
  reviewAt: null,
  endsAt: null,
});

/** A talk's day and time, `days` from now (always in the future, in UTC). */
const talkAt = (days: number) => ({ date: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10), time: "10:00" });

export async function makeFixture() {
  const [ua, ub, uc, d] = [await fastUser("Alex"), await fastUser("Sam"), await fastUser("Cory"), await fastUser("Dee")];
  // Couple 1 has said an affair happened, so the affair-only steps (a one-click commitment) are open to it.
  const c1 = await createCouple(ua, { name: "Alex & Sam", side: "involved", breach: "affair-physical" });
  if (!c1.ok) throw new Error("fixture: couple 1");
  const a: Partner = { ...ua, kind: "partner", coupleId: c1.coupleId, side: "involved" };
  const invite = await issueInvite(a);
  if (!invite || !(await acceptInvite(ub, invite.token)).ok) throw new Error("fixture: B joins");
  const b: Partner = { ...ub, kind: "partner", coupleId: c1.coupleId, side: "unsaid" };
  const c2 = await createCouple(uc, { name: "Cory", side: "hurt" });
  if (!c2.ok) throw new Error("fixture: couple 2");
  const c: Partner = { ...uc, kind: "partner", coupleId: c2.coupleId, side: "hurt" };
  // Couple 2 waits for its second partner: an open invite (nobody in the fixture may take it).
  const cInvite = await issueInvite(c);
  if (!cInvite) throw new Error("fixture: C's invite");
  // Joint actions need each partner's recent private safety check (all "no" here).
  await takeSafetyChecks(a, b, c);

  const entry = (input: Parameters<typeof createEntry>[1]) => createEntry(a, input).then((r) => must(r, input.kind).id);
  const statement = await entry({
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "partner",
    body: { answers: [`What happened. ${MARKER}`] },
  });
  const privateReflection = await entry({
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "private",
    body: { answers: [`Private. ${MARKER}`] },
  });
  const homework = await entry({
    stageSlug: "professional-help",
    exerciseKey: null,
    kind: "homework",
    visibility: "partner",
    body: { text: `Read chapter two ${MARKER}`, done: false },
  });
  const goal = await entry({
    stageSlug: "self-work",
    exerciseKey: null,
    kind: "goal",
    visibility: "partner",
    body: { title: `Listen ${MARKER}`, steps: [{ text: "Pause before answering", done: false }] },
  });
  const activity = await entry({
    stageSlug: "new-memories",
    exerciseKey: null,
    kind: "activity",
    visibility: "partner",
    body: { title: `Walk by the river ${MARKER}`, status: "idea" },
  });

  const agreement = async (title: string) => must(await proposeAgreement(a, draft(title)), title).id;
  const proposed = await agreement("Proposed by A");
  const active = await agreement("Active");
  must(await acceptVersion(b, { id: active, version: 1 }), "accept active");
  const retiring = await agreement("Retiring");
  must(await acceptVersion(b, { id: retiring, version: 1 }), "accept retiring");
  must(await requestRetirement(a, { id: retiring }), "retire request");
  const due = await agreement("Due for review");
  must(await acceptVersion(b, { id: due, version: 1 }), "accept due");
  await db.agreement.updateMany({ where: { id: due, coupleId: a.coupleId }, data: { reviewAt: new Date(Date.now() - 86_400_000) } });

  const commitment = must(
    await createCommitment(a, { what: `Text if late ${MARKER}`, cadence: "as-needed", timeZone: "UTC" }),
    "commitment",
  ).id;
  const log = must(await logCommitment(a, { id: commitment, outcome: "kept", note: "" }), "log").id;

  const share = must(
    await createShareLink(a, { therapistName: "Dr. Lee", scope: ["progress", "entries", "agreements"], expiryDays: 30 }),
    "link",
  );
  const revokedShare = must(await createShareLink(a, { therapistName: "Dr. Gone", scope: ["progress"], expiryDays: 30 }), "link 2");
  const links = await db.shareLink.findMany({ where: { coupleId: a.coupleId }, select: { id: true, therapistName: true } });
  const shareId = links.find((l) => l.therapistName === "Dr. Lee")!.id;
  must(await revokeShareLink(a, links.find((l) => l.therapistName === "Dr. Gone")!.id), "revoke link 2");

  // Couple 2's own rows, whose ids the fuzz suite sends in A's forms.
  const theirs = {
    entry: must(
      await createEntry(c, {
        stageSlug: "self-work",
        exerciseKey: null,
        kind: "goal",
        visibility: "partner",
        body: { title: "Theirs", steps: [{ text: "One", done: false }] },
      }),
      "C's goal",
    ).id,
    agreement: must(await proposeAgreement(c, draft("Theirs")), "C's agreement").id,
    commitment: must(await createCommitment(c, { what: "Theirs", cadence: "as-needed", timeZone: "UTC" }), "C's commitment").id,
  };
  const theirLog = must(await logCommitment(c, { id: theirs.commitment, outcome: "kept", note: "" }), "C's log").id;
  must(await createShareLink(c, { therapistName: "Dr. Theirs", scope: ["progress"], expiryDays: 30 }), "C's link");
  const theirLink = (await db.shareLink.findFirstOrThrow({ where: { coupleId: c.coupleId }, select: { id: true } })).id;

  // The talking-it-through tools: B's question for A, B's trigger for A to answer; talks A proposed (waiting
  // for B), agreed, and live with a follow-up.
  const question = must(await askQuestion(b, { text: `What did you tell yourself? ${MARKER}`, repeatOf: null }), "B's question").id;
  const trigger = must(
    await logTrigger(b, { what: `A song in the car ${MARKER}`, intensity: 3, note: "", noteVisibility: "private", timeZone: "UTC" }),
    "B's trigger",
  ).id;
  const talk = (days: number) =>
    scheduleTalk(a, { template: "", topic: `Weekends ${MARKER}`, recurEveryDays: 0, ...talkAt(days), timeZone: "UTC", minutes: 30 }).then(
      (r) => must(r, "a talk").id,
    );
  const proposedTalk = await talk(3);
  const agreedTalk = await talk(5);
  await acceptTalk(b, { id: agreedTalk });
  const liveTalk = await talk(7);
  await acceptTalk(b, { id: liveTalk });
  await startTalk(a, { id: liveTalk });
  const followUp = must(await addFollowUp(a, { id: liveTalk, text: `Plan a walk ${MARKER}` }), "a follow-up").id;
  // A "state of us" that repeats every two weeks, agreed: either partner may stop it repeating.
  const repeatingTalk = must(
    await scheduleTalk(a, {
      template: "state-of-us",
      topic: "State of us",
      recurEveryDays: 14,
      ...talkAt(9),
      timeZone: "UTC",
      minutes: 30,
    }),
    "a repeating talk",
  ).id;
  await acceptTalk(b, { id: repeatingTalk });

  const reset = await issueResetToken(d.email);
  if (!reset) throw new Error("fixture: reset token");
  // A sign-up waiting for its mailed link (decision 007): the token is the credential.
  const signUp = newToken();
  await db.signUpRequest.create({
    data: {
      email: `pending-${crypto.randomBytes(5).toString("hex")}@example.test`,
      name: "Pending",
      passwordHash: "unused",
      tokenHash: signUp.hash,
      expiresAt: new Date(Date.now() + 30 * 60_000),
    },
  });

  return {
    a,
    b,
    c,
    d,
    coupleId: a.coupleId,
    otherCoupleId: c.coupleId,
    statement,
    privateReflection,
    homework,
    goal,
    activity,
    proposed,
    active,
    retiring,
    due,
    commitment,
    log,
    shareId,
    shareToken: share.token,
    revokedShareToken: revokedShare.token,
    inviteToken: cInvite.token,
    resetToken: reset.token,
    question,
    trigger,
    proposedTalk,
    agreedTalk,
    liveTalk,
    repeatingTalk,
    followUp,
    signUpToken: signUp.token,
    today: new Date().toISOString().slice(0, 10),
    /** Ids of couple 2's rows (and C's session): never reachable through A's calls. */
    otherIds: [...Object.values(theirs), theirLog, theirLink, c.sessionId, c.coupleId, c.userId],
  };
}

export type Fields = Record<string, string | string[]>;

export type CatalogueRow = {
  form: (fx: Fixture) => Fields;
  expect: Record<Role, Outcome>;
  /** Why neither A nor B can succeed with this form, when that is the case. */
  why?: string;
  /** Hashes a password with argon2 on success: the fuzz suite runs it only a few dozen times. */
  heavy?: boolean;
};

// Outcomes shared by many rows. A therapist and a revoked-link holder have no session: at the
// action layer they are visitors who happen to carry a share token (the matrix puts it in the
// form), which grants nothing there.
const visitors = { anonymous: "signin", therapist: "signin", revoked: "signin" } as const;
/** A partner action any partner may do, on their own workspace. */
const both = { ...visitors, a: "ok", b: "ok", otherCouple: "own-couple" } as const;
/** A partner action on one of couple 1's rows: the other couple's partner finds nothing. */
const onTarget = (a: Outcome, b: Outcome) => ({ ...visitors, a, b, otherCouple: "refused" }) as const;

const agreementDraft = { title: "Phones stay on the table", text: "At dinner, both phones stay face up.", category: "communication" };

export const ACTION_CATALOGUE: Record<string, CatalogueRow> = {
  // app/(app)/app/agreements/actions.ts
  proposeAgreementAction: { form: () => agreementDraft, expect: both },
  amendAgreementAction: { form: (fx) => ({ ...agreementDraft, id: fx.active, basedOn: "1" }), expect: onTarget("ok", "ok") },
  acceptVersionAction: { form: (fx) => ({ id: fx.proposed, version: "1" }), expect: onTarget("refused", "ok") },
  declineVersionAction: { form: (fx) => ({ id: fx.proposed, version: "1", reason: "Not yet" }), expect: onTarget("refused", "ok") },
  requestRetirementAction: { form: (fx) => ({ id: fx.active }), expect: onTarget("ok", "ok") },
  agreeRetirementAction: { form: (fx) => ({ id: fx.retiring }), expect: onTarget("refused", "ok") },
  keepAgreementAction: { form: (fx) => ({ id: fx.retiring, reason: "It still helps" }), expect: onTarget("refused", "ok") },
  reaffirmAgreementAction: { form: (fx) => ({ id: fx.due }), expect: onTarget("ok", "ok") },

  // app/(app)/app/check-in/actions.ts
  saveCheckInAction: {
    form: (fx) => ({
      localDate: fx.today,
      trust: "6",
      closeness: "5",
      mood: "hopeful",
      note: "",
      noteVisibility: "private",
      timeZone: "UTC",
    }),
    expect: both,
  },
  updateCheckInPrefsAction: { form: () => ({ timeZone: "Europe/Berlin", reminderHour: "20", reminderEmail: "on" }), expect: both },

  // app/(app)/app/commitments/actions.ts
  createCommitmentAction: { form: () => ({ what: "Text when I'm running late", cadence: "daily", timeZone: "UTC" }), expect: both },
  startCommitmentAction: {
    form: () => ({ starter: "report-contact", timeZone: "UTC" }),
    expect: { ...visitors, a: "ok", b: "ok", otherCouple: "refused" },
    why: "couple 2 hasn't said an affair happened, so the starter isn't offered to it",
  },
  logCommitmentAction: { form: (fx) => ({ id: fx.commitment, outcome: "kept" }), expect: onTarget("ok", "refused") },
  reviewCommitmentLogAction: { form: (fx) => ({ id: fx.log, verdict: "confirmed" }), expect: onTarget("refused", "ok") },

  // app/(app)/app/settings/actions.ts
  issueInviteAction: {
    form: () => ({}),
    expect: { ...visitors, a: "refused", b: "refused", otherCouple: "own-couple" },
    why: "couple 1 already has two partners; couple 2 (one partner) shows the action works",
  },
  revokeInviteAction: { form: () => ({}), expect: both },
  updateProfileAction: { form: () => ({ name: "New Name", side: "hurt" }), expect: both },
  updateMailPrefsAction: { form: () => ({ reviewEmail: "true" }), expect: both },
  setBreachAction: { form: () => ({ breach: "money" }), expect: both },
  signOutEverywhereAction: { form: () => ({}), expect: both },
  endSessionAction: { form: (fx) => ({ id: fx.a.sessionId }), expect: onTarget("ok", "refused") },
  endOtherSessionsAction: { form: () => ({}), expect: both },
  dismissSignInNoticesAction: { form: () => ({}), expect: both },

  // app/(app)/app/settings/intake/actions.ts — each partner's own answers, on their own workspace.
  saveIntakeAction: { form: () => ({ whoKnows: "My sister", commitment: "7", hopes: "To be honest with each other" }), expect: both },

  // app/(app)/app/start/actions.ts — each partner's own setting up; "done" is accepted once finished.
  setOnboardingStepAction: { form: () => ({ step: "done" }), expect: both },

  // app/(app)/app/talks/actions.ts — a proposal waits for B: A can neither accept it nor move it.
  scheduleTalkAction: {
    form: () => ({ topic: "How we spend Sundays", ...talkAt(10), timeZone: "UTC", minutes: "30" }),
    expect: both,
  },
  rescheduleTalkAction: {
    form: (fx) => ({ id: fx.proposedTalk, ...talkAt(12), timeZone: "UTC", minutes: "30" }),
    expect: onTarget("refused", "ok"),
  },
  acceptTalkAction: { form: (fx) => ({ id: fx.proposedTalk }), expect: onTarget("refused", "ok") },
  cancelTalkAction: { form: (fx) => ({ id: fx.agreedTalk }), expect: onTarget("ok", "ok") },
  startTalkAction: { form: (fx) => ({ id: fx.agreedTalk }), expect: onTarget("ok", "ok") },
  stepTalkAction: { form: (fx) => ({ id: fx.liveTalk, from: "0", to: "1" }), expect: onTarget("ok", "ok") },
  pauseTalkAction: { form: (fx) => ({ id: fx.liveTalk, pause: "true" }), expect: onTarget("ok", "ok") },
  endTalkAction: { form: (fx) => ({ id: fx.liveTalk }), expect: onTarget("ok", "ok") },
  stopTalkRepeatAction: { form: (fx) => ({ id: fx.repeatingTalk }), expect: onTarget("ok", "ok") },
  saveTalkNoteAction: {
    form: (fx) => ({ id: fx.liveTalk, text: "What I took from it", visibility: "private" }),
    expect: onTarget("ok", "ok"),
  },
  addFollowUpAction: { form: (fx) => ({ id: fx.liveTalk, text: "Call your sister together" }), expect: onTarget("ok", "ok") },
  convertFollowUpAction: { form: (fx) => ({ id: fx.followUp, into: "agreement" }), expect: onTarget("ok", "ok") },

  // app/(app)/app/questions/actions.ts — B asked; A answers (nobody answers their own question).
  askQuestionAction: { form: () => ({ text: "When did you decide to tell me?" }), expect: both },
  answerQuestionAction: { form: (fx) => ({ id: fx.question, text: "On the Sunday.", seen: "0" }), expect: onTarget("ok", "refused") },
  holdQuestionAction: { form: (fx) => ({ id: fx.question, hold: "true" }), expect: onTarget("ok", "ok") },

  // app/(app)/app/triggers/actions.ts — B's trigger; A replies (not to their own).
  logTriggerAction: {
    form: () => ({ what: "A message at night", intensity: "4", note: "", noteVisibility: "private", timeZone: "UTC" }),
    expect: both,
  },
  replyToTriggerAction: {
    form: (fx) => ({ id: fx.trigger, text: "I'm here. What do you need right now?" }),
    expect: onTarget("ok", "refused"),
  },
  saveTriggerPlanAction: { form: () => ({ helpsMe: "A walk outside", iWill: "Say so early" }), expect: both },

  // app/(app)/app/safety/actions.ts
  takeSafetyCheckAction: {
    form: () => ({ ...SAFETY_ALL_NO }),
    expect: both,
  },
  pauseJointAction: { form: () => ({}), expect: both },
  resumeJointAction: {
    form: () => ({}),
    expect: { ...visitors, a: "refused", b: "refused", otherCouple: "refused" },
    why: "nobody in the fixture has paused; pausing and lifting are covered in safety.test.ts",
  },

  // app/(app)/app/settings/data/actions.ts — the password again first (fixture sessions were just signed in).
  confirmExportAction: { form: () => ({ password: PASSWORD }), expect: both },
  leaveCoupleAction: { form: () => ({ password: PASSWORD, shared: "delete" }), expect: both, heavy: true },
  deleteAccountAction: { form: () => ({ password: PASSWORD, confirm: "delete", shared: "delete" }), expect: both, heavy: true },

  // app/(app)/app/settings/password/actions.ts
  changePasswordAction: {
    form: () => ({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    expect: both,
    heavy: true,
  },

  // app/(app)/app/settings/sharing/actions.ts
  createShareLinkAction: { form: () => ({ therapistName: "Dr. Rivera", scope: ["progress", "entries"], expiryDays: "30" }), expect: both },
  revokeShareLinkAction: { form: (fx) => ({ id: fx.shareId }), expect: onTarget("ok", "ok") },

  // app/(app)/app/stages/actions.ts
  createEntryAction: {
    form: () => ({
      kind: "accountability",
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      visibility: "partner",
      "answer-0": "What I did, and what it did to you.",
    }),
    expect: both,
  },
  updateEntryAction: {
    form: (fx) => ({ id: fx.statement, visibility: "partner", "answer-0": "Edited." }),
    expect: onTarget("ok", "refused"),
  },
  setActivityStatusAction: { form: (fx) => ({ id: fx.activity, status: "planned" }), expect: onTarget("ok", "refused") },
  deleteEntryAction: { form: (fx) => ({ id: fx.statement }), expect: onTarget("ok", "refused") },
  shareEntryAgainAction: { form: (fx) => ({ id: fx.statement }), expect: onTarget("ok", "refused") },
  respondAction: { form: (fx) => ({ entryId: fx.statement, verdict: "heard", questions: "" }), expect: onTarget("refused", "ok") },
  setHomeworkDoneAction: { form: (fx) => ({ id: fx.homework, done: "true" }), expect: onTarget("ok", "ok") },
  setGoalStepDoneAction: { form: (fx) => ({ id: fx.goal, step: "0", done: "true" }), expect: onTarget("ok", "refused") },
  markStageDoneAction: { form: () => ({ slug: "acknowledgment" }), expect: both },
  reopenStageAction: { form: () => ({ slug: "acknowledgment" }), expect: both },
  setDiscoveredOnAction: { form: () => ({ discoveredOn: "2026-03-14" }), expect: both },
  setAnniversaryReminderAction: { form: () => ({ remind: "on" }), expect: both },

  // app/(app)/app/maintenance/actions.ts
  enterMaintenanceAction: { form: () => ({}), expect: both },
  setReminderCadenceAction: { form: () => ({ cadence: "monthly" }), expect: both },

  // app/(app)/app/welcome/actions.ts
  createCoupleAction: {
    form: () => ({ name: "Our workspace", side: "hurt" }),
    expect: { ...visitors, a: "refused", b: "refused", otherCouple: "refused" },
    why: "everyone in the fixture already belongs to a couple (a person without one is covered in actions.test.ts)",
  },

  // app/(auth)/invite/[token]/actions.ts
  acceptInviteAction: {
    form: (fx) => ({ token: fx.inviteToken }),
    expect: { ...visitors, a: "refused", b: "refused", otherCouple: "refused" },
    why: "couple 2's open invite; everyone in the fixture already belongs to a couple (joining is covered in couples.test.ts)",
  },

  // app/(auth)/forgot-password/actions.ts — public: the answer never says whether the address exists.
  requestResetAction: {
    form: (fx) => ({ email: fx.d.email }),
    expect: { anonymous: "ok", therapist: "ok", revoked: "ok", a: "ok", b: "ok", otherCouple: "ok" },
  },

  // app/(auth)/reset-password/[token]/actions.ts — public: the token (D's, outside couple 1) is the credential.
  resetPasswordAction: {
    form: (fx) => ({ token: fx.resetToken, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    expect: { anonymous: "ok", therapist: "ok", revoked: "ok", a: "ok", b: "ok", otherCouple: "ok" },
    heavy: true,
  },

  // app/(auth)/signup/actions.ts — public: the mailed single-use token is the credential; success redirects to sign-in.
  confirmSignUpAction: {
    form: (fx) => ({ token: fx.signUpToken }),
    expect: { anonymous: "redirect", therapist: "redirect", revoked: "redirect", a: "redirect", b: "redirect", otherCouple: "redirect" },
    why: "its success is the redirect to sign-in (every role gets it with a live token: the token is the credential)",
  },

  // app/(auth)/signup/actions.ts — public, but not for someone already signed in.
  signUpAction: {
    form: () => ({ name: "Newcomer", email: `new-${crypto.randomBytes(5).toString("hex")}@example.test`, password: NEW_PASSWORD }),
    expect: { anonymous: "ok", therapist: "ok", revoked: "ok", a: "refused", b: "refused", otherCouple: "refused" },
    heavy: true,
  },
};

export type AnyAction = (prev: unknown, form: unknown) => Promise<unknown>;

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every `actions.ts` under app/ that starts with "use server", relative to the repository. */
export function actionFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "actions.ts" && /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8"))) found.push(full);
    }
  };
  walk(path.join(ROOT, "app"));
  return found.map((f) => path.relative(ROOT, f)).sort();
}

/** Imports every action module: [file, export name, action]. */
export async function discoverActions(): Promise<[string, string, AnyAction][]> {
  const all: [string, string, AnyAction][] = [];
  for (const file of actionFiles()) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) all.push([file, name, value as AnyAction]);
  }
  return all;
}
