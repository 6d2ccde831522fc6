import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ReadOnlyContextError, type TherapistContext } from "@/lib/server/access";
import { SAFETY_ALL_NO } from "@/lib/validation/safety";
import { createEntry } from "@/lib/server/entries/write";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { markStageDone } from "@/lib/server/journey/progress";
import { proposeAgreement } from "@/lib/server/agreements/write";
import { createCommitment, logCommitment } from "@/lib/server/commitments/write";
import { createShareLink } from "@/lib/server/share/links";
import { askQuestion } from "@/lib/server/questions/write";
import { logTrigger } from "@/lib/server/triggers/write";
import { addFollowUp, scheduleTalk } from "@/lib/server/talks/write";
import { SHARE_SECTIONS } from "@/lib/validation/share";
import { intakeSchema } from "@/lib/validation/intake";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { db, makeCouple } from "./factories";

// "Read-only by construction", checked at run time: every exported function in lib/server
// whose first parameter accepts a TherapistContext (found from the types, so new modules
// are picked up on their own) either refuses that context with ReadOnlyContextError, or is
// a known read. Either way, calling it through a therapist link changes nothing stored.

const ROOT = path.resolve(__dirname, "..", "..");
const SERVER = path.join(ROOT, "lib", "server");

/**
 * Reads that may take a therapist context, with arguments that exercise them. A function
 * missing from here must refuse a therapist. If this test names a new read of yours, add
 * it here; if it names a write, call assertWriter(ctx) first thing.
 */
const READS: Record<string, (fixture: Fixture) => unknown[]> = {
  "entries/read.ts#listStageEntries": () => ["acknowledgment"],
  "entries/read.ts#listReadableEntries": () => [{ since: new Date(0) }],
  "entries/read.ts#getEntry": (f) => [f.entryId],
  "entries/read.ts#entryOverview": () => [],
  "entries/visibility.ts#readableEntriesWhere": () => [],
  "couples/boundary.ts#readerBoundary": () => [],
  "couples/boundary.ts#sharedWithReader": () => ["authorId", "createdAt"],
  "couples/boundary.ts#readerMaySee": () => ["authorId", new Date()],
  "couples/boundary.ts#sharedWithReaderSql": () => ['t."authorId"', 't."createdAt"'],
  "couples/boundary.ts#readableAgreements": () => [],
  "couples/boundary.ts#readableQuestions": () => [],
  "couples/boundary.ts#readableTriggers": () => [],
  "couples/boundary.ts#readableTriggerPlans": () => [],
  "couples/boundary.ts#readableIntake": () => [],
  "couples/boundary.ts#readableCommitments": () => [],
  "couples/boundary.ts#readableTalks": () => [],
  "couples/members.ts#coupleRow": () => [],
  "couples/members.ts#couplePaused": () => [],
  "access.ts#canRead": () => ["entries"],
  "couples/boundary.ts#readableCheckIns": () => [],
  "couples/boundary.ts#readableEvents": () => [],
  "entries/visibility.ts#readableResponsesWhere": () => [],
  "journey/progress.ts#getProgress": () => [],
  "journey/progress.ts#stageHistory": () => [{ since: new Date(0) }],
  "couples/members.ts#coupleMembers": () => [],
  "couples/members.ts#coupleMemberNames": () => [],
  "couples/members.ts#viewerToday": () => [],
  "share/therapist-view.ts#getTherapistView": () => [],
  "share/therapist-view.ts#previousVisit": () => [],
  "check-ins/read.ts#listCheckIns": () => [{ from: "2000-01-01", to: "2100-01-01" }],
  "check-ins/read.ts#getTimeline": () => [26],
  "check-ins/read.ts#defaultTimelineWeeks": () => [],
  "agreements/read.ts#listAgreements": () => [],
  "agreements/read.ts#listActiveAgreements": () => [],
  "agreements/read.ts#getAgreement": (f) => [f.agreementId],
  "agreements/read.ts#agreementsDue": () => [],
  "agreements/read.ts#agreementChangesSince": () => [new Date(0)],
  "intake/read.ts#listIntake": () => [],
  "commitments/read.ts#listCommitments": () => [],
  "commitments/read.ts#startedCommitments": () => [],
  "couples/couple.ts#getBreach": () => [],
  // Only *that* joint work is paused; who and why are read through PartnerContext-only functions.
  "safety/read.ts#jointPaused": () => [],
  "questions/read.ts#listQuestions": () => [],
  "triggers/read.ts#listTriggers": () => [],
  "triggers/read.ts#triggerWeeks": () => [[{ start: "2000-01-01", end: "2100-01-01" }]],
  "triggers/read.ts#listTriggerPlans": () => [],
  "talks/read.ts#listTalks": () => [],
  "talks/read.ts#getTalk": (f) => [f.talkId],
  "talks/read.ts#nextRepeatingStateOfUs": () => [],
  // Maintenance and the stage that is open again: never who reopened it.
  "maintenance/maintenance.ts#readMaintenance": () => [],
};

/** Plausible arguments for writes, so a write that forgot its guard would really write. */
const WRITE_ARGS: Record<string, (fixture: Fixture) => unknown[]> = {
  "entries/write.ts#createEntry": () => [
    {
      stageSlug: "acknowledgment",
      exerciseKey: "accountability-statement",
      kind: "accountability",
      visibility: "therapist",
      body: { answers: ["x"] },
    },
  ],
  "entries/write.ts#updateEntry": (f) => [
    f.entryId,
    { body: () => ({ ok: true, data: { answers: ["changed"] } }), visibility: "therapist" },
  ],
  "entries/write.ts#deleteEntry": (f) => [f.entryId],
  "entries/write.ts#shareEntryAgain": (f) => [f.entryId],
  "entries/write.ts#respondToEntry": (f) => [{ entryId: f.entryId, verdict: "heard", questions: "" }],
  "journey/progress.ts#markStageDone": () => ["communication"],
  "journey/progress.ts#reopenStage": () => ["acknowledgment"],
  "share/links.ts#createShareLink": () => [{ therapistName: "Dr. Forged", scope: ["progress", "entries"], expiryDays: 180 }],
  "share/links.ts#revokeShareLink": (f) => [f.ctx.shareLinkId],
  "check-ins/write.ts#saveCheckIn": () => [
    {
      localDate: new Date().toISOString().slice(0, 10),
      trust: 1,
      closeness: 1,
      mood: "calm",
      note: "forged",
      noteVisibility: "therapist",
      timeZone: "UTC",
    },
  ],
  "couples/anniversary.ts#setDiscoveredOn": () => [{ discoveredOn: "2020-02-02" }],
  "couples/anniversary.ts#setAnniversaryReminder": () => [{ remind: true }],
  "couples/mail-prefs.ts#setMailPrefs": () => [{ reviewEmail: false, talkEmail: false }],
  "check-ins/prefs.ts#updateCheckInPrefs": () => [{ timeZone: "Asia/Tokyo", scoresPrivate: true, reminderEmail: true, reminderHour: 3 }],
  "check-ins/prefs.ts#setReminderCadence": () => [{ cadence: "monthly" }],
  "maintenance/maintenance.ts#enterMaintenance": () => [],
  "agreements/write.ts#proposeAgreement": () => [
    { title: "Forged", text: "Forged", category: "other", scope: "", reviewAt: null, endsAt: null },
  ],
  "agreements/write.ts#amendAgreement": (f) => [
    { id: f.agreementId, basedOn: 1, title: "Forged", text: "Forged", category: "other", scope: "", reviewAt: null, endsAt: null },
  ],
  "agreements/write.ts#acceptVersion": (f) => [{ id: f.agreementId, version: 1 }],
  "agreements/write.ts#declineVersion": (f) => [{ id: f.agreementId, version: 1, reason: "Forged" }],
  "agreements/write.ts#requestRetirement": (f) => [{ id: f.agreementId }],
  "agreements/write.ts#answerRetirement": (f) => [{ id: f.agreementId, agree: true }],
  "agreements/write.ts#reaffirmAgreement": (f) => [{ id: f.agreementId }],
  "commitments/write.ts#createCommitment": () => [{ what: "Forged", cadence: "daily", timeZone: "UTC" }],
  "commitments/write.ts#startCommitment": () => [{ starter: "report-contact", timeZone: "UTC" }],
  "couples/couple.ts#setBreach": () => ["money"],
  "commitments/write.ts#logCommitment": (f) => [{ id: f.commitmentId, outcome: "kept", note: "" }],
  "commitments/write.ts#reviewCommitmentLog": (f) => [{ id: f.logId, verdict: "confirmed", note: "" }],
  "safety/write.ts#takeSafetyCheck": () => [{ ...SAFETY_ALL_NO, afraid: "yes" }, { confirmPause: true }],
  "safety/write.ts#pauseJointWork": () => [],
  "safety/write.ts#resumeJointWork": () => [],
  "departure/leave.ts#leaveCouple": () => [{ shared: "delete" }],
  "questions/write.ts#askQuestion": () => [{ text: "Forged", repeatOf: null }],
  "questions/write.ts#answerQuestion": (f) => [{ id: f.questionId, text: "Forged", seen: 0 }],
  "questions/write.ts#holdQuestion": (f) => [{ id: f.questionId, hold: true }],
  "triggers/write.ts#logTrigger": () => [{ what: "Forged", intensity: 5, note: "Forged", noteVisibility: "therapist", timeZone: "UTC" }],
  "triggers/write.ts#replyToTrigger": (f) => [{ id: f.triggerId, text: "Forged" }],
  "triggers/write.ts#saveTriggerPlan": () => [{ helpsMe: "Forged", iWill: "Forged" }],
  "intake/write.ts#saveIntake": () => [intakeSchema.parse({ whoKnows: "Forged", whoKnowsVisibility: "therapist", commitment: "3" })],
  "talks/write.ts#scheduleTalk": () => [
    { template: "", topic: "Forged", recurEveryDays: 0, date: soon(30), time: "10:00", timeZone: "UTC", minutes: 30 },
  ],
  "talks/write.ts#rescheduleTalk": (f) => [{ id: f.talkId, date: soon(40), time: "10:00", timeZone: "UTC", minutes: 30 }],
  "talks/write.ts#acceptTalk": (f) => [{ id: f.talkId }],
  "talks/write.ts#cancelTalk": (f) => [{ id: f.talkId }],
  "talks/write.ts#startTalk": (f) => [{ id: f.talkId }],
  "talks/write.ts#stepTalk": (f) => [{ id: f.talkId, from: 0, to: 1 }],
  "talks/write.ts#pauseTalk": (f) => [{ id: f.talkId, pause: true }],
  "talks/write.ts#endTalk": (f) => [{ id: f.talkId }],
  "talks/write.ts#stopTalkRepeat": (f) => [{ id: f.talkId }],
  "talks/write.ts#saveTalkNote": (f) => [{ id: f.talkId, text: "Forged", visibility: "therapist" }],
  "talks/write.ts#addFollowUp": (f) => [{ id: f.talkId, text: "Forged" }],
  "talks/write.ts#convertFollowUp": (f) => [{ id: f.followUpId, into: "agreement", cadence: "daily", timeZone: "UTC" }],
};

/** A day a few weeks ahead (talks must be in the future, at most a year ahead). */
function soon(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

type Fixture = {
  ctx: TherapistContext;
  entryId: string;
  agreementId: string;
  commitmentId: string;
  logId: string;
  questionId: string;
  triggerId: string;
  talkId: string;
  followUpId: string;
};
type Found = { key: string; file: string; name: string };

function serverFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return serverFiles(full);
    return /\.tsx?$/.test(d.name) && !/\.(test|d)\.tsx?$/.test(d.name) ? [full] : [];
  });
}

/** Exported functions in lib/server whose first parameter a TherapistContext can be passed to. */
function functionsAcceptingTherapist(): Found[] {
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config, ts.sys, ROOT);
  const files = serverFiles(SERVER);
  const program = ts.createProgram(files, { ...config.options, noEmit: true, incremental: false });
  const checker = program.getTypeChecker();
  const accessFile = program.getSourceFile(path.join(SERVER, "access.ts"))!;
  const therapistSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(accessFile)!).find((s) => s.name === "TherapistContext")!;
  const therapist = checker.getDeclaredTypeOfSymbol(therapistSymbol);
  const found: Found[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const signatures = checker.getTypeOfSymbolAtLocation(symbol, source).getCallSignatures();
      const accepts = signatures.some((signature) => {
        const first = signature.getParameters()[0];
        if (!first) return false;
        const type = checker.getTypeOfSymbolAtLocation(first, source);
        // `unknown`/`any` parameters take anything; they aren't a context.
        if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
        return checker.isTypeAssignableTo(therapist, type);
      });
      if (accepts) {
        const relative = path.relative(SERVER, file).split(path.sep).join("/");
        found.push({ key: `${relative}#${exported.name}`, file, name: exported.name });
      }
    }
  }
  return found;
}

/** Every row of every table, so "changes nothing" means exactly that. */
async function snapshot() {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    process.env.DATABASE_URL!.startsWith("file:")
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' ORDER BY name"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_prisma_%' ORDER BY table_name",
  );
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) result[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  return JSON.stringify(result, (_k, v) => (typeof v === "bigint" ? String(v) : v));
}

let found: Found[] = [];
let fixture: Fixture;

// The type checker reads the whole project first: minutes, not seconds, on a busy machine.
beforeAll(async () => {
  found = functionsAcceptingTherapist();
  const { a, b } = await makeCouple();
  const entry = await createEntry(b, {
    stageSlug: "acknowledgment",
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility: "therapist",
    body: { answers: ["Shared with the therapist"] },
  });
  if (!entry.ok) throw new Error("setup");
  await markStageDone(a, "acknowledgment");
  const agreement = await proposeAgreement(a, {
    title: "Phones at dinner",
    text: "In the hall.",
    category: "communication",
    scope: "",
    reviewAt: null,
    endsAt: null,
  });
  const commitment = await createCommitment(b, { what: "Text if late", cadence: "as-needed", timeZone: "UTC" });
  if (!agreement.ok || !commitment.ok) throw new Error("setup");
  const log = await logCommitment(b, { id: commitment.data.id, outcome: "kept", note: "" });
  if (!log.ok) throw new Error("setup");
  const question = await askQuestion(b, { text: "Asked before the link", repeatOf: null });
  if (!question.ok) throw new Error("setup");
  const trigger = await logTrigger(b, { what: "A song", intensity: 3, note: "", noteVisibility: "private", timeZone: "UTC" });
  if (!trigger.ok) throw new Error("setup");
  const talk = await scheduleTalk(a, {
    template: "",
    topic: "Set before the link",
    recurEveryDays: 0,
    date: soon(30),
    time: "10:00",
    timeZone: "UTC",
    minutes: 30,
  });
  if (!talk.ok) throw new Error("setup");
  // A follow-up needs a talk that has started; the fixture talk stays proposed, so another one is used.
  const started = await db.talk.create({
    data: {
      coupleId: a.coupleId,
      proposedBy: a.userId,
      topic: "Held earlier",
      startsAt: new Date(),
      minutes: 30,
      timeZone: "UTC",
      status: "done",
    },
  });
  const followUp = await addFollowUp(a, { id: started.id, text: "Forged" });
  if (!followUp.ok) throw new Error("setup");
  const link = await createShareLink(a, {
    therapistName: "Dr. Rivera",
    scope: [...SHARE_SECTIONS],
    expiryDays: 30,
  });
  if (!link.ok) throw new Error("setup");
  const access = await resolveShareAccess(link.data.token, { key: "read-only-test", userAgent: null });
  if (!access.ok) throw new Error("setup");
  fixture = {
    ctx: access.ctx,
    entryId: entry.data.id,
    agreementId: agreement.data.id,
    commitmentId: commitment.data.id,
    logId: log.data.id,
    questionId: question.data.id,
    triggerId: trigger.data.id,
    talkId: talk.data.id,
    followUpId: followUp.data.id,
  };
}, 240_000);

describe("a therapist context can't write", () => {
  it("finds the known writes and reads by their types", () => {
    const keys = found.map((f) => f.key);
    // If these go missing, the discovery is broken, not the code under test.
    for (const key of [...Object.keys(WRITE_ARGS), ...Object.keys(READS)]) expect(keys).toContain(key);
    expect(keys).toContain("access.ts#assertWriter");
  });

  it("lists only reads that still exist", () => {
    const keys = new Set(found.map((f) => f.key));
    expect(Object.keys(READS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("every function that accepts a therapist context refuses it, unless it is a read, and nothing changes", async () => {
    const modules = import.meta.glob<Record<string, unknown>>(["/lib/server/**/*.ts", "!/lib/server/**/*.test.ts"]);
    const problems: string[] = [];
    let writesChecked = 0;
    for (const { key, file, name } of found) {
      const load = modules["/" + path.relative(ROOT, file).split(path.sep).join("/")];
      const fn = (await load?.())?.[name];
      if (typeof fn !== "function") {
        problems.push(`${key}: not a function at run time`);
        continue;
      }
      const before = await snapshot();
      const isRead = key in READS;
      const args = (READS[key] ?? WRITE_ARGS[key])?.(fixture) ?? [];
      let error: unknown;
      try {
        await fn(fixture.ctx, ...args);
      } catch (e) {
        error = e;
      }
      if (isRead && error) problems.push(`${key}: a read, but it threw ${String(error)}`);
      if (!isRead) {
        writesChecked += 1;
        if (!(error instanceof ReadOnlyContextError)) {
          problems.push(
            `${key}: accepts a TherapistContext but did not refuse it (${error ? String(error) : "it returned normally"}). ` +
              "If it writes, call assertWriter(ctx) first; if it only reads, add it to READS in this file.",
          );
        }
      }
      if ((await snapshot()) !== before) problems.push(`${key}: changed the database when called with a therapist context`);
    }
    expect(problems).toEqual([]);
    expect(writesChecked).toBeGreaterThanOrEqual(Object.keys(WRITE_ARGS).length);
  });

  it("the plausible write arguments would really write for a partner (so the refusals mean something)", async () => {
    const { a } = await makeCouple(["Jo", "Kim"]);
    const before = await snapshot();
    const created = await createShareLink(
      a,
      WRITE_ARGS["share/links.ts#createShareLink"]!(fixture)[0] as Parameters<typeof createShareLink>[1],
    );
    expect(created.ok).toBe(true);
    const entry = await createEntry(a, WRITE_ARGS["entries/write.ts#createEntry"]!(fixture)[0] as Parameters<typeof createEntry>[1]);
    expect(entry.ok).toBe(true);
    const checkIn = await saveCheckIn(a, WRITE_ARGS["check-ins/write.ts#saveCheckIn"]!(fixture)[0] as Parameters<typeof saveCheckIn>[1]);
    expect(checkIn.ok).toBe(true);
    expect(await snapshot()).not.toBe(before);
  });
});
