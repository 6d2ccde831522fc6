import "server-only";
import { subMinutes } from "date-fns";
import { db } from "@/lib/server/db";
import type { TherapistContext } from "@/lib/server/access";
import { listReadableEntries } from "@/lib/server/entries/read";
import type { EntryView } from "@/lib/server/entries/serialize";
import { getProgress, stageHistory, type JointState } from "@/lib/server/journey/progress";
import { coupleMemberNames, coupleMembers } from "@/lib/server/couples/members";
import { holdsMoveOn, isJointStage, type TherapistMoveOn } from "@/lib/journey/move-on";
import { getStage, getStages } from "@/lib/content/stages";
import type { Exercise } from "@/lib/content/schema";
import { kindOf } from "@/lib/entries/kinds";
import { defaultTimelineWeeks, getTimeline, listCheckIns, type TimelineView } from "@/lib/server/check-ins/read";
import type { TimelineWeeks } from "@/lib/validation/check-in";
import {
  agreementChangesSince,
  listActiveAgreements,
  type AgreementChange,
  type AgreementSummary,
  type VersionView,
} from "@/lib/server/agreements/read";
import { listIntake, type IntakeView } from "@/lib/server/intake/read";
import { jointPaused } from "@/lib/server/safety/read";
import { listCommitments, type CommitmentView } from "@/lib/server/commitments/read";
import { listQuestions, type QuestionView } from "@/lib/server/questions/read";
import { listTalks, type TalkView } from "@/lib/server/talks/read";
import { listTriggers, triggerWeeks, type TriggerView, type TriggerWeek } from "@/lib/server/triggers/read";
import { buildTimeline, type Bucket } from "@/lib/check-ins/timeline";
import { addDays, localDateIn } from "@/lib/check-ins/dates";

// Everything the therapist view shows, built only from the shared read functions called
// with the therapist's context. Each section is present only when the link's scope
// includes it; new sections (check-ins, agreements...) slot in the same way. "Since your last
// visit" is built from the same scoped reads, so it never lists what the sections wouldn't show.

/** Page loads closer together than this count as one sitting for "since your last visit". */
export const SITTING_GAP_MINUTES = 30;

/**
 * The most entries one page load reads and shows: the newest 200 by latest change (and "since
 * your last visit" lists changes among those). A couple writing daily for years would otherwise
 * make every visit read, render and print thousands of rows; the page says when it is cut.
 */
export const THERAPIST_ENTRY_LIMIT = 200;

export type SharedEntry = EntryView & { title: string; exercise?: Exercise };

export type TherapistView = {
  /** The timeline's range: the one the link asked for, else the default for how much there is. */
  weeks: TimelineWeeks;
  therapistName: string;
  coupleName: string;
  partners: { userId: string; name: string }[];
  expiresAt: Date;
  scope: TherapistContext["scope"];
  previousVisitAt: Date | null;
  /** True while either partner has paused joint work: never who, never why (decision 008). */
  jointPaused: boolean;
  /** Each partner's answers marked "partner and therapist", when the scope includes "intake". */
  intake: null | IntakeView[];
  progress: null | {
    /** `joint` is null on stage 8, which shows `choice` instead: the hurt partner's own, never joint (decision 012). */
    stages: {
      slug: string;
      number: number;
      title: string;
      doneBy: { userId: string; name: string; doneAt: Date }[];
      joint: JointState | null;
      choice: TherapistMoveOn | null;
    }[];
    donePerPartner: { userId: string; name: string; count: number }[];
    doneTogether: number;
  };
  /** Both partners' check-ins, as the partners' own timeline shows them (scores kept private stay hidden). */
  checkIns: TimelineView | null;
  entries: null | {
    total: number;
    /** True when there are more than THERAPIST_ENTRY_LIMIT and only the newest are shown. */
    cut: boolean;
    groups: { slug: string; number: number; title: string; entries: SharedEntry[] }[];
  };
  /** The agreements in force, when the scope includes "agreements". */
  agreements: null | (AgreementSummary & { active: VersionView })[];
  /** Commitments with their kept-rates, when the scope includes "commitments". */
  commitments: null | CommitmentView[];
  /** Questions held for a therapy session, when the scope includes "held-questions". */
  heldQuestions: null | QuestionView[];
  /** Talks (topics, dates, notes saved for a therapist), when the scope includes "talks". */
  talks: null | { upcoming: TalkView[]; past: TalkView[] };
  /** Weekly trigger counts and intensity, and notes saved for a therapist, when the scope includes "triggers". */
  triggers: null | { weeks: (Bucket & TriggerWeek)[]; shared: TriggerView[] };
  /** Null on a first visit. Lists only what the link's scope shows. */
  since: null | {
    entries: SharedEntry[];
    /** `choice`: a stage-8 event, a choice to move on marked or cleared, not a joint stage's mark. */
    stageEvents: { action: "done" | "reopened"; stageTitle: string; stageNumber: number; actorName: string; at: Date; choice: boolean }[];
    /** Check-ins saved or changed since, per partner (only when the scope includes check-ins). */
    checkIns: { name: string; count: number }[];
    /** Agreements that came into force or were reviewed and kept since. */
    agreements: AgreementChange[];
    /** Held questions newly held, or answered since. */
    questions: { id: string; text: string; event: "held" | "answered"; at: Date }[];
    /** Triggers logged since, per partner (counts only: what happened stays between them). */
    triggers: { name: string; count: number }[];
    /** Talks that took place since. */
    talks: { id: string; topic: string; at: Date }[];
    /** Partners whose intake answers shared with a therapist changed since. */
    intake: { name: string; count: number; at: Date }[];
  };
};

type SinceView = NonNullable<TherapistView["since"]>;

/** The latest visit of this link before the current sitting, if any. */
export async function previousVisit(ctx: TherapistContext, now = new Date()) {
  return db.shareVisit.findFirst({
    where: { coupleId: ctx.coupleId, shareLinkId: ctx.shareLinkId, at: { lt: subMinutes(now, SITTING_GAP_MINUTES) } },
    select: { at: true },
    orderBy: { at: "desc" },
  });
}

function describeEntry(entry: EntryView): SharedEntry {
  const exercise = entry.exerciseKey ? getStage(entry.stageSlug)?.exercises.find((e) => e.key === entry.exerciseKey) : undefined;
  return { ...entry, exercise, title: exercise?.title ?? kindOf(entry.kind).title };
}

export async function getTherapistView(ctx: TherapistContext, opts: { weeks?: TimelineWeeks | null } = {}): Promise<TherapistView> {
  const showProgress = ctx.scope.includes("progress");
  const showEntries = ctx.scope.includes("entries");
  const [link, couple, names, previous, weeks] = await Promise.all([
    db.shareLink.findFirstOrThrow({
      where: { id: ctx.shareLinkId, coupleId: ctx.coupleId },
      select: { therapistName: true, expiresAt: true },
    }),
    db.couple.findUniqueOrThrow({ where: { id: ctx.coupleId }, select: { name: true } }),
    coupleMemberNames(ctx),
    previousVisit(ctx),
    opts.weeks ?? defaultTimelineWeeks(ctx),
  ]);
  const since = previous?.at;
  const [progressRows, entryRows, history, agreements, commitments, checkIns, questions, talks, intake, paused, agreementChanges] =
    await Promise.all([
      showProgress ? getProgress(ctx) : null,
      // listReadableEntries already returns nothing unless the scope includes entries.
      // One more than shown, to know whether the list was cut.
      showEntries ? listReadableEntries(ctx, { take: THERAPIST_ENTRY_LIMIT + 1 }) : null,
      showProgress && since ? stageHistory(ctx, { since, take: 50 }) : [],
      ctx.scope.includes("agreements") ? listActiveAgreements(ctx) : null,
      ctx.scope.includes("commitments") ? listCommitments(ctx) : null,
      // getTimeline returns null unless the scope includes check-ins.
      getTimeline(ctx, weeks),
      ctx.scope.includes("held-questions") ? listQuestions(ctx) : null,
      ctx.scope.includes("talks") ? listTalks(ctx) : null,
      ctx.scope.includes("intake") ? listIntake(ctx) : null,
      jointPaused(ctx),
      ctx.scope.includes("agreements") && since ? agreementChangesSince(ctx, since) : [],
    ]);
  let triggers: TherapistView["triggers"] = null;
  let triggerList: TriggerView[] = [];
  if (ctx.scope.includes("triggers")) {
    const buckets = buildTimeline({ today: localDateIn("UTC"), weeks, people: [], checkIns: [] }).buckets;
    const [perBucket, list] = await Promise.all([triggerWeeks(ctx, buckets), listTriggers(ctx)]);
    triggerList = list;
    triggers = {
      weeks: buckets.map((b, i) => ({ ...b, ...(perBucket?.[i] ?? { count: 0, average: null, strongest: null }) })),
      shared: list.filter((t) => t.note),
    };
  }
  const partners = [...names].map(([userId, name]) => ({ userId, name }));
  const nameOf = (userId: string | null) => (userId && names.get(userId)) || "A former partner";
  const stages = getStages();

  let progress: TherapistView["progress"] = null;
  if (progressRows) {
    // Stage 8 shows whether the choice was made only when the link's maker is the one who holds it.
    const makerHolds = Boolean(ctx.createdById && holdsMoveOn(await coupleMembers(ctx), ctx.createdById));
    const rows = progressRows.map((p) => {
      const stage = stages.find((s) => s.slug === p.slug)!;
      return {
        slug: p.slug,
        number: stage.number,
        title: stage.title,
        doneBy: p.doneBy.map((d) => ({ ...d, name: nameOf(d.userId) })),
        joint: p.joint,
        choice: p.joint !== null ? null : !makerHolds ? ("unshown" as const) : p.doneBy.length > 0 ? ("made" as const) : ("open" as const),
      };
    });
    const joint = rows.filter((r) => r.joint !== null);
    progress = {
      stages: rows,
      donePerPartner: partners.map((p) => ({ ...p, count: joint.filter((r) => r.doneBy.some((d) => d.userId === p.userId)).length })),
      doneTogether: rows.filter((r) => r.joint === "done-together").length,
    };
  }

  let entries: TherapistView["entries"] = null;
  const shared = (entryRows ?? []).slice(0, THERAPIST_ENTRY_LIMIT).map(describeEntry);
  if (entryRows) {
    const groups = stages
      .map((stage) => ({
        slug: stage.slug,
        number: stage.number,
        title: stage.title,
        entries: shared.filter((e) => e.stageSlug === stage.slug).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
      }))
      .filter((g) => g.entries.length > 0);
    entries = { total: shared.length, cut: entryRows.length > THERAPIST_ENTRY_LIMIT, groups };
  }

  let sinceView: TherapistView["since"] = null;
  if (since) {
    const perPartner = (rows: { authorId: string }[]) =>
      partners.map((p) => ({ name: p.name, count: rows.filter((r) => r.authorId === p.userId).length })).filter((p) => p.count > 0);
    sinceView = {
      // A day's check-in can be saved a day either side of UTC's: start the range a day early.
      checkIns: perPartner(
        checkIns
          ? (await listCheckIns(ctx, { from: addDays(localDateIn("UTC", since), -1), to: "9999-12-31" })).filter(
              // Only what the timeline shows: a check-in whose scores and note both stay hidden counts for nothing.
              (c) => c.updatedAt > since && (c.scores !== null || c.note !== null),
            )
          : [],
      ),
      agreements: agreementChanges,
      questions: (questions?.held ?? []).flatMap((q) => {
        const events: SinceView["questions"] = [];
        if (q.heldAt && q.heldAt > since) events.push({ id: q.id, text: q.text, event: "held", at: q.heldAt });
        const answered = q.answers.filter((a) => a.createdAt > since).at(-1);
        if (answered) events.push({ id: q.id, text: q.text, event: "answered", at: answered.createdAt });
        return events;
      }),
      triggers: perPartner(triggerList.filter((t) => t.createdAt > since)),
      talks: [...(talks?.upcoming ?? []), ...(talks?.past ?? [])].flatMap((t) =>
        t.endedAt && t.endedAt > since && t.status !== "cancelled" ? [{ id: t.id, topic: t.topic, at: t.endedAt }] : [],
      ),
      intake: (intake ?? []).flatMap((v) => {
        const changed = v.answers.filter((a) => a.updatedAt > since);
        if (changed.length === 0) return [];
        return [{ name: v.authorName, count: changed.length, at: new Date(Math.max(...changed.map((a) => a.updatedAt.getTime()))) }];
      }),
      entries: shared.filter((e) => e.updatedAt > since),
      stageEvents: history.flatMap((event) => {
        const stage = stages.find((s) => s.slug === event.subject);
        if (!stage) return [];
        const action = event.action === "stage.done" ? ("done" as const) : ("reopened" as const);
        const choice = !isJointStage(stage.slug);
        return [{ action, stageTitle: stage.title, stageNumber: stage.number, actorName: nameOf(event.actorId), at: event.at, choice }];
      }),
    };
  }

  return {
    weeks,
    therapistName: link.therapistName,
    coupleName: couple.name,
    partners,
    expiresAt: link.expiresAt,
    scope: ctx.scope,
    previousVisitAt: since ?? null,
    jointPaused: paused,
    intake,
    progress,
    checkIns,
    entries,
    agreements,
    commitments,
    heldQuestions: questions ? questions.held : null,
    talks,
    triggers,
    since: sinceView,
  };
}
